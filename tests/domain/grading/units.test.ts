import { describe, expect, it } from 'vitest'
import { withoutUnit, withUnit } from '../../../src/domain/grading/units.ts'
import { numericGrader } from '../../../src/domain/grading/numeric.ts'
import type { QuestionOf } from '../../../src/domain/bank/schema.ts'

describe('withUnit', () => {
  it.each([
    ['1', 'days', '1 day'],
    ['-1', 'years', '-1 year'],
    ['1.0', 'hours', '1.0 hour'],
    ['1', 'centuries', '1 century'],
    ['2', 'days', '2 days'],
    ['1,000', 'days', '1,000 days'],
    ['1,0', 'days', '1,0 day'],
    ['0', 'days', '0 days'],
    ['1.5', 'days', '1.5 days'],
    ['10', 'days', '10 days'],
    ['1', 'km', '1 km'],
    ['1', 'people', '1 people'],
    ['1', 'mph', '1 mph'],
    ['1', 'bus', '1 bus'],
    ['1', 'glass', '1 glass'],
    ['1', 'metres per second', '1 metres per second'],
    ['3', undefined, '3'],
  ])('writes %s with %s as "%s"', (amount, unit, text) => {
    expect(withUnit(amount, unit)).toBe(text)
  })
})

describe('withoutUnit', () => {
  it.each([
    ['7 years', 'years', '7'],
    ['7years', 'years', '7'],
    ['1 Year', 'years', '1'],
    ['2.5 km', 'km', '2.5'],
    ['50 %', '%', '50'],
    // Another unit, or words, stay, so the box refuses them as not a number.
    ['7 months', 'years', '7 months'],
    ['years', 'years', 'years'],
    ['seven years', 'years', 'seven years'],
    ['7', undefined, '7'],
  ])('takes "%s" with unit %s as "%s"', (typed, unit, number) => {
    expect(withoutUnit(typed, unit)).toBe(number)
  })
})

describe('the numeric answer in words', () => {
  const q: QuestionOf<'numeric'> = {
    id: 'gap',
    type: 'numeric',
    prompt: 'How many days before that did the meeting take place?',
    answer: 1,
    unit: 'days',
    evidence: 'x',
  }

  it('says "1 day", not "1 days", for the right answer and for a typed one', () => {
    expect(numericGrader.correctAnswer(q)).toBe('1 day')
    expect(numericGrader.describe(q, ' 1 ')).toBe('1 day')
    expect(numericGrader.describe(q, '2')).toBe('2 days')
    expect(numericGrader.correctAnswer({ ...q, answer: 3, tolerance: 1 })).toBe('3 days (±1)')
  })
})
