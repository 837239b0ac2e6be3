/**
 * The user's settings document: default quiz mode, quiz timer, keyboard shortcuts, theme, and
 * review scheduling (desired retention, new cards a day), text size and whether the article sits
 * beside the questions on a wide screen, and the columns of the spreadsheets a teacher downloads.
 * It has its own version and migration steps, independent of progress: version 2 added the review
 * settings, version 3 the reading ones, version 4 the spreadsheet columns, with defaults.
 * Checked by hand (./fields.ts) so the first page loads without zod.
 */
import { firstProblem, isObject, objectProblem, oneOfProblem, typeProblem } from './fields.ts'
import {
  parseVersioned,
  runMigrations,
  schemaVersionOf,
  type Checked,
  type MigrateResult,
  type VersionedFormat,
} from './versioned.ts'
import {
  DEFAULT_NEW_PER_DAY,
  DEFAULT_RETENTION,
  MAX_NEW_PER_DAY,
  MAX_RETENTION,
  MIN_RETENTION,
} from '../review/scheduler.ts'

export const SETTINGS_VERSION = 4

/** Longest quiz time limit a user can set, in seconds (three hours). */
export const MAX_TIMER_SEC = 3 * 60 * 60

/** Text size, a percentage of the browser's own: everything on the page scales with it. */
export const MIN_TEXT_SIZE = 100
export const MAX_TEXT_SIZE = 200

const MODES = ['practice', 'test'] as const
const THEMES = ['system', 'light', 'dark'] as const
/** null: as Excel in the browser's language saves a CSV (interop/csv.ts `csvDialect`). */
export const CSV_COLUMNS = [null, 'comma', 'semicolon'] as const
export const FIELDS = [
  'schemaVersion',
  'mode',
  'timerSec',
  'shortcuts',
  'theme',
  'retention',
  'newPerDay',
  'textSize',
  'articleBeside',
  'csv',
] as const

export interface Settings {
  schemaVersion: typeof SETTINGS_VERSION
  /** The mode a new quiz starts in. */
  mode: (typeof MODES)[number]
  /** Whole-quiz time limit in seconds; null means untimed. */
  timerSec: number | null
  shortcuts: boolean
  theme: (typeof THEMES)[number]
  /** Review: the chance of recall FSRS schedules each card for. */
  retention: number
  /** Review: cards met only in quizzes that may enter review each day. */
  newPerDay: number
  /** Percent of the browser's text size, MIN_TEXT_SIZE–MAX_TEXT_SIZE. */
  textSize: number
  /** On a wide screen the article is open beside the questions (the student may hide it). */
  articleBeside: boolean
  /**
   * The columns of the CSV files the class report writes: commas and decimal points, semicolons
   * and decimal commas, or null for what the browser's language suggests.
   */
  csv: (typeof CSV_COLUMNS)[number]
}

export type SettingsPatch = Partial<Omit<Settings, 'schemaVersion'>>
export type Theme = Settings['theme']

const wholeIn = (value: unknown, min: number, max: number) =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max

/** Why `raw` is not a current settings document, or undefined when it is one. */
export function settingsProblem(raw: unknown): string | undefined {
  const doc = raw as Record<string, unknown>
  const { timerSec, retention, newPerDay, textSize } = doc
  return firstProblem(
    () => objectProblem(raw, 'the document', FIELDS),
    () => oneOfProblem(doc.schemaVersion, 'schemaVersion', [SETTINGS_VERSION]),
    () => oneOfProblem(doc.mode, 'mode', MODES),
    () =>
      timerSec === null || wholeIn(timerSec, 1, MAX_TIMER_SEC)
        ? undefined
        : `timerSec should be a whole number of seconds from 1 to ${MAX_TIMER_SEC}, or null`,
    () => typeProblem(doc.shortcuts, 'shortcuts', 'boolean'),
    () => oneOfProblem(doc.theme, 'theme', THEMES),
    () =>
      typeProblem(retention, 'retention', 'number') ??
      ((retention as number) >= MIN_RETENTION && (retention as number) <= MAX_RETENTION
        ? undefined
        : `retention should be from ${MIN_RETENTION} to ${MAX_RETENTION}`),
    () =>
      wholeIn(newPerDay, 0, MAX_NEW_PER_DAY)
        ? undefined
        : `newPerDay should be a whole number from 0 to ${MAX_NEW_PER_DAY}`,
    () =>
      wholeIn(textSize, MIN_TEXT_SIZE, MAX_TEXT_SIZE)
        ? undefined
        : `textSize should be a whole percentage from ${MIN_TEXT_SIZE} to ${MAX_TEXT_SIZE}`,
    () => typeProblem(doc.articleBeside, 'articleBeside', 'boolean'),
    () => oneOfProblem(doc.csv, 'csv', CSV_COLUMNS),
  )
}

const REVIEW_DEFAULTS = { retention: DEFAULT_RETENTION, newPerDay: DEFAULT_NEW_PER_DAY }
const READING_DEFAULTS = { textSize: MIN_TEXT_SIZE, articleBeside: true }

/**
 * Practice, untimed, shortcuts on, the system's theme; review for 90 % recall, 20 new a day;
 * text at the browser's size, the article beside the questions; spreadsheet columns as the
 * browser's language suggests.
 */
export function defaultSettings(): Settings {
  return {
    schemaVersion: SETTINGS_VERSION,
    mode: 'practice',
    timerSec: null,
    shortcuts: true,
    theme: 'system',
    ...REVIEW_DEFAULTS,
    ...READING_DEFAULTS,
    csv: null,
  }
}

/** The step from version `from`: `added` arrive with their defaults, everything else is kept. */
const adding =
  (from: number, added: object) =>
  (raw: unknown): Checked<unknown> =>
    isObject(raw)
      ? { ok: true, doc: { ...raw, schemaVersion: from + 1, ...added } }
      : { ok: false, reason: `version ${from}: it is not an object` }

export const settingsFormat: VersionedFormat<Settings> = {
  current: SETTINGS_VERSION,
  versionOf: schemaVersionOf,
  // v2 the review settings, v3 the reading ones, v4 the spreadsheet columns.
  steps: {
    1: adding(1, REVIEW_DEFAULTS),
    2: adding(2, READING_DEFAULTS),
    3: adding(3, { csv: null }),
  },
  validate(raw) {
    const problem = settingsProblem(raw)
    if (problem) return { ok: false, reason: problem }
    const s = raw as Settings
    const doc = {} as Record<string, unknown>
    // Only the known fields, in a fixed order.
    for (const field of FIELDS) doc[field] = s[field]
    return { ok: true, doc: doc as unknown as Settings }
  },
}

/** Any stored settings value to the current version, or why not. */
export function migrateSettings(raw: unknown): MigrateResult<Settings> {
  return runMigrations(raw, settingsFormat)
}

/** Stored text to current settings. */
export function parseSettings(text: string): MigrateResult<Settings> {
  return parseVersioned(text, settingsFormat)
}

/** The text settings are stored as. */
export function serializeSettings(settings: Settings): string {
  return JSON.stringify(settings)
}

/** Settings with `patch` applied; throws a RangeError saying which value is not allowed. */
export function applySettings(settings: Settings, patch: SettingsPatch): Settings {
  const checked = settingsFormat.validate({ ...settings, ...patch })
  if (!checked.ok) throw new RangeError(`Setting not allowed: ${checked.reason}`)
  return checked.doc
}
