import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { evidenceQuotes } from '../../../src/domain/bank/schema.ts'
import { sentencesOf } from '../../../src/domain/studio/sentences.ts'
import { shippedBanks, shippedPassage } from './shipped.ts'

describe('sentencesOf', () => {
  it('splits paragraphs into trimmed sentences that are slices of the text', () => {
    const [first, second] = sentencesOf([
      'Assad flew to Sochi. He met Putin there!  ',
      'Why? Nobody said.',
    ])
    expect(first!.map((s) => s.text)).toEqual(['Assad flew to Sochi.', 'He met Putin there!'])
    expect(second!.map((s) => s.id)).toEqual(['p1-s0', 'p1-s1'])
  })

  it('does not cut a sentence after a title, an initial or a short form', () => {
    const [news] = sentencesOf([
      'Dr. Alex Aves said the particles were 3.5 mm wide. Mr. Smith agreed, e.g. in a letter ' +
        'to Sen. Jones. George W. Bush spoke on Jan. 18 at 5 p.m. in Room No. 4. It rained.',
    ])
    expect(news!.map((s) => s.text)).toEqual([
      'Dr. Alex Aves said the particles were 3.5 mm wide.',
      'Mr. Smith agreed, e.g. in a letter to Sen. Jones.',
      'George W. Bush spoke on Jan. 18 at 5 p.m. in Room No. 4.',
      'It rained.',
    ])
  })

  it('still ends a sentence at a short form that a new sentence follows', () => {
    const [text] = sentencesOf(['He said no. No one came. The vote was on Jan. Then it was not.'])
    expect(text!.map((s) => s.text)).toEqual([
      'He said no.',
      'No one came.',
      'The vote was on Jan.',
      'Then it was not.',
    ])
  })

  it('gives every sentence as a slice of its paragraph, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string(),
            fc.constantFrom('Dr. ', 'Mr. Smith. ', 'No. 5 ', 'W. ', 'e.g. ', '. ', 'Jan. '),
          ),
          { maxLength: 12 },
        ),
        (parts) => {
          const paragraph = parts.join('')
          const [sentences] = sentencesOf([paragraph])
          let from = 0
          for (const s of sentences!) {
            const at = paragraph.indexOf(s.text, from)
            expect(at).toBeGreaterThanOrEqual(from)
            from = at + s.text.length
          }
          expect(
            sentences!
              .map((s) => s.text)
              .join('')
              .replace(/\s/g, ''),
          ).toBe(paragraph.replace(/\s/g, ''))
        },
      ),
    )
  })

  it('offers every evidence quote of the shipped sets as a sentence to click', () => {
    const sentences = new Set(
      sentencesOf(shippedPassage.paragraphs)
        .flat()
        .map((s) => s.text),
    )
    const quotes = shippedBanks.flatMap((b) => b.questions.flatMap((q) => evidenceQuotes(q)))
    expect(quotes.length).toBeGreaterThan(40)
    expect(quotes.filter((q) => !sentences.has(q))).toEqual([])
  })
})
