import { describe, expect, it } from 'vitest'
import { applyAnswers } from '../../../src/domain/review/apply.ts'
import { indexReview } from '../../../src/domain/review/index.ts'
import { dueQueue } from '../../../src/domain/review/queue.ts'
import { emptyReview } from '../../../src/domain/review/schema.ts'
import {
  isCurrentSession,
  newSession,
  sessionProgress,
  summarizeSession,
} from '../../../src/domain/review/session.ts'
import { answer, dec, scheduler, WSW } from './helpers.ts'

const quiz = applyAnswers(
  emptyReview(),
  ['q1', 'q2', 'q3'].map((q) => answer(q, dec(1), { correct: false })),
  scheduler,
)
const queue = dueQueue(indexReview(quiz).cards, { now: dec(2), newPerDay: 20 })
const session = newSession({ kind: 'all' }, queue, dec(2, 10) + 500)

describe('a review session', () => {
  it('starts with the queue, at a whole second', () => {
    expect(session).toEqual({
      startedAt: dec(2, 10),
      scope: 'all',
      cards: [`${WSW}#q1`, `${WSW}#q2`, `${WSW}#q3`],
    })
  })

  it('reads its progress and summary from the logs', () => {
    const later = applyAnswers(
      quiz,
      [
        answer('q2', dec(2, 10), { source: 'review', correct: false, sure: true }),
        answer('q1', dec(2, 11), { source: 'review', sure: true }),
        // Before the session started: not part of it.
        answer('q3', dec(2, 9), { source: 'review' }),
      ],
      scheduler,
    )
    const progress = sessionProgress(session, indexReview(later).byKey)
    expect(progress.answered.map((a) => [a.key, a.entry.grade])).toEqual([
      [`${WSW}#q1`, 'easy'],
      [`${WSW}#q2`, 'again'],
    ])
    expect(progress.remaining).toEqual([`${WSW}#q3`])
    expect(summarizeSession(progress)).toEqual({
      reviewed: 2,
      right: 1,
      secondTry: 0,
      wrong: 1,
      marks: 1,
      confidentWrong: 1,
      skipped: 0,
    })
    // Skipped and still unanswered counts as skipped; skipped, then answered, as answered only.
    expect(summarizeSession(progress, new Set([`${WSW}#q3`, `${WSW}#q1`])).skipped).toBe(1)
  })

  it('counts a right second try apart: not right first time, and half of one in the share', () => {
    const later = applyAnswers(
      quiz,
      [
        answer('q1', dec(2, 10), { source: 'review', retryUsed: true }),
        // Slow, so Hard too, but right first time.
        answer('q2', dec(2, 10), { source: 'review', timeMs: 90_000 }),
        // Wrong on both tries.
        answer('q3', dec(2, 10), { source: 'review', retryUsed: true, correct: false }),
      ],
      scheduler,
    )
    const progress = sessionProgress(session, indexReview(later).byKey)
    expect(progress.answered.map((a) => [a.entry.grade, a.entry.retry])).toEqual([
      ['hard', true],
      ['hard', false],
      ['again', true],
    ])
    expect(summarizeSession(progress)).toEqual({
      reviewed: 3,
      right: 1,
      secondTry: 1,
      wrong: 1,
      marks: 1.5,
      confidentWrong: 0,
      skipped: 0,
    })
  })

  it('counts a right answer logged before format 2 as right, as it was counted then', () => {
    const text = applyAnswers(
      quiz,
      [answer('q1', dec(2, 10), { source: 'review', retryUsed: true })],
      scheduler,
    ).cards[WSW]!.q1!
    // The same answer as a format 1 build logged it: no second-try capital.
    const v1 = { ...quiz, cards: { [WSW]: { ...quiz.cards[WSW], q1: text.toLowerCase() } } }
    const summary = summarizeSession(sessionProgress(session, indexReview(v1).byKey))
    expect([summary.right, summary.secondTry, summary.marks]).toEqual([1, 0, 1])
  })

  it('carries on the same day only', () => {
    expect(isCurrentSession(session, dec(2, 23))).toBe(true)
    expect(isCurrentSession(session, dec(3, 1))).toBe(false)
  })
})
