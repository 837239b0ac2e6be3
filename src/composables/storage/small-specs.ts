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
import type { DocSpec } from './door.ts'
import { STORAGE_KEYS } from './keys.ts'

export const settingsSpec: DocSpec<Settings> = {
  key: STORAGE_KEYS.settings,
  label: 'settings',
  parse: parseSettings,
  serialize: serializeSettings,
  empty: defaultSettings,
}
