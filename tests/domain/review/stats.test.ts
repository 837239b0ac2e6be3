import { describe, expect, it } from 'vitest'
import { applyAnswers } from '../../../src/domain/review/apply.ts'
import { dayNumber } from '../../../src/domain/review/days.ts'
import { indexReview } from '../../../src/domain/review/index.ts'
import { emptyReview } from '../../../src/domain/review/schema.ts'
import { dashboard } from '../../../src/domain/review/stats.ts'
import { answer, dec, DT, scheduler, WSW } from './helpers.ts'

const cards = indexReview(
  applyAnswers(
    emptyReview(),
    [
      answer('q1', dec(1)),
      answer('q2', dec(1), { correct: false }),
      { ...answer('d1', dec(1)), setId: DT },
      answer('q2', dec(2), { source: 'review' }),
      answer('q1', dec(3), { source: 'review', correct: false, sure: true }),
      answer('q2', dec(4), { source: 'review', sure: true }),
      { ...answer('d1', dec(4, 10), { source: 'practice', correct: false }), setId: DT },
    ],
    scheduler,
  ),
).cards
const tagsOf = (c: { qid: string }) => (c.qid === 'd1' ? ['dates'] : ['quotes', 'people'])

describe('the dashboard numbers', () => {
  const d = dashboard(cards, { now: dec(4, 18), tagsOf, days: 7, forecastDays: 5 })

  it('counts the streak of study days up to today', () => {
    expect(d.streak).toBe(4)
    expect(d.studiedToday).toBe(true)
    // Tomorrow, before studying, the streak still stands; the day after it is broken.
    expect(dashboard(cards, { now: dec(5, 8), tagsOf }).streak).toBe(4)
    expect(dashboard(cards, { now: dec(6, 8), tagsOf }).streak).toBe(0)
  })

  it('counts review and practice answers per day, not quiz answers', () => {
    expect(d.perDay.map((t) => [t.day - dayNumber(dec(4)), t.answered, t.right])).toEqual([
      [-6, 0, 0],
      [-5, 0, 0],
      [-4, 0, 0],
      [-3, 0, 0],
      [-2, 1, 1],
      [-1, 1, 0],
      [0, 2, 1],
    ])
  })

  it('measures retention on due reviews only', () => {
    expect(d.retention).toEqual({ answered: 3, right: 2 })
  })

  it('forecasts the cards due each day, overdue ones today', () => {
    // q1 was wrong on the 3rd: due the 4th; d1 was wrong in practice on the 4th: due the 5th;
    // q2, right and sure on the 4th, is due ten days later, beyond the forecast.
    expect(d.forecast.map((f) => [f.day - dayNumber(dec(4)), f.due])).toEqual([
      [0, 1],
      [1, 1],
      [2, 0],
      [3, 0],
      [4, 0],
    ])
    // Seen from the 6th, q1 and d1 are overdue: both count today.
    expect(dashboard(cards, { now: dec(6), tagsOf }).forecast[0]!.due).toBe(2)
  })

  it('tallies accuracy by set and by tag over every answer kept, and sure-but-wrong', () => {
    expect(d.bySet.get(WSW)).toEqual({ answered: 5, right: 3 })
    expect(d.bySet.get(DT)).toEqual({ answered: 2, right: 1 })
    expect(d.byTag.get('quotes')).toEqual({ answered: 5, right: 3 })
    expect(d.byTag.get('dates')).toEqual({ answered: 2, right: 1 })
    expect(d.confidentWrong).toEqual({ all: 1, recent: 1 })
    expect(d.cards).toBe(3)
  })

  it('leaves out cards it is told to', () => {
    const only = dashboard(cards, { now: dec(4, 18), tagsOf, include: (c) => c.setId === DT })
    expect(only.cards).toBe(1)
    expect(only.bySet.has(WSW)).toBe(false)
  })
})
