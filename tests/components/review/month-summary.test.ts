import { describe, expect, it } from 'vitest'
import { monthSummary } from '../../../src/components/review/month-summary.ts'
import type { MonthTally } from '../../../src/domain/review/stats.ts'

/** Months of 2026 from January (0), oldest first, the last being this month: [answered, right]. */
const months = (...tallies: [number, number][]): MonthTally[] =>
  tallies.map(([answered, right], i) => ({ month: 2026 * 12 + i, answered, right }))
const name = (month: number) =>
  new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric' }).format(
    new Date(Math.floor(month / 12), month % 12, 15),
  )
const summary = (...tallies: [number, number][]) => monthSummary(months(...tallies), name)

describe("the sentence under 'Right answers by month'", () => {
  it('compares the latest month with the one before that had enough answers, not the first', () => {
    // January 68 %, a quiet February, March 60 %, April (this month) 91 %.
    expect(summary([25, 17], [3, 3], [20, 12], [44, 40])).toBe(
      '91% right so far in April 2026 (40 of 44): up 31 points from 60% in March 2026.',
    )
    expect(summary([25, 17], [20, 18], [0, 0])).toBe(
      '90% right in February 2026 (18 of 20): up 22 points from 68% in January 2026.',
    )
    expect(summary([20, 12], [10, 6], [0, 0])).toBe(
      '60% right in February 2026 (6 of 10): the same as in January 2026.',
    )
    expect(summary([20, 18], [12, 6])).toBe(
      '50% right so far in February 2026 (6 of 12): down 40 points from 90% in January 2026.',
    )
  })

  it('writes a half right answer (a right second try) as a quiz writes half a mark', () => {
    expect(summary([20, 12], [12, 7.5])).toBe(
      '63% right so far in February 2026 (7.5 of 12): up 3 points from 60% in January 2026.',
    )
  })

  it('does not compare a month of two answers: it says so, then how the last full month went', () => {
    // The case reported: a new month with two answers "up 23 points" on the first month.
    expect(summary([25, 17], [0, 0], [45, 41], [2, 2])).toBe(
      '100% right so far in April 2026 (2 of 2): too few answers to compare. ' +
        '91% right in March 2026 (41 of 45): up 23 points from 68% in January 2026.',
    )
    expect(summary([45, 41], [2, 1])).toBe(
      '50% right so far in February 2026 (1 of 2): too few answers to compare. ' +
        '91% right in January 2026 (41 of 45).',
    )
  })

  it('says when no month has had enough answers to compare, and nothing to compare with one month', () => {
    expect(summary([4, 1], [0, 0], [3, 3])).toBe(
      '100% right so far in March 2026 (3 of 3). Months are compared once they have 10 answers; none has yet.',
    )
    expect(summary([4, 1], [30, 27])).toBe(
      '90% right so far in February 2026 (27 of 30); earlier months had fewer than 10 answers, too few to compare.',
    )
    expect(summary([18, 9])).toBe('50% right so far in January 2026 (9 of 18).')
    expect(summary([0, 0])).toBe('')
    expect(monthSummary([], name)).toBe('')
  })
})
