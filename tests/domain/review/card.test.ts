import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  decodeCard,
  decodeLog,
  encodeCard,
  encodeEntry,
  GRADES,
  LOG_EPOCH,
  type CardState,
  type LogEntry,
} from '../../../src/domain/review/card.ts'

const second = fc.integer({ min: 0, max: 36 ** 6 - 1 }).map((s) => LOG_EPOCH + s * 1000)

const state: fc.Arbitrary<CardState> = fc.record({
  due: second,
  last: second,
  stability: fc.double({ min: 0.001, max: 36_500, noNaN: true }),
  difficulty: fc.double({ min: 1, max: 10, noNaN: true }),
  reps: fc.nat({ max: 100_000 }),
  lapses: fc.nat({ max: 100_000 }),
  phase: fc.constantFrom(0 as const, 1 as const, 2 as const, 3 as const),
  steps: fc.nat({ max: 40 }),
  reviewed: fc.boolean(),
})

const entry: fc.Arbitrary<LogEntry> = fc.record({
  at: second,
  grade: fc.constantFrom(...GRADES),
  source: fc.constantFrom('quiz' as const, 'review' as const, 'practice' as const),
  sure: fc.boolean(),
  retry: fc.boolean(),
})

describe('the card text', () => {
  it('reads back exactly what was written, numbers to the last bit', () => {
    fc.assert(
      fc.property(state, fc.array(entry, { maxLength: 8 }), (s, log) => {
        const text = encodeCard(s, log.map(encodeEntry).join(''))
        expect(decodeCard(text)).toEqual(s)
        expect(decodeLog(text.slice(text.indexOf('|') + 1))).toEqual(log)
      }),
    )
  })

  it('is short: a card answered three times fits in about 60 characters', () => {
    const s: CardState = {
      due: Date.UTC(2025, 11, 8, 9),
      last: Date.UTC(2025, 11, 4, 9),
      stability: 4.93174557,
      difficulty: 5.11477232,
      reps: 3,
      lapses: 0,
      phase: 2,
      steps: 0,
      reviewed: true,
    }
    const log = [1, 2, 4].map((d) =>
      encodeEntry({
        at: Date.UTC(2025, 11, d, 9),
        grade: 'good',
        source: 'review',
        sure: false,
        retry: false,
      }),
    )
    const text = encodeCard(s, log.join(''))
    expect(text.length).toBeLessThanOrEqual(64)
  })

  it('keeps a second try apart from a slow answer, both "hard", in the same 7 characters', () => {
    const at = Date.UTC(2025, 11, 4, 9)
    const slow = encodeEntry({ at, grade: 'hard', source: 'review', sure: false, retry: false })
    const second = encodeEntry({ at, grade: 'hard', source: 'review', sure: false, retry: true })
    expect([slow.length, second.length]).toEqual([7, 7])
    expect(second).not.toBe(slow)
    expect(decodeLog(slow + second).map((e) => e.retry)).toEqual([false, true])
  })

  it('reads a version 1 log (small letters only) as answers with no second try', () => {
    const v1 = '336jo0c33c3o0t'
    expect(decodeLog(v1)).toEqual([
      { at: expect.any(Number), grade: 'good', source: 'quiz', sure: false, retry: false },
      { at: expect.any(Number), grade: 'easy', source: 'review', sure: true, retry: false },
    ])
  })

  it('either reads any text as a card whose log holds only values it can write, or says why not', () => {
    const letters = fc.constantFrom(...'0123456789abcdefxyzABCXYZ|,.e-_ ')
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: letters }),
      // A real card with any tail: what a hand edit or a damaged backup makes of one.
      fc
        .tuple(state, fc.array(entry, { maxLength: 4 }), fc.string({ unit: letters }))
        .map(([s, log, tail]) => encodeCard(s, log.map(encodeEntry).join('')) + tail),
    )
    fc.assert(
      fc.property(text, (t) => {
        let read: CardState
        try {
          read = decodeCard(t)
        } catch (e) {
          expect(e).toBeInstanceOf(TypeError)
          expect((e as Error).message).toMatch(/^(is not a card|has an impossible \w+)$/)
          return
        }
        expect(read.stability).toBeGreaterThan(0)
        expect(read.difficulty).toBeGreaterThanOrEqual(1)
        expect(read.difficulty).toBeLessThanOrEqual(10)
        const log = t.slice(t.indexOf('|') + 1)
        expect(log.length % 7).toBe(0)
        for (const [i, e] of decodeLog(log).entries()) {
          expect(GRADES).toContain(e.grade)
          expect(['quiz', 'review', 'practice']).toContain(e.source)
          expect(typeof e.sure).toBe('boolean')
          expect(typeof e.retry).toBe('boolean')
          expect(e.at).toBeGreaterThanOrEqual(LOG_EPOCH)
          expect(e.at).toBeLessThanOrEqual(LOG_EPOCH + (36 ** 6 - 1) * 1000)
          // What it read is what it would write: nothing out of range was rounded into range.
          expect(encodeEntry(e)).toBe(log.slice(i * 7, i * 7 + 7))
        }
      }),
      { numRuns: 2000 },
    )
  })

  it.each([
    ['', 'is not a card'],
    ['x|', 'is not a card'],
    ['1,1,0,5,1,0,2|', 'has an impossible stability'],
    ['1,1,2,11,1,0,2|', 'has an impossible difficulty'],
    ['1,1,2,5,1,0,8|', 'is not a card'],
    ['1,1,2,5,1,0,2|abc', 'is not a card'],
    ['1,1,2,5,1,0,2|000000y', 'is not a card'],
    ['1,1,2,5,1,0,2|000000Y', 'is not a card'],
    ['1,1,2,5,1,0,2|000000@', 'is not a card'],
    ['1.1.2.5.1.0.2|', 'is not a card'],
  ])('refuses %j: %s', (text, message) => {
    expect(() => decodeCard(text)).toThrow(message)
  })
})
