/**
 * Settings as the student knows them: which of a stored settings document do not read and go
 * back to their defaults, named as the Settings page names them. Used where a backup's settings
 * or the browser's own are partly damaged, so the notice can say "colours went back to its
 * default" rather than a parser's "theme should be one of …". Loaded with those pages, not the
 * first one.
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
