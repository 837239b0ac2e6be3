/**
 * The decoded cards of a review document, built once per set record and cached: documents are
 * values nobody changes, and answering one card copies only its set, so re-indexing after an
 * answer decodes one set again, not every card.
 */
import { cardKey, decodeCard, logOf, type CardState } from './card.ts'
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

function decodeSet(setId: string, set: SetCards): readonly ReviewCard[] {
  const cached = bySet.get(set)
  if (cached) return cached
  const cards: ReviewCard[] = []
  for (const [qid, text] of Object.entries(set)) {
    try {
      cards.push({
        key: cardKey(setId, qid),
        setId,
        qid,
        state: decodeCard(text),
        log: logOf(text),
      })
    } catch (e) {
      throw new TypeError(`cards.${setId}.${qid} ${(e as Error).message}`)
    }
  }
  bySet.set(set, cards)
  return cards
}

/** Every card of `doc`, decoded; throws a TypeError naming the first card that cannot be read. */
export function indexReview(doc: ReviewDoc): ReviewIndex {
  const cached = byDoc.get(doc)
  if (cached) return cached
  const cards: ReviewCard[] = []
  for (const [setId, set] of Object.entries(doc.cards)) {
    for (const card of decodeSet(setId, set)) cards.push(card)
  }
  const index = { cards, byKey: new Map(cards.map((c) => [c.key, c])) }
  byDoc.set(doc, index)
  return index
}
