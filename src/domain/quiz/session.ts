/**
 * A quiz in progress. It is plain JSON (no Dates, Maps or functions) because the store saves it
 * for resume; times are epoch milliseconds. Every action in this folder returns a new session and
 * leaves its input untouched; an action that does not apply returns its input as it is.
 */
import type { Bank } from '../bank/schema.ts'
import type { AnyResponse, GradeResult } from '../grading/types.ts'
import { blankResponse, isResponseFor } from '../grading/registry.ts'
import type { QuizOptions } from './options.ts'
import { selectQuestions } from './select.ts'
import { displayOrder } from './shown.ts'

export const SESSION_VERSION = 1

/**
 * unanswered → (submit) → feedback → (startRetry) → retry → (submit) → feedback;
 * leaving a question in feedback or retry, or finishing, makes it answered. Test mode goes
 * straight from unanswered to answered: nothing is graded until the end.
 */
export type Phase = 'unanswered' | 'feedback' | 'retry' | 'answered'

/** submitted: the student ended it; completed: practice ran out of questions; timeout: time ran out. */
export type FinishReason = 'submitted' | 'completed' | 'timeout'

export interface Entry {
  /** The current response, as the question's widget shows it. */
  response: AnyResponse
  /** Graded (practice) or recorded (test) submissions; a rejected response does not count. */
  attempts: number
  /**
   * The score that counts. After a retry, `correct` says the final response was right while
   * `score` carries the half credit.
   */
  result?: GradeResult
  /** The first submission's own grade, kept for review and spaced repetition. */
  firstResult?: GradeResult
  retryUsed: boolean
  /** The student chose to skip it; a later answer clears this. */
  skipped: boolean
  /** Time the question was on screen, excluding pauses. */
  timeMs: number
  phase: Phase
}

/** A countdown that can be paused and extended. */
export interface Timer {
  limitMs: number
  /** What was left when the countdown last stopped or started. */
  remainingMs: number
  /** When the countdown last started; null while paused or after the quiz finished. */
  runningSince: number | null
}

export interface QuizSession {
  version: typeof SESSION_VERSION
  bankId: string
  seed: string
  options: QuizOptions
  /** Question ids in asking order. */
  order: string[]
  /** Per question with options: choices, ordering items or distinct matching right sides, as displayed. */
  shown: Record<string, string[]>
  /** Position in `order` of the question on screen. */
  index: number
  entries: Record<string, Entry>
  flagged: string[]
  status: 'active' | 'finished'
  startedAt: number
  finishedAt?: number
  finishReason?: FinishReason
  /** When the question on screen was shown (its clock started); null while paused or finished. */
  viewingSince: number | null
  timer?: Timer
}

function copyOptions(options: QuizOptions): QuizOptions {
  const copy: QuizOptions = { ...options }
  if (options.tags) copy.tags = [...options.tags]
  if (options.difficulties) copy.difficulties = [...options.difficulties]
  if (options.questionIds) copy.questionIds = [...options.questionIds]
  return copy
}

/**
 * Starts a quiz on `bank`. Throws an Error with a message for the student when no question
 * matches the options (check `selectQuestions(...).length` first to avoid it), and a RangeError
 * for a non-positive limit or time limit.
 */
export function createSession(
  bank: Bank,
  options: QuizOptions,
  seed: string,
  now: Date,
): QuizSession {
  const questions = selectQuestions(bank, options, seed)
  if (questions.length === 0) {
    throw new Error(`No questions in "${bank.title}" match these choices. Try fewer filters.`)
  }
  const shown: Record<string, string[]> = {}
  const entries: Record<string, Entry> = {}
  for (const q of questions) {
    const order = displayOrder(q, seed, options.shuffleChoices)
    if (order) shown[q.id] = order
    entries[q.id] = {
      response: blankResponse(q, order),
      attempts: 0,
      retryUsed: false,
      skipped: false,
      timeMs: 0,
      phase: 'unanswered',
    }
  }
  const t = now.getTime()
  const session: QuizSession = {
    version: SESSION_VERSION,
    bankId: bank.id,
    seed,
    options: copyOptions(options),
    order: questions.map((q) => q.id),
    shown,
    index: 0,
    entries,
    flagged: [],
    status: 'active',
    startedAt: t,
    viewingSince: t,
  }
  if (options.timeLimitSec !== undefined) {
    const limitMs = Math.round(options.timeLimitSec * 1000)
    session.timer = { limitMs, remainingMs: limitMs, runningSince: t }
  }
  return session
}

/** The id of the question on screen. */
export function currentId(session: QuizSession): string {
  const id = session.order[session.index]
  if (id === undefined) throw new RangeError(`Session index ${session.index} is out of range`)
  return id
}

/** The entry of a question in the session; throws for an id the session does not ask. */
export function entryOf(session: QuizSession, qid: string): Entry {
  // Own keys only: an id like "constructor" must not find Object.prototype's member.
  const entry = Object.hasOwn(session.entries, qid) ? session.entries[qid] : undefined
  if (!entry) throw new Error(`Question ${qid} is not part of this quiz`)
  return entry
}

/** A question's displayed option order, or undefined for types without options. */
export function shownOf(session: QuizSession, qid: string): string[] | undefined {
  return Object.hasOwn(session.shown, qid) ? session.shown[qid] : undefined
}

/** The entry of the question on screen. */
export function currentEntry(session: QuizSession): Entry {
  return entryOf(session, currentId(session))
}

/** True once a response was submitted for the question (graded or, in test mode, recorded). */
export function isAnswered(entry: Entry): boolean {
  return entry.phase !== 'unanswered'
}

/** Still waiting on the student: neither answered nor skipped. Practice completes when none are. */
export function isOpen(entry: Entry): boolean {
  return !isAnswered(entry) && !entry.skipped
}

/** Questions without a submitted answer, skipped ones included: the "3 unanswered" warning. */
export function unansweredCount(session: QuizSession): number {
  return session.order.filter((id) => !isAnswered(entryOf(session, id))).length
}

/**
 * Whether a saved session still fits `bank`: same bank, every question still there with the same
 * type and options, every response the right shape. The store should start afresh when it is not.
 */
export function isResumable(session: QuizSession, bank: Bank): boolean {
  if (session.version !== SESSION_VERSION || session.bankId !== bank.id) return false
  if (!(session.index >= 0 && session.index < session.order.length)) return false
  const byId = new Map(bank.questions.map((q) => [q.id, q]))
  return session.order.every((id) => {
    const q = byId.get(id)
    const entry = Object.hasOwn(session.entries, id) ? session.entries[id] : undefined
    if (!q || !entry || !isResponseFor(q, entry.response)) return false
    const expected = displayOrder(q, session.seed, false)
    const saved = shownOf(session, id)
    if (!expected || !saved) return expected === saved
    return [...expected].sort().join('\u0000') === [...saved].sort().join('\u0000')
  })
}
