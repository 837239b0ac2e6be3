/**
 * Splits the article into text segments with the evidence sentence marked, so the reading view can
 * highlight it with <mark> while every piece is still rendered as plain text.
 */
import { normalizeSpace } from '../bank/checks.ts'

export interface Segment {
  text: string
  marked: boolean
}

/** One list of segments per paragraph; the evidence (whitespace-insensitive) is marked where found. */
export function markEvidence(paragraphs: readonly string[], evidence?: string | null): Segment[][] {
  const texts = paragraphs.map(normalizeSpace)
  const wanted = evidence ? normalizeSpace(evidence) : ''
  // Offsets in the joined text (paragraphs separated by one space) map back to paragraphs.
  const joined = texts.join(' ')
  const start = wanted ? joined.indexOf(wanted) : -1
  const end = start + wanted.length
  let offset = 0
  return texts.map((text) => {
    const from = offset
    offset += text.length + 1
    if (start < 0 || end <= from || start >= from + text.length) return [{ text, marked: false }]
    const a = Math.max(0, start - from)
    const b = Math.min(text.length, end - from)
    return [
      { text: text.slice(0, a), marked: false },
      { text: text.slice(a, b), marked: true },
      { text: text.slice(b), marked: false },
    ].filter((s) => s.text.length > 0)
  })
}
