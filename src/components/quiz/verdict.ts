import { isFullyRight, marksText } from '../../domain/quiz/marks.ts'
import { NO_ANSWER } from '../../domain/grading/result.ts'

/** How a graded question is named on review screens: an icon and words, never colour alone. */
export interface Verdict {
  /** Right, partly right (half marks or some marks), wrong, or no answer at all. */
  icon: '✓' | '◐' | '✗' | '–'
  text: string
  /** The CSS class that adds the (redundant) colour. */
  kind: 'is-correct' | 'is-partial' | 'is-wrong'
}

// Not `domain/text/number-words.ts`: sharing it with the lint ties the lint's chunk to this one and
// adds 22 B of preload names to the first load; and here one is "a".
const COUNTS = 'a two three four five six seven eight nine ten eleven'.split(' ')
// "half of the mark": "a half" reads oddly after "Your" ("Your half of the mark stays").
const PARTS = ',,half,third,quarter,fifth,sixth,,eighth,,tenth,,twelfth'.split(',')

/**
 * Part of a question's mark as a student says it: 1 of 3 pairs is "a third of the mark", not
 * "0.33 of 1 mark", which is neither what was earned nor how anyone says it. Parts that progress
 * stores exactly (halves to twelfths, but sevenths, ninths and elevenths) are named, any other in
 * decimals.
 */
export function shareOfMark(score: number, max: number): string {
  const f = score / max
  for (let n = 2; n < PARTS.length; n++) {
    const k = Math.round(f * n)
    if (PARTS[n] && k > 0 && k < n && Math.abs(k / n - f) < 1e-6)
      return `${n === 2 ? '' : `${COUNTS[k - 1]} `}${PARTS[n]}${k > 1 ? 's' : ''} of the mark`
  }
  return marksText(score, max)
}

/**
 * A right second try earns half the mark, or keeps the first try's marks when those were more
 * (3 of 4 pairs, then all 4): the verdict names what it earned, never "½" over 0.75 of a mark.
 */
function secondTry(r: { score: number; max: number }, what: string): string {
  return Math.abs(r.score * 2 - r.max) < 1e-9
    ? `½ — ${what}`
    : `${what[0]!.toUpperCase()}${what.slice(1)} — you keep the first try's ${shareOfMark(r.score, r.max)}`
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
      text: `Partly correct — ${shareOfMark(r.score, r.max)}`,
      kind: 'is-partial',
    }
  return { icon: '✗', text: 'Incorrect', kind: 'is-wrong' }
}

/** A question left without an answer ("Left blank", or "Skipped" when the student chose to). */
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
