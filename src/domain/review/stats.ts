/**
 * The study dashboard's numbers, in one pass over every card and its log: the streak of study
 * days, reviews per day, retention on review, the due forecast, accuracy by set and by tag, and
 * how often the student was sure and wrong. Days are the student's local days (`days.ts`): an
 * answer counts on the day the student's clock showed when they gave it (the document's zone
 * marks), wherever they are now; "today", the forecast and what is due follow the clock now. Every
 * count of right answers counts a right second try as half (`rightWorth`, in `card.ts`), as a quiz
 * marks it; retention counts answers recalled as the scheduler does (any grade but Again), because
 * it is set beside the retention the scheduler aims at.
 */
import { decodeEntry, ENTRY_CHARS, rightWorth, SECOND_TRY_WORTH } from './card.ts'
import {
  dayCounter,
  dayNumber as localDay,
  noonOf,
  runtimeOffset,
  type OffsetAt,
  type Zones,
} from './days.ts'
import type { ReviewCard } from './index.ts'
import { begunOn, newCardsPerDay } from './queue.ts'

export interface Tally {
  answered: number
  /** Right answers, a right second try counting half (`rightWorth`): 2.5 of 4. */
  right: number
}

export interface Retention {
  answered: number
  /** Answers not graded Again (`gradeFor`): whole answers, no halves. */
  recalled: number
}

export interface DayTally extends Tally {
  /** Local day number (`dayNumber`). */
  day: number
}

export interface MonthTally extends Tally {
  /** Local calendar month as a whole number: year × 12 + month (0 = January). */
  month: number
}

export interface ForecastDay {
  day: number
  /**
   * Cards the review asks that day; the first day also counts every overdue card. Cards never
   * reviewed before count on the day the daily limit of new ones lets them in, as the queue does.
   */
  due: number
  /** Of `due`, the cards never reviewed before. */
  new: number
}

export interface Dashboard {
  /** Cards in the dashboard (those whose question is still in the library). */
  cards: number
  /** Consecutive local days with any answer, up to today (or up to yesterday, not yet today). */
  streak: number
  studiedToday: boolean
  /** Review and practice answers per day over the last `days` days, oldest first. */
  perDay: DayTally[]
  /** The last local day, up to today, with a review or practice answer; none: never reviewed. */
  lastCounted: number | undefined
  /**
   * Answers to due cards in review over the last `days` days, and how many were recalled as FSRS
   * counts it (graded Hard, Good or Easy: a right second try too), to set beside the desired
   * retention, which is the same measure.
   */
  retention: Retention
  /** Answers to due cards in review as far back as the logs go (a year): none means none yet. */
  reviews: number
  forecast: ForecastDay[]
  /** Cards never reviewed before, due by today, that the daily limit keeps for later days. */
  heldBack: number
  /** Of the new cards due within the forecast, those the daily limit keeps until after it. */
  newAfter: number
  /**
   * Every answer the log keeps (quizzes too) per local calendar month, the last `months` up to
   * this one, oldest first, from the first month with an answer: is the student getting better?
   */
  byMonth: MonthTally[]
  /** Every answer the log keeps (quizzes too), by set id and by tag. */
  bySet: Map<string, Tally>
  byTag: Map<string, Tally>
  /** Answers given "sure" that were wrong: in the whole log, and in the last `days` days. */
  confidentWrong: { all: number; recent: number }
}

export interface DashboardOptions {
  now: number
  tagsOf: (card: ReviewCard) => readonly string[]
  include?: (card: ReviewCard) => boolean
  /** How far back per-day counts, retention and "recent" look. */
  days?: number
  forecastDays?: number
  /** How many calendar months accuracy by month looks back, this one included. */
  months?: number
  /** Cards never reviewed before that review takes on a day (Settings); left out: no limit. */
  newPerDay?: number
  /** Where the student's clock stood as they answered (the review document's); none: the clock now. */
  zones?: Zones
  /** The clock now, and for answers before the first zone mark; left out: the runtime's. */
  offsetAt?: OffsetAt
}

/**
 * One card's log as the dashboard needs it: per entry its local day and five flags, packed in
 * one integer (`day * 32 + right + 2·sure + 4·counted + 8·review + 16·second try`, where
 * "counted" means a review or practice answer, not a quiz one, and a right second try is right
 * and worth half), and the whole log's totals. Worked out once per card object and day rule
 * (`days`): a card is a value the index replaces when its text changes, so after an answer only
 * that card's log is decoded again, and a dashboard over a year of log reads packed integers; a
 * new zone mark, or the clock moved to another zone, counts every log's days again.
 */
