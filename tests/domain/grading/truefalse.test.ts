import { describe, expect, it } from 'vitest'
import type { QuestionOf } from '../../../src/domain/bank/schema.ts'
import { trueFalseGrader as g } from '../../../src/domain/grading/truefalse.ts'

const q = (answer: boolean): QuestionOf<'truefalse'> => ({
  id: 'announced',
  type: 'truefalse',
  prompt: 'The meeting was announced in advance.',
  evidence: 'The meeting had not been announced in advance.',
  answer,
})

describe('truefalse', () => {
  it.each([
    [false, false, 1, 'Correct'],
    [false, true, 0, 'Incorrect'],
    [true, true, 1, 'Correct'],
    [true, false, 0, 'Incorrect'],
    [false, null, 0, 'Left blank'],
  ])('answer %s, response %s → %d', (answer, r, score, detail) => {
    expect(g.grade(q(answer), r, 'en')).toEqual({ score, max: 1, correct: score === 1, detail })
  })

  it('needs True or False before it can be submitted', () => {
    expect(g.check(q(true), null, 'en')).toBe('Choose True or False.')
    expect(g.check(q(true), false, 'en')).toBeNull()
  })

  it('words answers', () => {
    expect(g.blank(q(true))).toBeNull()
    expect(g.correctAnswer(q(true))).toBe('True')
    expect(g.correctAnswer(q(false))).toBe('False')
    expect(g.describe(q(true), false)).toBe('False')
    expect(g.describe(q(true), null)).toBe('Left blank')
    expect(g.isResponse('true')).toBe(false)
  })
})
