import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { mayHaveReviewCards } from '../../src/composables/storage/review-hint.ts'
import { STORAGE_KEYS } from '../../src/composables/storage/keys.ts'
import { storageHolding, throwingStorage } from '../fixtures/progress/memory-storage.ts'
import { applyAnswers } from '../../src/domain/review/apply.ts'
import { serializeReview } from '../../src/domain/review/format.ts'
import { createScheduler } from '../../src/domain/review/fsrs.ts'
import { emptyReview } from '../../src/domain/review/schema.ts'
import { params } from '../fuzz/runs.ts'

const storageWith = (text: string | null) => storageHolding(STORAGE_KEYS.review, text)

const doc = (cards: unknown, extra: object = {}) =>
  JSON.stringify({ schemaVersion: 1, cards, ...extra })

describe('mayHaveReviewCards', () => {
  it.each([
    ['a card', doc({ 'p/s': { q1: '3m3w8x,3m21kx,0.2,6.4,1,0,2' } }), true],
    ['no cards yet', doc({}), false],
    ['a set whose cards are all gone', doc({ 'p/s': {} }), false],
    ['an empty set before one with a card', doc({ 'p/s': {}, 'p/t': { q1: 'x' } }), true],
    ['a set id with an escaped quote', doc({ 'p/"s\\': { q1: 'x' } }), true],
    ['only a session naming cards', doc({}, { session: { cards: ['p/s#q1'] } }), false],
    ['no document', null, false],
    ['text that is not JSON', '{"cards":{"p/s', false],
  ])('%s → %s', (_, text, expected) => {
    expect(mayHaveReviewCards(storageWith(text))).toBe(expected)
  })

  it('reads a document the app wrote', () => {
    const answer = {
      setId: 'assad-sochi-2018/who-said-what',
      qid: 'wsw-01',
      at: Date.UTC(2025, 11, 4),
      source: 'quiz' as const,
      correct: false,
      retryUsed: false,
      timeMs: 5000,
      sure: false,
    }
    const written = applyAnswers(emptyReview(), [answer], createScheduler({ retention: 0.9 }))
    expect(mayHaveReviewCards(storageWith(serializeReview(written)))).toBe(true)
    expect(mayHaveReviewCards(storageWith(serializeReview(emptyReview())))).toBe(false)
  })

  it('says no when there is no storage or reading it throws', () => {
    expect(mayHaveReviewCards(null)).toBe(false)
    const throwing = throwingStorage()
    expect(mayHaveReviewCards(throwing)).toBe(false)
  })

  it('agrees with the parsed document for any set and card ids, and never throws', () => {
    const cards = fc.dictionary(
      fc.string(),
      fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
      {
        maxKeys: 4,
      },
    )
    fc.assert(
      fc.property(cards, fc.array(fc.string(), { maxLength: 3 }), (sets, session) => {
        const text = doc(sets, { session: { cards: session } })
        const hasCard = Object.values(sets).some((set) => Object.keys(set).length > 0)
        expect(mayHaveReviewCards(storageWith(text))).toBe(hasCard)
      }),
      params(300),
    )
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(typeof mayHaveReviewCards(storageWith(text))).toBe('boolean')
      }),
      params(300),
    )
  })
})
