/**
 * Settings as the student knows them: which of a stored settings document do not read and go
 * back to their defaults, named as the Settings page names them. Used where a backup's settings
 * or the browser's own are partly damaged, so the notice can say "colours went back to its
 * default" rather than a parser's "theme should be one of …"; and what a reader found wrong with a
 * stored copy or a backup, in words before the reader's path. Loaded with those pages (the
 * storage notices, the backup reader), not the first one.
 */
import type { Settings } from './settings.ts'
import { salvageSettings, settingsUpToDate } from './settings-salvage.ts'

/** Each setting as the Settings page names it. */
export const SETTING_NAMES: Record<Exclude<keyof Settings, 'schemaVersion'>, string> = {
  mode: 'the mode quizzes start in',
  timerSec: 'the time limit for a quiz',
  shortcuts: 'keyboard shortcuts',
  theme: 'colours',
  retention: 'how much review helps you remember',
  newPerDay: 'new questions a day',
  textSize: 'text size',
  articleBeside: 'the article beside the questions',
  csv: 'the columns of spreadsheet (CSV) downloads',
}

/** Each setting as its control is labelled, on the Settings page or the class report (CSV). */
const SETTING_LABELS: Record<keyof typeof SETTING_NAMES, string> = {
  mode: 'Quizzes start in',
  timerSec: 'Time limit for a quiz',
  shortcuts: 'Keyboard shortcuts in quizzes',
  theme: 'Colours',
  retention: 'Remember at least',
  newPerDay: 'New questions a day',
  textSize: 'Text size',
  articleBeside: 'The article in a quiz',
  csv: 'Spreadsheet (CSV) downloads for',
}

/** The parts of a settings document, for `foundInWords`: each setting by its label. */
export const SETTING_PARTS: Parts = Object.entries(SETTING_LABELS).map(
  ([field, label]) => [new RegExp(`^${field}\\b`), `the setting “${label}”`] as const,
)

/**
 * Settings that do not read as a whole (an older version's brought up to date first), each bad
 * one at its default, and the names of those; undefined when they are not settings at all (not
 * one of them reads) or are a newer version's.
 */
export function salvageNamedSettings(
  raw: unknown,
): { settings: Settings; reset: string[] } | undefined {
  const given = settingsUpToDate(raw)
  const settings = given && salvageSettings(given)
  if (!given || !settings) return undefined
  const fields = Object.keys(SETTING_NAMES) as (keyof typeof SETTING_NAMES)[]
  const reset = fields.filter((field) => given[field] !== settings[field])
  // Not one setting the stored document gave reads (those an update added at their defaults do
  // not count): that is not the student's settings.
  const inFile = raw as Record<string, unknown>
  if (fields.every((field) => reset.includes(field) || !Object.hasOwn(inFile, field)))
    return undefined
  return { settings, reset: reset.map((field) => SETTING_NAMES[field]) }
}

/** The kind of problem a reader's "where is what" (`firstIssue`, the field checks) names. */
const PROBLEMS: readonly (readonly [RegExp, string])[] = [
  [/ is out of range(?:: .*)?$/, 'a number out of range'],
  [/ is too long(?:: .*)?$/, 'a list or a text that is too long'],
  [/ is too short$/, 'a list or a text that is too short'],
  [/ has unknown fields .*$/, 'something Passage does not write'],
  [/ must be .*$/, 'a value Passage does not allow'],
  [/ should be .*$/, 'a value missing or of the wrong kind'],
  [/ is not in the expected format$/, 'something not written the way Passage writes it'],
  [/ is not valid \(.*\)$/, 'a value that is not valid'],
]

/** A part of a document, by the start of the path a reader gives. */
export type Parts = readonly (readonly [RegExp, string])[]

/** Where the problem is, by the start of its path (after a "version 0: " a migration adds). */
const PARTS: Parts = [
  [/^sets\.[^ ]*?\.attempts\b|^attempts\b/, 'one of your attempts'],
  [/^sets\b/, 'the record of one question set'],
  [/^cards\b/, 'the review schedule of one question'],
  [/^session\b/, 'the review under way'],
  [/^zones\b/, 'the record of the time zones you answered in'],
  [/^sessions\b/, 'a quiz in progress'],
]

/**
 * What a reader found wrong ("where is what"), in words a student reads first: the kind of
 * problem and the part it is in (`parts` first, then the parts every document shares, else
 * `whole`). The reader's own sentence follows in brackets, for whoever helps; a reason in other
 * words is given as it is, after “that”. Loaded with the pages that say it, as are the names.
 */
export function foundInWords(reason: string, whole = 'the saved copy', parts: Parts = []): string {
  const problem = PROBLEMS.find(([pattern]) => pattern.test(reason))?.[1]
  if (!problem) return `that ${reason}`
  const path = reason.replace(/^version \d+: /, '')
  const part = [...parts, ...PARTS].find(([pattern]) => pattern.test(path))?.[1] ?? whole
  return `${problem} in ${part} (${reason})`
}
