/** What a finished quiz sends to the LMS, built from the quiz session with the domain's rules. */
import type { Bank } from '../domain/bank/schema.ts'
import { describeResponse, isResponseFor } from '../domain/grading/registry.ts'
import { finishedValues, type ScormAnswer } from '../domain/interop/scorm.ts'
import { summarize } from '../domain/quiz/score.ts'
import { entryOf, type QuizSession } from '../domain/quiz/session.ts'
import type { LmsSession } from './lms.ts'

/** sent: the LMS has this score; kept-earlier: it keeps the learner's earlier, higher one. */
export type ReportOutcome = 'sent' | 'kept-earlier'

/**
 * Sends a finished session's score, status and interactions, commits, and finishes. A score
 * never lowers what the LMS already holds (see `keptScore`), and interactions are numbered after
 * those it holds now.
 */
export function reportFinished(
  lms: LmsSession,
  session: QuizSession,
  bank: Bank,
  now: number,
  locale: string,
): ReportOutcome {
  const byId = new Map(bank.questions.map((q) => [q.id, q]))
  const answers: ScormAnswer[] = session.order.flatMap((qid) => {
    const question = byId.get(qid)
    if (!question) return []
    const entry = entryOf(session, qid)
    // A question left unanswered has no response, not the words "Left blank".
    const response =
      entry.phase !== 'unanswered' && isResponseFor(question, entry.response)
        ? entry.response
        : undefined
    return [
      {
        question,
        response,
        words: response === undefined ? '' : describeResponse(question, response),
        score: entry.result?.score ?? 0,
        max: entry.result?.max ?? 1,
        timeMs: entry.timeMs,
      },
    ]
  })
  const summary = summarize(session, bank)
  const values = finishedValues(
    answers,
    { score: summary.score, max: summary.max, passed: summary.passed, passMark: bank.passMark },
    now - lms.startedAt,
    lms.interactionCount(),
    locale,
    lms.launch.earlier,
  )
  for (const [element, value] of values) lms.set(element, value)
  lms.finish()
  return values.some(([element]) => element === 'cmi.core.score.raw') ? 'sent' : 'kept-earlier'
}
