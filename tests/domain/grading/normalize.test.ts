import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { normalizeAnswer } from '../../../src/domain/grading/normalize.ts'

describe('normalizeAnswer', () => {
  it.each([
    ['Dmítry  Peskov!', 'dmitry peskov'],
    ['Dmitry Peskov', 'dmitry peskov'],
    ["Putin's", 'putins'],
    ['Putin’s', 'putins'],
    ['  SOCHI \t\n ', 'sochi'],
    ['Beşar Esad', 'besar esad'],
    ['Ｐｕｔｉｎ', 'putin'],
    ['al-Assad', 'alassad'],
    ['$2,015', '2015'],
    ['«Kremlin»', 'kremlin'],
    ['', ''],
    ['?!…', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeAnswer(input)).toBe(expected)
  })

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const once = normalizeAnswer(s)
        expect(normalizeAnswer(once)).toBe(once)
      }),
    )
  })

  it('never leaves edge or doubled whitespace', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(normalizeAnswer(s)).not.toMatch(/^\s|\s$|\s\s/u)
      }),
    )
  })
})
