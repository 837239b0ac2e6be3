import { describe, expect, it } from 'vitest'
import type { QuestionOf } from '../../../src/domain/bank/schema.ts'
import { multipleGrader as g } from '../../../src/domain/grading/multiple.ts'

const q: QuestionOf<'multiple'> = {
  id: 'critics',
  type: 'multiple',
  prompt: 'Who criticised Russia?',
  evidence: 'Critics, among them the United States and European states, say…',
  choices: ['United States', 'European states', 'Syria', 'Iran', 'China'],
  answers: ['United States', 'European states'],
}

describe('multiple', () => {
  it.each([
    ['exactly the right set', ['European states', 'United States'], 1, true, 'Correct'],
    ['one of two right', ['United States'], 0.5, false, '1 of 2 right answers ticked'],
    [
      'both right and one wrong',
      ['United States', 'European states', 'Syria'],
      0.5,
      false,
      '2 of 2 right answers ticked, 1 wrong one',
    ],
    [
      'one right, one wrong: floor at 0',
      ['United States', 'Iran'],
      0,
      false,
      '1 of 2 right answers ticked, 1 wrong one',
    ],
    [
      'only wrong ones: floor at 0',
      ['Syria', 'Iran', 'China'],
      0,
      false,
      '0 of 2 right answers ticked, 3 wrong ones',
    ],
    [
      'everything ticked',
      ['United States', 'European states', 'Syria', 'Iran', 'China'],
      0,
      false,
      '2 of 2 right answers ticked, 3 wrong ones',
    ],
    [
      'a duplicate tick counts once',
      ['United States', 'United States'],
      0.5,
      false,
      '1 of 2 right answers ticked',
    ],
    ['nothing', [], 0, false, 'Left blank'],
  ])('%s', (_, r, score, correct, detail) => {
    expect(g.grade(q, r, 'en')).toEqual({ score, max: 1, correct, detail })
  })

  it('gives exactly full marks for thirds', () => {
    const thirds = { ...q, answers: ['United States', 'European states', 'Syria'] }
    expect(g.grade(thirds, ['Syria', 'United States', 'European states'], 'en').score).toBe(1)
    expect(g.grade(thirds, ['Syria', 'United States'], 'en').score).toBeCloseTo(2 / 3, 12)
  })

  it('needs a tick before it can be submitted', () => {
    expect(g.check(q, [], 'en')).toBe('Tick at least one answer.')
    expect(g.check(q, ['Iran'], 'en')).toBeNull()
  })

  it('words answers in the order the bank lists the choices', () => {
    expect(g.blank(q)).toEqual([])
    expect(g.correctAnswer(q)).toBe('United States; European states')
    expect(g.describe(q, ['Iran', 'United States'])).toBe('United States; Iran')
    expect(g.describe(q, [])).toBe('Left blank')
    expect(g.isResponse(['a', 1])).toBe(false)
  })
})
