/** Pair each left item with a right one; partial credit per correct pair. */
import type { Grader } from './types.ts'
import { NO_ANSWER, partial } from './result.ts'
import { joinList, pairText } from './wording.ts'
import { isStringRecord } from './shapes.ts'

// Own keys only: a left named "constructor" must not pick up Object.prototype's member.
const chosen = (r: Readonly<Record<string, string>>, left: string): string =>
  Object.hasOwn(r, left) ? (r[left] ?? '') : ''

/** Grades a matching question pair by pair. */
export const matchingGrader: Grader<'matching'> = {
  // Every left present with '' so a form can bind each one without checking for a key.
  blank: (q) => Object.fromEntries(q.pairs.map((p) => [p.left, ''])),
  isResponse: isStringRecord,
  check: (q, r) => {
    const left = q.pairs.filter((p) => chosen(r, p.left) === '').length
    return left === 0 ? null : `Match every item (${left} left).`
  },
  // Handed in with pairs still open, the matched ones earn their share: a test marks what was done.
  partlyAnswered: (q, r) => q.pairs.some((p) => chosen(r, p.left) !== ''),
  grade: (q, r) => {
    const n = q.pairs.length
    const right = q.pairs.filter((p) => chosen(r, p.left) === p.right).length
    return partial(right / n, right === n ? 'Correct' : `${right} of ${n} pairs matched`)
  },
  correctAnswer: (q) => joinList(q.pairs.map((p) => pairText(p.left, p.right))),
  describe: (q, r) => {
    if (q.pairs.every((p) => chosen(r, p.left) === '')) return NO_ANSWER
    return joinList(q.pairs.map((p) => pairText(p.left, chosen(r, p.left) || '—')))
  },
}
