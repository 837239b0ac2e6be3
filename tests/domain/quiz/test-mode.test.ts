import { describe, expect, it } from 'vitest'
import type { AnyResponse } from '../../../src/domain/grading/types.ts'
import { setResponse, submitAnswer } from '../../../src/domain/quiz/answer.ts'
import { finish, partlyAnsweredIds } from '../../../src/domain/quiz/finish.ts'
import { goTo, next, previous, skip, toggleFlag } from '../../../src/domain/quiz/navigate.ts'
import {
  createSession,
  currentId,
  entryOf,
  unansweredCount,
  answeredCount,
  type QuizSession,
} from '../../../src/domain/quiz/session.ts'
import { at, deepFreeze, quizBank, right, wrong } from './bank.ts'

const bank = quizBank()
const start = (): QuizSession =>
  deepFreeze(
    createSession(
      bank,
      { mode: 'test', shuffleQuestions: false, shuffleChoices: true },
      'seed',
      at(0),
    ),
  )

function answer(s: QuizSession, response: AnyResponse) {
  return submitAnswer(setResponse(s, currentId(s), response), bank, at(1000), 'en')
}

describe('test mode', () => {
  it('records answers without grading them', () => {
    const { session, message } = answer(start(), wrong.who)
    expect(message).toBeNull()
    expect(entryOf(session, 'who')).toMatchObject({
      phase: 'answered',
      attempts: 1,
      response: 'Putin',
    })
    expect(entryOf(session, 'who').result).toBeUndefined()
    expect(session.index).toBe(0)
  })

  it('still refuses a response that cannot be submitted', () => {
    const s = goTo(start(), 4, at(1))
    expect(answer(s, '  ').message).toBe('Type an answer.')
  })

  it('takes back a recorded answer edited into one that cannot be recorded, and counts it unanswered', () => {
    let s = goTo(start(), 3, at(1))
    s = answer(s, right.year).session
    expect(unansweredCount(s)).toBe(6)
    const edited = answer(s, '2015a')
    expect(edited.message).toBe('"2015a" is not a number. Type digits, like 2015.')
    expect(entryOf(edited.session, 'year')).toMatchObject({
      phase: 'unanswered',
      response: '2015a',
    })
    expect(unansweredCount(edited.session)).toBe(7)
    // Fixed, it is recorded again.
    expect(entryOf(answer(edited.session, '2015').session, 'year').phase).toBe('answered')
  })

  it('lets the student clear an answer without a refusal: a test may leave it unanswered', () => {
    let s = goTo(start(), 3, at(1))
    s = answer(s, right.year).session
    const cleared = answer(s, '')
    expect(cleared.message).toBeNull()
    expect(entryOf(cleared.session, 'year').phase).toBe('unanswered')
    expect(unansweredCount(cleared.session)).toBe(7)
  })

  it('lets the student change a recorded answer', () => {
    let s = answer(start(), wrong.who).session
    s = answer(s, right.who).session
    expect(entryOf(s, 'who')).toMatchObject({ response: 'Assad', attempts: 1, phase: 'answered' })
  })

  it('moves freely and stays on the last question, where the student submits', () => {
    let s = start()
    s = next(s, at(1))
    expect(s.index).toBe(1)
    s = previous(previous(s, at(2)), at(3))
    expect(s.index).toBe(0)
    s = goTo(s, 6, at(4))
    expect(next(s, at(5))).toBe(s)
    expect(() => goTo(s, 7, at(5))).toThrow(RangeError)
    expect(() => goTo(s, -1, at(5))).toThrow('No question at position -1; this quiz has 7')
  })

  it('flags and unflags questions', () => {
    let s = toggleFlag(start(), 'year')
    s = toggleFlag(s, 'who')
    expect(s.flagged).toEqual(['year', 'who'])
    expect(toggleFlag(s, 'year').flagged).toEqual(['who'])
    expect(toggleFlag(s, 'not-asked')).toBe(s)
  })

  it('counts skipped questions as unanswered', () => {
    let s = answer(start(), right.who).session
    s = skip(next(s, at(1)), at(2))
    expect(entryOf(s, 'critics').skipped).toBe(true)
    expect(s.index).toBe(2)
    expect(unansweredCount(s)).toBe(6)
    expect(answeredCount(s)).toBe(1)
  })

  it('grades everything at finish and marks the rest as no answer', () => {
    let s = start()
    for (const id of ['who', 'critics', 'announced'] as const)
      s = next(answer(s, right[id]).session, at(2))
    s = skip(s, at(3)) // year
    s = answer(s, wrong.spokesman).session
    const done = finish(s, bank, at(10), 'submitted', 'en')
    expect(done).toMatchObject({
      status: 'finished',
      finishReason: 'submitted',
      finishedAt: at(10).getTime(),
    })
    const detail = (id: string) => entryOf(done, id).result?.detail
    expect([detail('who'), detail('critics'), detail('announced')]).toEqual([
      'Correct',
      'Correct',
      'Correct',
    ])
    expect(entryOf(done, 'year')).toMatchObject({
      skipped: true,
      result: { score: 0, detail: 'Skipped' },
    })
    expect(entryOf(done, 'spokesman').result).toMatchObject({ score: 0, detail: 'Incorrect' })
    expect(entryOf(done, 'spokesman').firstResult).toEqual(entryOf(done, 'spokesman').result)
    // Untouched: the ordering question is not credited for the order it was shown in.
    expect(entryOf(done, 'visits')).toMatchObject({
      phase: 'unanswered',
      skipped: false,
      result: { score: 0, detail: 'Left blank' },
    })
    expect(entryOf(done, 'quotes').result?.detail).toBe('Left blank')
  })

  it('grades a response typed but not submitted when time runs out', () => {
    let s = goTo(start(), 3, at(1))
    s = setResponse(s, 'year', '2,015')
    s = setResponse(s, 'spokesman', 'nonsense?')
    s = setResponse(s, 'quotes', { 'quote A': 'Assad', 'quote B': '' })
    const done = finish(s, bank, at(60_000), 'timeout', 'en')
    expect(done.finishReason).toBe('timeout')
    expect(entryOf(done, 'year')).toMatchObject({
      phase: 'answered',
      attempts: 1,
      result: { correct: true },
    })
    expect(entryOf(done, 'spokesman').result).toMatchObject({ score: 0, detail: 'Incorrect' })
    // Half-matched could not be submitted, but the pair matched earns its share: it was answered.
    expect(entryOf(done, 'quotes')).toMatchObject({
      phase: 'answered',
      result: { score: 0.5, correct: false, detail: '1 of 2 pairs matched' },
    })
  })

  it('marks the pairs matched of a matching question handed in unfinished, and a wrong pair as wrong', () => {
    let s = goTo(start(), start().order.indexOf('quotes'), at(1))
    expect(currentId(s)).toBe('quotes')
    s = setResponse(s, 'quotes', { 'quote A': 'Putin', 'quote B': '' })
    // Being matched, it is not refused (no “Match every item”): a test takes it half done.
    const recorded = submitAnswer(s, bank, at(2), 'en')
    expect(recorded.message).toBeNull()
    // Still unanswered, but the hand-in dialog counts it as earning marks, as finish grades it.
    expect(unansweredCount(recorded.session)).toBe(s.order.length)
    expect(partlyAnsweredIds(s, bank, 'en')).toEqual(['quotes'])
    const done = finish(s, bank, at(3), 'submitted', 'en')
    expect(entryOf(done, 'quotes')).toMatchObject({
      phase: 'answered',
      result: { score: 0, correct: false, detail: '0 of 2 pairs matched' },
    })
    // Nothing matched is still no answer.
    const blank = finish(
      setResponse(s, 'quotes', { 'quote A': '', 'quote B': '' }),
      bank,
      at(3),
      'submitted',
      'en',
    )
    expect(entryOf(blank, 'quotes')).toMatchObject({
      phase: 'unanswered',
      result: { detail: 'Left blank' },
    })
    expect(
      partlyAnsweredIds(setResponse(s, 'quotes', { 'quote A': '', 'quote B': '' }), bank, 'en'),
    ).toEqual([])
  })

  it('treats a recorded answer the student later cleared as no answer', () => {
    let s = goTo(start(), 3, at(1))
    s = answer(s, right.year).session
    s = setResponse(s, 'year', '')
    const done = finish(s, bank, at(2), 'submitted', 'en')
    expect(entryOf(done, 'year')).toMatchObject({
      phase: 'unanswered',
      result: { detail: 'Left blank' },
    })
  })

  it('will not call a quiz completed if a recorded answer was cleared since', () => {
    const one = quizBank(['year'])
    let s = createSession(
      one,
      { mode: 'test', shuffleQuestions: false, shuffleChoices: false },
      's',
      at(),
    )
    s = submitAnswer(setResponse(s, 'year', '2015'), one, at(1), 'en').session
    expect(finish(s, one, at(2), 'completed', 'en').finishReason).toBe('completed')
    s = setResponse(s, 'year', 'twenty')
    expect(() => finish(s, one, at(2), 'completed', 'en')).toThrow('1 open questions')
  })

  it('grades a rearranged ordering question left unsubmitted', () => {
    const s = setResponse(goTo(start(), 5, at(1)), 'visits', right.visits)
    expect(entryOf(finish(s, bank, at(2), 'timeout', 'en'), 'visits').result?.correct).toBe(true)
  })

  it('refuses to call a quiz with open questions completed', () => {
    expect(() => finish(start(), bank, at(1), 'completed', 'en')).toThrow(
      'Cannot complete a quiz with 7 open questions; submit it instead',
    )
  })

  it('ignores every action once finished', () => {
    const done = deepFreeze(finish(start(), bank, at(1), 'submitted', 'en'))
    expect(finish(done, bank, at(2), 'timeout', 'en')).toBe(done)
    expect(next(done, at(2))).toBe(done)
    expect(goTo(done, 3, at(2))).toBe(done)
    expect(skip(done, at(2))).toBe(done)
    expect(toggleFlag(done, 'who')).toBe(done)
    expect(setResponse(done, 'who', 'Assad')).toBe(done)
    expect(submitAnswer(done, bank, at(2), 'en')).toEqual({
      session: done,
      message: 'This quiz is over.',
    })
  })
})
