import { describe, expect, it } from 'vitest'
import {
  confidentlyWrong,
  gradeFor,
  SLOW_MS,
  sureThenRight,
} from '../../../src/domain/review/rating.ts'

const quick = 8_000
const slow = SLOW_MS + 1

describe('an answer becomes an FSRS grade', () => {
  it.each([
    // correct, retryUsed, timeMs, sure → grade
    [false, false, quick, false, 'again'],
    [false, false, quick, true, 'again'],
    [false, true, quick, false, 'again'],
    [false, false, slow, true, 'again'],
    [true, true, quick, false, 'hard'],
    // Sure, wrong, then right on the second try: the confident first answer counts.
    [true, true, quick, true, 'again'],
    [true, false, slow, false, 'hard'],
    [true, false, slow, true, 'hard'],
    [true, false, quick, false, 'good'],
    [true, false, SLOW_MS, false, 'good'],
    [true, false, quick, true, 'easy'],
  ] as const)(
    'correct %s, second try %s, %i ms, sure %s → %s',
    (correct, retryUsed, timeMs, sure, grade) => {
      expect(gradeFor({ correct, retryUsed, timeMs, sure })).toBe(grade)
    },
  )

  it('calls out only a sure answer that was wrong', () => {
    expect(confidentlyWrong({ correct: false, sure: true })).toBe(true)
    expect(confidentlyWrong({ correct: false, sure: false })).toBe(false)
    expect(confidentlyWrong({ correct: true, sure: true })).toBe(false)
  })

  it('names only a sure answer right on its second try as graded Again though right', () => {
    for (const correct of [true, false])
      for (const retryUsed of [true, false])
        for (const sure of [true, false]) {
          const again = gradeFor({ correct, retryUsed, sure, timeMs: 1000 }) === 'again'
          expect(sureThenRight({ correct, retryUsed, sure })).toBe(correct && again)
        }
  })
})
