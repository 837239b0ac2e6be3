/**
 * A few typed words, right when they match an accepted answer. Matching ignores case, accents,
 * punctuation, spacing, leading articles or prepositions ("in Sochi") and "the" anywhere
 * ("website of Kremlin"); `[optional]` parts of an accepted answer may be given or left out; and
 * unless the question is `exact`, one typing slip (see slips.ts) or a common noun made plural
 * (see plural.ts) still counts, with feedback that shows the right spelling.
 */
import type { QuestionOf } from '../bank/schema.ts'
import type { GradeResult, Grader } from './types.ts'
import { allOrNothing, NO_ANSWER, noAnswer } from './result.ts'
import { answerKey, normalizeAnswer } from './normalize.ts'
import { formsOf } from './accepted.ts'
import { slipsBetween } from './slips.ts'
import { pluralOf } from './plural.ts'

/** The feedback for an answer that counts despite a slip. */
export function spelledDetail(spelling: string): string {
  return `Right — it is spelled “${spelling}”`
}

/** The accepted spelling closest to `typed` within the slips allowed, else one it is the plural of. */
function closestSpelling(q: QuestionOf<'short'>, typed: string): string | undefined {
  let best: { form: string; slips: number } | undefined
  for (const form of q.accepted.flatMap(formsOf)) {
    const slips = slipsBetween(typed, answerKey(form))
    if (slips !== undefined && (!best || slips < best.slips)) best = { form, slips }
  }
  return best?.form ?? q.accepted.flatMap(formsOf).find((form) => pluralOf(typed, form))
}

/** Grades a short typed answer against every accepted spelling. */
export const shortGrader: Grader<'short'> = {
  blank: () => '',
  isResponse: (r): r is string => typeof r === 'string',
  check: (_q, r) => (normalizeAnswer(r) === '' ? 'Type an answer.' : null),
  grade: (q, r): GradeResult => {
    if (normalizeAnswer(r) === '') return noAnswer()
    const typed = answerKey(r)
    const forms = q.accepted.flatMap(formsOf)
    if (forms.some((form) => answerKey(form) === typed)) return allOrNothing(true)
    const spelling = q.exact ? undefined : closestSpelling(q, typed)
    if (spelling === undefined) return allOrNothing(false)
    return { score: 1, max: 1, correct: true, detail: spelledDetail(spelling), spelledAs: spelling }
  },
  correctAnswer: (q) => (q.accepted[0] === undefined ? '' : (formsOf(q.accepted[0])[0] ?? '')),
  describe: (_q, r) => r.trim().replace(/\s+/gu, ' ') || NO_ANSWER,
}
