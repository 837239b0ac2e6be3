/** The answers of a finished quiz, as review answers: every question the student answered. */
import { entryAt, isAnswered, type QuizSession } from '../quiz/session.ts'
import type { ReviewAnswer } from './apply.ts'

/**
 * One answer per question answered in `session` (unanswered and skipped ones make no card),
 * dated when the quiz finished. Quizzes ask no confidence, so none is "sure".
 */
export function answersFromQuiz(session: QuizSession): ReviewAnswer[] {
  if (session.status !== 'finished') return []
  const at = session.finishedAt ?? session.startedAt
  return session.order.flatMap((qid, i): ReviewAnswer[] => {
    const entry = entryAt(session, i)
    if (!isAnswered(entry) || !entry.result || entry.attempts === 0) return []
    return [
      {
        setId: session.bankId,
        qid,
        at,
        source: 'quiz',
        correct: entry.result.correct,
        retryUsed: entry.retryUsed,
        timeMs: entry.timeMs,
        sure: false,
      },
    ]
  })
}
