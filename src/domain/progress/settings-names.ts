/**
 * Settings as the student knows them: which of a stored settings document do not read and go
 * back to their defaults, named as the Settings page labels them. Used where a backup's settings
 * or the browser's own are partly damaged, so the notice can say "“Colours” went back to its
 * default" rather than a parser's "theme should be one of …"; and what a reader found wrong with a
 * stored copy or a backup, in words before the reader's path. Loaded with those pages (the
 * storage notices, the backup reader), not the first one.
 */
import type { Settings, Theme } from './settings.ts'
import { salvageSettings, settingsUpToDate } from './settings-salvage.ts'

/**
 * Each setting as its control is labelled, on the Settings page (which writes its legends and
 * labels from these) or the class report (CSV): the one name every message gives it, in quotes
 * (`SETTING_NAMES`, `SETTING_PARTS`).
 */
export const SETTING_LABELS: Record<Exclude<keyof Settings, 'schemaVersion'>, string> = {
  mode: 'Quizzes start in',
  timerSec: 'Time limit for a quiz',
  shortcuts: 'Keyboard shortcuts in quizzes',
  theme: 'Colours',
  retention: 'Remember at least',
  newPerDay: 'Questions joining your reviews a day',
  textSize: 'Text size',
  articleBeside: 'The article in a quiz',
  csv: 'Spreadsheet (CSV) downloads for',
}
type Field = keyof typeof SETTING_LABELS
const FIELD_NAMES = Object.keys(SETTING_LABELS) as Field[]

/** Each setting as messages name it: its control's label, in quotes (“Colours”). */
export const SETTING_NAMES = Object.fromEntries(
  FIELD_NAMES.map((field) => [field, `“${SETTING_LABELS[field]}”`]),
) as Record<Field, string>

/** The parts of a settings document, for `foundInWords`: each setting by its label. */
export const SETTING_PARTS: Parts = FIELD_NAMES.map(
  (field) => [new RegExp(`^${field}\\b`), `the setting ${SETTING_NAMES[field]}`] as const,
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
  const reset = FIELD_NAMES.filter((field) => given[field] !== settings[field])
  // Not one setting the stored document gave reads (those an update added at their defaults do
  // not count): that is not the student's settings.
  const inFile = raw as Record<string, unknown>
  if (FIELD_NAMES.every((field) => reset.includes(field) || !Object.hasOwn(inFile, field)))
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

/**
 * What a reader found wrong with stored settings `raw` (its `reason` names the first problem), in
 * words first, then every other setting that does not read, by name: a document missing them all
 * must not read as if only “Quizzes start in” were wrong.
 */
export function settingsFoundInWords(raw: unknown, reason: string, whole: string): string {
  const first = foundInWords(reason, whole, SETTING_PARTS)
  const given = settingsUpToDate(raw)
  const settings = given && salvageSettings(given)
  if (!given || !settings) return first
  const path = reason.replace(/^version \d+: /, '')
  const at = SETTING_PARTS.findIndex(([pattern]) => pattern.test(path))
  const others = FIELD_NAMES.filter((field, i) => i !== at && given[field] !== settings[field])
  if (others.length === 0) return first
  if (others.length + (at >= 0 ? 1 : 0) === FIELD_NAMES.length)
    return `${first}; every ${at >= 0 ? 'other ' : ''}setting is missing or damaged${at >= 0 ? ' too' : ''}`
  const one = others.length === 1
  // As `listed` (text/listed.ts) says them; importing it would put its chunk in the preload list
  // of every page this module's chunk is preloaded with.
  const names = others
    .map((field) => SETTING_NAMES[field])
    .join(', ')
    .replace(/, (?!.*, )/, ' and ')
  return `${first}; the ${one ? 'setting' : 'settings'} ${names} ${one ? 'is' : 'are'} missing or damaged too`
}

/** Each colour scheme as the Settings page offers it, and as a restore names it. */
export const THEME_WORDS: Record<Theme, string> = {
  system: 'Same as this device',
  light: 'Light',
  dark: 'Dark',
}

/** Each setting's value in the words of its control on the Settings page (or the class report). */
const VALUE_WORDS: { [F in Field]: (value: Settings[F]) => string } = {
  mode: (mode) => (mode === 'test' ? 'Test' : 'Practice'),
  timerSec: (sec) =>
    sec === null ? 'Off' : `${+(sec / 60).toFixed(1)} ${sec === 60 ? 'minute' : 'minutes'}`,
  shortcuts: (on) => (on ? 'On' : 'Off'),
  theme: (theme) => THEME_WORDS[theme],
  retention: (share) => `${Math.round(share * 100)}%`,
  newPerDay: (n) => String(n),
  textSize: (size) => `${size}%`,
  articleBeside: (beside) => (beside ? 'Open beside the questions' : 'Hidden'),
  csv: (csv) =>
    csv === 'comma'
      ? 'Excel in English'
      : csv === 'semicolon'
        ? 'Excel with semicolons'
        : 'What this browser’s language suggests',
}

/**
 * The settings a restore would change, each by its name with the backup's value and the one here
 * (“Colours”: Light in the backup, Dark here), so a learner can choose whether to take them; those
 * named in `skip` (the backup's that do not read, said apart) are left out.
 */
export function settingsChanged(
  theirs: Settings,
  ours: Settings,
  skip: readonly string[] = [],
): string[] {
  const words = <F extends Field>(field: F, s: Settings) => VALUE_WORDS[field](s[field])
  return FIELD_NAMES.filter(
    (field) => theirs[field] !== ours[field] && !skip.includes(SETTING_NAMES[field]),
  ).map(
    (field) =>
      `${SETTING_NAMES[field]}: ${words(field, theirs)} in the backup, ${words(field, ours)} here`,
  )
}