interface CardSummary {
  days: (t: number) => number
  entries: Int32Array
  answered: number
  right: number
  sureWrong: number
  reviews: number
}

/** How far back a streak is counted: longer than anyone has used Passage (logs start in 2020). */
const STREAK_DAYS = 20_000

const RIGHT = 1
const SURE = 2
const COUNTED = 4
const REVIEW = 8
/** Right on the second try: worth SECOND_TRY_WORTH of a right answer. */
const HALF = 16
const FLAGS = 32
const summaries = new WeakMap<ReviewCard, CardSummary>()

function summaryOf(card: ReviewCard, dayNumber: (t: number) => number): CardSummary {
  const cached = summaries.get(card)
  if (cached?.days === dayNumber) return cached
  const n = Math.floor(card.log.length / ENTRY_CHARS)
  const entries = new Int32Array(n)
  let right = 0
  let sureWrong = 0
  let reviews = 0
  for (let k = 0; k < n; k++) {
    const e = decodeEntry(card.log, k * ENTRY_CHARS)
    const worth = rightWorth(e)
    const ok = worth > 0
    right += worth
    if (e.sure && !ok) sureWrong++
    if (e.source === 'review') reviews++
    entries[k] =
      dayNumber(e.at) * FLAGS +
      (ok ? RIGHT : 0) +
      (ok && worth < 1 ? HALF : 0) +
      (e.sure ? SURE : 0) +
      (e.source === 'quiz' ? 0 : COUNTED) +
      (e.source === 'review' ? REVIEW : 0)
  }
  const summary = { days: dayNumber, entries, answered: n, right, sureWrong, reviews }
  summaries.set(card, summary)
  return summary
}

/** The dashboard's running sums, to which a card adds (or from which it takes back) its log. */
interface Sums {
  cards: readonly ReviewCard[]
  options: Required<Omit<DashboardOptions, 'include' | 'zones'>> &
    Pick<DashboardOptions, 'include' | 'zones'>
  /** The day each answer counted for, as these sums counted them (`dayRule`). */
  days: (t: number) => number
  today: number
  count: number
  /** Cards reviewed before, by the day they fall due (overdue ones today). */
  forecast: Int32Array
  /** Cards never reviewed before, by the day they fall due: the daily limit spreads them. */
  fresh: Int32Array
  /**
   * Cards whose first review was today, those `include` leaves out too (the queue counts them
   * all): today's allowance of new cards is that much smaller.
   */
  begunToday: number
  /** Answers per day back from today, over the streak's reach (a day counts when above 0). */
  studied: Int32Array
  /** Of `studied`, the review and practice answers: when the last review was. */
  counted: Int32Array
  perDayAnswered: Int32Array
  /** Right answers per day: halves count, so not whole numbers. */
  perDayRight: Float64Array
  /** This month's number (`monthOf(today)`), the days its last months begin on, newest first, and answers per month back from it. */
  month: number
  monthStarts: Int32Array
  perMonthAnswered: Int32Array
  perMonthRight: Float64Array
  retention: Retention
  reviews: number
  confidentWrong: { all: number; recent: number }
  bySet: Map<string, Tally>
  byTag: Map<string, Tally>
}

function add(map: Map<string, Tally>, key: string, answered: number, right: number) {
  let t = map.get(key)
  if (!t) map.set(key, (t = { answered: 0, right: 0 }))
  t.answered += answered
  t.right += right
}

function bump(counts: Int32Array | Float64Array, at: number, by: number) {
  counts[at] = (counts[at] as number) + by
}

/** The local calendar month of a day number: year × 12 + month (0 = January). */
function monthOf(day: number): number {
  const d = new Date(noonOf(day))
  return d.getFullYear() * 12 + d.getMonth()
}

/** The day numbers the last `count` months up to `month` begin on, this month's first. */
function monthStarts(month: number, count: number): Int32Array {
  return Int32Array.from({ length: count }, (_, back) => {
    const m = month - back
    return localDay(new Date(Math.floor(m / 12), m % 12, 1, 12).getTime())
  })
}

