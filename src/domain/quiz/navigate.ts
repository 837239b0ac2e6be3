/** Moving through a quiz: next, previous, jump, skip, flag. */
import {
  answeredCount,
  currentEntry,
  currentId,
  isAnswered,
  isOpen,
  type Entry,
  type QuizSession,
} from './session.ts'
import { closing, moveTo, patchEntry, tick } from './steps.ts'
import type { Bank } from '../bank/schema.ts'
import { completeSession, partlyAnsweredIds } from './finish.ts'

/**
 * The next question (practice: the next one still open). At the end, practice completes the quiz once every question is answered or
 * skipped, and otherwise returns to the first one still open; test mode stays on the last one,
 * where the student submits.
 */
export function next(session: QuizSession, now: Date): QuizSession {
  if (session.status !== 'active') return session
  return forward(session, now.getTime(), {})
}

/** `next`, with `leaving` applied to the question on screen as it is left (in the same copy). */
function forward(session: QuizSession, t: number, leaving: Partial<Entry>): QuizSession {
  if (session.options.mode === 'practice') {
    // Practice walks the open questions only: after the skipped ones are reopened at the end,
    // "next" goes from one to the next rather than through answers already given.
    const later = session.entries.findIndex((entry, i) => i > session.index && isOpen(entry))
    if (later !== -1) return moveTo(session, later, t, leaving)
  } else if (session.index < session.order.length - 1) {
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

/**
 * Whether leaving the question on screen (answered, or skipped) ends a practice quiz: every other
 * question is answered or skipped.
 */
export function leavingCompletes(session: QuizSession): boolean {
  if (session.status !== 'active' || session.options.mode !== 'practice') return false
  return session.entries.every((entry, i) => i === session.index || !isOpen(entry))
}

/** Questions skipped and still unanswered once the one on screen is left (skipped, if `skipping`). */
export function skippedCount(session: QuizSession, skipping = false): number {
  return session.entries.filter((entry, i) =>
    i === session.index ? skipping && !isAnswered(entry) : entry.skipped && !isAnswered(entry),
  ).length
}

/**
 * How far a saved quiz has come, as the resume offer and the "went on in another tab" card say
 * it: "3 answered, 1 partly answered, 2 skipped, 1 flagged", leaving out a count of none but the
 * answers. A test counts apart the questions partly answered (some pairs matched), as its bar
 * fills with them and "left blank" leaves them out; practice's bar fills with checked ones only.
 * Without `bank` (not loaded), none is partly answered.
 */
export function countsSoFar(session: QuizSession, bank: Bank | undefined, locale: string): string {
  const partly =
    bank && session.options.mode === 'test' ? partlyAnsweredIds(session, bank, locale).length : 0
  const skipped = skippedCount(session)
  const flagged = session.flagged.length
  return `${answeredCount(session)} answered${partly ? `, ${partly} partly answered` : ''}${
    skipped ? `, ${skipped} skipped` : ''
  }${flagged ? `, ${flagged} flagged` : ''}`
}

/**
 * Practice's second chance at the end: leaves the question on screen (skipped, if `skipping`) and
 * opens every skipped question again, showing the first. With none skipped it does nothing.
 */
export function revisitSkipped(session: QuizSession, now: Date, skipping = false): QuizSession {
  if (session.status !== 'active' || skippedCount(session, skipping) === 0) return session
  const current = currentEntry(session)
  const leaving = skipping && !isAnswered(current) ? { skipped: true } : {}
  const left = tick(session, now.getTime(), { ...closing(current), ...leaving })
  const waiting = (entry: Entry) => entry.skipped && !isAnswered(entry)
  const index = left.entries.findIndex(waiting)
  const entries = left.entries.map((entry) =>
    waiting(entry) ? { ...entry, skipped: false } : entry,
  )
  return { ...left, entries, index }
}
