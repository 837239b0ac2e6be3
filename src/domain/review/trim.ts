/**
 * A smaller review document for a full storage. Cards are never dropped — their state is what
 * schedules them — only the oldest quarter of the log entries (at least one), so the dashboard's
 * history gets shorter while every card keeps its place.
 */
import { ENTRY_CHARS, entryTime, logOf } from './card.ts'
import type { ReviewDoc, SetCards } from './schema.ts'

/** `doc` with its oldest log entries dropped; `doc` itself when no log is left to drop. */
export function trimReviewLog(doc: ReviewDoc): ReviewDoc {
  const times: number[] = []
  for (const set of Object.values(doc.cards)) {
    for (const text of Object.values(set)) {
      const log = logOf(text)
      for (let i = 0; i < log.length; i += ENTRY_CHARS) times.push(entryTime(log, i))
    }
  }
  if (times.length === 0) return doc
  times.sort((a, b) => a - b)
  const cut = times[Math.max(0, Math.ceil(times.length / 4) - 1)] as number
  const cards: Record<string, SetCards> = {}
  for (const [setId, set] of Object.entries(doc.cards)) {
    const out: Record<string, string> = {}
    for (const [qid, text] of Object.entries(set)) {
      const bar = text.indexOf('|') + 1
      let start = bar
      while (start < text.length && entryTime(text, start) <= cut) start += ENTRY_CHARS
      out[qid] = start === bar ? text : text.slice(0, bar) + text.slice(start)
    }
    cards[setId] = out
  }
  return { ...doc, cards }
}
