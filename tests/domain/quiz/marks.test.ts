import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  formatMarks,
  isFullyRight,
  markSheet,
  marksText,
  percentOf,
} from '../../../src/domain/quiz/marks.ts'

describe('the score vocabulary', () => {
  it.each([
    [14.5, 18, '14.5 of 18 marks', 81],
    [15, 18, '15 of 18 marks', 83],
    [1, 1, '1 of 1 mark', 100],
    [2 / 3, 1, '0.67 of 1 mark', 67],
    [12.5, 20, '12.5 of 20 marks', 63],
    [0, 0, '0 of 0 marks', 0],
  ])('%d of %d reads "%s" and %d %%', (score, max, text, percent) => {
    expect(marksText(score, max)).toBe(text)
    expect(percentOf(score, max)).toBe(percent)
  })

  it('rounds sums of thirds that land a hair under a whole number', () => {
    expect(formatMarks(1 / 3 + 1 / 3 + 1 / 3)).toBe('1')
    expect(isFullyRight({ score: 1 / 3 + 1 / 3 + 1 / 3, max: 1 })).toBe(true)
  })

  it('counts a half-credit retry in the marks but not among the questions fully right', () => {
    const sheet = markSheet([
      { score: 1, max: 1 },
      { score: 0.5, max: 1 },
      { score: 0, max: 1 },
      { score: 1, max: 1 },
    ])
    expect(sheet).toEqual({ score: 2.5, max: 4, percent: 63, fullyRight: 2, questions: 4 })
  })

  it('keeps the percentage between 0 and 100 and the marks within the maximum', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 6 }).map((sixths) => ({ score: sixths / 6, max: 1 }))),
        (results) => {
          const sheet = markSheet(results)
          expect(sheet.percent).toBeGreaterThanOrEqual(0)
          expect(sheet.percent).toBeLessThanOrEqual(100)
          expect(sheet.fullyRight).toBeLessThanOrEqual(sheet.questions)
          expect(Number(formatMarks(sheet.score))).toBeLessThanOrEqual(sheet.max)
        },
      ),
    )
  })
})
