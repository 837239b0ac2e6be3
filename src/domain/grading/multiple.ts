/**
 * Several right choices. Each right tick earns 1/k and each wrong tick costs 1/k (k = number of
 * right answers), so ticking everything is never a winning strategy; the score floors at 0.
 */
import type { Grader } from './types.ts'
import { NO_ANSWER, noAnswer, partial } from './result.ts'
import { joinList } from './wording.ts'
import { isStringArray } from './shapes.ts'

/** Ticked choices in the order the bank lists them, so review reads the same every time. */
function inChoiceOrder(choices: readonly string[], ticked: readonly string[]): string[] {
  const set = new Set(ticked)
  return [...choices.filter((c) => set.has(c)), ...[...set].filter((t) => !choices.includes(t))]
}

/** Grades a multiple-response question with partial credit and a penalty for wrong ticks. */
export const multipleGrader: Grader<'multiple'> = {
  blank: () => [],
  isResponse: isStringArray,
  check: (_q, r) => (r.length === 0 ? 'Tick at least one answer.' : null),
  grade: (q, r) => {
    if (r.length === 0) return noAnswer()
    const answers = new Set(q.answers)
    const ticked = new Set(r)
    const right = [...ticked].filter((t) => answers.has(t)).length
    const wrong = ticked.size - right
    if (right === answers.size && wrong === 0) return partial(1, 'Correct')
    const detail =
      `${right} of ${answers.size} right answers ticked` +
      (wrong ? `, ${wrong} wrong ${wrong === 1 ? 'one' : 'ones'}` : '')
    // Integer counts first, one division: avoids 1/3 + 1/3 + 1/3 drifting from 1.
    return partial(Math.max(0, right - wrong) / answers.size, detail)
  },
  correctAnswer: (q) => joinList(inChoiceOrder(q.choices, q.answers)),
  describe: (q, r) => joinList(inChoiceOrder(q.choices, r)) || NO_ANSWER,
}
