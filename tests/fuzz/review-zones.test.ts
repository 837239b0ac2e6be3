/**
 * Fuzzing where the student's clock stood (the review document's `zones`), read from storage or a
 * backup: huge lists, offsets no clock shows, marks out of order or on the same second, values of
 * any type. Each is refused with a short reason, or read into marks every day function takes; and
 * marks this app writes (an answer's, a restore's) always read back.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  dayCounter,
  MAX_ZONES,
  mergeZones,
  withZone,
  zonesProblem,
  type Zones,
} from '../../src/domain/review/days.ts'
import { LOG_EPOCH } from '../../src/domain/review/card.ts'
import { migrateReview, serializeReview } from '../../src/domain/review/format.ts'
import { REVIEW_VERSION } from '../../src/domain/review/schema.ts'
import { awkward, mutateValue } from './mutate.ts'
import { params, timeout } from './runs.ts'

const DAY_MS = 86_400_000
/** Seconds from 2020 to 2030, as marks count them. */
const second = fc.integer({ min: 0, max: 315_569_520 })
/** Offsets clocks show: whole quarter hours from UTC-12 to UTC+14. */
const offset = fc.integer({ min: -48, max: 56 }).map((q) => q * 15)

/** Marks as this app writes them: oldest first, each a real clock. */
const valid: fc.Arbitrary<Zones> = fc
  .uniqueArray(fc.tuple(second, offset), { maxLength: MAX_ZONES, selector: ([from]) => from })
  .map((marks) => marks.sort((a, b) => a[0] - b[0]))

/** Marks as an attacker or a broken program might leave them. */
const hostile: fc.Arbitrary<unknown> = fc.oneof(
  valid,
  valid.chain(mutateValue),
  // Unsorted, and with the same mark twice.
  valid.chain((zones) => fc.shuffledSubarray([...zones, ...zones])),
  fc.array(fc.tuple(fc.integer(), fc.integer()), { maxLength: 8 }),
  fc.array(fc.tuple(awkward, awkward), { maxLength: 4 }),
  fc.array(awkward, { maxLength: 4 }),
  fc.nat({ max: 20_000 }).map((n) => Array.from({ length: n }, (_, i) => [i, 0])),
  fc.constantFrom(Array.from({ length: 1_000_000 }, () => [0, 0])),
  awkward,
)

describe('zone marks read from storage or a backup, fuzzed', () => {
  it(
    'are refused with a short reason, or read into ordered marks of real clocks that read back',
    () => {
      fc.assert(
        fc.property(hostile, (zones) => {
          const started = performance.now()
          const read = migrateReview({ schemaVersion: REVIEW_VERSION, cards: {}, zones })
          // A million marks are turned away before each one is read.
          expect(performance.now() - started).toBeLessThan(1000)
          if (read.status !== 'ok') {
            expect(read.status).toBe('invalid')
            expect(read.status === 'invalid' && read.reason.length).toBeGreaterThan(0)
            expect(read.status === 'invalid' && read.reason.length).toBeLessThan(200)
            return
          }
          const marks = read.doc.zones ?? []
          expect(zonesProblem(marks)).toBeUndefined()
          expect(marks.length).toBeLessThanOrEqual(MAX_ZONES)
          for (let i = 1; i < marks.length; i++)
            expect(marks[i]![0]).toBeGreaterThan(marks[i - 1]![0])
          expect(migrateReview(JSON.parse(serializeReview(read.doc)))).toEqual(read)
        }),
        // A clock at "-0" minutes from UTC, and a mark at second "-0": JSON writes both back as 0.
        {
          ...params(500),
          examples: [
            [
              [
                [43925390, -75],
                [145929914, -0],
              ],
            ],
            [[[-0, 60]]],
          ],
        },
      )
    },
    timeout(60_000),
  )

  it('give every answer a day within one of its UTC day, the day of the mark in effect', () => {
    const instant = fc.integer({ min: LOG_EPOCH, max: LOG_EPOCH + 315_569_520_000 })
    fc.assert(
      fc.property(valid, fc.array(instant, { maxLength: 50 }), offset, (zones, times, here) => {
        const dayOf = dayCounter(zones, () => here)
        for (const t of times) {
          const day = dayOf(t)
          expect(Math.abs(day - Math.floor(t / DAY_MS))).toBeLessThanOrEqual(1)
          const mark = zones.findLast(([from]) => LOG_EPOCH + from * 1000 <= t)
          expect(day).toBe(Math.floor((t + (mark?.[1] ?? here) * 60_000) / DAY_MS))
        }
      }),
      params(500),
    )
  })
})

describe('zone marks this app writes', () => {
  it('read back after any answer, with any clock, and put that clock in effect from then', () => {
    const clock = fc.oneof(
      offset,
      awkward.filter((v): v is number => typeof v === 'number'),
    )
    fc.assert(
      fc.property(valid, second, clock, (zones, s, at) => {
        const t = LOG_EPOCH + s * 1000
        const next = withZone(zones, t, at)
        expect(zonesProblem(next)).toBeUndefined()
        if (next === zones) return
        expect(dayCounter(next, () => NaN)(t)).toBe(Math.floor((t + at * 60_000) / DAY_MS))
        // Recorded again, nothing changes: answers re-applied after another tab's write.
        expect(withZone(next, t, at)).toBe(next)
      }),
      params(1000),
    )
  })

  it("merge a backup's marks with ours into marks that read back, the same backup twice as once", () => {
    fc.assert(
      fc.property(valid, valid, (ours, theirs) => {
        const merged = mergeZones(ours, theirs)
        expect(zonesProblem(merged)).toBeUndefined()
        expect(mergeZones(merged, theirs)).toBe(merged)
        if (ours.length + theirs.length <= MAX_ZONES) {
          // Ours are all kept; theirs too, except on a second one of ours starts on.
          for (const mark of ours) expect(merged).toContain(mark)
          const starts = new Set(ours.map(([from]) => from))
          for (const mark of theirs) if (!starts.has(mark[0])) expect(merged).toContain(mark)
        }
      }),
      params(1000),
    )
  })
})
