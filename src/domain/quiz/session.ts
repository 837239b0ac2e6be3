/**
 * A quiz in progress. It is plain JSON (no Dates, Maps or functions) because the store saves it
 * for resume; times are epoch milliseconds. Every action in this folder returns a new session and
 * leaves its input untouched; an action that does not apply returns its input as it is.
 *
 * Actions share structure: a new session keeps every array and entry it did not change, so an
 * answer copies one `entries` array (O(questions) pointers) and one entry, however big the quiz.
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
  /**
   * Practice, on the second try: the first try's response, so that the same one is not checked
   * again as the second. Absent in sessions saved before this existed.
   */
  firstResponse?: AnyResponse
  /**
   * Practice: the student chose to see the answer instead of the second try on offer, which is
   * then given up. Absent in sessions saved before this existed; read it as `=== true`.
   */
  revealed?: boolean
  /** The student chose to skip it; a later answer clears this. */
  skipped: boolean
  /**
   * Practice only: the student said a refused short answer was right ("I was right"), so
   * `result` counts it as right. Absent in sessions saved before this existed; read it as
   * `=== true`, since saved sessions come back as untrusted JSON.
   */
  overridden?: boolean
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
  /**
   * Internal: read entries through `entryOf`, `currentEntry` or `unansweredCount`, never this
   * field. `entries[i]` is the entry of `order[i]`, one per question (an array, not a record
   * keyed by id, so an action copies an array rather than a 10 000-key object).
   */
  entries: Entry[]
  flagged: string[]
  status: 'active' | 'finished'
  startedAt: number
  finishedAt?: number
  finishReason?: FinishReason
  /** When the question on screen was shown (its clock started); null while paused or finished. */
  viewingSince: number | null
  timer?: Timer
  /**
   * Which page saved it for resume (a random id per page load): a tab that finds its quiz saved by
   * another knows the quiz went on there (stores/quiz.ts). Only ever compared, never shown.
   */
  savedBy?: string
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
  const entries = questions.map((q): Entry => {
    const order = displayOrder(q, seed, options.shuffleChoices)
    if (order) shown[q.id] = order
    return {
      response: blankResponse(q, order),
      attempts: 0,
      retryUsed: false,
      skipped: false,
      timeMs: 0,
      phase: 'unanswered',
    }
  })
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

// Positions of the ids in an `order` array, built on first use. Actions keep `order` as it is, so
// one index serves a whole quiz; sessions never change their arrays in place, so it cannot go stale.
const positions = new WeakMap<readonly string[], ReadonlyMap<string, number>>()

/**
 * Where a question is in `session.order` (and so in `entries`), or -1 for an id the session does
 * not ask. O(1) after the first call for an `order` array.
 */
export function positionOf(session: QuizSession, qid: string): number {
  let byId = positions.get(session.order)
  if (!byId) {
    const built = new Map<string, number>()
    // The first position wins, as with indexOf; isResumable refuses orders with repeats anyway.
    session.order.forEach((id, i) => {
      if (!built.has(id)) built.set(id, i)
    })
    positions.set(session.order, built)
    byId = built
  }
  return byId.get(qid) ?? -1
}

/** The entry at a position in `order`; throws outside the quiz. */
export function entryAt(session: QuizSession, position: number): Entry {
  const entry = position >= 0 ? session.entries[position] : undefined
  if (!entry) throw new RangeError(`No entry at position ${position} of this quiz`)
  return entry
}

/** The entry of a question in the session; throws for an id the session does not ask. */
export function entryOf(session: QuizSession, qid: string): Entry {
  // A Map, not the entries' keys: an id like "constructor" must not find Object.prototype's member.
  const position = positionOf(session, qid)
  if (position === -1) throw new Error(`Question ${qid} is not part of this quiz`)
  return entryAt(session, position)
}

/** A question's displayed option order, or undefined for types without options. */
export function shownOf(session: QuizSession, qid: string): string[] | undefined {
  return Object.hasOwn(session.shown, qid) ? session.shown[qid] : undefined
}

/** The entry of the question on screen. */
export function currentEntry(session: QuizSession): Entry {
  return entryAt(session, session.index)
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
  return session.entries.filter((entry) => !isAnswered(entry)).length
}

/** Questions with a submitted answer: "4 answered" on a quiz left for later. */
export function answeredCount(session: QuizSession): number {
  return session.entries.length - unansweredCount(session)
}

/**
 * Whether a saved session still fits `bank`: same bank, every question still there with the same
 * type and options, asked once, with one entry each and every response the right shape. The store
 * should start afresh when it is not.
 */
export function isResumable(session: QuizSession, bank: Bank): boolean {
  if (session.version !== SESSION_VERSION || session.bankId !== bank.id) return false
  const { order, entries } = session
  if (!Array.isArray(order) || !Array.isArray(entries) || entries.length !== order.length) {
    return false
  }
  if (!(Number.isInteger(session.index) && session.index >= 0 && session.index < order.length)) {
    return false
  }
  if (new Set(order).size !== order.length) return false
  const byId = new Map(bank.questions.map((q) => [q.id, q]))
  return order.every((id, i) => {
    const q = byId.get(id)
    const entry: unknown = entries[i]
    if (!q || typeof entry !== 'object' || entry === null) return false
    if (!isResponseFor(q, (entry as Partial<Entry>).response)) return false
    const expected = displayOrder(q, session.seed, false)
    const saved = shownOf(session, id)
    if (!expected || !saved) return expected === saved
    return [...expected].sort().join('\u0000') === [...saved].sort().join('\u0000')
  })
}
