import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { evidenceQuotes } from '../../../src/domain/bank/schema.ts'
import { addInReadingOrder, sentencesOf } from '../../../src/domain/studio/sentences.ts'
import { passageText } from '../../../src/domain/bank/checks.ts'
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

  it('keeps a quoted question or exclamation with the words that go on from it', () => {
    const [text] = sentencesOf([
      '“Is it safe?” she asked. "No!" he shouted, and left. Why? Nobody knew. "Why?" Peter Lee said.',
    ])
    expect(text!.map((s) => s.text)).toEqual([
      '“Is it safe?” she asked.',
      '"No!" he shouted, and left.',
      'Why?',
      'Nobody knew.',
      '"Why?"',
      'Peter Lee said.',
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

describe('addInReadingOrder', () => {
  const text = passageText({
    paragraphs: [
      'Assad flew to Sochi. He met Putin there.',
      'They talked about Syria. Nobody said more.',
    ],
  } as Parameters<typeof passageText>[0])

  it('puts a picked sentence where it stands in the article, whichever was picked first', () => {
    let quotes: string[] = []
    for (const s of ['Nobody said more.', 'Assad flew to Sochi.', 'They talked about Syria.'])
      quotes = addInReadingOrder(quotes, s, text)
    expect(quotes).toEqual([
      'Assad flew to Sochi.',
      'They talked about Syria.',
      'Nobody said more.',
    ])
  })

  it('leaves a quote the article does not have where it was, and adds such a quote last', () => {
    const typed = 'A quote typed by hand.'
    expect(addInReadingOrder([typed, 'Nobody said more.'], 'He met Putin there.', text)).toEqual([
      typed,
      'He met Putin there.',
      'Nobody said more.',
    ])
    expect(addInReadingOrder(['He met Putin there.'], typed, text)).toEqual([
      'He met Putin there.',
      typed,
    ])
  })

  it('finds a quote wrapped over lines as the sentence it is', () => {
    expect(
      addInReadingOrder(['They talked\n  about Syria.'], 'Assad flew to Sochi.', text),
    ).toEqual(['Assad flew to Sochi.', 'They talked\n  about Syria.'])
  })

  it('keeps every quote and adds the new one once, in article order among the article’s own', () => {
    const sentences = sentencesOf(shippedPassage.paragraphs)
      .flat()
      .map((s) => s.text)
    const article = passageText(shippedPassage)
    fc.assert(
      fc.property(fc.shuffledSubarray(sentences, { minLength: 1, maxLength: 8 }), (picked) => {
        let quotes: string[] = []
        for (const s of picked) quotes = addInReadingOrder(quotes, s, article)
        expect([...quotes].sort()).toEqual([...picked].sort())
        const at = quotes.map((q) => article.indexOf(q))
        expect(at).toEqual([...at].sort((a, b) => a - b))
      }),
    )
  })
})
