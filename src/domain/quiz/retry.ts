/**
 * Practice's one second try, as rules of a question and its answers alone: whether a question
 * offers one, the answer it starts from, when it is the first try's again, and what it earns. The
 * quiz's actions (answer.ts) and the studio's preview of a question both go by them; nothing here
 * reads a session, so the preview brings in no more of the quiz than these rules.
 */
import type { Question, QuestionType } from '../bank/schema.ts'
import type { AnyResponse, GradeResult } from '../grading/types.ts'
import { blankResponse } from '../grading/registry.ts'
import type { Entry } from './session.ts'
import { marksText } from './marks.ts'

/** Deep equality for responses, which are JSON: strings, booleans, null, arrays, records. */
export function sameResponse(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  const va = a as Record<string, unknown>
  const vb = b as Record<string, unknown>
  return (
    ka.length === kb.length && ka.every((k) => Object.hasOwn(vb, k) && sameResponse(va[k], vb[k]))
  )
}

/** Share of the mark a right second try earns: worth retrying, worth more to know it first time. */
export const RETRY_CREDIT = 0.5

/** On a second try, the answer is still the first try's, the one marked wrong. */
export function holdsFirstTry(entry: Pick<Entry, 'phase' | 'firstResponse' | 'response'>): boolean {
  return (
    entry.phase === 'retry' &&
    entry.firstResponse !== undefined &&
    sameResponse(entry.response, entry.firstResponse)
  )
}

/**
 * Whether a right second try would earn more than the first try did: a first try worth half or
 * more (1 of 2 ticks, 2 of 3 pairs) keeps its marks whatever the second try does.
 */
export function retryCanRaise(first: GradeResult): boolean {
  return RETRY_CREDIT * first.max > first.score + 1e-9
}

/** The recorded result of a retry: the better of the first grade and the discounted second. */
export function creditRetry(first: GradeResult, retry: GradeResult): GradeResult {
  const discounted = RETRY_CREDIT * retry.score
  // A first try worth more than half (3 of 4 pairs) keeps its marks: say so, not "50% credit".
  const credit =
    first.score > discounted
      ? `the first try's ${marksText(first.score, first.max)} kept`
      : `${RETRY_CREDIT * 100}% credit`
  const detail = retry.correct
    ? `Right on the second try (${credit})`
    : `Second try: ${retry.detail}`
  const result = {
    score: Math.max(first.score, discounted),
    max: 1,
    correct: retry.correct,
    detail,
  }
  // A retry that counted despite a slip still shows how the answer is spelled.
  return retry.spelledAs === undefined
    ? result
    : {
        ...result,
        detail: `${detail} — it is spelled “${retry.spelledAs}”`,
        spelledAs: retry.spelledAs,
      }
}

/**
 * Whether a wrong first answer leaves a choice to make: a pick between two (true/false, a single
 * choice of two) leaves one option, and a second try at it would be half a mark for nothing.
 */
export function hasSecondTry(q: Question): boolean {
  return q.type === 'single' ? q.choices.length > 2 : q.type !== 'truefalse'
}

/**
 * Question types answered with one pick, whose second try starts with nothing picked: the wrong
 * pick left selected was the answer Check then refused, and the student's to undo first.
 */
const PICK_ONE: ReadonlySet<QuestionType> = new Set(['single', 'truefalse'])

/**
 * A second try's answer to start from. One pick (single choice, true/false) starts again from
 * none, the first one shown as tried; any other answer stays, for the student to change what was
 * wrong in it (a tick or two, a pair, a word), and is refused as it was if it is not changed.
 */
export function retryResponse(q: Question, first: AnyResponse, shown?: readonly string[]) {
  return PICK_ONE.has(q.type) ? blankResponse(q, shown) : first
}

/** Why a second try that is the first try's answer again is not checked. */
export const SAME_AS_FIRST_TRY =
  'That is the answer you gave the first time: change it for your second try.'
