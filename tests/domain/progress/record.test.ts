import { describe, expect, it } from 'vitest'
import { attemptFromSession } from '../../../src/domain/progress/attempt.ts'
import type { Attempt } from '../../../src/domain/progress/codec.ts'
import { recordAttempt, trimDetail, trimForQuota } from '../../../src/domain/progress/record.ts'
import { emptyProgress, type ProgressDoc } from '../../../src/domain/progress/schema.ts'
import {
  indexProgress,
  questionStats,
  recentAttempts,
  setStats,
} from '../../../src/domain/progress/stats.ts'
import type { AnyResponse } from '../../../src/domain/grading/types.ts'
import { setResponse, submitAnswer } from '../../../src/domain/quiz/answer.ts'
import { finish } from '../../../src/domain/quiz/finish.ts'
import { next } from '../../../src/domain/quiz/navigate.ts'
import { createSession } from '../../../src/domain/quiz/session.ts'
import {
  at,
  BANK_ID,
  playedPractice,
  playedTest,
  quizBank,
  right,
  wrong,
} from '../../fixtures/progress/bank.ts'

const bank = quizBank()
const MINUTE = 60_000

/** The nth test attempt (n from 0), one hour apart, with the first n % 8 questions right. */
function nth(n: number): Attempt {
  const rightIds = ['wsw-01', 'wsw-02', 'wsw-03', 'wsw-04', 'wsw-05', 'wsw-06', 'wsw-07'].slice(
    0,
    n % 8,
  )
  return attemptFromSession(
    playedTest(rightIds, n * 60 * MINUTE),
    bank,
    `att-${String(n).padStart(3, '0')}`,
  )
}

function recordAll(attempts: Attempt[], detailPerSet = 50): ProgressDoc {
  return attempts.reduce((doc, a) => recordAttempt(doc, a, { detailPerSet }), emptyProgress())
}

/** Everything the aggregates say, to compare documents that differ only in detail. */
function aggregates(doc: ProgressDoc) {
  const { sets, questions } = indexProgress(doc)
  return { sets: [...sets.entries()], questions: [...questions.entries()] }
}

