import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { AnyResponse } from '../../../src/domain/grading/types.ts'
import { setResponse, startRetry, submitAnswer } from '../../../src/domain/quiz/answer.ts'
import { finish } from '../../../src/domain/quiz/finish.ts'
import { next, skip, toggleFlag } from '../../../src/domain/quiz/navigate.ts'
import { reviewItems } from '../../../src/domain/quiz/review.ts'
import { missedQuestionIds, summarize, verdictOf } from '../../../src/domain/quiz/score.ts'
import { attemptFromSession, wholeSeconds } from '../../../src/domain/progress/attempt.ts'
import { createSession, currentId, type QuizSession } from '../../../src/domain/quiz/session.ts'
import { at, quizBank, right, wrong } from './bank.ts'

const bank = quizBank(['who', 'critics', 'announced', 'year', 'spokesman'], 0.5)
const start = (mode: 'practice' | 'test') =>
  createSession(bank, { mode, shuffleQuestions: false, shuffleChoices: false }, 'seed', at(0))
const answer = (s: QuizSession, r: AnyResponse, ms: number) =>
  submitAnswer(setResponse(s, currentId(s), r), bank, at(ms), 'en').session

/** who right, critics right on retry, announced wrong, year skipped, spokesman right; 10 s each. */
function played(): QuizSession {
  let s = start('practice')
  s = next(answer(s, right.who, 5_000), at(10_000))
  s = answer(startRetry(answer(s, wrong.critics, 15_000), bank), right.critics, 18_000)
  s = next(s, at(20_000))
  s = next(answer(s, wrong.announced, 25_000), at(30_000))
  s = toggleFlag(skip(s, at(40_000)), 'announced')
  return next(answer(s, right.spokesman, 45_000), at(50_000))
}

describe('summarize', () => {
  it('adds up a finished practice quiz', () => {
    const s = played()
    expect(s.finishReason).toBe('completed')
    expect(summarize(s, bank)).toEqual({
      score: 2.5,
      max: 5,
      fraction: 0.5,
      percent: 50,
      fullyRightCount: 2,
      correctCount: 3,
      firstTryCount: 2,
      markedRightCount: 0,
      unansweredCount: 1,
      total: 5,
      whole: true,
      passed: true,
      byTag: {
        quotes: { score: 2, max: 2, correct: 2, fullyRight: 2, total: 2, percent: 100 },
        // The half-credit retry is "correct" but not fully right: 0.5 of 3 marks.
        facts: { score: 0.5, max: 3, correct: 1, fullyRight: 0, total: 3, percent: 17 },
        dates: { score: 0, max: 1, correct: 0, fullyRight: 0, total: 1, percent: 0 },
      },
      durationMs: 50_000,
    })
  })

  it('passes exactly at the pass mark, even with float sums of thirds', () => {
    const thirds = quizBank(['critics', 'who', 'announced'], 2 / 9)
    let s = createSession(
      thirds,
      { mode: 'test', shuffleQuestions: false, shuffleChoices: false },
      's',
      at(),
    )
    s = submitAnswer(
      setResponse(s, 'critics', ['United States', 'European states']),
      thirds,
      at(1),
      'en',
    ).session
    const sum = summarize(finish(s, thirds, at(2), 'submitted', 'en'), thirds)
    expect(sum.score).toBeCloseTo(2 / 3)
    // 22.2 % at a 22.2 % pass mark: passed, so it is shown on the pass mark's side of it.
    expect(sum.percent).toBe(23)
    expect(sum.passed).toBe(true)
    expect(
      summarize(finish(s, thirds, at(2), 'submitted', 'en'), { ...thirds, passMark: 0.23 }).passed,
    ).toBe(false)
  })

  it('counts ungraded questions as 0 of 1 before the end', () => {
    const s = answer(start('test'), right.who, 1000)
    expect(summarize(s, bank)).toMatchObject({
      score: 0,
      max: 5,
      percent: 0,
      unansweredCount: 4,
      passed: false,
    })
  })
})

