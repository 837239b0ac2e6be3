/**
 * Keeps the quiz in progress with the learner's attempt in the LMS (cmi.suspend_data), so
 * leaving and coming back resumes it for that learner only. Plain TypeScript: the player calls
 * `keep` when the quiz changes (it waits a moment, so typing does not write on every key) and
 * `flush` when the page is closed.
 */
import type { Bank } from '../domain/bank/schema.ts'
import type { QuizSession } from '../domain/quiz/session.ts'
import type { LmsSession } from './lms.ts'
import { writeSuspendData } from './suspend-data.ts'

/**
 * kept: the LMS holds the quiz as it is now; too-long: it no longer fits in suspend_data, so the
 * LMS keeps the last version that did; refused: the LMS would not take it.
 */
export type KeepStatus = 'kept' | 'too-long' | 'refused'

export interface AttemptKeeper {
  /** Writes the quiz in progress to the LMS when it changed, and commits. */
  keep(session: QuizSession, now: Date): KeepStatus
  /** Empties cmi.suspend_data ("start over"): nothing is left to resume. */
  forget(): void
}

/** A keeper for `lms`; it starts from the suspend_data the LMS launched the page with. */
export function attemptKeeper(lms: LmsSession, bank: Bank): AttemptKeeper {
  let held = lms.launch.suspendData
  return {
    keep(session, now) {
      const written = writeSuspendData(session, bank, now)
      if (!written.ok) return written.reason === 'too-long' ? 'too-long' : 'kept'
      if (written.text === held) return 'kept'
      if (!lms.set('cmi.suspend_data', written.text)) return 'refused'
      held = written.text
      lms.commit()
      return 'kept'
    },
    forget() {
      if (held === '') return
      if (lms.set('cmi.suspend_data', '')) held = ''
      lms.commit()
    },
  }
}
