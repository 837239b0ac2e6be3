/**
 * The building blocks the quiz actions share: replacing an entry, keeping the per-question clock,
 * moving between questions. Not meant for the UI, which calls the actions instead.
 */
import type { Bank, Question } from '../bank/schema.ts'
import { entryOf, type Entry, type QuizSession, type Timer } from './session.ts'

/** The bank's question with this id; throws when the bank changed since the quiz started. */
export function questionOf(bank: Bank, qid: string): Question {
  const q = bank.questions.find((x) => x.id === qid)
  if (!q) throw new Error(`Question ${qid} is no longer in bank ${bank.id}`)
  return q
}

/** A new session with one entry changed. */
export function patchEntry(session: QuizSession, qid: string, patch: Partial<Entry>): QuizSession {
  return {
    ...session,
    entries: { ...session.entries, [qid]: { ...entryOf(session, qid), ...patch } },
  }
}

/** Credits the time since the question on screen was shown to it, and restarts its clock at t. */
export function tick(session: QuizSession, t: number): QuizSession {
  if (session.viewingSince === null) return session
  const qid = session.order[session.index]
  if (qid === undefined) return session
  // A clock that went backwards (another device, a changed system time) adds nothing.
  const spent = Math.max(0, t - session.viewingSince)
  const entry = entryOf(session, qid)
  return { ...patchEntry(session, qid, { timeMs: entry.timeMs + spent }), viewingSince: t }
}

/** Leaving a question ends its feedback: a retry not taken by then is gone. */
function close(session: QuizSession): QuizSession {
  const qid = session.order[session.index]
  if (qid === undefined) return session
  const { phase } = entryOf(session, qid)
  return phase === 'feedback' || phase === 'retry'
    ? patchEntry(session, qid, { phase: 'answered' })
    : session
}

/** Shows the question at `index`, closing the one on screen; a paused quiz stays paused. */
export function moveTo(session: QuizSession, index: number, t: number): QuizSession {
  if (index === session.index) return session
  return { ...close(tick(session, t)), index }
}

/** Credits the question on screen and stops both it and the countdown at t, for pause and finish. */
export function stopClocks(session: QuizSession, t: number): QuizSession {
  const ticked = tick(session, t)
  const { timer } = ticked
  return {
    ...ticked,
    viewingSince: null,
    ...(timer && { timer: { ...timer, remainingMs: remainingAt(timer, t), runningSince: null } }),
  }
}

/** Closes the question on screen and stops every clock, for finishing. */
export function stopAll(session: QuizSession, t: number): QuizSession {
  return stopClocks(close(session), t)
}

/** Milliseconds left on a countdown at time t, never below 0. */
export function remainingAt(timer: Timer, t: number): number {
  const running = timer.runningSince === null ? 0 : Math.max(0, t - timer.runningSince)
  return Math.max(0, timer.remainingMs - running)
}
