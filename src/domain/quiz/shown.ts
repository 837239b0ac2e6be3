/** The order a question's options are displayed in, decided once when the quiz starts. */
import type { Question } from '../bank/schema.ts'
import { createRandom, derange, shuffle, type Random } from './random.ts'

/**
 * An ordering question's items as they are first shown: shuffled with none of them in its place.
 * An ordering answer earns a share of the marks for each item in its place, so a shuffle that
 * left some there gave marks for pressing "Check" without moving anything.
 */
export function scramble(items: readonly string[], random: Random): string[] {
  return derange(items, random)
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
