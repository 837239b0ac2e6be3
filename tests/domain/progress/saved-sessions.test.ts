import { describe, expect, it } from 'vitest'
import {
  emptySavedSessions,
  parseSavedSessions,
  putSession,
  removeSession,
  serializeSavedSessions,
  sessionOf,
} from '../../../src/domain/progress/saved-sessions.ts'
import { createSession } from '../../../src/domain/quiz/session.ts'
import { at, BANK_ID, quizBank } from '../../fixtures/progress/bank.ts'

const session = createSession(
  quizBank(),
  { mode: 'practice', shuffleQuestions: true, shuffleChoices: true },
  's1',
  at(),
)

describe('the quiz-in-progress document', () => {
  it('keeps one session per bank and reads back what it writes', () => {
    const doc = putSession(emptySavedSessions(), session)
    expect(sessionOf(doc, BANK_ID)).toEqual(session)
    expect(parseSavedSessions(serializeSavedSessions(doc))).toEqual({ status: 'ok', doc })
    expect(sessionOf(removeSession(doc, BANK_ID), BANK_ID)).toBeUndefined()
    expect(sessionOf(doc, 'constructor')).toBeUndefined()
  })

  it.each([
    ['a session without an order', { ...session, order: undefined }],
    ['a session filed under another bank', { ...session, bankId: 'other/bank' }],
    ['a session that is a string', 'hello'],
  ])('is invalid with %s', (_, value) => {
    const text = JSON.stringify({ schemaVersion: 1, sessions: { [BANK_ID]: value } })
    expect(parseSavedSessions(text).status).toBe('invalid')
  })
})
