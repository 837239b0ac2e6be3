/** Which questions a quiz asks, and in what order. */
import type { Bank, Question } from '../bank/schema.ts'
import type { QuizOptions } from './options.ts'
import { createRandom, shuffle } from './random.ts'

const active = <T>(list: readonly T[] | undefined): list is readonly T[] =>
  list !== undefined && list.length > 0

function matches(
  q: Question,
  options: Pick<QuizOptions, 'tags' | 'difficulties' | 'questionIds'>,
): boolean {
  const { tags, difficulties, questionIds } = options
  if (active(questionIds) && !questionIds.includes(q.id)) return false
  if (active(tags) && !(q.tags ?? []).some((t) => tags.includes(t))) return false
  // An unrated question cannot be said to match a difficulty the student picked.
  if (active(difficulties) && (q.difficulty === undefined || !difficulties.includes(q.difficulty)))
    return false
  return true
}

/** Throws a RangeError for options no quiz can be built from. */
function assertValid(options: QuizOptions): void {
  const { limit, timeLimitSec } = options
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0))
    throw new RangeError(`limit must be a positive whole number, got ${limit}`)
  if (timeLimitSec !== undefined && !(Number.isFinite(timeLimitSec) && timeLimitSec > 0))
    throw new RangeError(`timeLimitSec must be a positive number, got ${timeLimitSec}`)
}

/** How many questions of `bank` have the chosen topics and difficulties, before any limit. */
export function matchingCount(
  bank: Bank,
  options: Pick<QuizOptions, 'tags' | 'difficulties' | 'questionIds'>,
): number {
  return bank.questions.filter((q) => matches(q, options)).length
}

/**
 * The questions a quiz with these options asks, in asking order: filtered, shuffled when asked,
 * then cut to `limit`. May be empty, so the UI can show "no questions match" before starting.
 */
export function selectQuestions(bank: Bank, options: QuizOptions, seed: string): Question[] {
  assertValid(options)
  const kept = bank.questions.filter((q) => matches(q, options))
  // A stream of its own, so the question order does not depend on how choices were shuffled.
  const ordered = options.shuffleQuestions ? shuffle(kept, createRandom(`${seed}:order`)) : kept
  return options.limit === undefined ? ordered : ordered.slice(0, options.limit)
}
