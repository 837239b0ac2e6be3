/**
 * The decoded cards of a review document, built once per set record and cached: documents are
 * values nobody changes, and answering one card copies only its set, so re-indexing after an
 * answer decodes that card again and copies the set's list of cards, nothing more.
 */
import { cardKey, decodeCard, logOf, type CardState } from './card.ts'
import { lineageOf } from './lineage.ts'
import type { ReviewDoc, SetCards } from './schema.ts'

export interface ReviewCard {
  /** `cardKey(setId, qid)`. */
  key: string
  setId: string
  qid: string
  state: CardState
  /** The raw log (7 characters per entry, oldest first); see `decodeLog`. */
  log: string
}

export interface ReviewIndex {
  cards: readonly ReviewCard[]
  byKey: ReadonlyMap<string, ReviewCard>
}

const bySet = new WeakMap<SetCards, readonly ReviewCard[]>()
const byDoc = new WeakMap<ReviewDoc, ReviewIndex>()
/**
 * The cards last decoded for each set id, by question id with their text: a new copy of a set
 * (one card answered) keeps every card whose text did not change, the same object as before, so
 * what is worked out per card (the dashboard's summary of its log) is worked out once.
 */
const lastDecoded = new Map<string, Map<string, { text: string; card: ReviewCard }>>()

/** Where each question's card sits in a decoded set; shared by the sets copied from it. */
const positions = new WeakMap<readonly ReviewCard[], Map<string, number>>()

function positionsIn(cards: readonly ReviewCard[]): Map<string, number> {
  let at = positions.get(cards)
  if (!at) positions.set(cards, (at = new Map(cards.map((c, i) => [c.qid, i]))))
  return at
}

function decodeOne(setId: string, qid: string, text: string): ReviewCard {
  try {
    return { key: cardKey(setId, qid), setId, qid, state: decodeCard(text), log: logOf(text) }
  } catch (e) {
    throw new TypeError(`cards.${setId}.${qid} ${(e as Error).message}`)
  }
}

/**
 * The cards of a set copied from one already decoded, when the copy only changed cards it
 * already had: the original's cards with the changed ones decoded again, in the same order.
 */
function decodeCopy(setId: string, set: SetCards): ReviewCard[] | undefined {
  const line = lineageOf(set)
  const before = line && bySet.get(line.from)
  if (!line || !before) return undefined
  const at = positionsIn(before)
  for (const qid of line.changed) if (!at.has(qid)) return undefined
  const cards = before.slice()
  const decoded = lastDecoded.get(setId)
  for (const qid of line.changed) {
    const text = set[qid] as string
    const card = decodeOne(setId, qid, text)
    cards[at.get(qid) as number] = card
    decoded?.set(qid, { text, card })
  }
  positions.set(cards, at)
  return cards
}

function decodeSet(setId: string, set: SetCards): readonly ReviewCard[] {
  const cached = bySet.get(set)
  if (cached) return cached
  const copied = decodeCopy(setId, set)
  if (copied) {
    bySet.set(set, copied)
    return copied
  }
  // Updated in place: after one answer, one entry changes and nothing else is written.
  const decoded = lastDecoded.get(setId) ?? new Map<string, { text: string; card: ReviewCard }>()
  const cards: ReviewCard[] = []
  for (const qid in set) {
    if (!Object.hasOwn(set, qid)) continue
    const text = set[qid] as string
    const kept = decoded.get(qid)
    if (kept?.text === text) {
      cards.push(kept.card)
      continue
    }
    const card = decodeOne(setId, qid, text)
    cards.push(card)
    decoded.set(qid, { text, card })
  }
  // Cards gone from the set (none, unless a question left the library) leave the memory too.
  if (decoded.size > cards.length) {
    const here = new Set(cards.map((c) => c.qid))
    for (const qid of decoded.keys()) if (!here.has(qid)) decoded.delete(qid)
  }
  lastDecoded.set(setId, decoded)
  bySet.set(set, cards)
  return cards
}

/** Every card of `doc`, decoded; throws a TypeError naming the first card that cannot be read. */
export function indexReview(doc: ReviewDoc): ReviewIndex {
  const cached = byDoc.get(doc)
  if (cached) return cached
  const sets = Object.entries(doc.cards)
  let cards: readonly ReviewCard[]
  if (sets.length === 1) {
    const [setId, set] = sets[0] as [string, SetCards]
    cards = decodeSet(setId, set)
  } else {
    const all: ReviewCard[] = []
    for (const [setId, set] of sets) for (const card of decodeSet(setId, set)) all.push(card)
    cards = all
  }
  let byKey: Map<string, ReviewCard> | undefined
  // Built when first asked for (a review session does; the dashboard and the due count do not).
  const index: ReviewIndex = {
    cards,
    get byKey() {
      return (byKey ??= new Map(cards.map((c) => [c.key, c])))
    },
  }
  byDoc.set(doc, index)
  return index
}
