import { describe, expect, it } from 'vitest'
import { verdictOf } from '../../../src/components/quiz/verdict.ts'

describe('the verdict of a right second try', () => {
  it('says "½" when the second try earned half the mark', () => {
    expect(verdictOf({ score: 0.5, max: 1, correct: true })).toEqual({
      icon: '◐',
      text: '½ — right on the second try',
      kind: 'is-partial',
    })
  })

  it('names the marks kept when the first try was worth more than half (3 of 4 pairs)', () => {
    expect(verdictOf({ score: 0.75, max: 1, correct: true }).text).toBe(
      "Right on the second try — you keep the first try's 0.75 of 1 mark",
    )
    expect(verdictOf({ score: 2 / 3, max: 1, correct: true, overridden: true }).text).toBe(
      "You marked your second try right — you keep the first try's 0.67 of 1 mark",
    )
  })

  it('still says "½" for a second try marked right', () => {
    expect(verdictOf({ score: 0.5, max: 1, correct: true, overridden: true }).text).toBe(
      '½ — you marked your second try right',
    )
  })
})
