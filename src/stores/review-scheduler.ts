/**
 * The FSRS scheduler for the student's desired retention. Importing this module brings ts-fsrs
 * in, so only the pages that record answers (quiz, review) and the dashboard import it.
 */
import { createScheduler } from '../domain/review/fsrs.ts'
import type { Scheduler } from '../domain/review/scheduler.ts'
import { useSettingsStore } from './settings.ts'

let made: { retention: number; scheduler: Scheduler } | undefined

/** A scheduler for the retention set now (made again only when the setting changes). */
export function useReviewScheduler(): Scheduler {
  const { retention } = useSettingsStore()
  if (made?.retention !== retention) made = { retention, scheduler: createScheduler({ retention }) }
  return made.scheduler
}
