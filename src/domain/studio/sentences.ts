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

/**
 * Short forms whose full stop ends no sentence, where the segmenter sees one before a capital:
 * a title before a name ("Dr. Aves"), a person's initial ("George W. Bush") and the Latin short
 * forms ("e.g. Syria"). Written out here, not guessed: "the U.S. Senate" and "in the U.S. Then"
 * look alike, so initialisms are left as the segmenter cuts them.
 */
const BEFORE_A_NAME =
  /(?:^|[\s(“"'‘])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sen|Rep|Gov|Gen|Col|Maj|Lt|Sgt|Capt|Cpl|Adm|Rev|Hon|Pres|Amb|Sr|St|Mt|Ft|vs|e\.g|i\.e|cf|approx|[A-Z])\.$/
/** Short forms that end no sentence before a number: "No. 5", "Jan. 18", "Fig. 2". */
const BEFORE_A_NUMBER =
  /(?:^|[\s(“"'‘])(?:No|Nos|Fig|Figs|p|pp|Vol|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/

/** A quoted question or exclamation, its closing quote or bracket after it: `"Is it safe?"`. */
const ASKED = /[?!][”’"')\]]*$/

/**
 * Whether the segmenter's cut after `before` falls inside a sentence: after a short form, or
 * after a quoted question that the sentence goes on from in lower case (`"Is it safe?" she asked.`).
 */
function cutInside(before: string, after: string): boolean {
  const end = before.trimEnd()
  return (
    BEFORE_A_NAME.test(end) ||
    (BEFORE_A_NUMBER.test(end) && /^\s*\d/.test(after)) ||
    (ASKED.test(end) && /^\s*\p{Ll}/u.test(after))
  )
}

/** Every sentence of every paragraph, in reading order. */
export function sentencesOf(paragraphs: readonly string[], locale = 'en'): Sentence[][] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' })
  return paragraphs.map((paragraph, p) => {
    // Segments are consecutive slices, so joining two keeps the sentence verbatim.
    const joined: string[] = []
    for (const { segment } of segmenter.segment(paragraph)) {
      const last = joined.length - 1
      if (last >= 0 && cutInside(joined[last]!, segment)) joined[last] += segment
      else joined.push(segment)
    }
    const out: Sentence[] = []
    for (const segment of joined) {
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

/**
 * `quotes` with `sentence` added where it stands in the article `text` (the passage as one
 * normalized string): before the first quote that comes later there, so a question's evidence
 * reads in the article's order whichever sentence was picked first. A quote the article does not
 * have (typed by hand, or the article changed) keeps its place and decides nothing.
 */
export function addInReadingOrder(
  quotes: readonly string[],
  sentence: string,
  text: string,
): string[] {
  const at = (quote: string) => text.indexOf(normalizeSpace(quote))
  const here = at(sentence)
  const next = here < 0 ? -1 : quotes.findIndex((q) => at(q) > here)
  return next < 0
    ? [...quotes, sentence]
    : [...quotes.slice(0, next), sentence, ...quotes.slice(next)]
}
