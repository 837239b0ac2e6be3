import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { passMarkProblem } from '../../../src/domain/bank/pass-mark.ts'
import { percentOf } from '../../../src/domain/quiz/marks.ts'

describe('a pass mark no whole percent can show', () => {
  it.each([
    [
      0.01,
      '0.01 is over 0 and at most 0.01: scores show in whole per cent, so at a pass mark of 1% a pass and a fail would both show as 1%; use 0 to pass everyone, or 0.02',
    ],
    [
      0.005,
      '0.005 is over 0 and at most 0.01: scores show in whole per cent, so at a pass mark of 0.5% a pass and a fail would both show as 1%; use 0 to pass everyone, or 0.02',
    ],
    [
      0.995,
      '0.995 is between 0.99 and 1: scores show in whole per cent, so at a pass mark of 99.5% a pass and a fail would both show as 99%; use 0.99, or 1 to pass only with full marks',
    ],
    [0, undefined],
    [0.015, undefined],
    [0.7, undefined],
    [0.99, undefined],
    [1, undefined],
  ])('%d: %s', (passMark, problem) => {
    expect(passMarkProblem(passMark)).toBe(problem)
  })

  it('lets through only pass marks at which every score shows on its side of the pass mark', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.nat(2400),
        fc.integer({ min: 0, max: 10_000 }),
        (max, earned, hundredths) => {
          const passMark = hundredths / 10_000
          fc.pre(passMarkProblem(passMark) === undefined)
          const score = Math.min(earned, max * 6) / 6
          const passed = score / max + 1e-9 >= passMark
          expect(percentOf(score, max, passMark) >= passMark * 100 - 1e-9).toBe(passed)
        },
      ),
      // 0.5 of 60 marks failed a 1 % pass mark and showed 1 %.
      { examples: [[60, 3, 100]] },
    )
  })
})