describe('recordAttempt', () => {
  it("counts only quizzes of the whole set in a set's best, last, mean and first", () => {
    const whole = nth(3)
    // A retry of the questions missed, all right: stored with no verdict, as a quiz of part of the set.
    const retry: Attempt = { ...nth(7), id: 'att-retry', mode: 'practice', passed: null }
    const onlyRetry = setStats(recordAll([retry]), BANK_ID)
    expect(onlyRetry).toMatchObject({ attempts: 1, partial: 1, passed: 0 })
    expect(onlyRetry).toMatchObject({ best: null, last: null, mean: null, first: null })

    const both = setStats(recordAll([whole, retry]), BANK_ID)!
    const fraction = whole.score / whole.max
    // The retry adds an attempt and nothing else: no pass, no best.
    const alone = setStats(recordAll([whole]), BANK_ID)!
    expect(both).toMatchObject({ attempts: 2, partial: 1, passed: alone.passed })
    expect(both).toMatchObject({ best: fraction, last: fraction, mean: fraction, first: fraction })
    expect(both.lastPlayed).toBe(retry.finishedAt)
  })

  it('updates the set and question statistics', () => {
    const doc = recordAll([nth(1), nth(7)])
    // One right (120/120) plus 40/120 each for the half-right ordering and matching answers.
    const first = 200 / 120 / 7
    expect(setStats(doc, BANK_ID)).toEqual({
      setId: BANK_ID,
      attempts: 2,
      partial: 0,
      passed: 1,
      best: 1,
      last: 1,
      mean: (first + 1) / 2,
      first,
      lastPlayed: nth(7).finishedAt,
      firstPlayed: nth(1).finishedAt,
      asked: 7,
    })
    expect(questionStats(doc, BANK_ID, 'wsw-01')).toMatchObject({
      seen: 2,
      correct: 2,
      meanTimeMs: 10_000,
    })
    expect(questionStats(doc, BANK_ID, 'wsw-02')).toEqual({
      setId: BANK_ID,
      qid: 'wsw-02',
      seen: 2,
      unanswered: 0,
      skipped: 0,
      correct: 1,
      secondTry: 0,
      scoreSum: 1,
      meanTimeMs: 10_000,
      last: { score: 1, correct: true, at: nth(7).finishedAt },
    })
  })

  it('tells a test question left blank from one answered wrong, after the detail is gone', () => {
    // wsw-01 right, wsw-02 wrong, the other five never reached: the test was handed in early.
    const options = { mode: 'test', shuffleQuestions: false, shuffleChoices: false } as const
    let s = createSession(bank, options, 'early-seed', at(0))
    s = submitAnswer(setResponse(s, 'wsw-01', right['wsw-01']!), bank, at(5_000), 'en').session
    s = next(s, at(5_000))
    const wrongAnswer = wrong['wsw-02'] as AnyResponse
    s = submitAnswer(setResponse(s, 'wsw-02', wrongAnswer), bank, at(9_000), 'en').session
    const a = attemptFromSession(finish(s, bank, at(10_000), 'submitted', 'en'), bank, 'early')
    // Nothing is kept as an answer for them, whatever order an ordering question was shown in.
    expect(a.answers.filter((r) => r.unanswered).every((r) => r.answer === '')).toBe(true)
    expect(a.answers.filter((r) => r.unanswered).map((r) => r.qid)).toEqual([
      'wsw-03',
      'wsw-04',
      'wsw-05',
      'wsw-06',
      'wsw-07',
    ])
    // Kept without its detail (the answers), as every attempt is in the end.
    const doc = recordAll([a], 0)
    expect(questionStats(doc, BANK_ID, 'wsw-02')).toMatchObject({ seen: 1, unanswered: 0 })
    expect(questionStats(doc, BANK_ID, 'wsw-02')?.correct).toBe(0)
    expect(questionStats(doc, BANK_ID, 'wsw-03')).toMatchObject({ seen: 1, unanswered: 1 })
    expect(questionStats(doc, BANK_ID, 'wsw-03')?.correct).toBe(0)
    const [back] = recentAttempts(doc, 1)
    expect(back?.detailed).toBe(false)
    expect(back?.answers.find((r) => r.qid === 'wsw-03')).toMatchObject({
      unanswered: true,
      correct: false,
      score: 0,
    })
    expect(back?.answers.find((r) => r.qid === 'wsw-02')?.unanswered).toBeUndefined()
  })

  it('tells a question right only on the second try from one right first time, after the detail is gone', () => {
    // The first question wrong, then right on the second try; the rest right first time.
    const a = attemptFromSession(playedPractice(), bank, 'p1')
    const retried = a.answers.filter((r) => r.retryUsed).map((r) => r.qid)
    expect(retried).toHaveLength(1)
    // Kept without its detail, where "retry used" was: the summary alone still says it.
    for (const doc of [recordAll([a]), recordAll([a], 0)]) {
      for (const { qid } of a.answers)
        expect(questionStats(doc, BANK_ID, qid)).toMatchObject({
          correct: 1,
          secondTry: retried.includes(qid) ? 1 : 0,
        })
    }
  })

  it('keeps the answers, retries and seed of a recent attempt', () => {
    const a = attemptFromSession(playedPractice(), bank, 'p1')
    const [back] = recentAttempts(recordAttempt(emptyProgress(), a), 1)
    expect(back).toEqual(a)
  })

  it('lists two quizzes finished in the same second in the order they were taken', () => {
    // Times are stored to the second: a one-question quiz taken right after another can finish
    // in the second the other did. It was started later, so it is the newer, whatever its id.
    const first: Attempt = { ...nth(1), id: 'zz-first', startedAt: 0, finishedAt: 30_200 }
    const second: Attempt = { ...nth(2), id: 'aa-second', startedAt: 30_300, finishedAt: 30_450 }
    for (const order of [
      [first, second],
      [second, first],
    ]) {
      const doc = recordAll(order, 1)
      const recent = recentAttempts(doc, 2)
      expect(recent.map((a) => a.id)).toEqual(['aa-second', 'zz-first'])
      expect(recent.map((a) => a.finishedAt)).toEqual([30_000, 30_000])
      // Only the newer keeps its detail when one detailed attempt is kept.
      expect(recent.map((a) => a.detailed)).toEqual([true, false])
    }
  })

  it('records an attempt id once, however often it is recorded', () => {
    const once = recordAll([nth(1)])
    expect(recordAttempt(once, nth(1))).toEqual(once)
    expect(setStats(recordAll([nth(1), nth(1), nth(1)]), BANK_ID)?.attempts).toBe(1)
  })

  it('leaves its input untouched', () => {
    const before = recordAll([nth(1)])
    const copy = structuredClone(before)
    recordAttempt(before, nth(2))
    expect(before).toEqual(copy)
  })

  it('trims detail beyond N per set, newest kept, and never touches an aggregate', () => {
    const attempts = Array.from({ length: 12 }, (_, n) => nth(n))
    const all = recordAll(attempts, 50)
    const bounded = recordAll(attempts, 5)
    const detailed = recentAttempts(bounded, 12).filter((a) => a.detailed)
    expect(detailed.map((a) => a.id)).toEqual([
      'att-011',
      'att-010',
      'att-009',
      'att-008',
      'att-007',
    ])
    expect(aggregates(bounded)).toEqual(aggregates(all))
    expect(recentAttempts(bounded, 12)).toHaveLength(12)
  })

  it('counts the limit per set', () => {
    const other = quizBank('assad-sochi-2018/other-set')
    const a = attemptFromSession(playedTest([], 0, other), other, 'other-1')
    const doc = recordAll([nth(1), nth(2), a], 1)
    const detailed = recentAttempts(doc, 3).filter((x) => x.detailed)
    expect(detailed.map((x) => x.id).sort()).toEqual(['att-002', 'other-1'])
  })
})

describe('trimDetail', () => {
  it('applies the limit to every set, e.g. after a restore merged more in', () => {
    const doc = recordAll(
      Array.from({ length: 6 }, (_, n) => nth(n)),
      50,
    )
    const trimmed = trimDetail(doc, { detailPerSet: 2 })
    expect(recentAttempts(trimmed, 6).filter((a) => a.detailed)).toHaveLength(2)
    expect(aggregates(trimmed)).toEqual(aggregates(doc))
  })
})

describe('trimForQuota', () => {
  it('drops the oldest detail first, a quarter at a time, and keeps every aggregate', () => {
    const doc = recordAll(Array.from({ length: 8 }, (_, n) => nth(n)))
    const once = trimForQuota(doc)
    expect(recentAttempts(once, 8).map((a) => a.detailed)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      false,
      false,
    ])
    expect(aggregates(once)).toEqual(aggregates(doc))
  })

  it('returns its input when no detail is left, so a retry loop ends', () => {
    let doc = recordAll(Array.from({ length: 5 }, (_, n) => nth(n)))
    for (let i = 0; i < 10; i++) doc = trimForQuota(doc)
    expect(trimForQuota(doc)).toBe(doc)
    expect(setStats(doc, BANK_ID)?.attempts).toBe(5)
  })
})
