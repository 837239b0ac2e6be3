/**
 * The small document every page reads: settings. Kept apart from the progress specs (specs.ts)
 * and the quiz in progress (saved-sessions.ts) so the first page loads without their code.
 */
import {
  defaultSettings,
  parseSettings,
  serializeSettings,
  type Settings,
} from '../../domain/progress/settings.ts'
import { salvageSettings } from '../../domain/progress/settings-salvage.ts'
import { parseJson } from '../../domain/progress/versioned.ts'
import type { DocSpec } from './door.ts'
import { STORAGE_KEYS } from './keys.ts'

export const settingsSpec: DocSpec<Settings> = {
  key: STORAGE_KEYS.settings,
  label: 'settings',
  parse: parseSettings,
  serialize: serializeSettings,
  empty: defaultSettings,
  // One value out of range (a hand edit, an older build's bug) resets that setting, not all.
  salvage(text) {
    const json = parseJson(text)
    const value = json.ok ? salvageSettings(json.doc) : undefined
    return value && { value }
  },
}
