import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  dayCounter,
  dayNumber,
  startOfDay,
  startOfNextDay,
} from '../../../src/domain/review/days.ts'

const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2090, 0, 1) })

describe('local days', () => {
  it('the memoised counter gives the same day as dayNumber for any instants, in any order', () => {
    fc.assert(
      fc.property(fc.array(instant, { minLength: 1, maxLength: 200 }), (times) => {
        const count = dayCounter()
        // Asked twice, so the second answer comes from what the first remembered.
        for (const t of [...times, ...times]) expect(count(t)).toBe(dayNumber(t))
      }),
    )
  })

  it('a day starts where the day before it ends, and holds the instant it was asked about', () => {
    fc.assert(
      fc.property(instant, (t) => {
        expect(startOfDay(t)).toBeLessThanOrEqual(t)
        expect(startOfNextDay(t)).toBeGreaterThan(t)
        expect(dayNumber(startOfDay(t))).toBe(dayNumber(t))
        expect(dayNumber(startOfNextDay(t))).toBe(dayNumber(t) + 1)
        expect(startOfDay(startOfNextDay(t))).toBe(startOfNextDay(t))
      }),
    )
  })
})
