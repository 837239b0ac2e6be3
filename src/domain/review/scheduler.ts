/**
 * What the review domain needs from a scheduler, so everything but `fsrs.ts` stays free of
 * ts-fsrs: the due count in the header reads stored due dates and never loads the algorithm.
 */
import type { CardState, Grade } from './card.ts'

export interface Scheduler {
  /** The state after answering at `at` (epoch ms, whole seconds) with `grade`; undefined: a new card. */
  next(state: CardState | undefined, grade: Grade, at: number): CardState
  /** The chance of recalling the card at `now`, 0–1. */
  retrievability(state: CardState, now: number): number
}

/** The scheduling choices the student makes in Settings. */
export interface SchedulerParams {
  /** Desired retention: the recall chance a card is scheduled for, 0.80–0.97. */
  retention: number
}

export const MIN_RETENTION = 0.8
export const MAX_RETENTION = 0.97
export const DEFAULT_RETENTION = 0.9
/** Cards answered only in quizzes that enter review per day. */
export const DEFAULT_NEW_PER_DAY = 20
export const MAX_NEW_PER_DAY = 999
