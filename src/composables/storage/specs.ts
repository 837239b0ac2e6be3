/** The three documents Passage stores, each as a DocSpec the door reads and writes. */
import { parse, serialize } from '../../domain/progress/migrate.ts'
import { trimForQuota } from '../../domain/progress/record.ts'
import { emptyProgress, type ProgressDoc } from '../../domain/progress/schema.ts'
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

export const progressSpec: DocSpec<ProgressDoc> = {
  key: STORAGE_KEYS.progress,
  label: 'progress',
  parse,
  serialize,
  empty: emptyProgress,
  trim: trimForQuota,
}

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
