import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  finishedOf,
  forgetFinished,
  keepFinished,
} from '../../src/composables/storage/finished-quiz.ts'
import { mayHaveActiveQuiz } from '../../src/composables/storage/active-quiz.ts'
import { FINISHED_QUIZ_KEY } from '../../src/composables/storage/keys.ts'
import {
  MemoryStorage,
  storageHolding,
  throwingStorage,
} from '../fixtures/progress/memory-storage.ts'
import { played, shippedBank } from '../components/progress/played.ts'

const bank = shippedBank()
const finished = () => played(bank, { mode: 'test', wrong: ['wsw-01'] })

describe('the quiz this tab finished last', () => {
  it('comes back as it was, for its own set only, until forgotten', () => {
    const tab = new MemoryStorage()
    const session = finished()
    expect(session.status).toBe('finished')
    keepFinished(session, false, tab)
    expect(finishedOf(bank, tab)).toEqual(session)
    expect(finishedOf({ ...bank, id: 'assad-sochi-2018/other' }, tab)).toBeUndefined()
    forgetFinished(tab)
    expect(finishedOf(bank, tab)).toBeUndefined()
  })

  it('has the quiz route fetch the quiz before its page opens, but is no quiz in progress', () => {
    keepFinished(finished())
    try {
      expect(mayHaveActiveQuiz(bank.id, true, null)).toBe(true)
      expect(mayHaveActiveQuiz('assad-sochi-2018/other', true, null)).toBe(false)
      // The library's "Started, not finished yet" asks about quizzes in progress only.
      expect(mayHaveActiveQuiz(bank.id, false, null)).toBe(false)
    } finally {
      forgetFinished()
    }
  })

  it('is not shown once the set has changed so that it no longer fits', () => {
    const tab = new MemoryStorage()
    keepFinished(finished(), false, tab)
    const edited = { ...bank, questions: bank.questions.filter((q) => q.id !== 'wsw-01') }
    expect(finishedOf(edited, tab)).toBeUndefined()
  })

  it('is never a quiz still running', () => {
    const tab = new MemoryStorage()
    keepFinished({ ...finished(), status: 'active' }, false, tab)
    expect(finishedOf(bank, tab)).toBeUndefined()
  })

  it('reads anything stored under its key, or no storage at all, as nothing, without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        expect(finishedOf(bank, storageHolding(FINISHED_QUIZ_KEY, text))).toBeUndefined()
      }),
    )
    expect(finishedOf(bank, throwingStorage())).toBeUndefined()
    expect(() => keepFinished(finished(), false, throwingStorage())).not.toThrow()
    expect(() => forgetFinished(throwingStorage())).not.toThrow()
  })
})
