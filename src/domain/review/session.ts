/**
 * A review session: the queue it started with (stored, so a reload carries on) and how far it
 * got, read from the cards' logs rather than kept apart, so an answer counts in the session the
 * moment it is saved, whichever tab gave it.
 */
import { decodeEntry, ENTRY_CHARS, rightWorth, storableTime, type LogEntry } from './card.ts'
import { dayNumber } from './days.ts'
import type { ReviewCard } from './index.ts'
import { scopeText, type Scope } from './queue.ts'
import { MAX_SESSION_CARDS, type ReviewSession } from './schema.ts'

/** A new session over `cards`, in their order, starting at `now`. */
export function newSession(scope: Scope, cards: readonly ReviewCard[], now: number): ReviewSession {
  return {
    startedAt: storableTime(now),
    scope: scopeText(scope),
    cards: cards.slice(0, MAX_SESSION_CARDS).map((c) => c.key),
  }
}

/** The card's first answer outside a quiz since `since`, if any. */
function answerSince(card: ReviewCard, since: number): LogEntry | undefined {
  for (let i = 0; i + ENTRY_CHARS <= card.log.length; i += ENTRY_CHARS) {
    const e = decodeEntry(card.log, i)
    if (e.at >= since && e.source !== 'quiz') return e
  }
  return undefined
}

export interface SessionProgress {
  /** Cards answered in the session, in session order, with their answer. */
  answered: { key: string; entry: LogEntry }[]
  /** Cards still to ask, in session order. */
  remaining: string[]
}

/** How far `session` got; cards that no longer exist count as neither. */
export function sessionProgress(
  session: ReviewSession,
  byKey: ReadonlyMap<string, ReviewCard>,
): SessionProgress {
  const answered: SessionProgress['answered'] = []
  const remaining: string[] = []
  for (const key of session.cards) {
    const card = byKey.get(key)
    if (!card) continue
    const entry = answerSince(card, session.startedAt)
    if (entry) answered.push({ key, entry })
    else remaining.push(key)
  }
  return { answered, remaining }
}

export interface SessionSummary {
  reviewed: number
  /** Right first time (or logged before review format 2, which cannot say it was not). */
  right: number
  /** Wrong, then right on the second try. */
  secondTry: number
  wrong: number
  /** Right answers as marks, a second try worth half (`rightWorth`): the share right is this of `reviewed`. */
  marks: number
  /** Answered "sure" and wrong. */
  confidentWrong: number
  /** Passed over and still unanswered: they stay due. */
  skipped: number
}

/** The end-of-session numbers; `skipped` are the cards passed over (answered ones do not count). */
export function summarizeSession(
  progress: SessionProgress,
  skipped: ReadonlySet<string> = new Set(),
): SessionSummary {
  let right = 0
  let secondTry = 0
  let marks = 0
  let confidentWrong = 0
  for (const { entry } of progress.answered) {
    marks += rightWorth(entry)
    if (entry.grade === 'again') {
      if (entry.sure) confidentWrong++
    } else if (entry.retry) secondTry++
    else right++
  }
  // A card skipped here and then answered in another tab counts as answered, not twice.
  const passed = progress.remaining.filter((key) => skipped.has(key)).length
  const reviewed = progress.answered.length
  return {
    reviewed,
    right,
    secondTry,
    wrong: reviewed - right - secondTry,
    marks,
    confidentWrong,
    skipped: passed,
  }
}

/** Whether a stored session is still today's to carry on with (yesterday's is over). */
export function isCurrentSession(session: ReviewSession, now: number): boolean {
  return dayNumber(session.startedAt) === dayNumber(now)
}
