import type { Question } from './schema.ts'

/** A question's evidence as a list of quotes, whichever way the file wrote it. */
export function evidenceQuotes(question: Pick<Question, 'evidence'>): readonly string[] {
  const { evidence } = question
  return evidence === undefined ? [] : typeof evidence === 'string' ? [evidence] : evidence
}

/**
 * The quotes to highlight in the article for `question`, as a new list each time (so asking again
 * scrolls back to the first), or null when it has no evidence.
 */
export function evidenceHighlight(question: Pick<Question, 'evidence'>): string[] | null {
  const quotes = evidenceQuotes(question)
  return quotes.length ? [...quotes] : null
}
