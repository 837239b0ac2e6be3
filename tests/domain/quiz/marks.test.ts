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
    [14.5, 18, '14.5 of 18 marks', 80],
    [15, 18, '15 of 18 marks', 83],
    [1, 1, '1 of 1 mark', 100],
    [2 / 3, 1, '0.67 of 1 mark', 66],
    [12.5, 20, '12.5 of 20 marks', 62],
    [17.9, 18, '17.9 of 18 marks', 99],
    [7 / 3 + 7 / 3 + 7 / 3, 10, '7 of 10 marks', 70],
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
    expect(sheet).toEqual({ score: 2.5, max: 4, percent: 62, fullyRight: 2, questions: 4 })
  })

  it('shows a score as reaching a pass mark exactly when it does, and 100 % only for full marks', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.nat(400),
        fc.integer({ min: 1, max: 100 }),
        (max, earned, passPercent) => {
          const score = Math.min(earned, max * 6) / 6
          const shown = percentOf(score, max * 1)
          const passed = score / max + 1e-9 >= passPercent / 100
          expect(shown >= passPercent).toBe(passed)
          expect(shown === 100).toBe(isFullyRight({ score, max }))
        },
      ),
    )
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
