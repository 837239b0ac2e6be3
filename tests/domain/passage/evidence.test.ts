import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { markEvidence, quotesInTextOrder } from '../../../src/domain/passage/evidence.ts'

const paragraphs = [
  'Assad flew to Sochi on Thursday. He met Putin there.',
  '"Stability is improving," Assad told Putin.',
]

const marked = (segments: ReturnType<typeof markEvidence>) =>
  segments.flat().filter((s) => s.marked)

describe('marking evidence in the article', () => {
  it('marks one quote given as text', () => {
    expect(markEvidence(paragraphs, 'He met Putin there.')).toEqual([
      [
        { text: 'Assad flew to Sochi on Thursday. ', marked: false },
        { text: 'He met Putin there.', marked: true, quote: 0 },
      ],
      [{ text: '"Stability is improving," Assad told Putin.', marked: false }],
    ])
  })

  it('marks every quote of a list, each with its index, in two paragraphs', () => {
    const segments = markEvidence(paragraphs, [
      '"Stability is improving,"',
      'Assad flew to Sochi on Thursday.',
    ])
    expect(marked(segments).map((s) => [s.text, s.quote])).toEqual([
      ['Assad flew to Sochi on Thursday.', 1],
      ['"Stability is improving,"', 0],
    ])
  })

  it('marks two quotes in one paragraph with the text between them unmarked', () => {
    const [first] = markEvidence(paragraphs, ['He met Putin there.', 'Assad flew to Sochi'])
    expect(first).toEqual([
      { text: 'Assad flew to Sochi', marked: true, quote: 1 },
      { text: ' on Thursday. ', marked: false },
      { text: 'He met Putin there.', marked: true, quote: 0 },
    ])
  })

  it('folds overlapping quotes into one mark and ignores quotes not in the text', () => {
    const segments = markEvidence(paragraphs, [
      'flew to Sochi on',
      'Sochi on Thursday.',
      'not in the article',
    ])
    expect(marked(segments).map((s) => s.text)).toEqual(['flew to Sochi on Thursday.'])
  })

  it('orders quotes as the article does, dropping those it cannot find', () => {
    expect(quotesInTextOrder(paragraphs, ['Assad told Putin', 'missing', 'He met Putin'])).toEqual([
      2, 0,
    ])
  })

  it('never loses or reorders a character of the article, whatever is marked', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 40 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.nat(80), { maxLength: 4 }),
        fc.nat(20),
        (texts, starts, length) => {
          const joined = texts.join(' ').replace(/\s+/g, ' ')
          const quotes = starts.map((s) => joined.slice(s, s + length + 1))
          const segments = markEvidence(texts, quotes)
          const again = segments.map((p) => p.map((s) => s.text).join(''))
          return again.join(' ') === texts.map((t) => t.replace(/\s+/g, ' ').trim()).join(' ')
        },
      ),
      { numRuns: 500 },
    )
  })
})
