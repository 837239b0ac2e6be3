import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { parseNumber } from '../../../src/domain/grading/number-input.ts'

describe('parseNumber accepts', () => {
  it.each([
    ['2015', 'en', 2015],
    [' 2015 ', 'en', 2015],
    ['-3', 'en', -3],
    ['+3', 'en', 3],
    ['−3', 'en', -3],
    ['2.5', 'en', 2.5],
    ['.5', 'en', 0.5],
    ['5.', 'en', 5],
    ['2,015', 'en', 2015],
    ['1,234,567.25', 'en', 1234567.25],
    ['2,015', 'de', 2.015],
    ['2,5', 'de', 2.5],
    ['2.015', 'de', 2015],
    ['1.234.567,5', 'de', 1234567.5],
    ['12 345,5', 'fr', 12345.5],
    ['12\u202f345', 'fr', 12345],
    ["12'345.5", 'de-CH', 12345.5],
    ['12,34,567', 'en-IN', 1234567],
    ['2015', 'ar-EG', 2015],
    ['2,015', 'not a locale!', 2015],
  ])('%j in %s → %d', (text, locale, value) => {
    expect(parseNumber(text, locale)).toEqual({ ok: true, value })
  })
})

describe('parseNumber rejects', () => {
  it.each([
    ['', 'en', 'Type a number, like 2015.'],
    ['   ', 'en', 'Type a number, like 2015.'],
    ['twenty', 'en', '"twenty" is not a number. Type digits, like 2015.'],
    ['2015abc', 'en', '"2015abc" is not a number. Type digits, like 2015.'],
    ['1e3', 'en', '"1e3" is not a number. Type digits, like 2015.'],
    ['1,2,3', 'en', 'Check the separators in "1,2,3": write numbers like 12,345 or 2.5.'],
    ['2,5', 'en', 'Check the separators in "2,5": write numbers like 12,345 or 2.5.'],
    ['1.2.3', 'en', 'Check the separators in "1.2.3": write numbers like 12,345 or 2.5.'],
    ['2.5', 'de', 'Check the separators in "2.5": write numbers like 12.345 or 2,5.'],
    ['1234,567', 'en', 'Check the separators in "1234,567": write numbers like 12,345 or 2.5.'],
    [
      '123,45,678',
      'en-IN',
      'Check the separators in "123,45,678": write numbers like 12,345 or 2.5.',
    ],
    ['.', 'en', '"." is not a number. Type digits, like 2015.'],
    ['-', 'en', '"-" is not a number. Type digits, like 2015.'],
    ['9'.repeat(400), 'en', 'That is too long to be a number. Type digits, like 2015.'],
    ['1,234'.repeat(13), 'en', 'That is too long to be a number. Type digits, like 2015.'],
    [
      '1,2'.repeat(21),
      'en',
      `Check the separators in "${'1,2'.repeat(21)}": write numbers like 12,345 or 2.5.`,
    ],
  ])('%j in %s', (text, locale, message) => {
    expect(parseNumber(text, locale)).toEqual({ ok: false, message })
  })
})

describe('parseNumber on a 100 000-character answer (issue 10: it took 5.5 s)', () => {
  it.each([
    ['digits, then a letter', `${'1'.repeat(100_000)}x`],
    ['digits and spaces, then a letter', `${'1 '.repeat(50_000)}x`],
    ['separators only', ',.'.repeat(50_000)],
  ])('%s: refused at once, without quoting it', (_, text) => {
    const result = parseNumber(text, 'en')
    expect(result).toEqual({
      ok: false,
      message: 'That is too long to be a number. Type digits, like 2015.',
    })
  })
})

describe('parseNumber properties', () => {
  const locales = fc.constantFrom('en', 'de', 'fr', 'en-IN', 'de-CH', 'es')

  it('reads back any number the locale itself formats', () => {
    fc.assert(
      fc.property(
        locales,
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.boolean(),
        (locale, n, grouped) => {
          const text = new Intl.NumberFormat(locale, {
            maximumFractionDigits: 6,
            useGrouping: grouped,
          }).format(n)
          // The same digits written the plain way must give the very same double.
          const plain = new Intl.NumberFormat('en', {
            maximumFractionDigits: 6,
            useGrouping: false,
          }).format(n)
          expect(parseNumber(text, locale)).toEqual({ ok: true, value: Number(plain) })
        },
      ),
    )
  })

  it('never throws and only returns finite numbers', () => {
    fc.assert(
      fc.property(fc.string(), locales, (text, locale) => {
        const parsed = parseNumber(text, locale)
        if (parsed.ok) expect(Number.isFinite(parsed.value)).toBe(true)
        else expect(parsed.message.length).toBeGreaterThan(0)
      }),
    )
  })
})
