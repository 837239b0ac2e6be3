/** One choice out of several: right or wrong. */
import type { Grader } from './types.ts'
import { allOrNothing, NO_ANSWER, noAnswer } from './result.ts'

/** Grades a single-choice question by the text of the chosen choice. */
export const singleGrader: Grader<'single'> = {
  blank: () => null,
  isResponse: (r): r is string | null => r === null || typeof r === 'string',
  check: (_q, r) => (r === null ? 'Choose an answer.' : null),
  grade: (q, r) => (r === null ? noAnswer() : allOrNothing(r === q.answer)),
  correctAnswer: (q) => q.answer,
  describe: (_q, r) => r || NO_ANSWER,
}
