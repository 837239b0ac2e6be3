/**
 * The quiz in progress this tab could not save in localStorage (full, or refused), kept in the
 * tab's sessionStorage instead, so a reload of the tab (which a phone may do on its own, to a tab
 * in the background) still finds it. Only this tab, only until it closes; it is forgotten as soon
 * as localStorage takes the quiz or the quiz ends. What is read back is untrusted like every
 * stored document: parsed as a saved-sessions document, and checked with the set (`isResumable`)
 * by the quiz store before it is offered.
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
import { browserStorage, type StorageBackend } from './backend.ts'
import { STORAGE_KEYS } from './keys.ts'

/** The same key as in localStorage (the quiz route's hint looks for it in both). */
const KEY = STORAGE_KEYS.quizInProgress

// Its own tries, not quiet.ts's: the quiz's chunk would share that module with the review page's
// and the studio's, and each shared module is one more chunk the first page must name.
function readTab(storage: StorageBackend | null): SavedSessions {
  try {
    const text = storage?.getItem(KEY)
    const read = text ? parseSavedSessions(text) : undefined
    if (read?.status === 'ok') return read.doc
    // One damaged quiz is dropped, not every set's quiz (as the saved document's salvage does).
    const kept = text ? salvageSavedSessions(text) : undefined
    if (kept) return kept.doc
  } catch {
    // Refused: nothing kept.
  }
  return emptySavedSessions()
}

/** Writes `doc` (removes the key when it holds no quiz); whether the tab took it. */
function writeTab(storage: StorageBackend | null, doc: SavedSessions): boolean {
  try {
    if (Object.keys(doc.sessions).length) storage?.setItem(KEY, serializeSavedSessions(doc))
    else storage?.removeItem(KEY)
    return !!storage
  } catch {
    // Full or refused: what was there before stays.
    return false
  }
}

/** Keeps `session` in this tab; whether the tab took it. */
export function keepInTab(
  session: QuizSession,
  storage = browserStorage('sessionStorage'),
): boolean {
  return writeTab(storage, putSession(readTab(storage), session))
}

/** The quiz of `bankId` this tab kept, if any: untrusted, check it with the set. */
export function keptInTab(
  bankId: string,
  storage = browserStorage('sessionStorage'),
): QuizSession | undefined {
  return sessionOf(readTab(storage), bankId)
}

/** Forgets the quiz of `bankId` this tab kept (saved after all, finished, or set aside). */
export function forgetInTab(bankId: string, storage = browserStorage('sessionStorage')): void {
  const doc = readTab(storage)
  if (sessionOf(doc, bankId)) writeTab(storage, removeSession(doc, bankId))
}