describe('the time a quiz took', () => {
  /** A test of the five questions, each answered 2.4 s after the one before, then submitted. */
  function quick(): QuizSession {
    let s = start('test')
    for (let i = 1; i <= 5; i++) {
      const qid = currentId(s)
      s = answer(s, right[qid as keyof typeof right], i * 2400)
      if (i < 5) s = next(s, at(i * 2400))
    }
    return finish(s, bank, at(12_000), 'submitted', 'en')
  }

  it('is the questions’ time to the millisecond, not whole seconds per question', () => {
    // 5 × 2.4 s is 12 s; rounding each question first said 10 s.
    expect(summarize(quick(), bank).durationMs).toBe(12_000)
  })

  it('is what the recorded attempt adds up to, each question within a second of its own', () => {
    const answers = attemptFromSession(quick(), bank, 'a1').answers
    expect(answers.reduce((ms, a) => ms + a.timeMs, 0)).toBe(12_000)
    for (const a of answers) expect(Math.abs(a.timeMs - 2400)).toBeLessThan(1000)
  })

  it('rounds each question so the whole seconds add up to the total rounded once', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 600_000 }), { maxLength: 60 }), (times) => {
        const seconds = wholeSeconds(times)
        const total = times.reduce((a, b) => a + b, 0)
        expect(seconds.reduce((a, b) => a + b, 0)).toBe(Math.round(total / 1000))
        seconds.forEach((own, i) => {
          expect(Number.isInteger(own) && own >= 0).toBe(true)
          expect(Math.abs(own - times[i]! / 1000)).toBeLessThan(1)
        })
      }),
    )
  })
})

describe('a quiz of part of the set', () => {
  it('neither passes nor fails the set, however high its score, and is stored so', () => {
    // "Retry the ones I missed": two of the five questions, both answered right.
    let s = createSession(
      bank,
      {
        mode: 'practice',
        shuffleQuestions: false,
        shuffleChoices: false,
        questionIds: ['who', 'spokesman'],
      },
      'seed',
      at(0),
    )
    s = next(answer(s, right.who, 1000), at(2000))
    s = next(answer(s, right.spokesman, 3000), at(4000))
    const summary = summarize(s, bank)
    expect(summary).toMatchObject({ percent: 100, total: 2, whole: false, passed: true })
    expect(verdictOf(summary)).toBeNull()
    expect(attemptFromSession(s, bank, 'a1').passed).toBeNull()
    // The whole set, played through, has its verdict.
    expect(verdictOf(summarize(played(), bank))).toBe(true)
    expect(attemptFromSession(played(), bank, 'a2').passed).toBe(true)
  })
})

describe('missedQuestionIds', () => {
  it('lists everything short of full marks, half-credit retries included', () => {
    expect(missedQuestionIds(played())).toEqual(['critics', 'announced', 'year'])
  })
})

describe('reviewItems', () => {
  it('gives one row per question with both answers in words', () => {
    const rows = reviewItems(played(), bank)
    expect(
      rows.map((r) => [r.question.id, r.yourAnswer, r.correctAnswer, r.result?.score, r.flagged]),
    ).toEqual([
      ['who', 'Assad', 'Assad', 1, false],
      [
        'critics',
        'United States; European states; Iran',
        'United States; European states; Iran',
        0.5,
        false,
      ],
      ['announced', 'True', 'False', 0, true],
      ['year', 'Skipped', '2015', 0, false],
      ['spokesman', 'peskov', 'Dmitry Peskov', 1, false],
    ])
    expect(rows[1]?.entry.firstResult?.correct).toBe(false)
    expect(rows.map((r) => r.position)).toEqual([0, 1, 2, 3, 4])
  })

  it('says "Left blank" for questions never reached', () => {
    const rows = reviewItems(finish(start('test'), bank, at(1), 'timeout', 'en'), bank)
    expect(
      rows.every((r) => r.yourAnswer === 'Left blank' && r.result?.detail === 'Left blank'),
    ).toBe(true)
  })
})
