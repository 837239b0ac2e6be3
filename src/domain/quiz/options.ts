/** What the student chooses before a quiz starts. Plain JSON, saved with the session. */

export type QuizMode = 'practice' | 'test'

export interface QuizOptions {
  /** practice: feedback and one retry after each question; test: graded only at the end. */
  mode: QuizMode
  shuffleQuestions: boolean
  /** Shuffles choices, matching right sides; ordering items are always scrambled. */
  shuffleChoices: boolean
  /** Ask at most this many questions (a positive integer). */
  limit?: number
  /** Keep questions with any of these tags; empty or absent means all. */
  tags?: string[]
  /** Keep questions with one of these difficulties (1–5); empty or absent means all. */
  difficulties?: number[]
  /** Whole-quiz time limit in seconds; absent means untimed. */
  timeLimitSec?: number
  /** Keep only these questions, e.g. "retry the ones I missed"; empty or absent means all. */
  questionIds?: string[]
}

/** A practice run over the whole bank in a fresh order. */
export const defaultOptions: Readonly<QuizOptions> = Object.freeze({
  mode: 'practice',
  shuffleQuestions: true,
  shuffleChoices: true,
})
