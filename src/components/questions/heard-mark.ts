import type { OptionMark } from '../../domain/grading/option-marks.ts'

/**
 * A checked option's mark as a screen reader hears it, after the option's name ("Putin — your
 * answer, wrong"): the ✓ or ✗ beside the option is for the eye, and out of the option's name a
 * screen reader reading the options never heard which was right. `solo`: one right answer, so the
 * one not chosen is "the right answer" rather than "missed".
 */
export function heardMark(mark: OptionMark, solo?: boolean): string {
  if (mark !== 'missed') return `your answer, ${mark}`
  return solo ? 'the right answer' : 'missed: a right answer'
}

/**
 * A second try's first pick, heard after its name: it is there to read, and disabled, so that
 * the second try is another answer (a screen reader also says it is unavailable).
 */
export const TRIED = 'you tried this'

/** A checked typed answer's mark (HeardMark.vue), once its result is in. */
export function typedMark(result?: { correct: boolean }): 'right' | 'wrong' | undefined {
  return result && (result.correct ? 'right' : 'wrong')
}

/**
 * What describes a typed answer's box: the question's own description (where the student is,
 * "Question 3 of 13 Practice"), its unit and why it was refused. The box takes the focus a new
 * question gives (show-question.ts), so it says what the question would have said.
 */
export function described(...ids: unknown[]): string | undefined {
  return ids.filter((id) => typeof id === 'string' && id).join(' ') || undefined
}
