/**
 * A quick look, without the storage door or the review code, at whether the learner has review
 * cards: the library holds the review banner's space from its first frame when they may, so the
 * banner does not push the articles down when it arrives. A yes is only a hint, read from the raw
 * text (a document of 10 000 cards is not parsed for it); the review store reads the document
 * through the door and decides what the banner says.
 */
import { browserStorage, type StorageBackend } from './backend.ts'
import { STORAGE_KEYS } from './keys.ts'

/** A JSON string: a set's id. */
const ID = String.raw`"(?:[^"\\]|\\.)*"`
/** `cards` opening, past any sets left empty, a set with at least one card in it. */
const SOME_CARD = new RegExp(String.raw`"cards":\{(?:${ID}:\{\},)*${ID}:\{"`)

/** Whether the stored review document looks like it holds at least one card. */
export function mayHaveReviewCards(storage: StorageBackend | null = browserStorage()): boolean {
  try {
    const text = storage?.getItem(STORAGE_KEYS.review)
    return typeof text === 'string' && SOME_CARD.test(text)
  } catch {
    return false
  }
}
