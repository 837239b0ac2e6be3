import { describe, expect, it } from 'vitest'
import { setMeta } from '../../../src/domain/bank/catalog.ts'
import { QUESTION_TYPES } from '../../../src/domain/bank/schema.ts'
import { bank, single } from '../../fixtures/banks.ts'

describe("a set's card facts", () => {
  it('count the question types in one order on every card, whatever order the set asks them', () => {
    const ordered = setMeta(
      bank({}, [
        { id: 'n1', type: 'truefalse', prompt: 'Assad flew to Sochi.', answer: true },
        { ...single, id: 'q1' },
        { id: 'n2', type: 'truefalse', prompt: 'Putin flew to Damascus.', answer: false },
        { ...single, id: 'q2' },
        { ...single, id: 'q3' },
      ]),
    )
    expect(ordered.typeCounts).toEqual([
      ['single', 3],
      ['truefalse', 2],
    ])
    expect(QUESTION_TYPES.indexOf('single')).toBeLessThan(QUESTION_TYPES.indexOf('truefalse'))
  })
})
