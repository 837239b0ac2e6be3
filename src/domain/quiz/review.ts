/** One row per question for the review screen, in asking order. */
import type { Bank, Question } from '../bank/schema.ts'
import type { GradeResult } from '../grading/types.ts'
import { correctAnswerText, describeResponse } from '../grading/registry.ts'
import { NO_ANSWER, SKIPPED } from '../grading/result.ts'
import { entryAt, isAnswered, shownOf, type Entry, type QuizSession } from './session.ts'
import { questionOf } from './steps.ts'

export interface ReviewItem {
  question: Question
  /** 0-based position in the quiz, for goTo. */
  position: number
  entry: Entry
  flagged: boolean
  /** The student's answer in words, "Skipped" or "Left blank". */
  yourAnswer: string
  /** A second try's first answer in words, what was picked first. */
  firstTry?: string
  correctAnswer: string
  /** Undefined until graded (test mode grades at finish). */
  result: GradeResult | undefined
  /** The student said this refused answer was right ("I was right", practice only). */
  markedRight: boolean
  /** The options in the order the quiz showed them, for a question that has options. */
  shown?: readonly string[]
}

/** Everything the review screen shows about each question. */
export function reviewItems(session: QuizSession, bank: Bank): ReviewItem[] {
  return session.order.map((qid, position) => {
    const question = questionOf(bank, qid)
    const entry = entryAt(session, position)
    const yourAnswer = isAnswered(entry)
      ? describeResponse(question, entry.response)
      : entry.skipped
        ? SKIPPED
        : NO_ANSWER
    const shown = shownOf(session, qid)
    const first = entry.retryUsed ? entry.firstResponse : undefined
    return {
      ...(shown ? { shown } : {}),
      ...(first !== undefined ? { firstTry: describeResponse(question, first) } : {}),
      question,
      position,
      entry,
      flagged: session.flagged.includes(qid),
      yourAnswer,
      correctAnswer: correctAnswerText(question),
      result: entry.result,
      markedRight: entry.overridden === true && session.options.mode === 'practice',
    }
  })
}

/** Questions skipped and left so, each reviewed as "Skipped": the results count them so too. */
export function skippedLeft(items: readonly ReviewItem[]): number {
  return items.filter((i) => i.entry.phase === 'unanswered' && i.entry.skipped).length
}
