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

  const withFirst = (patch: object) => session.entries.map((e, i) => (i ? e : { ...e, ...patch }))
  const timer = { limitMs: 600_000, remainingMs: 420_000, runningSince: null }
  it.each([
    // The question on screen: outside the quiz, it was offered as if the set had changed.
    ['a question on screen past the last', { ...session, index: session.order.length }, 'index'],
    ['a question on screen before the first', { ...session, index: -1 }, 'index'],
    ['a question on screen at 1.5', { ...session, index: 1.5 }, 'index'],
    // The options as shown: without them, opening the set's page threw.
    ['no options shown', { ...session, shown: null }, 'shown'],
    ['options shown as a number', { ...session, shown: { 'wsw-01': 5 } }, 'shown'],
    // The clocks: a countdown of "7 min" showed NaN and never ran out.
    ['a countdown of words', { ...session, timer: { ...timer, remainingMs: '7 min' } }, 'timer'],
    ['a countdown below zero', { ...session, timer: { ...timer, remainingMs: -1 } }, 'timer'],
    ['a countdown with no limit', { ...session, timer: { ...timer, limitMs: null } }, 'timer'],
    [
      'a countdown started at words',
      { ...session, timer: { ...timer, runningSince: 'x' } },
      'timer',
    ],
    ['a countdown that is a number', { ...session, timer: 600 }, 'timer'],
    ['a question clock of words', { ...session, viewingSince: '5' }, 'viewingSince'],
    ['a question clock below zero', { ...session, viewingSince: -5 }, 'viewingSince'],
    ['a start before 1970', { ...session, startedAt: -1 }, 'startedAt'],
    ['a start past any date', { ...session, startedAt: 9e15 }, 'startedAt'],
    ['an end of words', { ...session, finishedAt: 'soon' }, 'finishedAt'],
    // An answer's time is added to: "" + 5000 is "5000".
    ['an answer’s time of words', { ...session, entries: withFirst({ timeMs: '' }) }, 'entries'],
    ['an answer in no phase', { ...session, entries: withFirst({ phase: 'done' }) }, 'entries'],
  ])('is set aside with %s, the reason naming it', (_, value, field) => {
    const text = JSON.stringify({ schemaVersion: 1, sessions: { [BANK_ID]: value } })
    const read = parseSavedSessions(text)
    expect(read.status).toBe('invalid')
    if (read.status === 'invalid') expect(read.reason).toMatch(new RegExp(`\\.${field} `))
  })

  it('sets aside a countdown stored as 1e999 (Infinity, once read), and keeps one paused', () => {
    const doc = { schemaVersion: 1, sessions: { [BANK_ID]: { ...session, timer } } }
    const text = JSON.stringify(doc)
    expect(parseSavedSessions(text)).toEqual({ status: 'ok', doc })
    expect(parseSavedSessions(text.replace('420000', '1e999'))).toMatchObject({
      status: 'invalid',
      reason: `sessions.${BANK_ID}.timer should be a countdown in milliseconds`,
    })
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
