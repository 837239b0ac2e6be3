/**
 * The user's settings document: default quiz mode, quiz timer, keyboard shortcuts and theme.
 * It has its own version and migration steps, independent of progress; version 1 is the first,
 * so the step registry is empty until a version 2 needs one.
 */
import { firstProblem, objectProblem, oneOfProblem, typeProblem } from './fields.ts'
import {
  parseVersioned,
  runMigrations,
  schemaVersionOf,
  type MigrateResult,
  type VersionedFormat,
} from './versioned.ts'

export const SETTINGS_VERSION = 1

/** Longest quiz time limit a user can set, in seconds (three hours). */
export const MAX_TIMER_SEC = 3 * 60 * 60

const MODES = ['practice', 'test'] as const
const THEMES = ['system', 'light', 'dark'] as const
const FIELDS = ['schemaVersion', 'mode', 'timerSec', 'shortcuts', 'theme']

export interface Settings {
  schemaVersion: typeof SETTINGS_VERSION
  /** The mode a new quiz starts in. */
  mode: (typeof MODES)[number]
  /** Whole-quiz time limit in seconds; null means untimed. */
  timerSec: number | null
  shortcuts: boolean
  theme: (typeof THEMES)[number]
}

export type SettingsPatch = Partial<Omit<Settings, 'schemaVersion'>>
export type Theme = Settings['theme']

/** Why `raw` is not a current settings document, or undefined when it is one. */
function settingsProblem(raw: unknown): string | undefined {
  const doc = raw as Record<string, unknown>
  const timer = doc.timerSec
  return firstProblem(
    () => objectProblem(raw, 'the document', FIELDS),
    () => oneOfProblem(doc.schemaVersion, 'schemaVersion', [SETTINGS_VERSION]),
    () => oneOfProblem(doc.mode, 'mode', MODES),
    () =>
      timer === null ||
      (Number.isInteger(timer) && (timer as number) >= 1 && (timer as number) <= MAX_TIMER_SEC)
        ? undefined
        : `timerSec should be a whole number of seconds from 1 to ${MAX_TIMER_SEC}, or null`,
    () => typeProblem(doc.shortcuts, 'shortcuts', 'boolean'),
    () => oneOfProblem(doc.theme, 'theme', THEMES),
  )
}

/** Practice, untimed, shortcuts on, the system's theme. */
export function defaultSettings(): Settings {
  return {
    schemaVersion: SETTINGS_VERSION,
    mode: 'practice',
    timerSec: null,
    shortcuts: true,
    theme: 'system',
  }
}

export const settingsFormat: VersionedFormat<Settings> = {
  current: SETTINGS_VERSION,
  versionOf: schemaVersionOf,
  steps: {},
  validate(raw) {
    const problem = settingsProblem(raw)
    if (problem) return { ok: false, reason: problem }
    const { schemaVersion, mode, timerSec, shortcuts, theme } = raw as Settings
    return { ok: true, doc: { schemaVersion, mode, timerSec, shortcuts, theme } }
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
