/** A question's first words quoted in an import message: cut after a whole word, never longer than asked. */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { clipWords } from '../../../src/domain/text/clip-words.ts'

/** Texts of words and spaces, some words long, as prompts and answers are. */
const words = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: fc.constantFrom('a', 'é', ' ', '\n', '\t'), maxLength: 80 }),
  fc.string({ unit: fc.constantFrom('a', 'a', 'a', 'a', 'a', ' ', '😀'), maxLength: 80 }),
  fc.array(fc.stringMatching(/^[a-z]{1,20}$/), { maxLength: 12 }).map((ws) => ws.join(' ')),
)

describe('clipWords', () => {
  it.each([
    ['Describe what Assad said about stability in Syria.', 40, 'Describe what Assad said about…'],
    ['Describe the way he came', 14, 'Describe the…'],
    ['Describe the way he came', 13, 'Describe the…'],
    ['Describe the way he came', 16, 'Describe the…'],
    ['Describe the way he came', 17, 'Describe the way…'],
    ['Sochi', 5, 'Sochi'],
    ['Sochi talks', 4, 'Soc…'],
    ['Sochi talks', 7, 'Sochi…'],
    ['   ', 2, '…'],
    ['Great 😀 work', 8, 'Great…'],
    ['See https://example.org/assad-sochi', 20, 'See https://example…'],
    ['Assad', 1, '…'],
  ])('cuts %j to %i characters as %j', (text, max, cut) => {
    expect(clipWords(text, max)).toBe(cut)
  })

  it('keeps a text that fits, and cuts the rest to at most `max`, after a whole word unless the word cut is over 15 characters or the text has no word before it', () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 1, max: 100 }), (text, max) => {
        const out = clipWords(text, max)
        expect(out.length).toBeLessThanOrEqual(max)
        if (text.length <= max) {
          expect(out).toBe(text)
          return
        }
        expect(out).toMatch(/…$/)
        expect(out).not.toMatch(/\s…$/)
        const kept = out.slice(0, -1)
        expect(text.startsWith(kept)).toBe(true)
        const rest = text.slice(kept.length)
        if (/^\S/.test(rest) && /\S$/.test(kept) && /\S\s/.test(kept)) {
          // Cut inside a word that follows another: a long one.
          const word = /\S+$/.exec(kept)![0] + /^\S+/.exec(rest)![0]
          expect(word.length).toBeGreaterThan(15)
        }
      }),
    )
  })
})
