/**
 * One vocabulary for scores on every page: marks ("14.5 of 18 marks"), a whole percentage
 * rounded one way (down), and the number of questions fully right. Results, the topic table, the
 * review, Progress and "retry the ones not fully right" all count with these functions, so the
 * same attempt never reads 80.6 % on one page and 81 % on another.
 */

// Sums of halves and thirds can land a hair under a whole mark they actually reach.
const EPSILON = 1e-9

/** A mark total as a student reads it: at most two decimals, none when whole ("14.5", "14.33", "18"). */
export function formatMarks(marks: number): string {
  return String(Math.round(marks * 100 + EPSILON) / 100)
}

/**
 * The share of marks earned as a whole percent, rounded down (14.5 of 18 → 80, 69.6 % → 69); 0
 * with no marks to earn. Never up: a score shown as 70 % has reached a 70 % pass mark, and only
 * full marks show 100 %.
 */
export function percentOf(score: number, max: number): number {
  return max > 0 ? Math.floor((score / max + EPSILON) * 100) : 0
}

/** A pass mark (a 0–1 fraction) as the percent a teacher set: "70", "66.7". */
export function passMarkPercent(passMark: number): number {
  return Math.round(passMark * 1000) / 10
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
