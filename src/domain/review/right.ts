/**
 * How much a logged answer counts as right, in every review figure that counts "right": a right
 * first answer 1, a right second try ½ (as a quiz marks one), a wrong answer 0. An answer logged
 * before review format 2 cannot say it was a second try: a right one counts 1, as it always did.
 */
import type { LogEntry } from './card.ts'

/** What a right second try is worth: half, as in a quiz. */
export const SECOND_TRY_WORTH = 0.5

/** How much `entry` counts as right: 1, ½ (a right second try) or 0. */
export function rightWorth(entry: Pick<LogEntry, 'grade' | 'retry'>): number {
  if (entry.grade === 'again') return 0
  return entry.retry ? SECOND_TRY_WORTH : 1
}
