import { describe, expect, it } from 'vitest'
import { mayHaveActiveQuiz } from '../../src/composables/storage/active-quiz.ts'
import { STORAGE_KEYS } from '../../src/composables/storage/keys.ts'
import { storageHolding, throwingStorage } from '../fixtures/progress/memory-storage.ts'

const storageWith = (text: string | null) => storageHolding(STORAGE_KEYS.quizInProgress, text)

const doc = (sessions: unknown) => JSON.stringify({ schemaVersion: 1, sessions })

describe('mayHaveActiveQuiz', () => {
  it.each([
    ['an active session of the set', doc({ 'p/s': { status: 'active' } }), true],
    ['a finished session', doc({ 'p/s': { status: 'finished' } }), false],
    ["another set's session", doc({ 'p/t': { status: 'active' } }), false],
    ['an inherited key', doc(Object.create({ 'p/s': { status: 'active' } })), false],
    ['no document', null, false],
    ['text that is not JSON', '{', false],
    ['null', 'null', false],
    ['sessions that are not an object', doc('p/s'), false],
    ['a session that is null', doc({ 'p/s': null }), false],
  ])('%s → %s', (_, text, expected) => {
    expect(mayHaveActiveQuiz('p/s', false, storageWith(text))).toBe(expected)
  })

  it('says yes for a quiz this tab kept when storage refused it', () => {
    try {
      sessionStorage.setItem(STORAGE_KEYS.quizInProgress, doc({ 'p/s': { status: 'active' } }))
      expect(mayHaveActiveQuiz('p/s', false, storageWith(null))).toBe(true)
      expect(mayHaveActiveQuiz('p/t', false, storageWith(null))).toBe(false)
    } finally {
      sessionStorage.clear()
    }
  })

  it('says no when there is no storage or reading it throws', () => {
    expect(mayHaveActiveQuiz('p/s', false, null)).toBe(false)
    const throwing = throwingStorage()
    expect(mayHaveActiveQuiz('p/s', false, throwing)).toBe(false)
  })
})
