/**
 * The building blocks the quiz actions share: replacing an entry, keeping the per-question clock,
 * moving between questions. Not meant for the UI, which calls the actions instead.
 *
 * An action copies `entries` once at most: what happens to the question on screen when the
 * student acts (its time credited, its feedback closed, its new response or grade) is gathered
 * into one patch and applied with a single array copy that shares every other entry. Only the end
 * of a quiz copies twice: finishing, and practice's `skip` past the last question.
 */
import type { Bank, Question } from '../bank/schema.ts'
import { entryAt, positionOf, type Entry, type QuizSession, type Timer } from './session.ts'

// Each bank's questions by id, built on first use. Banks are never changed in place (the store
// replaces a reloaded bank), so an index cannot go stale, and a dropped bank takes its index along.
const questionIndexes = new WeakMap<Bank, ReadonlyMap<string, Question>>()

/** The bank's question with this id; throws when the bank changed since the quiz started. */
export function questionOf(bank: Bank, qid: string): Question {
  let byId = questionIndexes.get(bank)
  if (!byId) {
    const built = new Map<string, Question>()
    // The first question wins, as `find` would; bank validation refuses repeated ids anyway.
    for (const q of bank.questions) if (!built.has(q.id)) built.set(q.id, q)
    questionIndexes.set(bank, built)
    byId = built
  }
  const q = byId.get(qid)
  if (!q) throw new Error(`Question ${qid} is no longer in bank ${bank.id}`)
  return q
}

/** A copy of `entries` with the entry at `position` patched; every other entry is shared. */
function patched(session: QuizSession, position: number, patch: Partial<Entry>): Entry[] {
  const entries = session.entries.slice()
  entries[position] = { ...entryAt(session, position), ...patch }
  return entries
}

/** A new session with one entry changed; throws for an id the session does not ask. */
export function patchEntry(session: QuizSession, qid: string, patch: Partial<Entry>): QuizSession {
  const position = positionOf(session, qid)
  if (position === -1) throw new Error(`Question ${qid} is not part of this quiz`)
  return { ...session, entries: patched(session, position, patch) }
}

/** The time the question on screen has been shown, to credit it at t; 0 while paused. */
function spentAt(session: QuizSession, t: number): number {
  // A clock that went backwards (another device, a changed system time) adds nothing.
  return session.viewingSince === null ? 0 : Math.max(0, t - session.viewingSince)
}

/**
 * Credits the time since the question on screen was shown to it, applies `patch` to it as well,
 * and restarts its clock at t: one entries copy for both. While paused only `patch` applies, and
 * with nothing to apply the session comes back as it is.
 */
export function tick(session: QuizSession, t: number, patch: Partial<Entry> = {}): QuizSession {
  const running = session.viewingSince !== null
  if (!running && Object.keys(patch).length === 0) return session
  const entry = entryAt(session, session.index)
  const timed = running ? { timeMs: entry.timeMs + spentAt(session, t), ...patch } : patch
  return {
    ...session,
    entries: patched(session, session.index, timed),
    ...(running && { viewingSince: t }),
  }
}

/** Leaving a question ends its feedback: a retry not taken by then is gone. */
export function closing(entry: Entry): Partial<Entry> {
  return entry.phase === 'feedback' || entry.phase === 'retry' ? { phase: 'answered' } : {}
}

/**
 * Shows the question at `index`, crediting and closing the one on screen (plus `leaving`, e.g.
 * marking it skipped) in one entries copy; a paused quiz stays paused.
 */
export function moveTo(
  session: QuizSession,
  index: number,
  t: number,
  leaving: Partial<Entry> = {},
): QuizSession {
  if (index === session.index) return session
  const left = tick(session, t, { ...closing(entryAt(session, session.index)), ...leaving })
  return { ...left, index }
}

/** The countdown stopped at t, or undefined for an untimed quiz. */
function stoppedTimer(timer: Timer | undefined, t: number): Timer | undefined {
  return timer && { ...timer, remainingMs: remainingAt(timer, t), runningSince: null }
}

/**
 * Credits the question on screen (applying `patch` to it too, as `tick` does) and stops both it and
 * the countdown at t, for pause and finish.
 */
export function stopClocks(
  session: QuizSession,
  t: number,
  patch: Partial<Entry> = {},
): QuizSession {
  const ticked = tick(session, t, patch)
  const timer = stoppedTimer(ticked.timer, t)
  return { ...ticked, viewingSince: null, ...(timer && { timer }) }
}

/** Closes the question on screen and stops every clock, for finishing. */
export function stopAll(session: QuizSession, t: number): QuizSession {
  return stopClocks(session, t, closing(entryAt(session, session.index)))
}

/** Milliseconds left on a countdown at time t, never below 0. */
export function remainingAt(timer: Timer, t: number): number {
  const running = timer.runningSince === null ? 0 : Math.max(0, t - timer.runningSince)
  return Math.max(0, timer.remainingMs - running)
}
