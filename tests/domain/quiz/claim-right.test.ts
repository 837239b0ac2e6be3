import { describe, expect, it } from 'vitest'
import type { AnyResponse } from '../../../src/domain/grading/types.ts'
import {
  canClaimRight,
  claimRight,
  MARKED_RIGHT,
  setResponse,
  startRetry,
  submitAnswer,
} from '../../../src/domain/quiz/answer.ts'
import { finish } from '../../../src/domain/quiz/finish.ts'
import { goTo, next } from '../../../src/domain/quiz/navigate.ts'
import { reviewItems } from '../../../src/domain/quiz/review.ts'
import { summarize } from '../../../src/domain/quiz/score.ts'
import {
  createSession,
  currentId,
  entryOf,
  type QuizSession,
} from '../../../src/domain/quiz/session.ts'
import { at, deepFreeze, quizBank, right, wrong } from './bank.ts'

const bank = quizBank(['spokesman', 'year', 'who'])

const start = (mode: 'practice' | 'test' = 'practice'): QuizSession =>
  deepFreeze(
    createSession(bank, { mode, shuffleQuestions: false, shuffleChoices: false }, 'seed', at(0)),
  )

function answer(s: QuizSession, response: AnyResponse, ms = 1000): QuizSession {
  const outcome = submitAnswer(setResponse(s, currentId(s), response), bank, at(ms), 'en')
  expect(outcome.message).toBeNull()
  return outcome.session
}

describe('"I was right" in practice', () => {
  it('counts a refused short answer as right, with full marks, marked as the student’s', () => {
    const refused = answer(start(), 'the press secretary')
    expect(canClaimRight(refused, bank)).toBe(true)
    const claimed = claimRight(refused, bank)
    expect(entryOf(claimed, 'spokesman')).toMatchObject({
      phase: 'feedback',
      overridden: true,
      response: 'the press secretary',
      result: { score: 1, max: 1, correct: true, detail: MARKED_RIGHT },
      firstResult: { score: 1, correct: true },
    })
    expect(canClaimRight(claimed, bank)).toBe(false)
    expect(claimRight(claimed, bank)).toBe(claimed)
  })

  it('gives a refused second try the share a right second try earns', () => {
    const second = answer(startRetry(answer(start(), 'Putin'), bank), 'Lavrov', 2000)
    expect(canClaimRight(second, bank)).toBe(true)
    expect(entryOf(claimRight(second, bank), 'spokesman')).toMatchObject({
      overridden: true,
      attempts: 2,
      result: {
        score: 0.5,
        correct: true,
        detail: 'Counted as right on the second try (50% credit)',
      },
      firstResult: { score: 0, correct: false },
    })
  })

  it.each([
    ['before the answer is checked', (s: QuizSession) => setResponse(s, 'spokesman', 'Putin')],
    ['after a right answer', (s: QuizSession) => answer(s, right.spokesman)],
    ['after a forgiven slip', (s: QuizSession) => answer(s, 'Peskow')],
    ['during the second try', (s: QuizSession) => startRetry(answer(s, 'Putin'), bank)],
    [
      'once the student moved on',
      (s: QuizSession) => goTo(next(answer(s, 'Putin'), at(2)), 0, at(3)),
    ],
    [
      'on a refused number, which is never a matter of wording',
      (s: QuizSession) => answer(next(s, at(1)), wrong.year),
    ],
    ['on a wrong choice', (s: QuizSession) => answer(goTo(s, 2, at(1)), wrong.who)],
  ])('is not offered %s', (_, play) => {
    const s = play(start())
    expect(canClaimRight(s, bank)).toBe(false)
    expect(claimRight(s, bank)).toBe(s)
  })

  it('counts in the score and the review, and says so', () => {
    const claimed = claimRight(answer(start(), 'the press secretary'), bank)
    const done = finish(claimed, bank, at(5000), 'submitted', 'en')
    const summary = summarize(done, bank)
    expect(summary).toMatchObject({ score: 1, correctCount: 1, markedRightCount: 1 })
    const [row] = reviewItems(done, bank)
    expect(row).toMatchObject({ markedRight: true, yourAnswer: 'the press secretary' })
    expect(row?.result?.detail).toBe(MARKED_RIGHT)
    expect(
      reviewItems(done, bank)
        .slice(1)
        .map((r) => r.markedRight),
    ).toEqual([false, false])
  })
})

describe('"I was right" in test mode', () => {
  it('never exists: not while answering, not after the test is graded', () => {
    let s = answer(start('test'), 'the press secretary')
    expect(canClaimRight(s, bank)).toBe(false)
    expect(claimRight(s, bank)).toBe(s)
    s = finish(s, bank, at(5000), 'submitted', 'en')
    expect(entryOf(s, 'spokesman').result?.correct).toBe(false)
    expect(canClaimRight(s, bank)).toBe(false)
    expect(claimRight(s, bank)).toBe(s)
    expect(summarize(s, bank).markedRightCount).toBe(0)
  })

  it('is not shown in review even if a saved test session claims it', () => {
    const s = finish(answer(start('test'), 'Putin'), bank, at(5000), 'submitted', 'en')
    const forged = { ...s, entries: s.entries.map((e) => ({ ...e, overridden: true })) }
    expect(reviewItems(forged, bank).map((r) => r.markedRight)).toEqual([false, false, false])
  })
})
