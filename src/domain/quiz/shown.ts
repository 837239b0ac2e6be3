/** The order a question's options are displayed in, decided once when the quiz starts. */
import type { Question } from '../bank/schema.ts'
import { createRandom, shuffle, type Random } from './random.ts'

const sameOrder = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i])

/**
 * A shuffle of `items` that is never `items` itself, as long as two items differ. If the shuffle
 * lands on the original, rotating by one fixes it: a rotation only equals its source when every
 * item is the same.
 */
export function scramble(items: readonly string[], random: Random): string[] {
  const out = shuffle(items, random)
  return sameOrder(out, items) ? [...out.slice(1), ...out.slice(0, 1)] : out
}

/** Distinct values in first-seen order. */
const unique = (values: readonly string[]): string[] => [...new Set(values)]

/**
 * The display order of a question's options, or undefined for types without options. Each
 * question draws from its own seeded stream, so it looks the same whatever else the quiz holds.
 */
export function displayOrder(
  q: Question,
  seed: string,
  shuffleChoices: boolean,
): string[] | undefined {
  const random = createRandom(`${seed}:${q.id}`)
  switch (q.type) {
    case 'single':
    case 'multiple':
      return shuffleChoices ? shuffle(q.choices, random) : [...q.choices]
    case 'ordering':
      // Shown in bank order an ordering question would display its own answer.
      return scramble(q.items, random)
    case 'matching': {
      const rights = unique(q.pairs.map((p) => p.right))
      // Unshuffled, pair order would line each right up with its left; sorting hides that.
      return shuffleChoices ? shuffle(rights, random) : rights.sort()
    }
    default:
      return undefined
  }
}
