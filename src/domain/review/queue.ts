/**
 * What to review now. A card is due on the local day its due time falls on, so "7 to review"
 * stays the same all day; the queue is every due card, most overdue first, except that cards never
 * reviewed before (met only in quizzes) enter at most `newPerDay` a day. A scope narrows the queue
 * to one set or one tag; "hard" practice takes the cards the student finds hardest, due or not.
 */
import { decodeEntry, ENTRY_CHARS, type LogEntry } from './card.ts'
import { dayNumber, noonOf, startOfDay, startOfNextDay } from './days.ts'
import type { ReviewCard } from './index.ts'

export type Scope =
  { kind: 'all' } | { kind: 'set'; setId: string } | { kind: 'tag'; tag: string } | { kind: 'hard' }

/** A scope as text, for the stored session and the page address. */
export function scopeText(scope: Scope): string {
  switch (scope.kind) {
    case 'set':
      return `set:${scope.setId}`
    case 'tag':
      return `tag:${scope.tag}`
    default:
      return scope.kind
  }
}

/** The scope `scopeText` wrote; anything else reads as every set. */
export function parseScope(text: string): Scope {
  if (text === 'hard') return { kind: 'hard' }
  if (text.startsWith('set:') && text.length > 4) return { kind: 'set', setId: text.slice(4) }
  if (text.startsWith('tag:') && text.length > 4) return { kind: 'tag', tag: text.slice(4) }
  return { kind: 'all' }
}

/** Whether a card is due on `now`'s local day (or earlier). */
export function isDue(card: ReviewCard, now: number): boolean {
  return card.state.due < startOfNextDay(now)
}

/** When the card first came up in a review session, if its log still says. */
function firstReviewedAt(card: ReviewCard): number | undefined {
  for (let i = 0; i + ENTRY_CHARS <= card.log.length; i += ENTRY_CHARS) {
    const e = decodeEntry(card.log, i)
    if (e.source !== 'quiz') return e.at
  }
  return undefined
}

/** Whether `card` had its first review session on the day `onDay` says an instant falls on. */
export function begunOn(card: ReviewCard, onDay: (t: number) => boolean): boolean {
  if (!card.state.reviewed || !onDay(card.state.last)) return false
  const first = firstReviewedAt(card)
  return first !== undefined && onDay(first)
}

/** How many cards had their first review session on `now`'s local day. */
export function introducedOn(cards: readonly ReviewCard[], now: number): number {
  const from = startOfDay(now)
  const to = startOfNextDay(now)
  const today = (t: number) => t >= from && t < to
  let n = 0
  for (const card of cards) if (begunOn(card, today)) n++
  return n
}

/**
 * How many cards never reviewed before review takes on each day from today, given how many of
 * them fall due each day (today's count with the overdue ones): at most `newPerDay` a day, today
 * less the `begunToday` already begun, and those past a day's limit wait for the next day's. The
 * queue takes today's from the most overdue; the dashboard's forecast spreads the rest.
 */
export function newCardsPerDay(
  dueEachDay: ArrayLike<number>,
  newPerDay: number,
  begunToday: number,
): number[] {
  const taken: number[] = []
  let waiting = 0
  for (let day = 0; day < dueEachDay.length; day++) {
    waiting += dueEachDay[day] ?? 0
    const n = Math.min(waiting, Math.max(0, newPerDay - (day === 0 ? begunToday : 0)))
    taken.push(n)
    waiting -= n
  }
  return taken
}

/** Oldest due first; the key settles equal times, so the order never depends on storage order. */
export function byDue(a: ReviewCard, b: ReviewCard): number {
  return a.state.due - b.state.due || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
}

export interface QueueOptions {
  now: number
  /** Cards never reviewed before that may enter today. */
  newPerDay: number
  /** Leaves out cards that cannot be asked (their question is gone from the banks). */
  include?: (card: ReviewCard) => boolean
}

/**
 * The cards due today, most overdue first: the queue takes each reviewed card and at most
 * `newPerDay` minus those already introduced today of the cards never reviewed before; the other
 * new cards are held back.
 */
function dueToday(cards: readonly ReviewCard[], options: QueueOptions) {
  const { now, include } = options
  const tomorrow = startOfNextDay(now)
  const due = cards.filter((c) => c.state.due < tomorrow && (!include || include(c))).sort(byDue)
  const fresh = due.reduce((n, c) => (c.state.reviewed ? n : n + 1), 0)
  let [allowance = 0] = newCardsPerDay([fresh], options.newPerDay, introducedOn(cards, now))
  const queue: ReviewCard[] = []
  const held: ReviewCard[] = []
  for (const card of due) (card.state.reviewed || allowance-- > 0 ? queue : held).push(card)
  return { queue, held }
}

/** Today's review, every set together: each due card once, most overdue first (see dueToday). */
export function dueQueue(cards: readonly ReviewCard[], options: QueueOptions): ReviewCard[] {
  return dueToday(cards, options).queue
}

/** The new cards due today that the day's allowance of new cards keeps out of today's review. */
export function heldBackNew(cards: readonly ReviewCard[], options: QueueOptions): ReviewCard[] {
  return dueToday(cards, options).held
}

