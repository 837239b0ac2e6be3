/** Items to put in order; partial credit for each item already in its place. */
import type { Grader } from './types.ts'
import { NO_ANSWER, partial } from './result.ts'
import { joinSequence } from './wording.ts'
import { isStringArray } from './shapes.ts'

/** Grades an ordering question by how many items sit at their correct position. */
export const orderingGrader: Grader<'ordering'> = {
  // Without a shown order the bank order would be a free right answer; the quiz always passes one.
  blank: (q, shown) => [...(shown ?? q.items)],
  isResponse: isStringArray,
  // Any arrangement, including the one first shown, is a real answer.
  check: () => null,
  grade: (q, r) => {
    const n = q.items.length
    // Compared by text, so duplicate items ("Sochi", "Sochi") are interchangeable.
    const placed = q.items.filter((item, i) => r[i] === item).length
    return partial(placed / n, placed === n ? 'Correct' : `${placed} of ${n} in the right place`)
  },
  correctAnswer: (q) => joinSequence(q.items),
  describe: (_q, r) => joinSequence(r) || NO_ANSWER,
}
