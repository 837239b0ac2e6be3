import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { QuestionOf } from '../../../src/domain/bank/schema.ts'
import { displayOrder, scramble } from '../../../src/domain/quiz/shown.ts'
import { createRandom } from '../../../src/domain/quiz/random.ts'
import { createSession } from '../../../src/domain/quiz/session.ts'
import { defaultOptions } from '../../../src/domain/quiz/options.ts'
import { questionOf } from '../grading/arbitraries.ts'
import { gradeQuestion } from '../../../src/domain/grading/registry.ts'
import { at, quizBank, questions } from './bank.ts'

const sorted = (xs: readonly string[] | undefined): string[] => [...(xs ?? [])].sort()
const notAllSame = (xs: readonly string[]): boolean => new Set(xs).size > 1

describe('displayOrder', () => {
  it('keeps choices in bank order when not shuffling', () => {
    expect(displayOrder(questions.who, 's', false)).toEqual(questions.who.choices)
    expect(displayOrder(questions.critics, 's', false)).toEqual(questions.critics.choices)
  })

  it('shuffles choices into a permutation when asked', () => {
    fc.assert(
      fc.property(questionOf.single, fc.string(), (q, seed) => {
        expect(sorted(displayOrder(q, seed, true))).toEqual(sorted(q.choices))
      }),
    )
  })

  it('offers each matching right side once, sorted when not shuffling so pair order does not leak', () => {
    const q: QuestionOf<'matching'> = {
      ...questions.quotes,
      pairs: [
        { left: 'a', right: 'Putin' },
        { left: 'b', right: 'Assad' },
        { left: 'c', right: 'Putin' },
      ],
    }
    expect(displayOrder(q, 's', false)).toEqual(['Assad', 'Putin'])
    expect(sorted(displayOrder(q, 's', true))).toEqual(['Assad', 'Putin'])
  })

  it('has nothing to order for true/false, numeric and short questions', () => {
    for (const q of [questions.announced, questions.year, questions.spokesman]) {
      expect(displayOrder(q, 's', true)).toBeUndefined()
    }
  })

  it('never shows an ordering question already in the right order, for any seed', () => {
    fc.assert(
      fc.property(questionOf.ordering, fc.string(), fc.boolean(), (q, seed, shuffleChoices) => {
        fc.pre(notAllSame(q.items))
        const shown = displayOrder(q, seed, shuffleChoices)
        expect(sorted(shown)).toEqual(sorted(q.items))
        expect(shown).not.toEqual(q.items)
      }),
      { numRuns: 1000 },
    )
  })

  it('never starts an ordering question with an item in its place, so Check alone earns nothing', () => {
    fc.assert(
      fc.property(questionOf.ordering, fc.string(), (q, seed) => {
        fc.pre(new Set(q.items).size === q.items.length)
        const shown = displayOrder(q, seed, true)!
        shown.forEach((item, i) => expect(item).not.toBe(q.items[i]))
        expect(gradeQuestion(q, shown, 'en').score).toBe(0)
      }),
      { numRuns: 1000 },
    )
  })

  it('never shows the two-item ordering question solved (the shuffle keeps order half the time)', () => {
    const q: QuestionOf<'ordering'> = { ...questions.visits, items: ['first', 'second'] }
    for (let i = 0; i < 200; i++)
      expect(displayOrder(q, `s${i}`, true)).toEqual(['second', 'first'])
  })

  it('depends only on the seed and the question, not on the rest of the quiz', () => {
    const all = createSession(quizBank(), { ...defaultOptions }, 'seed', at())
    const few = createSession(quizBank(['visits', 'who']), { ...defaultOptions }, 'seed', at())
    expect(few.shown.visits).toEqual(all.shown.visits)
    expect(few.shown.who).toEqual(all.shown.who)
  })
})

describe('scramble', () => {
  it('can do nothing for items that are all alike', () => {
    expect(scramble(['x', 'x', 'x'], createRandom('s'))).toEqual(['x', 'x', 'x'])
  })
})
