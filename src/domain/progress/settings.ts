/**
 * The user's settings document: default quiz mode, quiz timer, keyboard shortcuts, theme, and
 * review scheduling (desired retention, new cards a day). It has its own version and migration
 * steps, independent of progress: version 2 added the review settings, with their defaults.
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

export const SETTINGS_VERSION = 2

/** Longest quiz time limit a user can set, in seconds (three hours). */
export const MAX_TIMER_SEC = 3 * 60 * 60

const MODES = ['practice', 'test'] as const
const THEMES = ['system', 'light', 'dark'] as const
const FIELDS = [
  'schemaVersion',
  'mode',
  'timerSec',
  'shortcuts',
  'theme',
  'retention',
  'newPerDay',
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
}

export type SettingsPatch = Partial<Omit<Settings, 'schemaVersion'>>
export type Theme = Settings['theme']

const wholeIn = (value: unknown, min: number, max: number) =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max

/** Why `raw` is not a current settings document, or undefined when it is one. */
function settingsProblem(raw: unknown): string | undefined {
  const doc = raw as Record<string, unknown>
  const { timerSec, retention, newPerDay } = doc
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
  )
}

/** Practice, untimed, shortcuts on, the system's theme; review for 90 % recall, 20 new a day. */
export function defaultSettings(): Settings {
  return {
    schemaVersion: SETTINGS_VERSION,
    mode: 'practice',
    timerSec: null,
    shortcuts: true,
    theme: 'system',
    retention: DEFAULT_RETENTION,
    newPerDay: DEFAULT_NEW_PER_DAY,
  }
}

/** v1 → v2: the review settings arrive with their defaults; everything else is kept. */
function toV2(raw: unknown): Checked<unknown> {
  if (!isObject(raw)) return { ok: false, reason: 'version 1: it is not an object' }
  return {
    ok: true,
    doc: {
      ...raw,
      schemaVersion: 2,
      retention: DEFAULT_RETENTION,
      newPerDay: DEFAULT_NEW_PER_DAY,
    },
  }
}

export const settingsFormat: VersionedFormat<Settings> = {
  current: SETTINGS_VERSION,
  versionOf: schemaVersionOf,
  steps: { 1: toV2 },
  validate(raw) {
    const problem = settingsProblem(raw)
    if (problem) return { ok: false, reason: problem }
    const { schemaVersion, mode, timerSec, shortcuts, theme, retention, newPerDay } =
      raw as Settings
    return {
      ok: true,
      doc: { schemaVersion, mode, timerSec, shortcuts, theme, retention, newPerDay },
    }
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
