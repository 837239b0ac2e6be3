/**
 * Answers into cards. Every answer — in a quiz, a review or practice — is graded (`rating.ts`),
 * scheduled, and appended to its card's log. Applying is idempotent: an answer already in a
 * card's log is skipped, so re-applying what another tab may have written over loses nothing and
 * counts nothing twice.
 */
import { QUESTION_ID, SET_ID } from '../progress/schema.ts'
import {
  decodeCard,
  encodeCard,
  encodeEntry,
  ENTRY_CHARS,
  entryTime,
  logHas,
  logOf,
  storableTime,
  type CardState,
  type Grade,
  type Source,
} from './card.ts'
import { withZone, type OffsetAt } from './days.ts'
import { changedIn, copySet } from './lineage.ts'
import { gradeFor, type AnswerOutcome } from './rating.ts'
import type { Scheduler } from './scheduler.ts'
import type { ReviewDoc, SetCards } from './schema.ts'

/** One answered question, wherever it was answered. */
export interface ReviewAnswer extends AnswerOutcome {
  setId: string
  qid: string
  /** When it was answered, epoch ms. */
  at: number
  source: Source
}

/** How much log a card keeps: its latest `perCard` entries of the last `days` days. */
export interface LogLimits {
  perCard: number
  days: number
}

/** A year of history is what the dashboard shows; 32 entries cover a card answered daily for a month. */
export const LOG_LIMITS: Readonly<LogLimits> = Object.freeze({ perCard: 32, days: 366 })

const DAY_MS = 86_400_000

/** `log` with `entry` in time order, cut to the limits (counted back from its newest entry). */
export function withEntry(log: string, entry: string, limits: LogLimits): string {
  const at = entryTime(entry, 0)
  let i = log.length
  while (i >= ENTRY_CHARS && entryTime(log, i - ENTRY_CHARS) > at) i -= ENTRY_CHARS
  let out = log.slice(0, i) + entry + log.slice(i)
  const newest = entryTime(out, out.length - ENTRY_CHARS)
  let start = Math.max(0, out.length - limits.perCard * ENTRY_CHARS)
  while (start < out.length && entryTime(out, start) < newest - limits.days * DAY_MS) {
    start += ENTRY_CHARS
  }
  if (start > 0) out = out.slice(start)
  return out
}

/** An answer's log entry: when, its grade, where, sure, and whether it was a second try. */
function entryOf(answer: ReviewAnswer): string {
  return encodeEntry({
    at: storableTime(answer.at),
    grade: gradeFor(answer),
    source: answer.source,
    sure: answer.sure,
    retry: answer.retryUsed,
  })
}

/** Whether an answer names a card the document can hold (ids as the progress format allows). */
function storable(answer: ReviewAnswer): boolean {
  return SET_ID.test(answer.setId) && QUESTION_ID.test(answer.qid) && Number.isFinite(answer.at)
}

/**
 * A card's state after an answer with `grade` at `at` (epoch ms) from `source`, given no earlier
 * than its last one: an answer arriving late (another tab's, another browser's) is scheduled as if
 * given just after it, so both count.
 */
export function answeredAfter(
  scheduler: Scheduler,
  before: CardState | undefined,
  grade: Grade,
  at: number,
  source: Source,
): CardState {
  return {
    ...scheduler.next(before, grade, before && at < before.last ? before.last : at),
    reviewed: (before?.reviewed ?? false) || source !== 'quiz',
  }
}

/**
 * `doc` with `answers` applied in time order; returns `doc` itself when every one is already in.
 * An answer older than its card's last one (another tab's, arriving late) is logged at its own
 * time and scheduled as if given just after the last: both count, neither is lost. One older than
 * every entry a trimmed log kept is counted and not logged, as the log's limit would drop it.
 */
export function applyAnswers(
  doc: ReviewDoc,
  answers: readonly ReviewAnswer[],
  scheduler: Scheduler,
  limits: LogLimits = LOG_LIMITS,
): ReviewDoc {
  const sorted = answers.filter(storable).sort((a, b) => a.at - b.at)
  let cards: Record<string, SetCards> | undefined
  const changedSets = new Map<string, Record<string, string>>()
  for (const answer of sorted) {
    const at = storableTime(answer.at)
    const grade = gradeFor(answer)
    const entry = entryOf(answer)
    let set = changedSets.get(answer.setId)
    const stored: Readonly<SetCards> =
      set ?? (Object.hasOwn(doc.cards, answer.setId) ? (doc.cards[answer.setId] as SetCards) : {})
    const text = Object.hasOwn(stored, answer.qid) ? stored[answer.qid] : undefined
    const log = text === undefined ? '' : logOf(text)
    if (text !== undefined && logHas(log, entry)) continue
    const before = text === undefined ? undefined : decodeCard(text)
    const state = answeredAfter(scheduler, before, grade, at, answer.source)
    if (!set) {
      set = copySet(stored)
      changedSets.set(answer.setId, set)
    }
    changedIn(set, answer.qid)
    set[answer.qid] = encodeCard(
      state,
      before && beforeKept(before, log, at) ? log : withEntry(log, entry, limits),
    )
    cards ??= { ...doc.cards }
    cards[answer.setId] = set
  }
  return cards ? { ...doc, cards } : doc
}

/**
 * Whether `doc` counts `answer` already: its card's log has its entry, or had it and trimmed it
 * (a full storage drops the oldest entries): the card counts more answers than it logs, and this
 * one is older than every entry it kept.
 */
export function answerApplied(doc: ReviewDoc, answer: ReviewAnswer): boolean {
  const set = Object.hasOwn(doc.cards, answer.setId) ? doc.cards[answer.setId] : undefined
  const text = set && Object.hasOwn(set, answer.qid) ? set[answer.qid] : undefined
  if (text === undefined) return false
  const log = logOf(text)
  return logHas(log, entryOf(answer)) || beforeKept(decodeCard(text), log, storableTime(answer.at))
}

/**
 * Whether an answer at `at` is older than every entry the log of a card counting more answers than
 * it logs kept: it may be one the log trimmed. Such an answer is counted, never logged: before the
 * kept entries it would stand for the trimmed ones, and a restore would count them again.
 */
function beforeKept(state: CardState, log: string, at: number): boolean {
  if (state.reps * ENTRY_CHARS <= log.length) return false
  return log.length ? at < entryTime(log, 0) : at <= state.last
}

/**
 * `doc` with the clock each answer was given by marked in its zones (`offsetAt`: that clock's
 * offset then), so the answer counts on the day the student's clock showed, wherever they go
 * next. A mark is added only where the offset changes: `doc` itself when none does.
 */
export function markZones(
  doc: ReviewDoc,
  answers: readonly ReviewAnswer[],
  offsetAt: OffsetAt,
): ReviewDoc {
  const before = doc.zones ?? []
  let zones = before
  for (const answer of answers.filter(storable).sort((a, b) => a.at - b.at)) {
    const at = storableTime(answer.at)
    zones = withZone(zones, at, offsetAt(at))
  }
  return zones === before ? doc : { ...doc, zones }
}
