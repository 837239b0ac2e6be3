import { describe, expect, it } from 'vitest'
import type { QuestionOf } from '../../../src/domain/bank/schema.ts'
import { numericGrader as g } from '../../../src/domain/grading/numeric.ts'

const year: QuestionOf<'numeric'> = {
  id: 'year',
  type: 'numeric',
  prompt: 'In which year did Russia enter the conflict?',
  evidence: "Russia's entry into the conflict in 2015 turned the tide.",
  answer: 2015,
}
const around = (answer: number, tolerance: number, unit?: string): QuestionOf<'numeric'> => ({
  ...year,
  answer,
  tolerance,
  ...(unit && { unit }),
})

describe('numeric', () => {
  it.each([
    ['exact', year, '2015', 'en', true],
    ['padded', year, ' 2015 ', 'en', true],
    ['grouped in en', year, '2,015', 'en', true],
    ['grouped in de', year, '2.015', 'de', true],
    ['a German decimal', year, '2,015', 'de', false],
    ['off by one, no tolerance', year, '2014', 'en', false],
    ['at +tolerance', around(100, 5), '105', 'en', true],
    ['at −tolerance', around(100, 5), '95', 'en', true],
    ['just beyond +tolerance', around(100, 5), '105.001', 'en', false],
    ['just beyond −tolerance', around(100, 5), '94.999', 'en', false],
    ['at a fractional tolerance edge', around(0.3, 0.1), '0.2', 'en', true],
    ['at a fractional tolerance edge, above', around(0.3, 0.1), '0.4', 'en', true],
    ['beyond a fractional tolerance', around(0.3, 0.1), '0.41', 'en', false],
    ['a float that is not quite 0.3', around(0.1 + 0.2, 0), '0.3', 'en', true],
    ['negative', around(-3, 0), '-3', 'en', true],
    ['a German decimal answer', around(2.5, 0), '2,5', 'de', true],
    // The unit printed beside the box, typed as well: the number is what is marked.
    ['with its unit', around(7, 0, 'years'), '7 years', 'en', true],
    ['with its unit, no space, another case', around(7, 0, 'years'), '7Years', 'en', true],
    ['with its unit in the singular', around(1, 0, 'years'), '1 year', 'en', true],
    ['a wrong number with its unit', around(7, 0, 'years'), '8 years', 'en', false],
    ['with a unit that is a sign', around(50, 0, '%'), '50%', 'en', true],
    // "In what year…?" answered as it is asked: the leading word goes, as in a short answer.
    ['after “in”', year, 'in 2015', 'en', true],
    ['after “In”, with its unit', around(7, 0, 'years'), 'In 7 years', 'en', true],
    ['a wrong number after “in”', year, 'in 2014', 'en', false],
  ])('%s', (_, q, r, locale, correct) => {
    expect(g.grade(q, r, locale)).toEqual({
      score: correct ? 1 : 0,
      max: 1,
      correct,
      detail: correct ? 'Correct' : 'Incorrect',
    })
  })

  it.each([
    ['', 'en', 'Type a number, like 2015.', 'Left blank'],
    ['twenty', 'en', '"twenty" is not a number. Type digits, like 2015.', 'Not a number'],
    ['2015abc', 'en', '"2015abc" is not a number. Type digits, like 2015.', 'Not a number'],
    ['in twenty', 'en', '"in twenty" is not a number. Type digits, like 2015.', 'Not a number'],
  ])('rejects %j before grading', (r, locale, message, detail) => {
    expect(g.check(year, r, locale)).toBe(message)
    expect(g.grade(year, r, locale)).toEqual({ score: 0, max: 1, correct: false, detail })
  })

  it('accepts a number for submission', () => {
    expect(g.check(year, '2,015', 'en')).toBeNull()
  })

  it('words answers with tolerance and unit', () => {
    expect(g.blank(year)).toBe('')
    expect(g.correctAnswer(year)).toBe('2015')
    expect(g.correctAnswer(around(40, 2, 'km'))).toBe('40 km (±2)')
    expect(g.describe(around(40, 2, 'km'), ' 41 ')).toBe('41 km')
    expect(g.describe(year, '  ')).toBe('Left blank')
    expect(g.isResponse(2015)).toBe(false)
  })
})
