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
      encodeEntry({ at: Date.UTC(2025, 11, d, 9), grade: 'good', source: 'review', sure: false }),
    )
    const text = encodeCard(s, log.join(''))
    expect(text.length).toBeLessThanOrEqual(64)
  })

  it.each([
    ['', 'is not a card'],
    ['x|', 'is not a card'],
    ['1,1,0,5,1,0,2|', 'has an impossible stability'],
    ['1,1,2,11,1,0,2|', 'has an impossible difficulty'],
    ['1,1,2,5,1,0,8|', 'is not a card'],
    ['1,1,2,5,1,0,2|abc', 'is not a card'],
    ['1.1.2.5.1.0.2|', 'is not a card'],
  ])('refuses %j: %s', (text, message) => {
    expect(() => decodeCard(text)).toThrow(message)
  })
})
