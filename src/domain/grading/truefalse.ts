/** A statement the student judges true or false. */
import type { Grader } from './types.ts'
import { allOrNothing, NO_ANSWER, noAnswer } from './result.ts'

const words = (b: boolean): string => (b ? 'True' : 'False')

/** Grades a true/false question. */
export const trueFalseGrader: Grader<'truefalse'> = {
  blank: () => null,
  isResponse: (r): r is boolean | null => r === null || typeof r === 'boolean',
  check: (_q, r) => (r === null ? 'Choose True or False.' : null),
  grade: (q, r) => (r === null ? noAnswer() : allOrNothing(r === q.answer)),
  correctAnswer: (q) => words(q.answer),
  describe: (_q, r) => (r === null ? NO_ANSWER : words(r)),
}
