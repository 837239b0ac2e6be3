/** Builders for GradeResult, so every grader words and bounds its results the same way. */
import type { GradeResult } from './types.ts'

/** Full marks or nothing, for types where a response is simply right or wrong. */
export function allOrNothing(correct: boolean): GradeResult {
  return { score: correct ? 1 : 0, max: 1, correct, detail: correct ? 'Correct' : 'Incorrect' }
}

/** A fraction of the mark, clamped to [0, 1] so rounding or odd input can never exceed max. */
export function partial(score: number, detail: string): GradeResult {
  const clamped = Math.min(1, Math.max(0, score))
  return { score: clamped, max: 1, correct: clamped === 1, detail }
}

/**
 * What review shows in place of an answer the student never gave: the words of the results ("2 left
 * blank") and the hand-in dialog ("Submit with 2 left blank?"), so one blank has one name.
 */
export const NO_ANSWER = 'Left blank'

/** What review shows for a question the student chose to skip. */
export const SKIPPED = 'Skipped'

/** The result for a response that carries no answer at all. */
export function noAnswer(detail = NO_ANSWER): GradeResult {
  return { score: 0, max: 1, correct: false, detail }
}
