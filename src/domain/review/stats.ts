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

function add(map: Map<string, Tally>, key: string, right: boolean) {
  let t = map.get(key)
  if (!t) map.set(key, (t = { answered: 0, right: 0 }))
  t.answered++
  if (right) t.right++
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
  const studied = new Set<number>()
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
    const tags = tagsOf(card)
    for (let i = 0; i + ENTRY_CHARS <= card.log.length; i += ENTRY_CHARS) {
      const e = decodeEntry(card.log, i)
      const day = dayNumber(e.at)
      const right = e.grade !== 'again'
      studied.add(day)
      add(bySet, card.setId, right)
      for (const tag of tags) add(byTag, tag, right)
      if (e.sure && !right) {
        confidentWrong.all++
        if (day >= from) confidentWrong.recent++
      }
      if (day < from || day > today || e.source === 'quiz') continue
      const tally = perDay[day - from] as DayTally
      tally.answered++
      if (right) tally.right++
      if (e.source === 'review') {
        retention.answered++
        if (right) retention.right++
      }
    }
  }
  const studiedToday = studied.has(today)
  let streak = 0
  for (let d = studiedToday ? today : today - 1; studied.has(d); d--) streak++
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
