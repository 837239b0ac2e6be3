/**
 * The quiz this tab finished last, kept in the tab's sessionStorage so that reloading its results
 * page shows the results again instead of the set's start page. Only this tab, only until it
 * closes or starts another quiz: the attempt itself is in progress (localStorage) for good. What is
 * read back is untrusted like every stored document: parsed as a saved-sessions document, and
 * checked against the loaded set before the store takes it.
 */
import {
  emptySavedSessions,
  parseSavedSessions,
  putSession,
  serializeSavedSessions,
  sessionOf,
} from '../../domain/progress/saved-sessions.ts'
import { isResumable, type QuizSession } from '../../domain/quiz/session.ts'
import type { Bank } from '../../domain/bank/schema.ts'
import { browserStorage } from './backend.ts'
import { FINISHED_QUIZ_KEY } from './keys.ts'

const UNSAVED = `${FINISHED_QUIZ_KEY}:unsaved`

/**
 * Keeps `session`, just finished, for a reload of its results (nothing when storage refuses);
 * `unsaved`: its attempt is not in the browser's storage (full), so a reload records it again
 * rather than lose it with the page.
 */
export function keepFinished(
  session: QuizSession,
  unsaved = false,
  storage = browserStorage('sessionStorage'),
): void {
  try {
    storage?.setItem(
      FINISHED_QUIZ_KEY,
      serializeSavedSessions(putSession(emptySavedSessions(), session)),
    )
    if (unsaved) storage?.setItem(UNSAVED, '1')
    else storage?.removeItem(UNSAVED)
  } catch {
    // Full or refused: a reload shows the start page, as before.
  }
}

/** Forgets the finished quiz (another quiz starts). */
export function forgetFinished(storage = browserStorage('sessionStorage')): void {
  try {
    storage?.removeItem(FINISHED_QUIZ_KEY)
    storage?.removeItem(UNSAVED)
  } catch {
    // Nothing kept, nothing to forget.
  }
}

/** Whether the finished quiz kept was not saved in the browser's storage when it finished. */
export function finishedUnsaved(storage = browserStorage('sessionStorage')): boolean {
  try {
    return storage?.getItem(UNSAVED) === '1'
  } catch {
    return false
  }
}

/** The finished quiz of `bank` this tab kept, when it still reads and fits the set. */
export function finishedOf(
  bank: Bank,
  storage = browserStorage('sessionStorage'),
): QuizSession | undefined {
  try {
    const text = storage?.getItem(FINISHED_QUIZ_KEY)
    if (!text) return undefined
    const read = parseSavedSessions(text)
    if (read.status !== 'ok') return undefined
    const session = sessionOf(read.doc, bank.id)
    return session?.status === 'finished' && isResumable(session, bank) ? session : undefined
  } catch {
    return undefined
  }
}
