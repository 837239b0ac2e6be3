/** One stored attempt's answers joined with the questions they answered, for the review page. */
import type { Bank, Question } from '../../domain/bank/schema.ts'
import { correctAnswerText } from '../../domain/grading/registry.ts'
import type { AnyResponse } from '../../domain/grading/types.ts'
import { NO_ANSWER, SKIPPED } from '../../domain/grading/result.ts'
import { answerText, decodeAnswer, isLeftBlank } from '../../domain/progress/answers.ts'
import { shuffledChoices, type AnswerRecord, type Attempt } from '../../domain/progress/codec.ts'
import { skippedBlank } from '../../domain/progress/stats.ts'
import { displayOrder } from '../../domain/quiz/shown.ts'

/** What `answerText` says when a stored code no longer fits its (edited) question. */
export const UNREADABLE = '(answer no longer readable)'

export interface AttemptItem {
  record: AnswerRecord
  /** undefined: the question is no longer in the set (or the set is not loaded). */
  question?: Question
  /** The answer given in words; undefined once the attempt's detail was trimmed. */
  yourAnswer?: string
  rightAnswer?: string
  /** A second try's first answer in words, where the attempt kept it (progress version 5). */
  firstTry?: string
  /** The answer as the quiz held it, to mark in place; undefined when it cannot be read back. */
  response?: AnyResponse
  /** The options in the order the quiz showed them, where the attempt says (see `shuffledChoices`). */
  shown?: readonly string[]
  /** How a question left without an answer is named (see `blankWord`); absent when answered. */
  blank?: string
}

/**
 * The word for a question an attempt left without an answer, as its results page said it:
 * "Skipped" where it was (see `skippedBlank`, which Progress's counts use too), else "Left blank".
 */
export function blankWord(
  attempt: Pick<Attempt, 'mode'>,
  record: Pick<AnswerRecord, 'notSkipped'>,
): string {
  return skippedBlank(attempt.mode, record.notSkipped === true) ? SKIPPED : NO_ANSWER
}

/**
 * The attempt's answers in the order they were asked, so they are numbered as the results page
 * numbered them; for an attempt that did not keep its order (recorded before progress version 4,
 * or its detail trimmed), in the set's current question order, questions the set no longer has
 * last. Each comes with the question and both answers in words where the bank and the detail allow,
 * and its options in the order they were shown where the attempt tells it.
 */
export function attemptItems(attempt: Attempt, bank: Bank | undefined): AttemptItem[] {
  const position = new Map(bank?.questions.map((q, i) => [q.id, i]))
  const items = attempt.answers.map((record): AttemptItem => {
    const i = position.get(record.qid)
    const question = i === undefined ? undefined : bank?.questions[i]
    const blank = isLeftBlank(record) ? { blank: blankWord(attempt, record) } : {}
    if (!question) return { record, ...blank }
    const item: AttemptItem = {
      record,
      question,
      rightAnswer: correctAnswerText(question),
      ...blank,
    }
    if (shuffledChoices(attempt)) {
      const shown = displayOrder(question, attempt.seed, true)
      if (shown) item.shown = shown
    }
    if (record.answer !== undefined) {
      item.yourAnswer = item.blank ?? answerText(question, record.answer)
      const response = decodeAnswer(question, record.answer)
      if (response !== undefined) item.response = response
    }
    if (record.firstAnswer) item.firstTry = answerText(question, record.firstAnswer)
    return item
  })
  const asked = attempt.asked ? new Map(attempt.asked.map((qid, i) => [qid, i])) : position
  const order = (item: AttemptItem) => asked.get(item.record.qid) ?? Number.MAX_SAFE_INTEGER
  // Stored answers are sorted by id, so equal orders (removed questions) stay in id order.
  return items.sort((a, b) => order(a) - order(b))
}
