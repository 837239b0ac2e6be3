/**
 * Ending a quiz. Every question leaves with a result: graded answers keep theirs, test answers
 * are graded now, and the rest score 0 as "Left blank" or "Skipped".
 */
import type { Bank } from '../bank/schema.ts'
import {
  blankResponse,
  checkResponse,
  gradeQuestion,
  isPartlyAnswered,
} from '../grading/registry.ts'
import { noAnswer, NO_ANSWER, SKIPPED } from '../grading/result.ts'
import {
  entryAt,
  isAnswered,
  isOpen,
  shownOf,
  type Entry,
  type FinishReason,
  type QuizSession,
} from './session.ts'
import { questionOf, stopAll } from './steps.ts'
import { sameResponse } from './retry.ts'

/** How an entry ends when there is nothing to grade, e.g. a test answer later cleared. */
function unanswered(entry: Entry): Entry {
  return { ...entry, phase: 'unanswered', result: noAnswer(entry.skipped ? SKIPPED : NO_ANSWER) }
}

/**
 * Marks the session finished once every entry has its final result. 'completed' claims nothing
 * was left open, so it is refused when the final results say otherwise (even an answer the
 * student cleared after recording it), rather than saved as a false claim.
 */
function finalize(
  session: QuizSession,
  t: number,
  reason: FinishReason,
  settle: (qid: string, entry: Entry) => Entry,
): QuizSession {
  const stopped = stopAll(session, t)
  const entries = stopped.order.map((qid, i): Entry => {
    const entry = entryAt(stopped, i)
    return entry.result ? { ...entry, phase: 'answered' } : settle(qid, entry)
  })
  const open = entries.filter(isOpen).length
  if (reason === 'completed' && open > 0) {
    throw new Error(`Cannot complete a quiz with ${open} open questions; submit it instead`)
  }
  return { ...stopped, entries, status: 'finished', finishedAt: t, finishReason: reason }
}

/** Ends a practice quiz whose every question is answered or skipped (for `next`); nothing is left to grade. */
export function completeSession(session: QuizSession, t: number): QuizSession {
  return finalize(session, t, 'completed', (_qid, entry) => unanswered(entry))
}

/** Whether ending the quiz now grades this entry rather than leaving it with "Left blank". */
function gradedAtFinish(
  session: QuizSession,
  bank: Bank,
  qid: string,
  entry: Entry,
  locale: string,
): boolean {
  const q = questionOf(bank, qid)
  const { response } = entry
  // A draft: changed from how it started but never submitted, e.g. time ran out mid-answer.
  const draft = isOpen(entry) && !sameResponse(response, blankResponse(q, shownOf(session, qid)))
  if (!(isAnswered(entry) || draft)) return false
  // Not finished (two of three pairs matched) is graded for what it holds; unreadable is not.
  return checkResponse(q, response, locale) === null || isPartlyAnswered(q, response)
}

/**
 * Questions still unanswered that ending the quiz now would grade for what they hold (some of a
 * matching question's pairs matched), in asking order: the "Submit with 3 left blank?" dialog says
 * they earn marks, and the test's navigator marks them "partly answered".
 */
export function partlyAnsweredIds(session: QuizSession, bank: Bank, locale: string): string[] {
  return session.order.filter((qid, i) => {
    const entry = entryAt(session, i)
    return !isAnswered(entry) && gradedAtFinish(session, bank, qid, entry, locale)
  })
}

/**
 * Ends the quiz and grades what is left. Test answers are graded now; so is a response the
 * student changed but never submitted (time ran out mid-question) if it could have been submitted,
 * or holds part of an answer (a matching question with some of its pairs matched).
 * Throws when asked for 'completed' while a question would be left open.
 */
export function finish(
  session: QuizSession,
  bank: Bank,
  now: Date,
  reason: FinishReason,
  locale: string,
): QuizSession {
  if (session.status !== 'active') return session
  return finalize(session, now.getTime(), reason, (qid, entry) => {
    if (!gradedAtFinish(session, bank, qid, entry, locale)) return unanswered(entry)
    const result = gradeQuestion(questionOf(bank, qid), entry.response, locale)
    return {
      ...entry,
      result,
      firstResult: result,
      attempts: Math.max(1, entry.attempts),
      phase: 'answered',
    }
  })
}
