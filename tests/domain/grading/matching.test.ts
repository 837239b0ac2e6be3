import { describe, expect, it } from 'vitest'
import type { QuestionOf } from '../../../src/domain/bank/schema.ts'
import { matchingGrader as g } from '../../../src/domain/grading/matching.ts'

const q: QuestionOf<'matching'> = {
  id: 'quotes',
  type: 'matching',
  prompt: 'Who said what?',
  evidence: 'Assad told Putin…',
  pairs: [
    { left: 'quote A', right: 'Assad' },
    { left: 'quote B', right: 'Putin' },
    { left: 'quote C', right: 'Assad' },
  ],
}

describe('matching', () => {
  it.each([
    ['all right', { 'quote A': 'Assad', 'quote B': 'Putin', 'quote C': 'Assad' }, 1, 'Correct'],
    [
      'two of three',
      { 'quote A': 'Assad', 'quote B': 'Assad', 'quote C': 'Assad' },
      2 / 3,
      '2 of 3 pairs matched',
    ],
    [
      'one, others blank',
      { 'quote A': 'Assad', 'quote B': '', 'quote C': '' },
      1 / 3,
      '1 of 3 pairs matched',
    ],
    [
      'none right',
      { 'quote A': 'Putin', 'quote B': 'Assad', 'quote C': 'Putin' },
      0,
      '0 of 3 pairs matched',
    ],
    ['nothing chosen', {}, 0, '0 of 3 pairs matched'],
    ['a left the question does not have', { 'quote Z': 'Assad' }, 0, '0 of 3 pairs matched'],
  ])('%s', (_, r, score, detail) => {
    expect(g.grade(q, r, 'en')).toEqual({ score, max: 1, correct: score === 1, detail })
  })

  it.each([
    [{ 'quote A': 'Assad', 'quote B': 'Putin', 'quote C': 'Putin' }, null],
    [{ 'quote A': 'Assad', 'quote B': '', 'quote C': 'Assad' }, 'Match every item (1 left).'],
    [{ 'quote A': 'Assad' }, 'Match every item (2 left).'],
    [{}, 'Match every item (3 left).'],
  ])('check %j', (r, message) => {
    expect(g.check(q, r, 'en')).toBe(message)
  })

  it('ignores inherited keys such as "constructor"', () => {
    const odd = {
      ...q,
      pairs: [
        { left: 'constructor', right: 'Assad' },
        { left: 'toString', right: 'Putin' },
      ],
    }
    expect(g.check(odd, {}, 'en')).toBe('Match every item (2 left).')
    expect(g.grade(odd, {}, 'en').score).toBe(0)
  })

  it('words answers', () => {
    expect(g.blank(q)).toEqual({ 'quote A': '', 'quote B': '', 'quote C': '' })
    expect(g.correctAnswer(q)).toBe('quote A → Assad; quote B → Putin; quote C → Assad')
    expect(g.describe(q, { 'quote A': 'Putin' })).toBe('quote A → Putin; quote B → —; quote C → —')
    expect(g.describe(q, g.blank(q))).toBe('Left blank')
    expect(g.isResponse({ a: 1 })).toBe(false)
    expect(g.isResponse(['a'])).toBe(false)
    expect(g.isResponse(null)).toBe(false)
  })
})
