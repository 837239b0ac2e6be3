/** How review dates and counts read on screen. */
import { dayNumber } from '../../domain/review/days.ts'
import type { HardReason } from '../../domain/review/queue.ts'
import { percent } from '../progress/format.ts'

/** Made once: building a date format is the slow part of formatting a date. */
const thisYear = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
})
const withYear = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
})

/**
 * "Thursday 4 December" (with the year when it is not this year's: "Saturday 7 February 2026"), in
 * the student's zone. The parts are joined by spaces: with a year, the format puts a comma after
 * the weekday that it leaves out without one.
 */
export function dayLabel(t: number, now: number): string {
  const d = new Date(t)
  const sameYear = d.getFullYear() === new Date(now).getFullYear()
  return (sameYear ? thisYear : withYear)
    .formatToParts(d)
    .filter((p) => p.type !== 'literal')
    .map((p) => p.value)
    .join(' ')
}

/**
 * How far `t`'s day is from today's, as a person says it: "today", "tomorrow", "in 3 days", "in 2
 * weeks", "in 6 months", "in 2 years", and behind it "yesterday", "3 days ago", "2 weeks ago", "a
 * year ago" (rounded: the date itself is said beside it).
 */
export function fromNow(t: number, now: number): string {
  const ahead = dayNumber(t) - dayNumber(now)
  if (ahead === 0) return 'today'
  if (ahead === 1) return 'tomorrow'
  if (ahead === -1) return 'yesterday'
  return ahead > 0 ? `in ${daysSpan(ahead)}` : `${daysSpan(-ahead)} ago`
}

/** A span of two days or more in the largest unit that reads naturally: "3 days", "2 weeks", "a year". */
function daysSpan(days: number): string {
  if (days < 14) return `${days} days`
  if (days < 56) return `${Math.round(days / 7)} weeks`
  if (days < 365) return plural(Math.max(2, Math.round(days / 30.44)), 'month')
  const years = Math.round(days / 365.25)
  return years <= 1 ? 'a year' : `${years} years`
}

/** "today", "tomorrow, Friday 5 December" or "in 3 days, on Sunday 7 December". */
export function whenLabel(t: number, now: number): string {
  const ahead = dayNumber(t) - dayNumber(now)
  if (ahead <= 0) return 'today'
  if (ahead === 1) return `tomorrow, ${dayLabel(t, now)}`
  return `${fromNow(t, now)}, on ${dayLabel(t, now)}`
}

/** An ISO date (YYYY-MM-DD) of the local day of `t`, for `<time datetime>`. */
export function isoDay(t: number): string {
  const d = new Date(t)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/**
 * The review cards of sets no longer in the library (deleted in the Studio), when no other card
 * can be asked: "The 2 questions you answered were of a set no longer in your library". Empty
 * when `askable` cards remain, or there are none: not "Nothing here yet" to a learner who
 * answered them, nor "Nothing due" of questions that will never come back.
 */
export function goneLine(cards: readonly { setId: string }[], askable: number): string {
  if (askable > 0 || cards.length === 0) return ''
  const sets = new Set(cards.map((c) => c.setId)).size
  const n = cards.length
  const those = n === 1 ? 'The question you answered was' : `The ${n} questions you answered were`
  return `${those} of ${sets === 1 ? 'a set' : 'sets'} no longer in your library`
}

/** "1 question", "7 questions". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

/**
 * What becomes of the `n` questions due today, never reviewed, that the day's allowance (Settings →
 * Review, `perDay`) keeps out of today's review: "16 questions not yet reviewed join your reviews
 * tomorrow", "… on later days, 5 a day". Not "new": a learner may have answered them fifteen times
 * in quizzes; what they have not had is a review. Empty when none is held back. `all`: how many
 * every set holds back, when `n` are one set's or topic's: they share the day's allowance.
 */
export function heldBackLine(n: number, perDay: number, all = n): string {
  if (!n) return ''
  const these = `${plural(n, 'question')} not yet reviewed`
  if (!perDay) return `${these} ${n === 1 ? 'waits' : 'wait'}: Settings let in none a day`
  const join = `${these} ${n === 1 ? 'joins' : 'join'} your reviews`
  return all <= perDay ? `${join} tomorrow` : `${join} on later days, ${perDay} a day`
}

/**
 * Why a question is among the hardest, in words: what the student did with it, not the scheduler's
 * terms. Empty when its falling chance of recall, shown beside it, is the only reason.
 */
export function hardWhy(reason: HardReason, lapses: number): string {
  switch (reason) {
    case 'lapsed':
      return lapses === 1 ? 'forgotten once' : `forgotten ${lapses} times`
    case 'wrong':
      return 'wrong last time'
    case 'second-try':
      return 'right only on the second try last time'
    case 'effort':
      return 'needed a second try or over a minute last time'
    case 'fading':
      return ''
  }
}

/**
 * The link to hard practice, counted: "Practise the question I find hard", "Practise the 4
 * questions I find hard", "Practise the 10 questions I find hardest" (when more are hard).
 */
export function hardPracticeLabel({ count, more }: { count: number; more: boolean }): string {
  const what = count === 1 ? 'question' : `${count} questions`
  return `Practise the ${what} I find ${more ? 'hardest' : 'hard'}`
}

/**
 * How a hard question stands: its chance of recall while that says something, and once it is as
 * good as certain (a card just answered, whose chance the scheduler puts near 100 %), when it
 * comes back instead: "100 % chance to recall now" beside "wrong last time" read as a contradiction.
 * `next` is when the review queue takes it (`comesUpAt`), undefined for never.
 */
export function hardStanding(recall: number, next: number | undefined, now: number): string {
  if (recall < 0.95) return `${percent(recall)}% chance to recall now`
  return next === undefined
    ? 'waits for its first review: Settings let in none a day'
    : `next review ${whenLabel(next, now)}`
}
