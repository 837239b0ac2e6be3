/** Moving through a quiz: next, previous, jump, skip, flag. */
import {
  currentEntry,
  currentId,
  isAnswered,
  isOpen,
  type Entry,
  type QuizSession,
} from './session.ts'
import { moveTo, patchEntry } from './steps.ts'
import { completeSession } from './finish.ts'

/**
 * The next question. At the end, practice completes the quiz once every question is answered or
 * skipped, and otherwise returns to the first one still open; test mode stays on the last one,
 * where the student submits.
 */
export function next(session: QuizSession, now: Date): QuizSession {
  if (session.status !== 'active') return session
  return forward(session, now.getTime(), {})
}

/** `next`, with `leaving` applied to the question on screen as it is left (in the same copy). */
function forward(session: QuizSession, t: number, leaving: Partial<Entry>): QuizSession {
  if (session.index < session.order.length - 1) {
    return moveTo(session, session.index + 1, t, leaving)
  }
  // The end of the quiz, once per pass: clarity over saving a copy.
  const left =
    Object.keys(leaving).length > 0 ? patchEntry(session, currentId(session), leaving) : session
  if (left.options.mode === 'test') return left
  const open = left.entries.findIndex(isOpen)
  return open === -1 ? completeSession(left, t) : moveTo(left, open, t)
}

/** The previous question, if any. */
export function previous(session: QuizSession, now: Date): QuizSession {
  if (session.status !== 'active' || session.index === 0) return session
  return moveTo(session, session.index - 1, now.getTime())
}

/** Jumps to the question at `index` (0-based); throws a RangeError outside the quiz. */
export function goTo(session: QuizSession, index: number, now: Date): QuizSession {
  if (!Number.isInteger(index) || index < 0 || index >= session.order.length) {
    throw new RangeError(`No question at position ${index}; this quiz has ${session.order.length}`)
  }
  if (session.status !== 'active') return session
  return moveTo(session, index, now.getTime())
}

/** Leaves the question on screen without answering; it still counts, as no answer, unless answered later. */
export function skip(session: QuizSession, now: Date): QuizSession {
  if (session.status !== 'active') return session
  const leaving = isAnswered(currentEntry(session)) ? {} : { skipped: true }
  return forward(session, now.getTime(), leaving)
}

/** Marks or unmarks a question to come back to. */
export function toggleFlag(session: QuizSession, qid: string): QuizSession {
  if (session.status !== 'active' || !session.order.includes(qid)) return session
  const flagged = session.flagged.includes(qid)
    ? session.flagged.filter((id) => id !== qid)
    : [...session.flagged, qid]
  return { ...session, flagged }
}
