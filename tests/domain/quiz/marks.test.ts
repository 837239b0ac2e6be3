import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  formatMarks,
  isFullyRight,
  markSheet,
  marksText,
  passMarkPercent,
  percentOf,
} from '../../../src/domain/quiz/marks.ts'

describe('the score vocabulary', () => {
  it.each([
    [14.5, 18, '14.5 of 18 marks', 81],
    [15, 18, '15 of 18 marks', 83],
    [1, 1, '1 of 1 mark', 100],
    [2 / 3, 1, '0.67 of 1 mark', 67],
    [12.5, 20, '12.5 of 20 marks', 63],
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
    expect(sheet).toEqual({ score: 2.5, max: 4, percent: 63, fullyRight: 2, questions: 4 })
  })

  it.each([
    ['2 of 3 to the nearest', 2, 3, undefined, 67],
    ['1 of 3 to the nearest', 1, 3, undefined, 33],
    ['a half up', 1, 8, undefined, 13],
    ['199 of 200: never 100 short of full marks', 199, 200, undefined, 99],
    ['1 of 300: never 0 for more than none', 1, 300, undefined, 1],
    ['1 of 201', 1, 201, undefined, 1],
    ['none', 0, 5, undefined, 0],
    ['full marks', 5, 5, undefined, 100],
    ['69.6 % with no pass mark', 69.6, 100, undefined, 70],
    ['69.6 % under a 70 % pass mark', 69.6, 100, 0.7, 69],
    ['69.5 % under a 70 % pass mark', 139, 200, 0.7, 69],
    ['70 % at a 70 % pass mark', 7, 10, 0.7, 70],
    ['2 of 3 under a 66.7 % pass mark', 2, 3, 0.667, 66],
    ['2 of 3 at a two-thirds pass mark', 2, 3, 2 / 3, 67],
    ['80.6 % over a 70 % pass mark', 14.5, 18, 0.7, 81],
    ['99.2 % passed at 99.1 %: still never 100', 128, 129, 0.991, 99],
  ])('%s: %d of %d → %d %%', (_name, score, max, passMark, percent) => {
    expect(percentOf(score, max, passMark)).toBe(percent)
  })

  it('shows a score as reaching a pass mark exactly when it does, 100 % only for full marks, 0 % only for none, and within 1 of the truth', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.nat(2400),
        // A pass mark of 1 % or less, or over 99 %, leaves no whole percent between it and none
        // or full marks (which win).
        fc.integer({ min: 11, max: 990 }),
        (max, earned, passTenths) => {
          const score = Math.min(earned, max * 6) / 6
          const passMark = passTenths / 1000
          const shown = percentOf(score, max, passMark)
          const passed = score / max + 1e-9 >= passMark
          expect(shown >= passMark * 100 - 1e-9).toBe(passed)
          expect(shown === 100).toBe(isFullyRight({ score, max }))
          expect(shown === 0).toBe(score === 0)
          expect(Math.abs(shown - (score / max) * 100)).toBeLessThan(1)
          // Away from the pass mark and the ends it is the nearest whole percent.
          const alone = percentOf(score, max)
          if (alone > 0 && alone < 100 && !(score === 0)) {
            const exact = (score / max) * 100
            if (exact >= 0.5 && exact < 99.5)
              expect(Math.abs(alone - exact)).toBeLessThanOrEqual(0.5 + 1e-9)
          }
        },
      ),
    )
  })

  it('writes a pass mark as typed, to hundredths, never under it: a score shown at or over it passed', () => {
    // 70.04 % read “70 %”, and 7 of 10 read “70 %”, failed; 66.67 % read “66.7 %”.
    const read = [0.7, 0.6667, 0.7004, 0.66666666, 0.70004, 0.07, 0.575, 0, 1].map(
      (p) => `${passMarkPercent(p)} %`,
    )
    expect(read).toEqual([
      '70 %',
      '66.67 %',
      '70.04 %',
      '66.67 %',
      '70.01 %',
      '7 %',
      '57.5 %',
      '0 %',
      '100 %',
    ])
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.nat(2400),
        // From 2 %: a score short of none shows at least 1 %; to 99 %: short of full marks, 99 %.
        fc.double({ min: 0.02, max: 0.99, noNaN: true }),
        (max, earned, passMark) => {
          const score = Math.min(earned, max * 6) / 6
          const passed = score / max + 1e-9 >= passMark
          expect(percentOf(score, max, passMark) >= passMarkPercent(passMark)).toBe(passed)
        },
      ),
      { examples: [[10, 42, 0.7004]] },
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
