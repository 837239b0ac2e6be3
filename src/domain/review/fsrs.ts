/**
 * The scheduler on ts-fsrs (FSRS-6), and the only module that imports it, so the algorithm's
 * bytes load only with the pages that schedule. Short-term learning steps are off: a reading
 * question comes back after whole days, never minutes later in the same sitting. Fuzz is off,
 * so a due date is exactly what FSRS computes and tests can compare it with ts-fsrs directly.
 */
import { createEmptyCard, fsrs, type Card, type Grade as FsrsGrade } from 'ts-fsrs'
import { GRADES, type CardState, type Grade, type Phase } from './card.ts'
import type { Scheduler, SchedulerParams } from './scheduler.ts'

const DAY_MS = 86_400_000

/** The ts-fsrs options Passage schedules with, for a given desired retention. */
export function fsrsOptions(params: SchedulerParams) {
  return { request_retention: params.retention, enable_short_term: false, enable_fuzz: false }
}

/** A stored state as the ts-fsrs card it came from. */
export function toFsrsCard(state: CardState): Card {
  return {
    due: new Date(state.due),
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: 0,
    scheduled_days: Math.max(0, Math.round((state.due - state.last) / DAY_MS)),
    learning_steps: state.steps,
    reps: state.reps,
    lapses: state.lapses,
    state: state.phase,
    last_review: new Date(state.last),
  }
}

function fromFsrsCard(card: Card, at: number, reviewed: boolean): CardState {
  return {
    due: card.due.getTime(),
    last: card.last_review?.getTime() ?? at,
    stability: card.stability,
    difficulty: card.difficulty,
    reps: card.reps,
    lapses: card.lapses,
    phase: card.state as number as Phase,
    steps: card.learning_steps,
    reviewed,
  }
}

/** A scheduler for `params`. */
export function createScheduler(params: SchedulerParams): Scheduler {
  const f = fsrs(fsrsOptions(params))
  return {
    next(state, grade: Grade, at) {
      const card = state ? toFsrsCard(state) : createEmptyCard(new Date(at))
      const rating = (GRADES.indexOf(grade) + 1) as FsrsGrade
      return fromFsrsCard(f.next(card, new Date(at), rating).card, at, state?.reviewed ?? false)
    },
    // What get_retrievability computes, without building a ts-fsrs card: the dashboard asks
    // this of every card.
    retrievability(state, now) {
      if (state.phase === 0) return 0
      const days = Math.max(0, Math.floor((now - state.last) / DAY_MS))
      return f.forgetting_curve(days, state.stability)
    },
  }
}
