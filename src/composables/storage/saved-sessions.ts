/**
 * The quiz in progress, saved for resume: one session per bank. The quiz store calls `put` after
 * each action, `get` when a bank is opened (then `isResumable` with the bank before trusting it),
 * and `remove` when the quiz is finished and recorded.
 */
import {
  emptySavedSessions,
  parseSavedSessions,
  putSession,
  removeSession,
  salvageSavedSessions,
  serializeSavedSessions,
  sessionOf,
  type SavedSessions,
} from '../../domain/progress/saved-sessions.ts'
import type { QuizSession } from '../../domain/quiz/session.ts'
import type { DocSpec, ReadResult, StorageChange, StorageDoor, UpdateResult } from './door.ts'
import { useStorageDoor } from './index.ts'
import { STORAGE_KEYS } from './keys.ts'

/** The quiz-in-progress document, as the door reads and writes it. */
export const savedSessionsSpec: DocSpec<SavedSessions> = {
  key: STORAGE_KEYS.quizInProgress,
  label: 'quiz in progress',
  parse: parseSavedSessions,
  serialize: serializeSavedSessions,
  empty: emptySavedSessions,
  // One damaged quiz (a hand edit, an older build's bug) is set aside, not every set's quiz; the
  // quizzes set aside are named by their sets, even when no other set's quiz is left to keep.
  salvage(text) {
    const kept = salvageSavedSessions(text)
    return kept && (kept.lost.length || Object.keys(kept.doc.sessions).length)
      ? { value: kept.doc, lost: kept.lost }
      : undefined
  },
}

export interface SavedSessionsApi {
  /** The whole document and how it read (for notices: quarantined, unavailable…). */
  read(): ReadResult<SavedSessions>
  /** The saved session of a bank, if any. Check it with `isResumable(session, bank)`. */
  get(bankId: string): QuizSession | undefined
  /** Saves a session under its bank (re-reading first, so other banks' sessions are kept). */
  put(session: QuizSession): UpdateResult<SavedSessions>
  remove(bankId: string): UpdateResult<SavedSessions>
  /** Calls `cb` when another tab changes a saved session. */
  subscribe(cb: (change: StorageChange) => void): () => void
}

/** Saved quiz sessions through the storage door; pass a door in tests. */
export function useSavedSessions(door: StorageDoor = useStorageDoor()): SavedSessionsApi {
  return {
    read: () => door.read(savedSessionsSpec),
    get: (bankId) => sessionOf(door.read(savedSessionsSpec).value, bankId),
    put: (session) => door.update(savedSessionsSpec, (doc) => putSession(doc, session)),
    remove: (bankId) => door.update(savedSessionsSpec, (doc) => removeSession(doc, bankId)),
    subscribe: (cb) => door.subscribe(savedSessionsSpec.key, cb),
  }
}
