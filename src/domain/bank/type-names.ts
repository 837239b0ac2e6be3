import type { QuestionType } from './schema.ts'

/**
 * How each type is named to students and teachers: the studio's type picker, the quiz, and a
 * reason a question's type is none of these (“single choice”, never the file's “single”).
 */
export const typeLabels: Record<QuestionType, string> = {
  single: 'single choice',
  multiple: 'multiple choice',
  truefalse: 'true/false',
  numeric: 'number',
  short: 'short answer',
  ordering: 'ordering',
  matching: 'matching',
}

/**
 * How a count of each type reads, for one and for several. “5 single choice” reads as exam papers
 * say it; “number”, “ordering” and “matching” alone read as a broken phrase (“5 number”), so they
 * take their noun, and a short answer is one.
 */
const counted: Record<QuestionType, readonly [one: string, many: string]> = {
  single: ['single choice', 'single choice'],
  multiple: ['multiple choice', 'multiple choice'],
  truefalse: ['true/false', 'true/false'],
  numeric: ['number question', 'number questions'],
  short: ['short answer', 'short answers'],
  ordering: ['ordering question', 'ordering questions'],
  matching: ['matching question', 'matching questions'],
}

/** “1 number question”, “3 short answers”, “5 single choice”. */
export function typeCount(type: QuestionType, n: number): string {
  return `${n} ${counted[type][n === 1 ? 0 : 1]}`
}

/** A set's questions by type, in the order given, e.g. “5 single choice, 2 number questions”. */
export function typeCounts(counts: Iterable<readonly [QuestionType, number]>): string {
  return [...counts].map(([type, n]) => typeCount(type, n)).join(', ')
}

/**
 * How many of each type `questions` holds, in the library's order (single choice, …, matching), so
 * a shared or imported set reads as its card will.
 */
export function countTypes(questions: readonly { type: QuestionType }[]): [QuestionType, number][] {
  const types = Object.keys(counted) as QuestionType[]
  return types.flatMap((t) => {
    const n = questions.filter((q) => q.type === t).length
    return n > 0 ? [[t, n] as [QuestionType, number]] : []
  })
}

/** “1 question”, “17 questions”. */
export function questionCount(n: number): string {
  return `${n} ${n === 1 ? 'question' : 'questions'}`
}
