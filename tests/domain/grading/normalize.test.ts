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
    ['website of the Kremlin', 'website of kremlin'],
    ['Vitamin A', 'vitamin a'],
    ['the the', 'the'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(answerKey(input)).toBe(expected)
  })

  // Words as a student types them: "the" among them, and little words that do tell answers apart.
  const word = fc.constantFrom('the', 'The', 'a', 'of', 'in', 'kremlin', 'website', 'vitamin', 'x')
  const answer = fc.array(word, { minLength: 1, maxLength: 6 })
  /** What is left of an answer once only "the" is taken out of it, after its leading words. */
  function withoutThe(words: string[]): string {
    const key = normalizeAnswer(words.join(' ')).split(' ')
    let first = 0
    while (first < key.length - 1 && ['the', 'a', 'an', 'in', 'on', 'at'].includes(key[first]!))
      first++
    const kept = key.slice(first)
    const said = kept.filter((w) => w !== 'the')
    return (said.length > 0 ? said : kept).join(' ')
  }

  it('gives the same key with or without "the" anywhere, and keeps every other word', () => {
    fc.assert(
      fc.property(answer, fc.array(fc.nat(6), { maxLength: 3 }), (words, at) => {
        // An answer of nothing but little words keeps its last, whichever that is.
        fc.pre(words.some((w) => !['the', 'a', 'in'].includes(w.toLowerCase())))
        const more = [...words]
        for (const i of at) more.splice(Math.min(i, more.length), 0, 'the')
        expect(answerKey(more.join(' '))).toBe(answerKey(words.join(' ')))
        expect(answerKey(words.join(' '))).toBe(withoutThe(words))
      }),
    )
  })

  it('tells apart two answers that differ in any word but "the" after their leading words', () => {
    fc.assert(
      fc.property(answer, answer, (a, b) => {
        fc.pre(withoutThe(a) !== withoutThe(b))
        expect(answerKey(a.join(' '))).not.toBe(answerKey(b.join(' ')))
      }),
    )
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
