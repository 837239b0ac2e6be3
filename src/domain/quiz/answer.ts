/** Answering the question on screen: editing, submitting, and practice mode's one retry. */
import type { Bank } from '../bank/schema.ts'
import type { AnyResponse, GradeResult } from '../grading/types.ts'
import { checkResponse, gradeQuestion } from '../grading/registry.ts'
import { currentEntry, currentId, entryOf, type QuizSession } from './session.ts'
import { patchEntry, questionOf, tick } from './steps.ts'

/** Share of the mark a right second try earns: worth retrying, worth more to know it first time. */
export const RETRY_CREDIT = 0.5

/** What a submission did: the new session, or the unchanged one plus a message for the student. */
export interface SubmitOutcome {
  session: QuizSession
  /** null when the response was accepted; otherwise why not (not counted as an attempt). */
  message: string | null
}

/** Whether a question's response may still change: practice locks it once graded. */
function editable(session: QuizSession, qid: string): boolean {
  if (session.status !== 'active') return false
  const { phase } = entryOf(session, qid)
  return session.options.mode === 'test' || phase === 'unanswered' || phase === 'retry'
}

/**
 * Replaces a question's response as the student edits it; ignored once it is locked (graded in
 * practice, or the quiz is over). Editing un-skips: the student came back to it. The shape is
 * verified when the response is graded.
 */
export function setResponse(session: QuizSession, qid: string, response: AnyResponse): QuizSession {
  return editable(session, qid) ? patchEntry(session, qid, { response, skipped: false }) : session
}

/** The recorded result of a retry: the better of the first grade and the discounted second. */
export function creditRetry(first: GradeResult, retry: GradeResult): GradeResult {
  const discounted = RETRY_CREDIT * retry.score
  const detail = retry.correct
    ? `Right on the second try (${RETRY_CREDIT * 100}% credit)`
    : `Second try: ${retry.detail}`
  return { score: Math.max(first.score, discounted), max: 1, correct: retry.correct, detail }
}

/**
 * Submits the response of the question on screen. Practice grades it at once (see the entry's
 * `result`); test mode only records it. A response that cannot be submitted ("Type a number")
 * leaves the session as it was and returns the message.
 */
export function submitAnswer(
  session: QuizSession,
  bank: Bank,
  now: Date,
  locale: string,
): SubmitOutcome {
  if (session.status !== 'active') return { session, message: 'This quiz is over.' }
  const qid = currentId(session)
  const entry = currentEntry(session)
  if (!editable(session, qid)) return { session, message: 'This question is already answered.' }
  const q = questionOf(bank, qid)
  const message = checkResponse(q, entry.response, locale)
  if (message !== null) return { session, message }
  // Brings timeMs up to date at each submission, so a saved session never loses much; the time
  // and the submission go into the entry together, in one copy.
  const t = now.getTime()
  if (session.options.mode === 'test') {
    return {
      session: tick(session, t, { phase: 'answered', attempts: 1, skipped: false }),
      message: null,
    }
  }
  const grade = gradeQuestion(q, entry.response, locale)
  const patch =
    entry.phase === 'retry' && entry.firstResult
      ? { result: creditRetry(entry.firstResult, grade), attempts: entry.attempts + 1 }
      : { result: grade, firstResult: grade, attempts: 1 }
  return {
    session: tick(session, t, { ...patch, phase: 'feedback', skipped: false }),
    message: null,
  }
}

/** Whether practice offers a second try at the question on screen: once, after a wrong answer. */
export function canRetry(session: QuizSession): boolean {
  const entry = currentEntry(session)
  return (
    session.status === 'active' &&
    session.options.mode === 'practice' &&
    entry.phase === 'feedback' &&
    !entry.retryUsed &&
    entry.result?.correct === false
  )
}

/** Opens the second try; the previous response stays so the student can adjust it. */
export function startRetry(session: QuizSession): QuizSession {
  if (!canRetry(session)) return session
  return patchEntry(session, currentId(session), { phase: 'retry', retryUsed: true })
}
