/** The sentence that sums up the dashboard's "Right answers by month" chart. */
import type { MonthTally, Tally } from '../../domain/review/stats.ts'
import { formatMarks } from '../../domain/quiz/marks.ts'
import { percent } from '../progress/format.ts'
import { plural } from './format.ts'

/**
 * A month's share right is compared with another's only when both have at least this many
 * answers (about one quiz of a set): 1 of 2 right says nothing about getting better or worse.
 */
export const ENOUGH_ANSWERS = 10

const share = (t: Tally) => percent(t.right / t.answered)

/**
 * "91% right in November 2026 (41 of 45): up 23 points from 68% in October 2026." The latest
 * month is compared with the month before it that had enough answers; a latest month with too
 * few says so and the sentence goes on to the last month that had enough. `months` runs oldest
 * first up to this month (as the dashboard's statistics give it), so its last is this month,
 * which is "so far". Empty when no month has an answer.
 */
export function monthSummary(
  months: readonly MonthTally[],
  name: (month: number) => string,
): string {
  const current = months.at(-1)?.month
  const answered = months.filter((t) => t.answered > 0)
  const enough = answered.filter((t) => t.answered >= ENOUGH_ANSWERS)
  const last = answered.at(-1)
  if (!last) return ''
  const said = (t: MonthTally) =>
    `${share(t)}% right ${t.month === current ? 'so far ' : ''}in ${name(t.month)} (${formatMarks(t.right)} of ${t.answered})`
  /** `t` (one of `enough`) and how it compares with the month with enough answers before it. */
  const compared = (t: MonthTally) => {
    const before = enough[enough.indexOf(t) - 1]
    if (!before) return `${said(t)}.`
    const change = share(t) - share(before)
    if (change === 0) return `${said(t)}: the same as in ${name(before.month)}.`
    const trend = change > 0 ? `up ${plural(change, 'point')}` : `down ${plural(-change, 'point')}`
    return `${said(t)}: ${trend} from ${share(before)}% in ${name(before.month)}.`
  }
  const tooFew = `fewer than ${ENOUGH_ANSWERS} answers`
  if (last.answered >= ENOUGH_ANSWERS) {
    const sentence = compared(last)
    return enough.length === 1 && answered.length > 1
      ? `${sentence.slice(0, -1)}; earlier months had ${tooFew}, too few to compare.`
      : sentence
  }
  const head = enough.at(-1)
  if (head) return `${said(last)}: too few answers to compare. ${compared(head)}`
  return answered.length > 1
    ? `${said(last)}. Months are compared once they have ${ENOUGH_ANSWERS} answers; none has yet.`
    : `${said(last)}.`
}
