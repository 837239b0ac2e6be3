/**
 * The user's settings document: default quiz mode, quiz timer, keyboard shortcuts and theme.
 * It has its own version and migration steps, independent of progress; version 1 is the first,
 * so the step registry is empty until a version 2 needs one.
 */
import * as z from 'zod/mini'
import {
  firstIssue,
  parseVersioned,
  runMigrations,
  schemaVersionOf,
  type MigrateResult,
  type VersionedFormat,
} from './versioned.ts'

export const SETTINGS_VERSION = 1

/** Longest quiz time limit a user can set, in seconds (three hours). */
export const MAX_TIMER_SEC = 3 * 60 * 60

export const settingsSchema = z.strictObject({
  schemaVersion: z.literal(SETTINGS_VERSION),
  /** The mode a new quiz starts in. */
  mode: z.enum(['practice', 'test']),
  /** Whole-quiz time limit in seconds; null means untimed. */
  timerSec: z.nullable(z.int().check(z.gte(1), z.lte(MAX_TIMER_SEC))),
  shortcuts: z.boolean(),
  theme: z.enum(['system', 'light', 'dark']),
})

export type Settings = z.infer<typeof settingsSchema>
export type SettingsPatch = Partial<Omit<Settings, 'schemaVersion'>>
export type Theme = Settings['theme']

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
    const parsed = settingsSchema.safeParse(raw)
    return parsed.success
      ? { ok: true, doc: parsed.data }
      : { ok: false, reason: firstIssue(parsed.error.issues) }
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
