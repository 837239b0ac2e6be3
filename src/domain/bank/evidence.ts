import type { Question } from './schema.ts'

/** A question's evidence as a list of quotes, whichever way the file wrote it. */
export function evidenceQuotes(question: Pick<Question, 'evidence'>): readonly string[] {
  const { evidence } = question
  return evidence === undefined ? [] : typeof evidence === 'string' ? [evidence] : evidence
}
