import { describe, expect, it } from 'vitest'
import type { Question } from '../../../src/domain/bank/schema.ts'
import {
  fillInPatterns,
  interactionOf,
  MAX_FILL_IN_PATTERNS,
  responseOf,
} from '../../../src/domain/interop/interaction.ts'
import { questions } from '../quiz/bank.ts'

describe('a short question as an interaction', () => {
  it('lists the plain spellings its optional words stand for', () => {
    const q = { ...questions.spokesman, accepted: ["Kremlin's [official] website"] } as Question
    expect(interactionOf(q).correct).toEqual([
      { kind: 'text', value: "Kremlin's official website" },
      { kind: 'text', value: "Kremlin's website" },
    ])
  })

  it('puts every accepted answer before another one’s extra spellings, and stops at the cap', () => {
    const patterns = fillInPatterns(['A [b] [c] [d] [e]', 'Peskov', 'Peskov', 'Dmitry [S.] Peskov'])
    expect(patterns.slice(0, 3)).toEqual(['A b c d e', 'Peskov', 'Dmitry S. Peskov'])
    expect(patterns).toHaveLength(MAX_FILL_IN_PATTERNS)
    expect(patterns.join('|')).not.toMatch(/[[\]]/)
    expect(new Set(patterns).size).toBe(patterns.length)
  })
})

describe('a response as an interaction', () => {
  it('is none for a question left unanswered, and words only when there are words', () => {
    expect(responseOf(questions.who, undefined, 'en', '')).toEqual({ kind: 'none' })
    expect(responseOf(questions.who, undefined, 'en', 'Assad')).toEqual({
      kind: 'text',
      value: 'Assad',
    })
  })

  it('is the number for a numeric answer typed with the unit printed beside its box', () => {
    const q = { ...questions.year, answer: 7, unit: 'years' } as Question
    expect(responseOf(q, '7 years', 'en', '7 years')).toEqual({ kind: 'number', value: 7 })
    expect(responseOf(q, '7 months', 'en', '7 months')).toEqual({
      kind: 'text',
      value: '7 months',
    })
  })
})
