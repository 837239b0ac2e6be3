import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { answerKey, normalizeAnswer } from '../../../src/domain/grading/normalize.ts'

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

describe('answerKey', () => {
  it.each([
    ['in Sochi', 'sochi'],
    ['On the Kremlin website.', 'kremlin website'],
    ['at an airport', 'airport'],
    ['A Black Sea resort', 'black sea resort'],
    ['Sochi in Russia', 'sochi in russia'],
    ['the', 'the'],
    ['in the', 'the'],
    ['Theresa', 'theresa'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(answerKey(input)).toBe(expected)
  })

  it('is idempotent and never empties an answer that has words', () => {
    const leading = fc.constantFrom('the', 'a', 'an', 'in', 'on', 'at', 'The', 'IN')
    const text = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc
        .tuple(fc.array(leading, { maxLength: 3 }), fc.string({ unit: 'grapheme' }))
        .map(([lead, rest]) => [...lead, rest].join(' ')),
    )
    fc.assert(
      fc.property(text, (s) => {
        const once = answerKey(s)
        expect(answerKey(once)).toBe(once)
        expect(once === '').toBe(normalizeAnswer(s) === '')
      }),
    )
  })
})
