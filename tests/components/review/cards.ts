/** Review cards of the shipped "Who said what" set, stored as the app stores them. */
import { applyAnswers, type ReviewAnswer } from '../../../src/domain/review/apply.ts'
import { serializeReview } from '../../../src/domain/review/format.ts'
import { createScheduler } from '../../../src/domain/review/fsrs.ts'
import { emptyReview, type ReviewDoc } from '../../../src/domain/review/schema.ts'
import { STORAGE_KEYS } from '../../../src/composables/storage/keys.ts'

export const WSW = 'assad-sochi-2018/who-said-what'

/** 09:00 local time on a day of December 2025 (the 4th is a Thursday). */
export const dec = (day: number, hour = 9) => new Date(2025, 11, day, hour).getTime()

/** A quiz answer to `qid` of "Who said what". */
export function quizAnswer(qid: string, at: number, correct: boolean): ReviewAnswer {
  return {
    setId: WSW,
    qid,
    at,
    source: 'quiz',
    correct,
    retryUsed: false,
    timeMs: 5000,
    sure: false,
  }
}

/**
 * Stores cards made from `answers`, as a browser that played them would hold them, with the
 * clocks they were given by when `zones` says.
 */
export function storeCards(answers: ReviewAnswer[], zones?: ReviewDoc['zones']): void {
  const doc = applyAnswers(emptyReview(), answers, createScheduler({ retention: 0.9 }))
  localStorage.setItem(STORAGE_KEYS.review, serializeReview(zones ? { ...doc, zones } : doc))
}
