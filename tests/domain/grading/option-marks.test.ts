import { describe, expect, it } from 'vitest'
import type { Question } from '../../../src/domain/bank/schema.ts'
import { optionMarks, placeMarks, positionMarks } from '../../../src/domain/grading/option-marks.ts'

const base = { prompt: 'p', evidence: 'e' }
const multiple: Question = {
  ...base,
  id: 'm',
  type: 'multiple',
  choices: ['US', 'EU', 'Syria', 'Iran'],
  answers: ['US', 'EU', 'Iran'],
}

describe('marks in place', () => {
  it('ticks right choices, crosses wrong ones and names the right ones left blank', () => {
    expect(optionMarks(multiple, ['US', 'Syria'])).toEqual({
      US: 'right',
      Syria: 'wrong',
      EU: 'missed',
      Iran: 'missed',
    })
  })

  const single: Question = { ...base, id: 's', type: 'single', choices: ['A', 'B'], answer: 'A' }
  const truefalse: Question = { ...base, id: 't', type: 'truefalse', answer: false }
  it.each([
    [single, 'B', { A: 'missed', B: 'wrong' }],
    [single, 'A', { A: 'right' }],
    [truefalse, true, { True: 'wrong', False: 'missed' }],
  ])('marks %#', (q, response, marks) => {
    expect(optionMarks(q, response)).toEqual(marks)
  })

  it('marks each matching row and each ordering position with what belongs there', () => {
    const matching: Question = {
      ...base,
      id: 'x',
      type: 'matching',
      pairs: [
        { left: 'Assad', right: 'Syria' },
        { left: 'Putin', right: 'Russia' },
      ],
    }
    expect(placeMarks(matching, { Assad: 'Syria', Putin: 'Syria' })).toEqual({
      Assad: { mark: 'right', expected: 'Syria' },
      Putin: { mark: 'wrong', expected: 'Russia' },
    })
    // A row left without a match (a test handed in part done) was not answered wrong: missed.
    expect(placeMarks(matching, { Assad: '', Putin: 'Russia' })).toEqual({
      Assad: { mark: 'missed', expected: 'Syria' },
      Putin: { mark: 'right', expected: 'Russia' },
    })
    const ordering: Question = { ...base, id: 'o', type: 'ordering', items: ['a', 'b', 'c'] }
    expect(placeMarks(ordering, ['a', 'c', 'b'])).toEqual({
      a: { mark: 'right', expected: 'a' },
      c: { mark: 'wrong', expected: 'b' },
      b: { mark: 'wrong', expected: 'c' },
    })
  })

  it.each<[string[], string[]]>([
    [
      ['a', 'b', 'c'],
      ['right', 'right', 'right'],
    ],
    [
      ['c', 'b', 'a'],
      ['wrong', 'right', 'wrong'],
    ],
    // A repeated item is marked at each of its places, not once by its text.
    [
      ['Sochi', 'Moscow', 'Sochi'],
      ['wrong', 'wrong', 'right'],
    ],
  ])('marks ordering %j per position: %j', (response, expected) => {
    const items = response.includes('Sochi') ? ['Moscow', 'Sochi', 'Sochi'] : ['a', 'b', 'c']
    const ordering: Question = { ...base, id: 'o', type: 'ordering', items }
    expect(positionMarks(ordering, response).map((m) => m.mark)).toEqual(expected)
    expect(positionMarks(ordering, null)).toEqual([])
  })
})