/**
 * Adds `card` to `sums` (sign 1), or takes it back out (sign -1). `dayNumber` gives the day an
 * answer counted for; what is due, and when a card was begun, go by the clock now, as the queue's.
 */
function count(sums: Sums, card: ReviewCard, sign: 1 | -1, dayNumber: (t: number) => number) {
  const { tagsOf, include, days, forecastDays, offsetAt } = sums.options
  const today = sums.today
  if (begunOn(card, (t) => localDay(t, offsetAt) === today)) sums.begunToday += sign
  if (include && !include(card)) return
  const from = today - days + 1
  sums.count += sign
  const ahead = Math.max(0, localDay(card.state.due, offsetAt) - today)
  if (ahead < forecastDays) bump(card.state.reviewed ? sums.forecast : sums.fresh, ahead, sign)
  const summary = summaryOf(card, dayNumber)
  add(sums.bySet, card.setId, sign * summary.answered, sign * summary.right)
  for (const tag of tagsOf(card))
    add(sums.byTag, tag, sign * summary.answered, sign * summary.right)
  sums.confidentWrong.all += sign * summary.sureWrong
  sums.reviews += sign * summary.reviews
  for (const packed of summary.entries) {
    const day = Math.floor(packed / FLAGS)
    const flags = packed - day * FLAGS
    const back = today - day
    if (back >= 0 && back <= STREAK_DAYS) {
      bump(sums.studied, back, sign)
      if (flags & COUNTED) bump(sums.counted, back, sign)
    }
    const right = (flags & RIGHT) !== 0
    const worth = right ? (flags & HALF ? SECOND_TRY_WORTH : 1) : 0
    const starts = sums.monthStarts
    if (back >= 0 && starts.length > 0 && day >= (starts[starts.length - 1] as number)) {
      // Months back from this one: the first whose first day is not after the answer's.
      let k = 0
      while (day < (starts[k] as number)) k++
      bump(sums.perMonthAnswered, k, sign)
      if (right) bump(sums.perMonthRight, k, sign * worth)
    }
    if (day < from) continue
    if (flags & SURE && !right) sums.confidentWrong.recent += sign
    if (day > today || !(flags & COUNTED)) continue
    bump(sums.perDayAnswered, day - from, sign)
    if (right) bump(sums.perDayRight, day - from, sign * worth)
    if (flags & REVIEW) {
      sums.retention.answered += sign
      if (right) sums.retention.recalled += sign
    }
  }
}

/**
 * The sums last worked out, by the `tagsOf` they were worked out with (one per page that shows a
 * dashboard). The dashboard asks again after every answer with the same options and a list of
 * cards in which one card was replaced: taking the old card out and adding the new one costs one
 * card's log, not a year of every card's.
 */
const lastBy = new WeakMap<DashboardOptions['tagsOf'], Sums>()

function sameOptions(a: Sums['options'], b: Sums['options']): boolean {
  return (
    a.now === b.now &&
    a.tagsOf === b.tagsOf &&
    a.include === b.include &&
    a.days === b.days &&
    a.forecastDays === b.forecastDays &&
    a.months === b.months &&
    a.newPerDay === b.newPerDay &&
    a.zones === b.zones &&
    a.offsetAt === b.offsetAt
  )
}

/** `last` brought up to `cards`, when they replace some of its cards one for one. */
function updated(
  cards: readonly ReviewCard[],
  options: Sums['options'],
  dayNumber: (t: number) => number,
) {
  const last = lastBy.get(options.tagsOf)
  if (!last || last.cards.length !== cards.length || !sameOptions(last.options, options)) return
  if (last.days !== dayNumber) return
  const before = last.cards
  if (before === cards) return last
  const replaced: number[] = []
  for (let i = 0; i < cards.length; i++) {
    if (before[i] === cards[i]) continue
    if ((before[i] as ReviewCard).key !== (cards[i] as ReviewCard).key) return
    replaced.push(i)
  }
  for (const i of replaced) {
    count(last, before[i] as ReviewCard, -1, dayNumber)
    count(last, cards[i] as ReviewCard, 1, dayNumber)
  }
  last.cards = cards
  return last
}

let lastRule:
  { zones?: Zones; offsetAt: OffsetAt; offset: number; days: (t: number) => number } | undefined

