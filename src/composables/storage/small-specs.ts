/**
 * The small documents every page may read: settings and the quiz in progress. Kept apart from the
 * progress specs (specs.ts) so the first page loads without the progress code.
 */
import {
  emptySavedSessions,
  parseSavedSessions,
  serializeSavedSessions,
  type SavedSessions,
} from '../../domain/progress/saved-sessions.ts'
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

export const savedSessionsSpec: DocSpec<SavedSessions> = {
  key: STORAGE_KEYS.quizInProgress,
  label: 'quiz in progress',
  parse: parseSavedSessions,
  serialize: serializeSavedSessions,
  empty: emptySavedSessions,
}
