import { describe, expect, it } from 'vitest'
import type { QuestionOf } from '../../../src/domain/bank/schema.ts'
import { singleGrader as g } from '../../../src/domain/grading/single.ts'

const q: QuestionOf<'single'> = {
  id: 'who',
  type: 'single',
  prompt: 'Who said stability is improving?',
  evidence: 'Assad told Putin.',
  choices: ['Assad', 'Putin', 'Peskov'],
  answer: 'Assad',
}

describe('single', () => {
  it.each([
    ['the answer', 'Assad', 1, true, 'Correct'],
    ['another choice', 'Putin', 0, false, 'Incorrect'],
    ['text that is no choice', 'assad', 0, false, 'Incorrect'],
    ['nothing', null, 0, false, 'Left blank'],
  ])('grades %s', (_, r, score, correct, detail) => {
    expect(g.grade(q, r, 'en')).toEqual({ score, max: 1, correct, detail })
  })

  it('needs a choice before it can be submitted', () => {
    expect(g.check(q, null, 'en')).toBe('Choose an answer.')
    expect(g.check(q, 'Putin', 'en')).toBeNull()
  })

  it('starts blank and words answers', () => {
    expect(g.blank(q)).toBeNull()
    expect(g.correctAnswer(q)).toBe('Assad')
    expect(g.describe(q, 'Putin')).toBe('Putin')
    expect(g.describe(q, null)).toBe('Left blank')
  })

  it.each([
    [null, true],
    ['Assad', true],
    [true, false],
    [['Assad'], false],
    [undefined, false],
  ])('isResponse(%j) is %s', (r, ok) => {
    expect(g.isResponse(r)).toBe(ok)
  })
})
