import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { shareOfMark, verdictOf } from '../../../src/components/quiz/verdict.ts'
import { SCORE_UNITS } from '../../../src/domain/progress/codec.ts'
import { formatMarks } from '../../../src/domain/quiz/marks.ts'

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
      "Right on the second try — you keep the first try's three quarters of the mark",
    )
    expect(verdictOf({ score: 2 / 3, max: 1, correct: true, overridden: true }).text).toBe(
      "You marked your second try right — you keep the first try's two thirds of the mark",
    )
  })

  it('still says "½" for a second try marked right', () => {
    expect(verdictOf({ score: 0.5, max: 1, correct: true, overridden: true }).text).toBe(
      '½ — you marked your second try right',
    )
  })
})

describe('the verdict of a partly right answer', () => {
  // 1 of 3 pairs matched read “Partly correct — 0.33 of 1 mark”.
  it.each([
    [1 / 3, 'Partly correct — a third of the mark'],
    [2 / 3, 'Partly correct — two thirds of the mark'],
    [0.5, 'Partly correct — half of the mark'],
    [0.25, 'Partly correct — a quarter of the mark'],
    [0.4, 'Partly correct — two fifths of the mark'],
    [5 / 6, 'Partly correct — five sixths of the mark'],
    // As progress keeps it (in 120ths), a third is still a third.
    [40 / 120, 'Partly correct — a third of the mark'],
    // A seventh is not kept exactly: it reads as the marks it adds to the total.
    [1 / 7, 'Partly correct — 0.14 of 1 mark'],
  ])('names %d of the mark as a student says it', (score, text) => {
    expect(verdictOf({ score, max: 1, correct: false })).toEqual({
      icon: '◐',
      text,
      kind: 'is-partial',
    })
  })

  // Any score progress can keep (in 120ths) reads as the same share on every page: named, it is
  // exactly the score; in decimals, it is the score to two places.
  it('names a share only when it is exactly the score', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: SCORE_UNITS - 1 }), (units) => {
        const score = units / SCORE_UNITS
        const text = shareOfMark(score, 1)
        const named =
          /^(?:(a|two|three|four|five|six|seven|eight|nine|ten|eleven) )?(half|third|quarter|fifth|sixth|eighth|tenth|twelfth)s? of the mark$/.exec(
            text,
          )
        if (!named) return text === `${formatMarks(score)} of 1 mark`
        const parts = [
          'half',
          'third',
          'quarter',
          'fifth',
          'sixth',
          '',
          'eighth',
          '',
          'tenth',
          '',
          'twelfth',
        ]
        const counts = [
          'a',
          'two',
          'three',
          'four',
          'five',
          'six',
          'seven',
          'eight',
          'nine',
          'ten',
          'eleven',
        ]
        const n = parts.indexOf(named[2]!) + 2
        const k = named[1] ? counts.indexOf(named[1]) + 1 : 1
        return Math.abs(k / n - score) < 1e-9
      }),
      // 69/120 is 0.575: two places as the totals round it, 0.58.
      { examples: [[69], [40], [1]] },
    )
  })
})
