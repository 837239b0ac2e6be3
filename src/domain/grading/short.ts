/** A few typed words, right when they match any accepted spelling after normalizing. */
import type { Grader } from './types.ts'
import { allOrNothing, NO_ANSWER, noAnswer } from './result.ts'
import { normalizeAnswer } from './normalize.ts'

/** Grades a short typed answer against every accepted spelling. */
export const shortGrader: Grader<'short'> = {
  blank: () => '',
  isResponse: (r): r is string => typeof r === 'string',
  check: (_q, r) => (normalizeAnswer(r) === '' ? 'Type an answer.' : null),
  grade: (q, r) => {
    const typed = normalizeAnswer(r)
    if (typed === '') return noAnswer()
    return allOrNothing(q.accepted.some((a) => normalizeAnswer(a) === typed))
  },
  correctAnswer: (q) => q.accepted[0] ?? '',
  describe: (_q, r) => r.trim().replace(/\s+/gu, ' ') || NO_ANSWER,
}
