/** Values quoted in messages, cut short: never longer than asked, never a space before the "…". */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { clip } from '../../../src/domain/text/clip.ts'

/** Texts of words and spaces, line breaks and tabs among them, as prompts and answers are. */
const words = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: fc.constantFrom('a', 'é', ' ', '\n', '\t'), maxLength: 80 }),
  fc.string({ unit: fc.constantFrom('a', ' ', '😀', '𝒳', '👍🏽'), maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
)

/** Half of a surrogate pair without its other half, which shows as "�". */
const loneHalf = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

describe('clip', () => {
  it.each([
    ['Describe the way he came', 14, 'Describe the…'],
    ['Describe the way he came', 13, 'Describe the…'],
    ['Describe  \n the way', 12, 'Describe…'],
    ['Sochi', 5, 'Sochi'],
    ['Sochi talks', 4, 'Soc…'],
    ['   ', 2, '…'],
    ['Great 😀 work', 8, 'Great…'],
    ['Great😀 work', 7, 'Great…'],
    ['Great😀 work', 8, 'Great😀…'],
    ['😀😀😀', 4, '😀…'],
    ['😀😀😀', 2, '…'],
    ['𝒳 is 𝒴', 2, '…'],
  ])('cuts %j to %i characters as %j', (text, max, cut) => {
    expect(clip(text, max)).toBe(cut)
  })

  it('keeps a text that fits as it is, and cuts the rest to at most `max` with no space before the ellipsis and no emoji cut in half', () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 1, max: 100 }), (text, max) => {
        const out = clip(text, max)
        expect(out.length).toBeLessThanOrEqual(max)
        if (text.length <= max) expect(out).toBe(text)
        else {
          expect(out).toMatch(/…$/)
          expect(out).not.toMatch(/\s…$/)
          if (!loneHalf.test(text)) expect(out).not.toMatch(loneHalf)
          expect(text.startsWith(out.slice(0, -1))).toBe(true)
        }
      }),
    )
  })
})
