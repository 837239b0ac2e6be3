import { describe, expect, it } from 'vitest'
import { acceptedForms, MAX_OPTIONAL_PARTS } from '../../../src/domain/grading/accepted.ts'

describe('optional parts of an accepted answer', () => {
  it.each([
    ['Sochi', ['Sochi']],
    ['Sochi [Russia]', ['Sochi Russia', 'Sochi']],
    ['Sochi[, Russia]', ['Sochi, Russia', 'Sochi']],
    ['Thursday [17 May]', ['Thursday 17 May', 'Thursday']],
    ['[on] Thursday', ['on Thursday', 'Thursday']],
    ['Bashar [al-]Assad', ['Bashar al-Assad', 'Bashar Assad']],
    ['[Bashar] [al-]Assad', ['Bashar al-Assad', 'al-Assad', 'Bashar Assad', 'Assad']],
  ])('%j stands for %j, the fullest first', (pattern, forms) => {
    expect(acceptedForms(pattern)).toEqual({ ok: true, forms })
  })

  it.each([
    ['Sochi [Russia', /“\[” that is never closed with “\]” \(character 7\)/],
    ['Sochi] Russia', /“\]” with no “\[” before it \(character 6\)/],
    ['Sochi [[Russia]]', /inside another “\[…\]” \(character 8\): optional parts cannot be nested/],
    ['Sochi []', /empty optional part “\[\]” \(character 7\)/],
    ['Sochi [, ]', /empty optional part “\[, \]”/],
    ['[Sochi]', /optional as a whole: keep at least one word outside the \[ \]/],
    ['[in] [Sochi]', /optional as a whole/],
    [
      'a [b] [c] [d] [e] [f]',
      new RegExp(`5 optional parts in \\[ \\]: use at most ${MAX_OPTIONAL_PARTS}`),
    ],
  ])('%j is refused: %s', (pattern, problem) => {
    const read = acceptedForms(pattern)
    expect(read.ok).toBe(false)
    if (!read.ok) expect(read.problem).toMatch(problem)
  })
})
