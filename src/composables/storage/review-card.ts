/**
 * The review card this tab has on screen once its answer is checked, kept in the tab's
 * sessionStorage so that a reload shows its feedback or its second try again rather than the next
 * card. Only this tab, only until it closes: the answer itself, once final, is in the review
 * document for good. It is kept apart from that document, whose format other tabs (and older
 * builds) read and share, and what is read back is untrusted: `readCardOnScreen` checks its shape
 * and the store checks it against the session and the card's log before showing it.
 */
import { readCardOnScreen, type CardOnScreen } from '../../domain/review/on-screen.ts'
import { browserStorage } from './backend.ts'
import { REVIEW_CARD_KEY } from './keys.ts'

/** Keeps `card` for a reload (undefined: nothing to keep); nothing happens when storage refuses. */
export function keepCardOnScreen(
  card: CardOnScreen | undefined,
  storage = browserStorage('sessionStorage'),
): void {
  try {
    if (card) storage?.setItem(REVIEW_CARD_KEY, JSON.stringify(card))
    else storage?.removeItem(REVIEW_CARD_KEY)
  } catch {
    // Full or refused: a reload goes on to the next card, as before.
  }
}

/** The card this tab kept, when there is one and it reads as one. */
export function keptCardOnScreen(
  storage = browserStorage('sessionStorage'),
): CardOnScreen | undefined {
  try {
    const text = storage?.getItem(REVIEW_CARD_KEY)
    return text ? readCardOnScreen(JSON.parse(text)) : undefined
  } catch {
    return undefined
  }
}
