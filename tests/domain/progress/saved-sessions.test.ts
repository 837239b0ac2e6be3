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

  it.each([
    // The flags the navigator and the resume offer show: "q1" would be "2 flagged", and a
    // substring match would flag wsw-1 for "wsw-10".
    ['flags that are a string', { ...session, flagged: 'wsw-01' }],
    ['no flags', { ...session, flagged: undefined }],
    ['a flag given twice', { ...session, flagged: ['wsw-01', 'wsw-01'] }],
    ['a flag on a question the quiz does not ask', { ...session, flagged: ['wsw-99'] }],
    ['a flag that is a number', { ...session, flagged: [1] }],
    // What the quiz reads at every step, and what "Again" starts a quiz with.
    ['no options', { ...session, options: undefined }],
    ['options of another mode', { ...session, options: { ...session.options, mode: 'exam' } }],
    ['options without a shuffle', { ...session, options: { mode: 'test' } }],
    ['a limit of 0', { ...session, options: { ...session.options, limit: 0 } }],
    ['a limit of 2.5', { ...session, options: { ...session.options, limit: 2.5 } }],
    ['a time limit of -60', { ...session, options: { ...session.options, timeLimitSec: -60 } }],
    ['topics that are a string', { ...session, options: { ...session.options, tags: 'dates' } }],
    ['difficulties of words', { ...session, options: { ...session.options, difficulties: ['3'] } }],
    ['question ids not a list', { ...session, options: { ...session.options, questionIds: {} } }],
  ])('is set aside with %s', (_, value) => {
    const text = JSON.stringify({ schemaVersion: 1, sessions: { [BANK_ID]: value } })
    const read = parseSavedSessions(text)
    expect(read.status).toBe('invalid')
    // Set aside as a quiz with a damaged order is, the reason naming the field.
    if (read.status === 'invalid') expect(read.reason).toMatch(/\.(flagged|options)(\.\w+)? /)
  })

  it('reads a quiz with flags and every option set', () => {
    const options = {
      mode: 'test',
      shuffleQuestions: false,
      shuffleChoices: true,
      limit: 5,
      tags: ['dates'],
      difficulties: [2, 3],
      timeLimitSec: 600,
      questionIds: ['wsw-01', 'wsw-03'],
    }
    const flagged = [session.order[2], session.order[0]]
    const doc = { schemaVersion: 1, sessions: { [BANK_ID]: { ...session, options, flagged } } }
    expect(parseSavedSessions(JSON.stringify(doc))).toEqual({ status: 'ok', doc })
  })
})
