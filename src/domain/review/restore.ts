/**
 * A backup's review cards brought into this browser's. A card that is not here is added; a card
 * the backup answered more recently than this browser did replaces ours (its schedule and log are
 * the later ones: the backup was made after this browser last reviewed it, or on another device);
 * otherwise ours stays. The review session in progress here is kept as it is. Where the
 * student's clock stood (`zones`) is one timeline of the backup's marks and ours, in time order,
 * so the backup's answers count on the days they were given, as ours do.
 */
import { decodeCard, ENTRY_CHARS, entryTime, LOG_EPOCH, logOf } from './card.ts'
import { mergeZones } from './days.ts'
import type { ReviewDoc } from './schema.ts'

export interface ReviewRestore {
  doc: ReviewDoc
  /** Cards the backup had and this browser did not. */
  added: number
  /** Cards here that the backup's later answers replaced. */
  updated: number
}

/** How many cards `doc` holds. */
export function reviewCardCount(doc: ReviewDoc): number {
  let n = 0
  for (const set of Object.values(doc.cards)) n += Object.keys(set).length
  return n
}

/** `doc` without its review session: what a backup keeps and brings (cards, and zone marks). */
export function withoutSession(doc: ReviewDoc): ReviewDoc {
  const kept = { ...doc }
  delete kept.session
  return kept
}

/** `incoming`'s cards over `current`'s; `current` is never changed. */
export function restoreReview(current: ReviewDoc, incoming: ReviewDoc): ReviewRestore {
  let added = 0
  let updated = 0
  const cards = { ...current.cards }
  for (const [setId, theirs] of Object.entries(incoming.cards)) {
    const ours = current.cards[setId]
    let set = ours
    for (const [qid, text] of Object.entries(theirs)) {
      const here = ours?.[qid]
      if (here === undefined) added++
      else if (decodeCard(text).last > decodeCard(here).last) updated++
      else continue
      if (set === ours) set = { ...ours }
      set![qid] = text
    }
    if (set && set !== ours) cards[setId] = set
  }
  const ours = current.zones ?? []
  const zones = mergeZones(ours, incoming.zones ?? [])
  if (added + updated === 0 && zones === ours) {
    return { doc: current, added, updated }
  }
  const doc = { ...current, cards: added + updated === 0 ? current.cards : cards }
  if (zones.length > 0) doc.zones = zones
  return { doc, added, updated }
}

/** A card text's latest answer, epoch ms: its state's or its log's newest entry, whichever is later. */
function lastAnswered(text: string): number {
  const log = logOf(text)
  const newest = log.length >= ENTRY_CHARS ? entryTime(log, log.length - ENTRY_CHARS) : -Infinity
  return Math.max(decodeCard(text).last, newest)
}

/**
 * `doc` without the cards answered after `latest` (epoch ms), and how many those were. A card
 * answered after its backup was made comes from a clock set wrong or an edit: restored, it would
 * win over this browser's card and schedule every later answer after that date (years away). Zone
 * marks from after `latest` go too, unnamed: restored, they would date this browser's later answers.
 */
export function answeredBy(doc: ReviewDoc, latest: number): { doc: ReviewDoc; late: number } {
  let late = 0
  const cards: ReviewDoc['cards'] = {}
  for (const [setId, set] of Object.entries(doc.cards)) {
    const kept: Record<string, string> = {}
    for (const [qid, text] of Object.entries(set)) {
      if (lastAnswered(text) > latest) late++
      else kept[qid] = text
    }
    if (Object.keys(kept).length > 0) cards[setId] = kept
  }
  const zones = doc.zones?.filter(([from]) => LOG_EPOCH + from * 1000 <= latest)
  if (late === 0 && zones?.length === doc.zones?.length) return { doc, late }
  const kept: ReviewDoc = { ...doc, cards: late === 0 ? doc.cards : cards }
  if (zones?.length) kept.zones = zones
  else delete kept.zones
  return { doc: kept, late }
}
