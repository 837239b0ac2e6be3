/** Answering the question on screen: editing, submitting, and practice mode's one retry. */
import type { Bank, Question } from '../bank/schema.ts'
import type { AnyResponse, GradeResult } from '../grading/types.ts'
import {
  blankResponse,
  checkResponse,
  gradeQuestion,
  isPartlyAnswered,
} from '../grading/registry.ts'
import {
  currentEntry,
  currentId,
  entryOf,
  shownOf,
  type Entry,
  type QuizSession,
} from './session.ts'
import { patchEntry, questionOf, tick } from './steps.ts'
import {
  SAME_AS_FIRST_TRY,
  RETRY_CREDIT,
  creditRetry,
  hasSecondTry,
  holdsFirstTry,
  retryResponse,
  sameResponse,
} from './retry.ts'

/** What a submission did: the new session, or the unchanged one plus a message for the student. */
export interface SubmitOutcome {
  session: QuizSession
  /** null when the response was accepted; otherwise why not (not counted as an attempt). */
  message: string | null
}

/** A test answer taken back: cleared, or edited into one that cannot be recorded. */
const UNRECORDED = { phase: 'unanswered', attempts: 0 } as const

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

/**
 * Why a test cannot take the answer on screen as it stands ("12a" is not a number), or null. A
 * cleared answer, or a matching question with some pairs still open, is not refused: a test may
 * leave a question unanswered or unfinished (what is matched earns its share at the end).
 */
export function testRefusal(session: QuizSession, bank: Bank, locale: string): string | null {
  const q = questionOf(bank, currentId(session))
  const { response } = currentEntry(session)
  const message = checkResponse(q, response, locale)
  return message === null || isPartlyAnswered(q, response) || isBlank(session, q) ? null : message
}

/** Whether the question on screen is as it was before the student touched it. */
function isBlank(session: QuizSession, q: Question): boolean {
  const qid = currentId(session)
  return sameResponse(currentEntry(session).response, blankResponse(q, shownOf(session, qid)))
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
  if (message !== null) {
    if (session.options.mode !== 'test') return { session, message }
    // A test records each answer as it is typed: one edited into something that cannot be
    // recorded ("12a") is no longer an answer, and counts as unanswered until it is fixed.
    // One cleared is simply unanswered, which a test allows, so it is not refused either; nor is
    // a matching question being matched (what is matched earns its share, as testRefusal says).
    const open = entry.phase === 'unanswered' ? session : patchEntry(session, qid, UNRECORDED)
    const allowed = isBlank(session, q) || isPartlyAnswered(q, entry.response)
    return { session: open, message: allowed ? null : message }
  }
  // A second try that is the first one again would spend the try on an answer known to be wrong
  // (Enter, Esc, Enter from the keyboard did): it is refused, as a blank one is.
  if (holdsFirstTry(entry)) return { session, message: SAME_AS_FIRST_TRY }
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

/**
 * A saved quiz as this version plays it: a second try opened before true/false and a single choice
 * of two lost theirs goes back to the first try's feedback, the right answer shown; it was a free
 * half mark, one option left.
 */
export function closeLostTries(session: QuizSession, bank: Bank): QuizSession {
  return session.order.reduce((s, qid) => {
    const { phase, firstResult, firstResponse, response } = entryOf(s, qid)
    return phase === 'retry' && firstResult && !hasSecondTry(questionOf(bank, qid))
      ? patchEntry(s, qid, {
          phase: 'feedback',
          result: firstResult,
          response: firstResponse ?? response,
        })
      : s
  }, session)
}

/**
 * Whether practice offers a second try at the question on screen: once, after a wrong answer to a
 * question that leaves a choice, unless the student chose to see the answer instead.
 */
export function canRetry(session: QuizSession, bank: Bank): boolean {
  const entry = currentEntry(session)
  return (
    session.status === 'active' &&
    session.options.mode === 'practice' &&
    entry.phase === 'feedback' &&
    !entry.retryUsed &&
    entry.revealed !== true &&
    entry.result?.correct === false &&
    hasSecondTry(questionOf(bank, currentId(session)))
  )
}

/**
 * "Show the answer": the second try on offer is given up for the answer, in the session, so that
 * coming back to the question (a reload) shows the answer again and offers no try at it.
 */
export function revealAnswer(session: QuizSession, bank: Bank): QuizSession {
  if (!canRetry(session, bank)) return session
  return patchEntry(session, currentId(session), { revealed: true })
}

/** Opens the second try, from retryResponse's answer. */
export function startRetry(session: QuizSession, bank: Bank): QuizSession {
  if (!canRetry(session, bank)) return session
  const qid = currentId(session)
  const firstResponse = currentEntry(session).response
  const response = retryResponse(questionOf(bank, qid), firstResponse, shownOf(session, qid))
  return patchEntry(session, qid, { phase: 'retry', retryUsed: true, firstResponse, response })
}

/** What a first answer the student marked right counts for: full marks, marked as theirs. */
export const MARKED_RIGHT = 'You marked this right'

/**
 * Whether practice lets the student say the short answer on screen was right after all: once,
 * while the feedback on a refused answer is showing. Test mode never offers it.
 */
export function canClaimRight(session: QuizSession, bank: Bank): boolean {
  if (session.status !== 'active' || session.options.mode !== 'practice') return false
  const entry = currentEntry(session)
  return (
    entry.phase === 'feedback' &&
    entry.result?.correct === false &&
    entry.overridden !== true &&
    questionOf(bank, currentId(session)).type === 'short'
  )
}

/**
 * "I was right": the refused short answer on screen counts as if the grader had accepted it —
 * full marks for a first answer, the retry's share for a second try — and the entry is marked
 * `overridden` so review and progress say the student marked it. Returns the session as it is
 * when `canClaimRight` is false.
 */
export function claimRight(session: QuizSession, bank: Bank): QuizSession {
  if (!canClaimRight(session, bank)) return session
  const entry = currentEntry(session)
  const right: GradeResult = { score: 1, max: 1, correct: true, detail: MARKED_RIGHT }
  const patch: Partial<Entry> =
    entry.attempts > 1 && entry.firstResult
      ? {
          result: {
            ...creditRetry(entry.firstResult, right),
            detail: `Counted as right on the second try (${RETRY_CREDIT * 100}% credit)`,
          },
        }
      : { result: right, firstResult: right }
  return patchEntry(session, currentId(session), { ...patch, overridden: true })
}