/**
 * The day each answer counted for, the same function (and so the same cached card summaries)
 * while the zone marks and the clock now stay as they were.
 */
function dayRule(zones: Zones | undefined, offsetAt: OffsetAt, now: number) {
  const offset = offsetAt(now)
  const last = lastRule
  if (last && last.zones === zones && last.offsetAt === offsetAt && last.offset === offset) {
    return last.days
  }
  const days = dayCounter(zones, offsetAt)
  lastRule = { zones, offsetAt, offset, days }
  return days
}

/** Everything the dashboard shows, for the cards `include` keeps. */
export function dashboard(cards: readonly ReviewCard[], given: DashboardOptions): Dashboard {
  // `??`, not a spread: an option given as undefined still takes its default.
  const options = {
    ...given,
    days: given.days ?? 30,
    forecastDays: given.forecastDays ?? 14,
    months: given.months ?? 12,
    newPerDay: given.newPerDay ?? Infinity,
    offsetAt: given.offsetAt ?? runtimeOffset,
  }
  const dayNumber = dayRule(options.zones, options.offsetAt, options.now)
  let sums = updated(cards, options, dayNumber)
  if (!sums) {
    const today = localDay(options.now, options.offsetAt)
    sums = {
      cards,
      options,
      days: dayNumber,
      today,
      count: 0,
      forecast: new Int32Array(options.forecastDays),
      fresh: new Int32Array(options.forecastDays),
      begunToday: 0,
      studied: new Int32Array(STREAK_DAYS + 1),
      counted: new Int32Array(STREAK_DAYS + 1),
      perDayAnswered: new Int32Array(options.days),
      perDayRight: new Float64Array(options.days),
      month: monthOf(today),
      monthStarts: monthStarts(monthOf(today), options.months),
      perMonthAnswered: new Int32Array(options.months),
      perMonthRight: new Float64Array(options.months),
      retention: { answered: 0, recalled: 0 },
      reviews: 0,
      confidentWrong: { all: 0, recent: 0 },
      bySet: new Map(),
      byTag: new Map(),
    }
    for (const card of cards) count(sums, card, 1, dayNumber)
    lastBy.set(options.tagsOf, sums)
  }
  return report(sums)
}

/** What the sums show, in new objects: a caller may keep or change them. */
function report(sums: Sums): Dashboard {
  const { today } = sums
  const from = today - sums.options.days + 1
  const studiedToday = (sums.studied[0] as number) > 0
  let streak = 0
  for (let back = studiedToday ? 0 : 1; (sums.studied[back] ?? 0) > 0; back++) streak++
  const tallies = (map: Map<string, Tally>) => {
    const out = new Map<string, Tally>()
    // A key every card taken back left at zero (its cards left) is not shown.
    for (const [k, t] of map)
      if (t.answered > 0 || t.right > 0 || !sums.cards.length) out.set(k, { ...t })
    return out
  }
  const byMonth: MonthTally[] = []
  for (let back = sums.perMonthAnswered.length - 1; back >= 0; back--) {
    const answered = sums.perMonthAnswered[back] as number
    if (answered === 0 && byMonth.length === 0) continue
    byMonth.push({ month: sums.month - back, answered, right: sums.perMonthRight[back] as number })
  }
  const lastBack = sums.counted.findIndex((n) => n > 0)
  const entering = newCardsPerDay(sums.fresh, sums.options.newPerDay, sums.begunToday)
  const freshDue = sums.fresh.reduce((n, k) => n + k, 0)
  return {
    cards: sums.count,
    streak,
    studiedToday,
    perDay: Array.from(sums.perDayAnswered, (answered, i) => ({
      day: from + i,
      answered,
      right: sums.perDayRight[i] as number,
    })),
    lastCounted: lastBack < 0 ? undefined : today - lastBack,
    retention: { ...sums.retention },
    reviews: sums.reviews,
    forecast: Array.from(sums.forecast, (due, i) => {
      const fresh = entering[i] as number
      return { day: today + i, due: due + fresh, new: fresh }
    }),
    heldBack: (sums.fresh[0] ?? 0) - (entering[0] ?? 0),
    newAfter: freshDue - entering.reduce((n, k) => n + k, 0),
    byMonth,
    bySet: tallies(sums.bySet),
    byTag: tallies(sums.byTag),
    confidentWrong: { ...sums.confidentWrong },
  }
}
