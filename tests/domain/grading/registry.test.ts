import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { QUESTION_TYPES, questionSchema, type Question } from '../../../src/domain/bank/schema.ts'
import {
  blankResponse,
  checkResponse,
  correctAnswerText,
  describeResponse,
  gradeQuestion,
  graders,
  isResponseFor,
} from '../../../src/domain/grading/registry.ts'
import { answered, locale, question } from './arbitraries.ts'

const single: Question = {
  id: 'q1',
  type: 'single',
  prompt: 'Who?',
  evidence: 'Assad told Putin.',
  choices: ['Assad', 'Putin'],
  answer: 'Assad',
}

describe('registry', () => {
  it('has a grader for every question type', () => {
    expect(Object.keys(graders).sort()).toEqual([...QUESTION_TYPES].sort())
  })

  it('dispatches on the question type', () => {
    expect(gradeQuestion(single, 'Assad', 'en').correct).toBe(true)
    expect(checkResponse(single, null, 'en')).toBe('Choose an answer.')
    expect(correctAnswerText(single)).toBe('Assad')
    expect(describeResponse(single, 'Putin')).toBe('Putin')
    expect(blankResponse(single)).toBeNull()
  })

  it('refuses a response of another type instead of guessing', () => {
    expect(isResponseFor(single, true)).toBe(false)
    expect(() => gradeQuestion(single, true, 'en')).toThrow(TypeError)
    expect(() => checkResponse(single, ['Assad'], 'en')).toThrow('q1')
  })

  it('generates only schema-valid questions', () => {
    fc.assert(
      fc.property(question, (q) => {
        expect(questionSchema.safeParse(q).success).toBe(true)
      }),
    )
  })

  it('keeps every score within 0..max for any question and response', () => {
    fc.assert(
      fc.property(answered, locale, ([q, r], loc) => {
        const result = gradeQuestion(q, r, loc)
        expect(result.max).toBe(1)
        expect(result.score).toBeGreaterThanOrEqual(0)
        expect(result.score).toBeLessThanOrEqual(result.max)
        expect(result.correct).toBe(result.score === result.max)
        expect(result.detail).not.toBe('')
        expect(describeResponse(q, r)).not.toBe('')
      }),
      { numRuns: 500 },
    )
  })

  it('scores a blank response 0 and a right answer full marks', () => {
    fc.assert(
      fc.property(question, (q) => {
        if (q.type !== 'ordering') expect(gradeQuestion(q, blankResponse(q), 'en').score).toBe(0)
        expect(isResponseFor(q, blankResponse(q))).toBe(true)
      }),
    )
  })
})
