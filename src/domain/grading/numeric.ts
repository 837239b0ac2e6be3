/** A number typed by the student, right within the question's tolerance. */
import type { QuestionOf } from '../bank/schema.ts'
import type { Grader } from './types.ts'
import { allOrNothing, NO_ANSWER, noAnswer } from './result.ts'
import { parseNumber, type ParsedNumber } from './number-input.ts'
import { withoutUnit, withUnit } from './units.ts'
import { leadingWordCount } from './normalize.ts'

// Without it 0.1 + 0.2 style float noise would fail an answer that sits exactly on the tolerance.
const slack = (answer: number): number => 1e-9 * Math.max(1, Math.abs(answer))

/**
 * The number a numeric answer gives, read with the student's locale; typed with the unit printed
 * beside the box ("7 years"), it is that number all the same.
 */
export function typedNumber(q: QuestionOf<'numeric'>, text: string, locale: string): ParsedNumber {
  return parseNumber(withoutUnit(withoutLeadingWords(text), q.unit), locale)
}

/**
 * "in 2011" for "In what year…?", "on 17": the little words a short answer may start with
 * (normalize.ts), taken off before a number, as the short answer's grader does.
 */
function withoutLeadingWords(text: string): string {
  const words = text.trim().split(/\s+/u)
  const first = leadingWordCount(words)
  return first > 0 && /^[+\-\u2212]?\d/u.test(words[first] as string)
    ? words.slice(first).join(' ')
    : text
}

/** Grades a numeric question, parsing the typed text with the student's locale. */
export const numericGrader: Grader<'numeric'> = {
  blank: () => '',
  isResponse: (r): r is string => typeof r === 'string',
  check: (q, r, locale) => {
    const parsed = typedNumber(q, r, locale)
    return parsed.ok ? null : parsed.message
  },
  grade: (q, r, locale) => {
    if (r.trim() === '') return noAnswer()
    const parsed = typedNumber(q, r, locale)
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
