import { nextTick } from 'vue'

/**
 * A card whose news changed under the keyboard (its buttons gone or replaced): focus left in the
 * card, or lost to the page with a button taken away, goes to `heading`, which says what
 * happened, once the card has been drawn anew. Focus elsewhere on the page is left where it is.
 */
export async function focusHeadingIfInCard(heading: HTMLElement | null | undefined) {
  const card = heading?.parentElement
  const focused = document.activeElement
  if (!card || (focused !== document.body && !card.contains(focused))) return
  await nextTick()
  heading?.focus()
}