/** The cards of `queue` in `scope`; `tagsOf` gives a card's question tags. */
export function inScope(
  queue: readonly ReviewCard[],
  scope: Scope,
  tagsOf: (card: ReviewCard) => readonly string[],
): ReviewCard[] {
  switch (scope.kind) {
    case 'set':
      return queue.filter((c) => c.setId === scope.setId)
    case 'tag':
      return queue.filter((c) => tagsOf(c).includes(scope.tag))
    default:
      return [...queue]
  }
}

/**
 * When the next review after today's queue comes up: the earliest due time after today, or the
 * start of tomorrow when due cards wait for tomorrow's new-card allowance. undefined: none. With
 * no new cards a day (`newPerDay` 0) a card never reviewed never comes up, so it names no date.
 */
export function nextReviewAt(
  cards: readonly ReviewCard[],
  queued: ReadonlySet<string>,
  now: number,
  newPerDay: number,
): number | undefined {
  const tomorrow = startOfNextDay(now)
  let next: number | undefined
  for (const card of cards) {
    if (queued.has(card.key) || (newPerDay <= 0 && !card.state.reviewed)) continue
    const at = Math.max(card.state.due, tomorrow)
    if (next === undefined || at < next) next = at
  }
  return next
}

/**
 * When each card comes up in review, as the queue will take it (epoch ms, on that local day):
 * today's queue today, a card never reviewed on the day the daily allowance of new cards reaches
 * it (the most overdue first, as the queue takes them), any other card on its due day. undefined:
 * never, for a card never reviewed while no new cards come in a day (`newPerDay` 0). Only the
 * cards `include` keeps take places; one it leaves out says its due time.
 */
export function comesUpAt(
  cards: readonly ReviewCard[],
  options: QueueOptions,
): (card: ReviewCard) => number | undefined {
  const { now, newPerDay, include } = options
  const fresh = cards.filter((c) => !c.state.reviewed && (!include || include(c))).sort(byDue)
  const today = dayNumber(now)
  const dayOf = new Map<string, number>()
  if (newPerDay > 0) {
    let day = today
    let left = newPerDay - introducedOn(cards, now)
    for (const card of fresh) {
      const due = Math.max(dayNumber(card.state.due), today)
      if (due > day) [day, left] = [due, newPerDay]
      if (left <= 0) [day, left] = [day + 1, newPerDay]
      dayOf.set(card.key, day)
      left--
    }
  }
  const waiting = new Set(fresh.map((c) => c.key))
  return (card) => {
    if (!waiting.has(card.key)) return card.state.due
    const day = dayOf.get(card.key)
    if (day === undefined) return undefined
    return day === dayNumber(card.state.due) ? card.state.due : noonOf(day)
  }
}

/** A card's latest log entry. */
function lastEntry(card: ReviewCard): LogEntry | undefined {
  return card.log.length >= ENTRY_CHARS
    ? decodeEntry(card.log, card.log.length - ENTRY_CHARS)
    : undefined
}

export interface HardOptions {
  /** The chance of recall a card is scheduled for: below it, a card counts as hard. */
  retention: number
  retrievability: (card: ReviewCard) => number
  include?: (card: ReviewCard) => boolean
  limit?: number
}

/**
 * Why a card counts as hard, the first of these that holds: it was forgotten after it had been
 * learnt (a lapse), it was answered wrong last time, it was right last time only on a second try
 * ('second-try', logged so since review format 2) or, as its log cannot say which, on a second try
 * or after a minute ('effort'), or its chance of recall has fallen below the one it is scheduled for.
 */
export type HardReason = 'lapsed' | 'wrong' | 'second-try' | 'effort' | 'fading'

export interface HardCard {
  card: ReviewCard
  /** Chance of recall now, 0–1. */
  recall: number
  reason: HardReason
}

/**
 * The cards the student finds hardest, due or not: any lapsed, last answered wrong or with
 * effort, or now below the desired recall; most lapses first, then the least likely recalled.
 */
export function hardCards(cards: readonly ReviewCard[], options: HardOptions): HardCard[] {
  const { include, limit = 10 } = options
  const order = (a: HardCard, b: HardCard) =>
    b.card.state.lapses - a.card.state.lapses || a.recall - b.recall || byDue(a.card, b.card)
  // The `limit` hardest so far, in order: a dashboard over 10 000 cards keeps five, not a sorted
  // copy of every hard card. Ties keep the cards' order, as a stable sort would.
  const top: HardCard[] = []
  for (const card of cards) {
    if (limit <= 0) break
    // Fewer lapses than the last one kept: it cannot get in, whatever its recall.
    const worst = top.length === limit ? (top[limit - 1] as HardCard) : undefined
    if (worst && card.state.lapses < worst.card.state.lapses) continue
    if (include && !include(card)) continue
    const recall = options.retrievability(card)
    const last = lastEntry(card)
    const reason: HardReason | undefined =
      card.state.lapses > 0
        ? 'lapsed'
        : last?.grade === 'again'
          ? 'wrong'
          : last?.grade === 'hard'
            ? last.retry
              ? 'second-try'
              : 'effort'
            : recall < options.retention
              ? 'fading'
              : undefined
    if (!reason) continue
    const row = { card, recall, reason }
    if (top.length === limit && order(row, top[limit - 1] as HardCard) >= 0) continue
    let at = top.length
    while (at > 0 && order(row, top[at - 1] as HardCard) < 0) at--
    top.splice(at, 0, row)
    if (top.length > limit) top.pop()
  }
  return top
}
