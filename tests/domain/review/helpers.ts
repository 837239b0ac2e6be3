/** Shared makers for the review domain tests: fixed local dates, answers, a scheduler. */
import type { ReviewAnswer } from '../../../src/domain/review/apply.ts'
import { createScheduler } from '../../../src/domain/review/fsrs.ts'

export const WSW = 'assad-sochi-2018/who-said-what'
export const DT = 'assad-sochi-2018/dates-and-timeline'

/** 09:00 local time on a day of December 2025 (the 4th is a Thursday). */
export const dec = (day: number, hour = 9, minute = 0) =>
  new Date(2025, 11, day, hour, minute).getTime()

export const scheduler = createScheduler({ retention: 0.9 })

/** A right, quick, unsure quiz answer, with whatever `over` changes. */
export function answer(qid: string, at: number, over: Partial<ReviewAnswer> = {}): ReviewAnswer {
  return {
    setId: WSW,
    qid,
    at,
    source: 'quiz',
    correct: true,
    retryUsed: false,
    timeMs: 5_000,
    sure: false,
    ...over,
  }
}
