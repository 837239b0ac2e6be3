/** How the progress pages write scores, dates, durations and modes. */
import type { Attempt, AttemptMode } from '../../domain/progress/codec.ts'
import { ofWholeSet, passedOf, scoreFraction } from '../../domain/progress/stats.ts'
import { percentOf } from '../../domain/quiz/marks.ts'

/** A 0–1 fraction as a whole percent, rounded as every score on every page is (`percentOf`). */
export function percent(fraction: number): number {
  return percentOf(fraction, 1)
}

/**
 * An attempt's score as a whole percent of its maximum (0 when it had no maximum), under the set's
 * pass mark when it did not reach it.
 */
export function scorePercent(a: { score: number; max: number }, passMark?: number): number {
  return percentOf(a.score, a.max, passMark)
}

/** Whether the reader's clock is a 12-hour one, as their browser's language tells it. */
export const hour12 = new Intl.DateTimeFormat(undefined, { hour: 'numeric' }).resolvedOptions()
  .hour12
/** The hour as that clock writes it: "8:30 am", or "08:30" and "00:05" (not "0:05") on a 24-hour one. */
export const hourDigits = hour12 ? 'numeric' : '2-digit'

/**
 * Dates are written as the rest of the app writes them, day before month ("3 Dec 2026", like the
 * review's "Thursday 4 December" and an article's "18 May 2018"); the time follows the reader's
 * own clock, 12- or 24-hour, as their browser's language tells it.
 */
const dateTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: hourDigits,
  minute: '2-digit',
  hour12,
})

/** An epoch-ms moment, e.g. "18 May 2024, 11:00" or, on a 12-hour clock, "18 May 2024, 11:00 am". */
export function readableDate(ms: number): string {
  return dateTime.format(ms)
}

/** An epoch-ms moment for `<time datetime>`. */
export function isoDate(ms: number): string {
  return new Date(ms).toISOString()
}

/**
 * A duration as "45 s", "2 min" or "2 min 5 s"; under half a second, "under 1 s" (times are kept
 * in whole seconds: a question answered at once read "0 s").
 */
export function readableDuration(ms: number): string {
  const seconds = Math.round(ms / 1000)
  const m = Math.floor(seconds / 60)
  const s = seconds % 60
  if (!m) return s ? `${s} s` : 'under 1 s'
  return s ? `${m} min ${s} s` : `${m} min`
}

export const modeLabels: Record<AttemptMode, string> = {
  practice: 'Practice',
  test: 'Test',
  unknown: 'Not recorded',
}

/**
 * "Passed", "Not passed" or, for an attempt with no verdict, "No pass or fail": a quiz of part of
 * the set (a retry of the questions missed, some topics) or an old attempt saved without one.
 */
export function passLabel(passed: boolean | null): { icon: string; text: string } {
  if (passed === null) return { icon: '–', text: 'No pass or fail' }
  return passed ? { icon: '✓', text: 'Passed' } : { icon: '✗', text: 'Not passed' }
}

/** The verdict of an attempt, derived from its score when the set's pass mark is known. */
export function attemptVerdict(
  a: Pick<Attempt, 'score' | 'max' | 'passed' | 'mode'>,
  passMark?: number,
): { passed: boolean | null; icon: string; text: string } {
  const passed = passedOf(scoreFraction(a), a.passed, passMark)
  // Only a quiz of the whole set passes or fails it: say why this one has no verdict.
  if (!ofWholeSet(a)) return { passed, icon: '–', text: 'Part of the set' }
  return { passed, ...passLabel(passed) }
}
