/** Turns a finished quiz into the attempt that is recorded. */
import type { Bank } from '../bank/schema.ts'
import { summarize, verdictOf } from '../quiz/score.ts'
import { entryOf, type QuizSession } from '../quiz/session.ts'
import { encodeAnswer } from './answers.ts'
import {
  compareText,
  SCORE_UNITS,
  scoreUnits,
  storedSeconds,
  type AnswerRecord,
  type Attempt,
} from './codec.ts'

/**
 * Each question's time in whole seconds, rounded so that they add up to the quiz's time rounded
 * once (as the results page says it): each is the rounded running total less the one before it, so
 * none is more than a second from its own time, and 17 questions of 2.4 s come to 41 s, not 34.
 */
export function wholeSeconds(timesMs: readonly number[]): number[] {
  let total = 0
  let before = 0
  return timesMs.map((ms) => {
    total += Math.max(0, ms)
    const upTo = Math.round(total / 1000)
    const own = upTo - before
    before = upTo
    return own
  })
}

/**
 * The attempt a finished session comes to, with `id` from the caller (the store makes a random
 * one). Values are rounded as they are stored, so what is recorded reads back unchanged.
 * Throws for a session that is not finished.
 */
export function attemptFromSession(session: QuizSession, bank: Bank, id: string): Attempt {
  if (session.status !== 'finished' || session.finishedAt === undefined) {
    throw new Error('Only a finished quiz can be recorded.')
  }
  const byId = new Map(bank.questions.map((q) => [q.id, q]))
  const seconds = wholeSeconds(session.order.map((qid) => entryOf(session, qid).timeMs))
  const answers = session.order
    .map((qid, i): AnswerRecord => {
      const entry = entryOf(session, qid)
      const q = byId.get(qid)
      const units = scoreUnits(entry.result?.score ?? 0, entry.result?.max ?? 1)
      const record: AnswerRecord = {
        qid,
        score: units / SCORE_UNITS,
        max: 1,
        correct: entry.result?.correct === true,
        timeMs: storedSeconds((seconds[i] ?? 0) * 1000) * 1000,
        answer: q ? encodeAnswer(q, entry.response) : '',
        retryUsed: entry.retryUsed,
      }
      // A second try's first answer, for the review to say what was picked first.
      const first = q && entry.retryUsed ? encodeAnswer(q, entry.firstResponse ?? null) : ''
      if (first) record.firstAnswer = first
      // "I was right" exists only in practice; a test session claiming it is not believed.
      if (entry.overridden === true && session.options.mode === 'practice') record.overridden = true
      // Finishing leaves questions not reached, and practice's skipped ones, unanswered.
      // An untouched ordering question still holds its shown order: not an answer to keep.
      if (entry.phase === 'unanswered') {
        record.unanswered = true
        // Its results said "Left blank", not "Skipped": the time ran out before it was left.
        if (session.options.mode === 'practice' && !entry.skipped) record.notSkipped = true
        record.score = 0
        record.correct = false
        record.answer = ''
        delete record.firstAnswer
      }
      return record
    })
    .sort((a, b) => compareText(a.qid, b.qid))
  const startedAt = Math.floor(session.startedAt / 1000) * 1000
  const duration = Math.max(0, Math.round((session.finishedAt - startedAt) / 1000)) * 1000
  const units = answers.reduce((sum, a) => sum + Math.round(a.score * SCORE_UNITS), 0)
  return {
    id,
    setId: session.bankId,
    mode: session.options.mode,
    startedAt,
    finishedAt: startedAt + duration,
    score: units / SCORE_UNITS,
    max: answers.length,
    // Part of a set (a retry of the questions missed, some topics) neither passes nor fails it.
    passed: verdictOf(summarize(session, bank)),
    answers,
    detailed: true,
    seed: session.seed,
    asked: [...session.order],
  }
}
