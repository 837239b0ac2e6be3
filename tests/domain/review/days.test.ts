import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { LOG_EPOCH } from '../../../src/domain/review/card.ts'
import {
  dayCounter,
  dayNumber,
  MAX_ZONES,
  startOfDay,
  startOfNextDay,
  withZone,
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

describe('zone marks', () => {
  const at = (s: number) => LOG_EPOCH + s * 1000

  it('are added where the clock changes, not for every answer, in time order', () => {
    let zones = withZone([], at(100), -300)
    expect(zones).toEqual([[100, -300]])
    expect(withZone(zones, at(150), -300)).toBe(zones)
    zones = withZone(zones, at(200), 540)
    expect(zones).toEqual([
      [100, -300],
      [200, 540],
    ])
    // An answer from before the last mark (another tab's, arriving late) goes in its place.
    expect(withZone(zones, at(150), 60)).toEqual([
      [100, -300],
      [150, 60],
      [200, 540],
    ])
    // The same second as a mark: that mark's clock is replaced.
    expect(withZone(zones, at(200), 60)).toEqual([
      [100, -300],
      [200, 60],
    ])
  })

  it('leave out offsets no clock shows, and keep the newest 64', () => {
    for (const offset of [NaN, 7.5, 7, 900, -735]) expect(withZone([], at(1), offset)).toEqual([])
    let zones = withZone([], at(0), 0)
    for (let s = 1; s <= 70; s++) zones = withZone(zones, at(s), s % 2 ? 60 : 0)
    expect(zones).toHaveLength(MAX_ZONES)
    expect(zones[0]).toEqual([7, 60])
  })

  it('give the day of the clock then, and before the first, of the clock now', () => {
    const count = dayCounter([[100, -300]], () => 540)
    // 23:30 UTC on 1 January 2020: the 1st by the mark (New York), the 2nd by the clock now (Tokyo).
    const late = Date.UTC(2020, 0, 1, 23, 30)
    const january = (day: number) => Date.UTC(2020, 0, day) / 86_400_000
    expect(count(late)).toBe(january(1))
    expect(count(at(50))).toBe(january(1))
    expect(dayNumber(late, () => 540)).toBe(january(2))
  })
})
