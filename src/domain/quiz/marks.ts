/**
 * One vocabulary for scores on every page: marks ("14.5 of 18 marks"), a whole percentage
 * rounded one way (`percentOf`), and the number of questions fully right. Results, the topic
 * table, the review, Progress, the class report and the exports all count with these functions,
 * so the same attempt never reads 67 % on one page and 66 % on another.
 */

// Sums of halves and thirds can land a hair under a whole mark they actually reach.
const EPSILON = 1e-9

/** A mark total as a student reads it: at most two decimals, none when whole ("14.5", "14.33", "18"). */
export function formatMarks(marks: number): string {
  return String(Math.round(marks * 100 + EPSILON) / 100)
}

/**
 * The share of marks earned as a whole percent, as a reader rounds it: to the nearest (2 of 3 →
 * 67, 14.5 of 18 → 81), except that it never shows what was not reached: 100 only for full marks,
 * 0 only for none (199 of 200 → 99, 1 of 300 → 1), and on the side of the set's `passMark`
 * (0–1) the score is on (69.6 % → 69 at a 70 % pass mark): a score shown as 70 % has passed at
 * 70 %, and one that passed at 70.5 % never shows 70. 0 with no marks to earn.
 */
export function percentOf(score: number, max: number, passMark = 1): number {
  const f = max > 0 ? score / max : 0
  const p = Math.round(f * 100 + EPSILON)
  if (f <= EPSILON || f + EPSILON >= 1) return p
  // Between none and full marks (which win), on the side of the pass mark the score is on.
  const pass = passPercent(passMark)
  const passed = f + EPSILON >= passMark
  return Math.min(99, Math.max(1, passed ? pass : 1, Math.min(p, passed ? 99 : pass - 1)))
}

/**
 * The least whole percent at or over `passMark` (0–1): 70 at 70 %, 67 at 66.7 %, 100 at 99.5 %.
 * A score between none and full marks that passed shows it at least (`percentOf` stops at 99).
 */
export function passPercent(passMark: number): number {
  return Math.ceil(passMark * 100 - EPSILON)
}

/**
 * A pass mark (a 0–1 fraction) as the percent a teacher typed, to hundredths: "70", "66.67". Never
 * under it (70.004 reads 70.01): a score shown at or over it passed, one shown under it failed.
 */
export function passMarkPercent(passMark: number): number {
  return Math.ceil(passMark * 1e4 - 1e-7) / 100
}

/** "14.5 of 18 marks", "1 of 1 mark". */
export function marksText(score: number, max: number): string {
  return `${formatMarks(score)} of ${formatMarks(max)} ${max === 1 ? 'mark' : 'marks'}`
}

/** A question earned every mark it was worth. */
export function isFullyRight(result: { score: number; max: number }): boolean {
  return result.score + EPSILON >= result.max
}

export interface MarkSheet {
  score: number
  max: number
  /** Whole percent, from `percentOf`. */
  percent: number
  /** Questions with full marks (a right second try earns half, so it is not among them). */
  fullyRight: number
  /** Questions counted. */
  questions: number
}

/** Totals for a list of per-question results: the numbers every score line is written from. */
export function markSheet(results: readonly { score: number; max: number }[]): MarkSheet {
  let score = 0
  let max = 0
  let fullyRight = 0
  for (const r of results) {
    score += r.score
    max += r.max
    if (isFullyRight(r)) fullyRight++
  }
  return { score, max, percent: percentOf(score, max), fullyRight, questions: results.length }
}
