import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  lookBackParagraphs,
  markEvidence,
  quotesFound,
} from '../../../src/domain/passage/evidence.ts'

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
        { text: 'He met Putin there.', marked: true, quotes: [0] },
      ],
      [{ text: '"Stability is improving," Assad told Putin.', marked: false }],
    ])
  })

  it('marks every quote of a list, each with its index, in two paragraphs', () => {
    const segments = markEvidence(paragraphs, [
      '"Stability is improving,"',
      'Assad flew to Sochi on Thursday.',
    ])
    expect(marked(segments).map((s) => [s.text, s.quotes])).toEqual([
      ['Assad flew to Sochi on Thursday.', [1]],
      ['"Stability is improving,"', [0]],
    ])
  })

  it('marks two quotes in one paragraph with the text between them unmarked', () => {
    const [first] = markEvidence(paragraphs, ['He met Putin there.', 'Assad flew to Sochi'])
    expect(first).toEqual([
      { text: 'Assad flew to Sochi', marked: true, quotes: [1] },
      { text: ' on Thursday. ', marked: false },
      { text: 'He met Putin there.', marked: true, quotes: [0] },
    ])
  })

  // Folded into one mark, two quotes were one step: “Evidence 1 of 2” for the feedback's three.
  it('cuts overlapping quotes where each ends, each piece marked with every quote it is part of, and ignores quotes not in the text', () => {
    const segments = markEvidence(paragraphs, [
      'flew to Sochi on',
      'Sochi on Thursday.',
      'not in the article',
    ])
    expect(marked(segments).map((s) => [s.text, s.quotes])).toEqual([
      ['flew to ', [0]],
      ['Sochi on', [0, 1]],
      [' Thursday.', [1]],
    ])
  })

  it("keeps the quotes in the set's order, dropping those it cannot find", () => {
    expect(quotesFound(paragraphs, ['Assad told Putin', 'missing', 'He met Putin'])).toEqual([0, 2])
  })

  it('counts a quote that overlaps another, or lies inside it, as one of its own', () => {
    const quotes = ['flew to Sochi on', 'Sochi on Thursday.', 'He met Putin there.', 'Putin']
    expect(quotesFound(paragraphs, quotes)).toEqual([0, 1, 2, 3])
    expect(marked(markEvidence(paragraphs, quotes)).map((s) => [s.text, s.quotes])).toEqual([
      ['flew to ', [0]],
      ['Sochi on', [0, 1]],
      [' Thursday.', [1]],
      // Each quote is a step of its own from the same spot: “Putin” is found first where it is
      // inside “He met Putin there.”.
      ['He met ', [2]],
      ['Putin', [2, 3]],
      [' there.', [2]],
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

  it('marks some of the article for every quote it counts, so each step has one to go to', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 40 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(fc.nat(80), fc.nat(20)), { maxLength: 4 }),
        (texts, cuts) => {
          const joined = texts.join(' ').replace(/\s+/g, ' ')
          const quotes = cuts.map(([start, length]) => joined.slice(start, start + length + 1))
          const pieces = markEvidence(texts, quotes).flat()
          return quotesFound(texts, quotes).every((q) => pieces.some((s) => s.quotes?.includes(q)))
        },
      ),
      { numRuns: 500 },
    )
  })
})

describe('where to look back before a second try', () => {
  const article = ['One.', 'Two.', 'Three, the proof.', 'Four.', 'Five.', 'Six, more proof.']

  it('is the paragraph with the proof and one either side, never the sentence alone', () => {
    expect(lookBackParagraphs(article, ['the proof.'])).toEqual([1, 2, 3])
  })

  it('stops at the ends of the article', () => {
    expect(lookBackParagraphs(article, ['One.'])).toEqual([0, 1])
    expect(lookBackParagraphs(article, ['more proof.'])).toEqual([4, 5])
  })

  it('joins the parts around several quotes, and covers a quote across two paragraphs', () => {
    expect(lookBackParagraphs(article, ['more proof.', 'the proof.'])).toEqual([1, 2, 3, 4, 5])
    expect(lookBackParagraphs(article, ['Four. Five.'], 0)).toEqual([3, 4])
  })

  it('is nothing when the evidence is not in the article', () => {
    expect(lookBackParagraphs(article, ['Seven.'])).toEqual([])
    expect(lookBackParagraphs(article, [])).toEqual([])
  })

  it('always holds each quote it can find, and only paragraphs of the article', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 30 }), { minLength: 1, maxLength: 6 }),
        fc.nat(5),
        fc.nat(30),
        fc.nat(10),
        (texts, which, from, length) => {
          const source = texts[which % texts.length] ?? ''
          const quote = source.slice(from % (source.length + 1), from + length)
          const hinted = lookBackParagraphs(texts, [quote])
          expect(hinted.every((i) => Number.isInteger(i) && i >= 0 && i < texts.length)).toBe(true)
          expect([...hinted].sort((a, b) => a - b)).toEqual(hinted)
          const marked = markEvidence(texts, [quote])
          marked.forEach((segments, i) => {
            if (segments.some((s) => s.marked)) expect(hinted).toContain(i)
          })
        },
      ),
    )
  })
})
