import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { Question } from '../../../src/domain/bank/schema.ts'
import { markParts, passLine, totalWords } from '../../../src/domain/quiz/pass-line.ts'
import { percentOf } from '../../../src/domain/quiz/marks.ts'

const base = { prompt: 'Which?' }
const whole = (i: number): Question => ({
  ...base,
  id: `w${i}`,
  type: 'single',
  choices: ['A', 'B'],
  answer: 'A',
})
const letters = (n: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(65 + i))
/** A question whose one mark is shared out in `parts`: matching, ordering or several right ticks. */
const split = (i: number, parts: number, type = i % 3): Question =>
  type === 0
    ? {
        ...base,
        id: `m${i}`,
        type: 'matching',
        pairs: letters(parts).map((l) => ({ left: l, right: l.toLowerCase() })),
      }
    : type === 1
      ? { ...base, id: `o${i}`, type: 'ordering', items: letters(parts) }
      : {
          ...base,
          id: `t${i}`,
          type: 'multiple',
          choices: [...letters(parts), 'Z'],
          answers: letters(parts),
        }
const set = (wholes: number, parts: readonly number[]): Question[] => [
  ...Array.from({ length: wholes }, (_, i) => whole(i)),
  ...parts.map((p, i) => split(i, p)),
]
const line = (questions: Question[], passMark: number) => {
  const t = passLine(questions, passMark)
  return t && totalWords(t)
}

describe('the pass line of a printed answer key', () => {
  it.each([
    // 70 % of 7 is 4.9: whole marks only reach 5.
    [set(7, []), 0.7, '5'],
    [set(10, []), 0.7, '7'],
    [set(4, []), 0.5, '2'],
    [set(3, []), 1, '3'],
    [set(3, []), 0, '0'],
    // Halves and thirds: 4 1/2, 4 2/3 and 4 5/6 are under 4.9; nothing between 4.9 and 5.
    [set(5, [2, 3]), 0.7, '5'],
    // Tenths: 4.9 itself can be reached, and "5 or more" would fail a student who passed.
    [set(6, [10]), 0.7, '4.9'],
    // Thirds: 70 % of 5 is 3.5; 3 2/3 is the lowest total above it.
    [set(4, [3]), 0.7, '3 2/3'],
    [set(3, [4, 4]), 0.65, '3.25'],
    // A lone question in three parts: 2/3 passes at 60 %.
    [set(0, [3]), 0.6, '2/3'],
    // At 2/3 exactly, 2 of 3 passes, as the app's percentage says it does.
    [set(3, []), 2 / 3, '2'],
  ])('%#: at %d, %s marks or more', (questions, passMark, words) => {
    expect(line(questions, passMark)).toBe(words)
  })

  it('splits a question as its grader does', () => {
    expect(markParts(split(0, 4, 0))).toBe(4)
    expect(markParts(split(0, 5, 1))).toBe(5)
    expect(markParts(split(0, 3, 2))).toBe(3)
    expect(markParts(whole(0))).toBe(1)
  })

  it('is the lowest total a student can reach that the app counts as a pass', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 4 }),
        fc.array(fc.integer({ min: 2, max: 5 }), { maxLength: 3 }),
        fc.integer({ min: 0, max: 100 }),
        (wholes, parts, percent) => {
          fc.pre(wholes + parts.length > 0)
          const questions = set(wholes, parts)
          const passMark = percent / 100
          // Every total a student can score, question by question, from the graders' shares.
          let totals = [0]
          for (const q of questions) {
            const d = markParts(q)
            totals = totals.flatMap((t) => Array.from({ length: d + 1 }, (_, k) => t + k / d))
          }
          const passing = (t: number) =>
            percentOf(t, questions.length, passMark) >= passMark * 100 - 1e-9
          const t = passLine(questions, passMark)
          expect(t).toBeDefined()
          const found = t!.parts / t!.per
          expect(totals.some((x) => Math.abs(x - found) < 1e-9)).toBe(true)
          expect(passing(found)).toBe(true)
          expect(totals.filter((x) => x < found - 1e-9).some(passing)).toBe(false)
        },
      ),
    )
  })

  it('gives up, rather than the page, on totals split too finely to look through', () => {
    const primes = [101, 103, 107, 109]
    expect(passLine(set(2, primes), 0.7)).toBeUndefined()
  })
})
