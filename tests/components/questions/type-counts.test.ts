/** How a set's questions are counted by type on its card, its shared page and an import. */
import { describe, expect, it } from 'vitest'
import {
  countTypes,
  questionCount,
  typeCount,
  typeCounts,
} from '../../../src/domain/bank/type-names.ts'
import { QUESTION_TYPES } from '../../../src/domain/bank/schema.ts'

describe('counting questions by type', () => {
  it.each([
    ['single', '1 single choice', '5 single choice'],
    ['multiple', '1 multiple choice', '2 multiple choice'],
    ['truefalse', '1 true/false', '3 true/false'],
    ['numeric', '1 number question', '5 number questions'],
    ['short', '1 short answer', '2 short answers'],
    ['ordering', '1 ordering question', '2 ordering questions'],
    ['matching', '1 matching question', '2 matching questions'],
  ] as const)('names %s questions for one and for several', (type, one, many) => {
    expect(typeCount(type, 1)).toBe(one)
    expect(typeCount(type, Number(many.split(' ')[0]))).toBe(many)
  })

  it('has a wording for every type', () => {
    for (const type of QUESTION_TYPES) expect(typeCount(type, 2)).toMatch(/^2 \S/)
  })

  it('lists a set in the library’s order, whatever order its questions come in', () => {
    const questions = [
      { type: 'numeric' },
      { type: 'single' },
      { type: 'numeric' },
      { type: 'ordering' },
    ] as const
    expect(typeCounts(countTypes(questions))).toBe(
      '1 single choice, 2 number questions, 1 ordering question',
    )
  })

  it('says “1 question”, not “1 questions”', () => {
    expect(questionCount(1)).toBe('1 question')
    expect(questionCount(13)).toBe('13 questions')
  })
})
