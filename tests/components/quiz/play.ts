/**
 * Plays a quiz through the real domain, so the results and review screens are tested on the
 * numbers scoring and review actually produce rather than on hand-written ones.
 */
import type { Bank, Question } from '../../../src/domain/bank/schema.ts'
import type { AnyResponse } from '../../../src/domain/grading/types.ts'
import {
  claimRight,
  setResponse,
  startRetry,
  submitAnswer,
} from '../../../src/domain/quiz/answer.ts'
import { finish } from '../../../src/domain/quiz/finish.ts'
import { next, skip, toggleFlag } from '../../../src/domain/quiz/navigate.ts'
import {
  createSession,
  currentId,
  type FinishReason,
  type QuizSession,
} from '../../../src/domain/quiz/session.ts'
import { at, questions as sample } from '../../domain/quiz/bank.ts'

export { at }

/** What the student does with the question on screen. */
export type Step =
  | {
      answer: AnyResponse
      retry?: AnyResponse
      /** Says "I was right" after the (last) answer is refused. */
      claim?: boolean
      flag?: boolean
      seconds?: number
    }
  | { skip: true; seconds?: number }

function submitted(session: QuizSession, bank: Bank, response: AnyResponse, t: number) {
  const outcome = submitAnswer(
    setResponse(session, currentId(session), response),
    bank,
    at(t),
    'en',
  )
  if (outcome.message) throw new Error(`Fixture answer refused: ${outcome.message}`)
  return outcome.session
}

/**
 * A practice quiz over `bank` in bank order (seed "abc"), one step per question, each taking
 * its `seconds` (10 by default). Questions left without a step are open when the student
 * submits; a quiz whose every question got a step completes by itself.
 */
export function playPractice(bank: Bank, steps: Step[], reason: FinishReason = 'submitted') {
  let s = createSession(
    bank,
    { mode: 'practice', shuffleQuestions: false, shuffleChoices: false },
    'abc',
    at(0),
  )
  let t = 0
  for (const step of steps) {
    t += (step.seconds ?? 10) * 1000
    if ('skip' in step) {
      s = skip(s, at(t))
      continue
    }
    const qid = currentId(s)
    s = submitted(s, bank, step.answer, t)
    if (step.retry !== undefined) s = submitted(startRetry(s, bank), bank, step.retry, t)
    if (step.claim) s = claimRight(s, bank)
    if (step.flag) s = toggleFlag(s, qid)
    s = next(s, at(t))
  }
  return s.status === 'finished' ? s : finish(s, bank, at(t), reason, 'en')
}

/** A bank of these questions, in this order. */
export function bankOf(questions: Question[], passMark = 0.7): Bank {
  return {
    schemaVersion: 1,
    id: 'assad-sochi-2018/component-tests',
    title: 'Assad in Sochi',
    passage: 'assad-sochi-2018',
    passMark,
    questions,
  }
}

/** The quiz tests' questions, each with its own evidence so a review row shows which is which. */
export const questions = {
  who: {
    ...sample.who,
    evidence: '"Stability is improving," Assad told Putin.',
    explanation: 'Assad says it to Putin at the start of the meeting.',
  },
  critics: {
    ...sample.critics,
    evidence: 'The United States, European states and Iran criticised Russia.',
  },
  announced: { ...sample.announced, evidence: 'The visit was not announced in advance.' },
  year: { ...sample.year, evidence: 'Russia entered the conflict in 2015.' },
  spokesman: {
    ...sample.spokesman,
    evidence: 'Kremlin spokesman Dmitry Peskov called it a working visit.',
  },
} satisfies Record<string, Question>
