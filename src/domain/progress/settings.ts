/**
 * The user's settings document: default quiz mode, quiz timer, keyboard shortcuts, theme, and
 * review scheduling (desired retention, new cards a day). It has its own version and migration
 * steps, independent of progress: version 2 added the review settings, with their defaults.
 */
import * as z from 'zod/mini'
import {
  firstIssue,
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

export const settingsSchema = z.strictObject({
  schemaVersion: z.literal(SETTINGS_VERSION),
  /** The mode a new quiz starts in. */
  mode: z.enum(['practice', 'test']),
  /** Whole-quiz time limit in seconds; null means untimed. */
  timerSec: z.nullable(z.int().check(z.gte(1), z.lte(MAX_TIMER_SEC))),
  shortcuts: z.boolean(),
  theme: z.enum(['system', 'light', 'dark']),
  /** Review: the chance of recall FSRS schedules each card for. */
  retention: z.number().check(z.gte(MIN_RETENTION), z.lte(MAX_RETENTION)),
  /** Review: cards met only in quizzes that may enter review each day. */
  newPerDay: z.int().check(z.gte(0), z.lte(MAX_NEW_PER_DAY)),
})

export type Settings = z.infer<typeof settingsSchema>
export type SettingsPatch = Partial<Omit<Settings, 'schemaVersion'>>
export type Theme = Settings['theme']

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
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: 'version 1: it is not an object' }
  }
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
