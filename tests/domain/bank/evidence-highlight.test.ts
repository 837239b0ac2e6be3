import { describe, expect, it } from 'vitest'
import { evidenceHighlight } from '../../../src/domain/bank/evidence.ts'

describe('the evidence to highlight in the article', () => {
  it.each([
    [undefined, null],
    [[], null],
    ['One sentence.', ['One sentence.']],
    [
      ['First.', 'Second.'],
      ['First.', 'Second.'],
    ],
  ] as const)('for evidence %j is %j', (evidence, expected) => {
    expect(evidenceHighlight({ evidence: evidence as never })).toEqual(expected)
  })

  it('is a new list each time, so asking again scrolls back to the first quote', () => {
    const q = { evidence: ['First.', 'Second.'] }
    expect(evidenceHighlight(q)).not.toBe(evidenceHighlight(q))
  })
})
