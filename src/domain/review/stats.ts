/**
 * The study dashboard's numbers, in one pass over every card and its log: the streak of study
 * days, reviews per day, retention on review, the due forecast, accuracy by set and by tag, and
 * how often the student was sure and wrong. Days are the student's local days (`days.ts`).
 */
import { decodeEntry, ENTRY_CHARS } from './card.ts'
import { dayCounter } from './days.ts'
import type { ReviewCard } from './index.ts'

export interface Tally {
  answered: number
  right: number
}

export interface DayTally extends Tally {
  /** Local day number (`dayNumber`). */
  day: number
}

export interface ForecastDay {
  day: number
  /** Cards due that day; the first day also counts every overdue card. */
  due: number
}

export interface Dashboard {
  /** Cards in the dashboard (those whose question is still in the library). */
  cards: number
  /** Consecutive local days with any answer, up to today (or up to yesterday, not yet today). */
  streak: number
  studiedToday: boolean
  /** Review and practice answers per day over the last `days` days, oldest first. */
  perDay: DayTally[]
  /** Answers to due cards in review over the last `days` days: how much was recalled. */
  retention: Tally
  forecast: ForecastDay[]
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
}

function add(map: Map<string, Tally>, key: string, answered: number, right: number) {
  let t = map.get(key)
  if (!t) map.set(key, (t = { answered: 0, right: 0 }))
  t.answered += answered
  t.right += right
}

/**
 * One card's log as the dashboard needs it: per entry its local day and three flags, packed in
 * one integer (`day * 16 + right + 2·sure + 4·counted + 8·review`, where "counted" means a review
 * or practice answer, not a quiz one), and the whole log's totals. Worked out once per card object: a card
 * is a value the index replaces when its text changes, so after an answer only that card's log
 * is decoded again, and a dashboard over a year of log reads packed integers.
 */
interface CardSummary {
  entries: Int32Array
  answered: number
  right: number
  sureWrong: number
}

/** How far back a streak is counted: longer than anyone has used Passage (logs start in 2020). */
const STREAK_DAYS = 20_000

const RIGHT = 1
const SURE = 2
const COUNTED = 4
const REVIEW = 8
const summaries = new WeakMap<ReviewCard, CardSummary>()

function summaryOf(card: ReviewCard, dayNumber: (t: number) => number): CardSummary {
  const cached = summaries.get(card)
  if (cached) return cached
  const n = Math.floor(card.log.length / ENTRY_CHARS)
  const entries = new Int32Array(n)
  let right = 0
  let sureWrong = 0
  for (let k = 0; k < n; k++) {
    const e = decodeEntry(card.log, k * ENTRY_CHARS)
    const ok = e.grade !== 'again'
    if (ok) right++
    if (e.sure && !ok) sureWrong++
    entries[k] =
      dayNumber(e.at) * 16 +
      (ok ? RIGHT : 0) +
      (e.sure ? SURE : 0) +
      (e.source === 'quiz' ? 0 : COUNTED) +
      (e.source === 'review' ? REVIEW : 0)
  }
  const summary = { entries, answered: n, right, sureWrong }
  summaries.set(card, summary)
  return summary
}

/** Everything the dashboard shows, for the cards `include` keeps. */
export function dashboard(cards: readonly ReviewCard[], options: DashboardOptions): Dashboard {
  const { now, tagsOf, include, days = 30, forecastDays = 14 } = options
  const dayNumber = dayCounter()
  const today = dayNumber(now)
  const from = today - days + 1
  const perDay: DayTally[] = Array.from({ length: days }, (_, i) => ({
    day: from + i,
    answered: 0,
    right: 0,
  }))
  const forecast: ForecastDay[] = Array.from({ length: forecastDays }, (_, i) => ({
    day: today + i,
    due: 0,
  }))
  // Study days as a bitmap back from today: a streak only ever looks at the days before today.
  const studied = new Uint8Array(STREAK_DAYS + 1)
  const study = (day: number) => {
    const back = today - day
    if (back >= 0 && back <= STREAK_DAYS) studied[back] = 1
  }
  const retention: Tally = { answered: 0, right: 0 }
  const confidentWrong = { all: 0, recent: 0 }
  const bySet = new Map<string, Tally>()
  const byTag = new Map<string, Tally>()
  let count = 0
  for (const card of cards) {
    if (include && !include(card)) continue
    count++
    const ahead = Math.max(0, dayNumber(card.state.due) - today)
    if (ahead < forecastDays) (forecast[ahead] as ForecastDay).due++
    const summary = summaryOf(card, dayNumber)
    add(bySet, card.setId, summary.answered, summary.right)
    for (const tag of tagsOf(card)) add(byTag, tag, summary.answered, summary.right)
    confidentWrong.all += summary.sureWrong
    for (const packed of summary.entries) {
      const day = Math.floor(packed / 16)
      const flags = packed - day * 16
      study(day)
      if (day < from) continue
      const right = (flags & RIGHT) !== 0
      if (flags & SURE && !right) confidentWrong.recent++
      if (day > today || !(flags & COUNTED)) continue
      const tally = perDay[day - from] as DayTally
      tally.answered++
      if (right) tally.right++
      if (flags & REVIEW) {
        retention.answered++
        if (right) retention.right++
      }
    }
  }
  const studiedToday = studied[0] === 1
  let streak = 0
  for (let back = studiedToday ? 0 : 1; studied[back] === 1; back++) streak++
  return {
    cards: count,
    streak,
    studiedToday,
    perDay,
    retention,
    forecast,
    bySet,
    byTag,
    confidentWrong,
  }
}
