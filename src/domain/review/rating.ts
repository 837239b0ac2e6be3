/**
 * How an answer becomes an FSRS grade. This is the one place the mapping lives; the README
 * states it and tests/domain/review/rating.test.ts holds it to every case.
 */
import type { Grade } from './card.ts'

/** Longer than this on a question is "slow": right, but it took an effort (Hard). */
export const SLOW_MS = 60_000

/** What the grade is decided from; every quiz, practice and review answer has these. */
export interface AnswerOutcome {
  /** The answer that counts was right (after a second try, that try's). */
  correct: boolean
  /** Practice's look-back second try was used. */
  retryUsed: boolean
  /** Time the question was on screen. */
  timeMs: number
  /** The student said "I'm sure" before checking. */
  sure: boolean
}

/**
 * wrong → Again; sure and wrong, even if the second try is right → Again (the student was told it
 * comes back tomorrow, and it counts as sure but wrong); right only on the second try, or slow →
 * Hard; right and sure → Easy; right → Good. A partly right answer is not right: Again.
 */
export function gradeFor(outcome: AnswerOutcome): Grade {
  if (!outcome.correct) return 'again'
  if (sureThenRight(outcome)) return 'again'
  if (outcome.retryUsed || outcome.timeMs > SLOW_MS) return 'hard'
  return outcome.sure ? 'easy' : 'good'
}

/** The student was sure and wrong: the answer Moodle's certainty-based marking penalises most. */
export function confidentlyWrong(outcome: Pick<AnswerOutcome, 'correct' | 'sure'>): boolean {
  return outcome.sure && !outcome.correct
}

/**
 * Sure, wrong, then right on the second try: graded Again as a sure answer that was wrong, though
 * its verdict is "right on the second try" (the review page says why it counts as wrong).
 */
export function sureThenRight(
  outcome: Pick<AnswerOutcome, 'correct' | 'retryUsed' | 'sure'>,
): boolean {
  return outcome.correct && outcome.retryUsed && outcome.sure
}
