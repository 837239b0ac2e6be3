import type { Question } from './schema.ts'

/** A question's evidence as a list of quotes, whichever way the file wrote it. */
export function evidenceQuotes(question: Pick<Question, 'evidence'>): readonly string[] {
  return typeof question.evidence === 'string' ? [question.evidence] : question.evidence
}
