import { describe, expect, it } from 'vitest'
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
