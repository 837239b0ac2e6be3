/**
 * The FSRS scheduler for the student's desired retention. Importing this module brings ts-fsrs
 * in, so only the pages that record answers (quiz, review) and the dashboard import it.
 */
import { createScheduler } from '../domain/review/fsrs.ts'
import { hardCards, type HardCard } from '../domain/review/queue.ts'
import type { Scheduler } from '../domain/review/scheduler.ts'
import { useReviewStore } from './review.ts'
import { useSettingsStore } from './settings.ts'

/** How many cards "practise the questions I find hard" asks: the hardest ten. */
export const HARD_PRACTICE = 10

let made: { retention: number; scheduler: Scheduler } | undefined

/** A scheduler for the retention set now (made again only when the setting changes). */
export function useReviewScheduler(): Scheduler {
  const { retention } = useSettingsStore()
  if (made?.retention !== retention) made = { retention, scheduler: createScheduler({ retention }) }
  return made.scheduler
}

/**
 * The student's hardest questions at `now` (epoch ms), at most `limit`, hardest first, each with
 * its chance of recall: what hard practice asks and the dashboard lists.
 */
export function hardestCards(now: number, limit: number): HardCard[] {
  const scheduler = useReviewScheduler()
  const review = useReviewStore()
  return hardCards(review.cards, {
    retention: useSettingsStore().retention,
    retrievability: (c) => scheduler.retrievability(c.state, now),
    include: review.lookup.askable,
    limit,
  })
}

/** What "practise the questions I find hard" would ask at `now` (epoch ms): how many, and more? */
export interface HardPracticeSize {
  count: number
  /** More questions are hard than it asks: it asks the hardest {@link HARD_PRACTICE}. */
  more: boolean
}

/** The hardest cards at `now` (epoch ms) that tell hard practice's size: one more than it asks. */
export function hardPracticeCards(now: number): HardCard[] {
  return hardestCards(now, HARD_PRACTICE + 1)
}

/**
 * How many questions hard practice would ask at `now` (epoch ms); every page offering it asks. A
 * page that also lists the hardest passes the {@link hardPracticeCards} it already has.
 */
export function hardPracticeSize(
  now: number,
  found: readonly HardCard[] = hardPracticeCards(now),
): HardPracticeSize {
  return { count: Math.min(found.length, HARD_PRACTICE), more: found.length > HARD_PRACTICE }
}
