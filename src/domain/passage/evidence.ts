/**
 * Splits the article into text segments with the evidence quotes marked, so the reading view can
 * highlight them with <mark> while every piece is still rendered as plain text.
 */
import { normalizeSpace } from '../bank/checks.ts'

export interface Segment {
  text: string
  marked: boolean
  /** Which quote (index into the evidence list) a marked segment belongs to. */
  quote?: number
}

interface Span {
  start: number
  end: number
  quote: number
}

/** Where each quote sits in `joined`, in text order, overlaps folded into the earlier span. */
function spansOf(joined: string, quotes: readonly string[]): Span[] {
  const found: Span[] = []
  quotes.forEach((raw, quote) => {
    const wanted = normalizeSpace(raw)
    const start = wanted ? joined.indexOf(wanted) : -1
    if (start >= 0) found.push({ start, end: start + wanted.length, quote })
  })
  found.sort((a, b) => a.start - b.start)
  const merged: Span[] = []
  for (const span of found) {
    const last = merged[merged.length - 1]
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end)
    else merged.push({ ...span })
  }
  return merged
}

/**
 * One list of segments per paragraph; every quote found (whitespace-insensitive) is marked.
 * `evidence` may be one quote or a list of them; quotes not in the text are ignored.
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
    const to = from + text.length
    offset = to + 1
    const segments: Segment[] = []
    let cursor = 0
    for (const span of spans) {
      if (span.end <= from || span.start >= to) continue
      const a = Math.max(0, span.start - from)
      const b = Math.min(text.length, span.end - from)
      if (a > cursor) segments.push({ text: text.slice(cursor, a), marked: false })
      segments.push({ text: text.slice(a, b), marked: true, quote: span.quote })
      cursor = b
    }
    if (cursor < text.length || segments.length === 0)
      segments.push({ text: text.slice(cursor), marked: false })
    return segments
  })
}

/**
 * The quotes of `evidence` the article shows (unfound ones dropped, one inside another's span
 * folded into it), in the set's order: the order the feedback lists them, which follows the answer
 * (the events of an ordering question earliest first), not the article's.
 */
export function quotesFound(paragraphs: readonly string[], evidence: readonly string[]): number[] {
  return spansOf(paragraphs.map(normalizeSpace).join(' '), evidence)
    .map((s) => s.quote)
    .sort((a, b) => a - b)
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
