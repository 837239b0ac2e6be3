import { formatMarks, isFullyRight, marksText } from '../../domain/quiz/marks.ts'
import { NO_ANSWER } from '../../domain/grading/result.ts'

/** How a graded question is named on review screens: an icon and words, never colour alone. */
export interface Verdict {
  /** Right, partly right (half marks or some marks), wrong, or no answer at all. */
  icon: '✓' | '◐' | '✗' | '–'
  text: string
  /** The CSS class that adds the (redundant) colour. */
  kind: 'is-correct' | 'is-partial' | 'is-wrong'
}

/**
 * A right second try earns half the mark, or keeps the first try's marks when those were more
 * (3 of 4 pairs, then all 4): the verdict names what it earned, never "½" over 0.75 of a mark.
 */
function secondTry(r: { score: number; max: number }, what: string): string {
  return Math.abs(r.score * 2 - r.max) < 1e-9
    ? `½ — ${what}`
    : `${what[0]!.toUpperCase()}${what.slice(1)} — you keep the first try's ${marksText(r.score, r.max)}`
}

/**
 * The verdict for a result; a right second try says so, since it earned part of the marks, and so
 * does an answer the student marked right themselves ("I was right").
 */
export function verdictOf(r: {
  score: number
  max: number
  correct: boolean
  overridden?: boolean
}): Verdict {
  if (r.overridden === true && r.correct)
    return !isFullyRight(r)
      ? { icon: '◐', text: secondTry(r, 'you marked your second try right'), kind: 'is-partial' }
      : { icon: '✓', text: 'You marked this right', kind: 'is-correct' }
  if (r.correct && !isFullyRight(r))
    return { icon: '◐', text: secondTry(r, 'right on the second try'), kind: 'is-partial' }
  if (r.correct) return { icon: '✓', text: 'Correct', kind: 'is-correct' }
  if (r.score > 0)
    return {
      icon: '◐',
      text: `Partly correct — ${formatMarks(r.score)} of ${formatMarks(r.max)} mark`,
      kind: 'is-partial',
    }
  return { icon: '✗', text: 'Incorrect', kind: 'is-wrong' }
}

/** A question left without an answer ("No answer", or "Skipped" when the student chose to). */
export function unanswered(text: string = NO_ANSWER): Verdict {
  return { icon: '–', text, kind: 'is-wrong' }
}

/**
 * What a check adds for a screen reader to the verdict heading, which takes focus and says the
 * verdict itself: how a forgiven slip is spelled, else nothing (the live region is then emptied).
 */
export function afterVerdict(result: { spelledAs?: string } | undefined): string {
  return result?.spelledAs === undefined ? '' : `It is spelled ${result.spelledAs}.`
}
