/**
 * Pausing, extending and reading the clock. Pausing stops both the quiz countdown and the time
 * credited to the question on screen; the store asks `isTimeUp` on each tick and finishes the
 * quiz with reason 'timeout' when it says so.
 */
import type { QuizSession } from './session.ts'
import { remainingAt, stopClocks } from './steps.ts'

/** True while the student has paused an unfinished quiz. */
export function isPaused(session: QuizSession): boolean {
  return session.status === 'active' && session.viewingSince === null
}

/** Stops the countdown and the question clock until `resumeTimer`. */
export function pauseTimer(session: QuizSession, now: Date): QuizSession {
  if (session.status !== 'active' || isPaused(session)) return session
  return stopClocks(session, now.getTime())
}

/** Restarts the clocks stopped by `pauseTimer`. */
export function resumeTimer(session: QuizSession, now: Date): QuizSession {
  if (!isPaused(session)) return session
  const t = now.getTime()
  const { timer } = session
  return { ...session, viewingSince: t, ...(timer && { timer: { ...timer, runningSince: t } }) }
}

/** Gives a timed quiz `ms` more milliseconds (e.g. an accommodation); untimed quizzes are unchanged. */
export function extendTimer(session: QuizSession, ms: number, now: Date): QuizSession {
  if (!(Number.isFinite(ms) && ms > 0)) throw new RangeError(`Extend by a positive time, got ${ms}`)
  const { timer } = session
  if (!timer || session.status !== 'active') return session
  const t = now.getTime()
  // Re-based at now, so an extension after the countdown hit zero still starts from zero.
  const remainingMs = remainingAt(timer, t) + ms
  const runningSince = timer.runningSince === null ? null : t
  return { ...session, timer: { limitMs: timer.limitMs + ms, remainingMs, runningSince } }
}

/** Milliseconds left, or null when the quiz has no time limit. */
export function remainingMs(session: QuizSession, now: Date): number | null {
  return session.timer ? remainingAt(session.timer, now.getTime()) : null
}

/** True when a timed quiz has no time left. */
export function isTimeUp(session: QuizSession, now: Date): boolean {
  return session.timer !== undefined && remainingAt(session.timer, now.getTime()) <= 0
}

/**
 * When a timed quiz whose time is up at `now` ran out: not later than `now`, nor before the
 * question on screen came up (no question is credited with time the quiz did not have, and none
 * with less than nothing). `now` for a paused clock.
 */
export function ranOutAt(session: QuizSession, now: Date): Date {
  const { timer } = session
  const t = now.getTime()
  if (!timer || timer.runningSince === null) return now
  const ranOut = timer.runningSince + timer.remainingMs
  return new Date(Math.min(t, Math.max(ranOut, session.viewingSince ?? 0)))
}
