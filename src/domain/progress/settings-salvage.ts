/**
 * Stored settings that do not read as a whole, brought up to date and kept field by field. Apart
 * from settings.ts, which the first page loads: only a damaged or older document needs this, and
 * the pages that report on one load it (a module the first page shares with a later one is put in
 * the first page's chunk whole).
 */
import { isObject } from './fields.ts'
import { schemaVersionOf } from './versioned.ts'
import {
  defaultSettings,
  FIELDS,
  SETTINGS_VERSION,
  settingsFormat,
  settingsProblem,
  type Settings,
} from './settings.ts'

/**
 * Stored settings of an older version brought up to the current one, fields unchecked; undefined
 * when that cannot be done (not an object, no version, a newer one).
 */
export function settingsUpToDate(raw: unknown): Record<string, unknown> | undefined {
  let doc = raw
  for (let v = schemaVersionOf(doc); v !== undefined && v < SETTINGS_VERSION; v++) {
    const next = Object.hasOwn(settingsFormat.steps, v) ? settingsFormat.steps[v]?.(doc) : undefined
    if (!next?.ok) return undefined
    doc = next.doc
  }
  return isObject(doc) && doc.schemaVersion === SETTINGS_VERSION ? doc : undefined
}

/**
 * What can still be used of stored settings that do not read as a whole: each field that is
 * allowed on its own is kept, each other one goes back to its default ("theme": "neon" must not
 * also cost the student their text size and time limit). An older version's are brought up to
 * date first, so one bad value in them costs only itself too.
 */
export function salvageSettings(raw: unknown): Settings | undefined {
  const doc = settingsUpToDate(raw)
  if (!doc) return undefined
  const kept: Record<string, unknown> = { ...defaultSettings() }
  for (const field of FIELDS) {
    const trial = { ...kept, [field]: doc[field] }
    if (!settingsProblem(trial)) kept[field] = doc[field]
  }
  return kept as unknown as Settings
}
