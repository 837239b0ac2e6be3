import { describe, expect, it } from 'vitest'
import type { QuestionOf } from '../../../src/domain/bank/schema.ts'
import { orderingGrader as g } from '../../../src/domain/grading/ordering.ts'

const visits: QuestionOf<'ordering'> = {
  id: 'visits',
  type: 'ordering',
  prompt: "Put Assad's visits to Putin in order.",
  evidence: 'He also visited Putin in Moscow in October 2015.',
  items: ['Moscow', 'Sochi', 'Sochi'],
}
const four = { ...visits, items: ['a', 'b', 'c', 'd'] }

describe('ordering', () => {
  it.each([
    ['the right order', visits, ['Moscow', 'Sochi', 'Sochi'], 1, 'Correct'],
    ['all shifted', visits, ['Sochi', 'Sochi', 'Moscow'], 1 / 3, '1 of 3 in the right place'],
    ['two swapped', four, ['b', 'a', 'c', 'd'], 0.5, '2 of 4 in the right place'],
    ['reversed', four, ['d', 'c', 'b', 'a'], 0, '0 of 4 in the right place'],
    ['one in place', four, ['a', 'c', 'd', 'b'], 0.25, '1 of 4 in the right place'],
    ['too short a response', four, ['a'], 0.25, '1 of 4 in the right place'],
    ['an empty response', four, [], 0, '0 of 4 in the right place'],
  ])('%s', (_, q, r, score, detail) => {
    expect(g.grade(q, r, 'en')).toEqual({ score, max: 1, correct: score === 1, detail })
  })

  it('can always be submitted, even in the order first shown', () => {
    expect(g.check(four, ['d', 'c', 'b', 'a'], 'en')).toBeNull()
  })

  it('starts in the shown order, not the answer', () => {
    expect(g.blank(four, ['c', 'a', 'd', 'b'])).toEqual(['c', 'a', 'd', 'b'])
  })

  it('words answers as a sequence', () => {
    expect(g.correctAnswer(visits)).toBe('Moscow → Sochi → Sochi')
    expect(g.describe(visits, ['Sochi', 'Moscow', 'Sochi'])).toBe('Sochi → Moscow → Sochi')
    expect(g.describe(visits, [])).toBe('Left blank')
  })
})
