/**
 * Where the review session is, beyond what the review document holds: the card on screen once its
 * answer is checked, and the cards passed over, so that a reload — or the tab closed and opened
 * again, as a quiz in progress comes back — shows the card's feedback or second try again and does
 * not ask a skipped card again.
 *
 * The card is kept in the tab's sessionStorage, and copied to localStorage only as the page goes
 * (`pagehide`: closed, reloaded, left) or is hidden (a phone may discard a hidden tab without a
 * `pagehide`); the next page to open takes that copy for itself. So a
 * tab opened beside one still reviewing joins the session at its next card rather than showing the
 * other tab's feedback, and a tab closed and opened again finds its card as it was. The skips are
 * kept in both at once: any tab of the session may pass over them.
 *
 * It is kept apart from the review document, whose format other tabs (and older builds) read and
 * share, and what is read back is untrusted: `readCardOnScreen` and `readSkippedCards` check its
 * shape, and the store checks it against the session and the cards' logs.
 */
import {
  readCardOnScreen,
  readSkippedCards,
  type CardOnScreen,
  type SkippedCards,
} from '../../domain/review/on-screen.ts'
import { browserStorage, type StorageBackend } from './backend.ts'
import { REVIEW_CARD_KEY, REVIEW_SKIPPED_KEY } from './keys.ts'

type Storages = readonly (StorageBackend | null)[]

/** This tab's sessionStorage first, then localStorage. */
function storages(): Storages {
  return [browserStorage('sessionStorage'), browserStorage('localStorage')]
}

function put(key: string, value: unknown, where: Storages) {
  for (const storage of where) {
    try {
      if (value === undefined) storage?.removeItem(key)
      else storage?.setItem(key, JSON.stringify(value))
    } catch {
      // Full or refused: a reload goes on to the next card, as before.
    }
  }
}

/** The first kept value of `session` (its `startedAt`) that reads as one. */
function take<T extends { startedAt: number }>(
  key: string,
  read: (raw: unknown) => T | undefined,
  session: number,
  where: Storages,
): T | undefined {
  for (const storage of where) {
    try {
      const text = storage?.getItem(key)
      const value = text ? read(JSON.parse(text)) : undefined
      if (value?.startedAt === session) return value
    } catch {
      // Unreadable: try the next, or nothing.
    }
  }
  return undefined
}

/** Keeps `card` for a reload (undefined: nothing to keep); nothing happens when storage refuses. */
export function keepCardOnScreen(card: CardOnScreen | undefined, where = storages()): void {
  put(REVIEW_CARD_KEY, card, where.slice(0, 1))
}

/** What the browser offers to tell whether a page is still open (the Web Locks API). */
export type PageLocks = Pick<LockManager, 'request' | 'query'>

function browserLocks(): PageLocks | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.locks
}

/** This page, for the copy it leaves: held as a lock while the copy is there and the page open. */
const PAGE = Math.random().toString(36).slice(2) + Date.now().toString(36)
const lockOf = (page: string) => `passage:page:${page}`

/** Pages seen open by {@link settleLeftCard}: their copies are not taken. */
let openPages: ReadonlySet<string> = new Set()

/** The page that left the copy in `text`, when it says. */
function pageOf(text: string | null | undefined): string | undefined {
  try {
    const page: unknown = text ? (JSON.parse(text) as { page?: unknown }).page : undefined
    return typeof page === 'string' ? page : undefined
  } catch {
    return undefined
  }
}

/**
 * Finds out, before a review page opens, whether the page that left a card's copy is still open
 * (hidden, or frozen): its copy is then not taken, and a second tab joins the session at its next
 * card instead of showing the other tab's feedback. Without the Web Locks API every copy is
 * taken, as before.
 */
export async function settleLeftCard(locks = browserLocks(), [, all] = storages()): Promise<void> {
  openPages = new Set()
  let page: string | undefined
  try {
    page = pageOf(all?.getItem(REVIEW_CARD_KEY))
  } catch {
    return
  }
  if (!page || !locks) return
  try {
    const { held = [] } = await locks.query()
    if (held.some((lock) => lock.name === lockOf(page))) openPages = new Set([page])
  } catch {
    // Not known: taken, as before.
  }
}

/**
 * The card kept in session `session` (its `startedAt`), when there is one that reads as one: this
 * tab's, or else the one a page that went left. That copy is taken: another page opening next
 * does not show it too. A copy whose page is still open is left to it.
 */
export function keptCardOnScreen(session: number, where = storages()): CardOnScreen | undefined {
  const [tab = null, all = null] = where
  const mine = take(REVIEW_CARD_KEY, readCardOnScreen, session, [tab])
  const left = take(REVIEW_CARD_KEY, readCardOnScreen, session, [all])
  let page: string | undefined
  try {
    page = pageOf(all?.getItem(REVIEW_CARD_KEY))
  } catch {
    return mine
  }
  if (page !== undefined && openPages.has(page)) return mine
  // This tab's own copy, left as it reloaded, is taken with it; another page's goes to this one.
  if (!mine || (left && left.key === mine.key)) put(REVIEW_CARD_KEY, undefined, [all])
  return mine ?? left
}

/**
 * As the page goes, copies this tab's card to where the next page to open will find it. Also as
 * it is hidden: a phone's browser may discard a background tab without a `pagehide`, and the
 * card's feedback was lost. While hidden the page holds a lock that says it is still open, so a
 * tab opened beside it meanwhile joins the session at its next card ({@link settleLeftCard});
 * shown again, the tab takes back a copy no other page has taken.
 */
export function keepCardOnClose([tab, all] = storages(), locks = browserLocks()): () => void {
  if (typeof window === 'undefined') return () => {}
  let copied: string | null = null
  let release: (() => void) | undefined
  const hold = () => {
    if (release || !locks) return
    const held = new Promise<void>((resolve) => (release = resolve))
    locks.request(lockOf(PAGE), () => held).catch(() => {})
  }
  const letGo = () => {
    release?.()
    release = undefined
  }
  const copy = () => {
    try {
      const text = tab?.getItem(REVIEW_CARD_KEY)
      const card = text ? (JSON.parse(text) as object) : null
      copied = card ? JSON.stringify({ ...card, page: PAGE }) : null
      if (copied !== null) all?.setItem(REVIEW_CARD_KEY, copied)
    } catch {
      // Refused: a tab opened again goes on to the next card, as before.
      copied = null
    }
  }
  const onPageHide = () => {
    copy()
    letGo()
  }
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') {
      copy()
      if (copied !== null) hold()
      return
    }
    letGo()
    try {
      if (copied !== null && all?.getItem(REVIEW_CARD_KEY) === copied)
        all.removeItem(REVIEW_CARD_KEY)
    } catch {
      // Refused: the copy stays, as one left by a page that went.
    }
    copied = null
  }
  window.addEventListener('pagehide', onPageHide)
  document.addEventListener('visibilitychange', onVisibility)
  return () => {
    letGo()
    window.removeEventListener('pagehide', onPageHide)
    document.removeEventListener('visibilitychange', onVisibility)
  }
}

/** Keeps the cards skipped (undefined: none). */
export function keepSkippedCards(skipped: SkippedCards | undefined, where = storages()): void {
  put(REVIEW_SKIPPED_KEY, skipped, where)
}

/** The cards kept as skipped in session `session`, when they read as such. */
export function keptSkippedCards(session: number, where = storages()): SkippedCards | undefined {
  return take(REVIEW_SKIPPED_KEY, readSkippedCards, session, where)
}
