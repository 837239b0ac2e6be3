import { describe, expect, it } from 'vitest'
import {
  dayLabel,
  fromNow,
  hardStanding,
  hardWhy,
  whenLabel,
} from '../../../src/components/review/format.ts'

const now = new Date(2026, 11, 3, 10).getTime()
const day = 86_400_000

describe("a hard question's standing on the dashboard", () => {
  it('gives the chance of recall while it says something', () => {
    expect(hardStanding(0.42, now - 3 * day, now)).toBe('42% chance to recall now')
    expect(hardStanding(0.949, now + day, now)).toBe('95% chance to recall now')
  })

  it('says when a question just answered comes back, not a certain recall beside a lapse', () => {
    expect(hardStanding(1, now + day, now)).toBe('next review tomorrow, Friday 4 December')
    expect(hardStanding(0.97, now + 2 * 3_600_000, now)).toBe('next review today')
    // A new question no review lets in (Settings: none a day) names no day at all.
    expect(hardStanding(1, undefined, now)).toBe(
      'waits for its first review: Settings let in none a day',
    )
  })
})

describe('why a question is among the hardest, in words', () => {
  it('says a second try when the log says so, and either when it cannot (a slow answer, or before format 2)', () => {
    expect(hardWhy('second-try', 0)).toBe('right only on the second try last time')
    expect(hardWhy('effort', 0)).toBe('needed a second try or over a minute last time')
  })
})

describe('when a review comes, in words', () => {
  it('says how far ahead, as a person would, then the day', () => {
    const ahead = (days: number) => whenLabel(now + days * day, now)
    expect(ahead(0)).toBe('today')
    expect(ahead(1)).toBe('tomorrow, Friday 4 December')
    expect(ahead(3)).toBe('in 3 days, on Sunday 6 December')
    expect(ahead(14)).toBe('in 2 weeks, on Thursday 17 December')
    expect(ahead(57)).toBe('in 2 months, on Friday 29 January 2027')
    expect(ahead(196)).toBe('in 6 months, on Thursday 17 June 2027')
  })

  it('writes a day of another year as one of this year, the year after it', () => {
    expect(dayLabel(new Date(2027, 1, 6, 12).getTime(), now)).toBe('Saturday 6 February 2027')
    expect(dayLabel(new Date(2026, 11, 4, 12).getTime(), now)).toBe('Friday 4 December')
  })

  it('rounds a long way ahead, never to nothing', () => {
    const ahead = (days: number) => fromNow(now + days * day, now)
    expect(ahead(13)).toBe('in 13 days')
    expect(ahead(55)).toBe('in 8 weeks')
    expect(ahead(56)).toBe('in 2 months')
    expect(ahead(364)).toBe('in 12 months')
    expect(ahead(365)).toBe('in a year')
    expect(ahead(586)).toBe('in 2 years')
  })

  it('says how far behind a day in the past is, in the same units', () => {
    const behind = (days: number) => fromNow(now - days * day, now)
    expect(behind(1)).toBe('yesterday')
    expect(behind(3)).toBe('3 days ago')
    expect(behind(13)).toBe('13 days ago')
    expect(behind(14)).toBe('2 weeks ago')
    expect(behind(56)).toBe('2 months ago')
    expect(behind(365)).toBe('a year ago')
    expect(behind(800)).toBe('2 years ago')
  })

  it('counts calendar days: late tonight to early tomorrow is tomorrow', () => {
    const late = new Date(2026, 11, 3, 23, 50).getTime()
    expect(fromNow(late + 20 * 60_000, late)).toBe('tomorrow')
    expect(fromNow(late + 5 * 60_000, late)).toBe('today')
    expect(fromNow(late, late + 20 * 60_000)).toBe('yesterday')
  })
})
