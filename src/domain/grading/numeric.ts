/** A number typed by the student, right within the question's tolerance. */
import type { Grader } from './types.ts'
import { allOrNothing, NO_ANSWER, noAnswer } from './result.ts'
import { parseNumber } from './number-input.ts'
import { withoutUnit, withUnit } from './units.ts'

// Without it 0.1 + 0.2 style float noise would fail an answer that sits exactly on the tolerance.
const slack = (answer: number): number => 1e-9 * Math.max(1, Math.abs(answer))

/** Grades a numeric question, parsing the typed text with the student's locale. */
export const numericGrader: Grader<'numeric'> = {
  blank: () => '',
  isResponse: (r): r is string => typeof r === 'string',
  check: (q, r, locale) => {
    const parsed = parseNumber(withoutUnit(r, q.unit), locale)
    return parsed.ok ? null : parsed.message
  },
  grade: (q, r, locale) => {
    if (r.trim() === '') return noAnswer()
    const parsed = parseNumber(withoutUnit(r, q.unit), locale)
    if (!parsed.ok) return noAnswer('Not a number')
    const distance = Math.abs(parsed.value - q.answer)
    return allOrNothing(distance <= (q.tolerance ?? 0) + slack(q.answer))
  },
  correctAnswer: (q) =>
    `${withUnit(String(q.answer), q.unit)}${q.tolerance ? ` (±${q.tolerance})` : ''}`,
  describe: (q, r) => {
    const typed = r.trim()
    if (typed === '') return NO_ANSWER
    return withUnit(withoutUnit(typed, q.unit), q.unit)
  },
}
