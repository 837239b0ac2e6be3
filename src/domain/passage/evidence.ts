/**
 * Splits the article into text segments with the evidence quotes marked, so the reading view can
 * highlight them with <mark> while every piece is still rendered as plain text.
 */
import { normalizeSpace } from '../bank/checks.ts'

export interface Segment {
  text: string
  marked: boolean
  /**
   * The quotes (indexes into the evidence list, in that order) a marked segment belongs to: two
   * that overlap share the segment they both cover, so each can be stepped to on its own.
   */
  quotes?: number[]
}

interface Span {
  start: number
  end: number
  quote: number
}

/** Where each quote found sits in `joined`, in the set's order; overlaps are kept apart. */
function spansOf(joined: string, quotes: readonly string[]): Span[] {
  const found: Span[] = []
  quotes.forEach((raw, quote) => {
    const wanted = normalizeSpace(raw)
    const start = wanted ? joined.indexOf(wanted) : -1
    if (start >= 0) found.push({ start, end: start + wanted.length, quote })
  })
  return found
}

/**
 * One list of segments per paragraph; every quote found (whitespace-insensitive) is marked.
 * Where quotes overlap, the text is cut at each quote's ends, each piece marked with every quote
 * it is part of. `evidence` may be one quote or a list of them; quotes not in the text are ignored.
 */
export function markEvidence(
  paragraphs: readonly string[],
  evidence?: string | readonly string[] | null,
): Segment[][] {
  const texts = paragraphs.map(normalizeSpace)
  const quotes = evidence == null ? [] : typeof evidence === 'string' ? [evidence] : evidence
  // Offsets in the joined text (paragraphs separated by one space) map back to paragraphs.
  const spans = spansOf(texts.join(' '), quotes)
  let offset = 0
  return texts.map((text) => {
    const from = offset
    offset += text.length + 1
    const inside = spans.map((s) => ({
      start: Math.max(0, s.start - from),
      end: Math.min(text.length, s.end - from),
      quote: s.quote,
    }))
    const cuts = [...new Set([0, text.length, ...inside.flatMap((s) => [s.start, s.end])])]
      .filter((at) => at >= 0 && at <= text.length)
      .sort((a, b) => a - b)
    const segments: Segment[] = []
    for (const [i, a] of cuts.slice(0, -1).entries()) {
      const b = cuts[i + 1]!
      const covering = inside.filter((s) => s.start <= a && s.end >= b).map((s) => s.quote)
      segments.push(
        covering.length
          ? { text: text.slice(a, b), marked: true, quotes: covering }
          : { text: text.slice(a, b), marked: false },
      )
    }
    return segments.length ? segments : [{ text, marked: false }]
  })
}

/**
 * The quotes of `evidence` the article shows (unfound ones dropped; one that overlaps another, or
 * lies inside it, is still one of its own, as the feedback lists it), in the set's order: the order
 * the feedback lists them, which follows the answer (the events of an ordering question earliest
 * first), not the article's.
 */
export function quotesFound(paragraphs: readonly string[], evidence: readonly string[]): number[] {
  return spansOf(paragraphs.map(normalizeSpace).join(' '), evidence).map((s) => s.quote)
}

/**
 * The paragraphs to send a student back to before a second try: each paragraph that holds a
 * quote of `evidence`, with `around` paragraphs either side, so the hint says where to read
 * without pointing at the sentence that gives the answer away. Indexes in article order.
 */
export function lookBackParagraphs(
  paragraphs: readonly string[],
  evidence: readonly string[],
  around = 1,
): number[] {
  const texts = paragraphs.map(normalizeSpace)
  const starts: number[] = []
  let offset = 0
  for (const text of texts) {
    starts.push(offset)
    offset += text.length + 1
  }
  const paragraphAt = (at: number) => {
    let index = 0
    while (index + 1 < starts.length && (starts[index + 1] ?? Infinity) <= at) index++
    return index
  }
  const hinted = new Set<number>()
  for (const span of spansOf(texts.join(' '), evidence)) {
    const first = paragraphAt(span.start)
    const last = paragraphAt(Math.max(span.start, span.end - 1))
    for (let i = first - around; i <= last + around; i++)
      if (i >= 0 && i < texts.length) hinted.add(i)
  }
  return [...hinted].sort((a, b) => a - b)
}
