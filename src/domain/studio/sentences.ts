/**
 * The article as sentences for the evidence picker. `Intl.Segmenter` finds sentence boundaries
 * (no library needed); each sentence is a verbatim slice of its paragraph, so a picked quote is
 * always in the text and `npm run validate` accepts it.
 */
import { normalizeSpace } from '../bank/checks.ts'

export interface Sentence {
  /** `p<paragraph>-s<sentence>`, stable while the article does not change. */
  id: string
  paragraph: number
  /** The sentence exactly as the article has it, without surrounding spaces. */
  text: string
}

/** Every sentence of every paragraph, in reading order. */
export function sentencesOf(paragraphs: readonly string[], locale = 'en'): Sentence[][] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' })
  return paragraphs.map((paragraph, p) => {
    const out: Sentence[] = []
    for (const { segment } of segmenter.segment(paragraph)) {
      const text = segment.trim()
      if (text) out.push({ id: `p${p}-s${out.length}`, paragraph: p, text })
    }
    return out
  })
}

/** Whether `quote` is the same text as `sentence`, ignoring how spaces were wrapped. */
export function sameQuote(quote: string, sentence: string): boolean {
  return normalizeSpace(quote) === normalizeSpace(sentence)
}
