/** The questions of a set the student gets wrong most often, for "Questions you have missed in quizzes". */
import type { Bank } from '../../domain/bank/schema.ts'
import type { QuestionStats } from '../../domain/progress/stats.ts'
import { percent } from './format.ts'

export interface HardQuestion {
  qid: string
  prompt: string
  /** Times answered: asked and not left blank. */
  answered: number
  correct: number
  /** Of `correct`, the times right only on the second try. */
  secondTry: number
  /** Times left without an answer. */
  unanswered: number
  /** Of `unanswered`, the times skipped in a practice; the rest were left blank in a test. */
  skipped: number
  /** Of the times answered, those right first time (not on a second try), as a whole percent. */
  percent: number
}

/**
 * The questions of `bank` (up to `n`) that were answered wrong, right only on the second try, or
 * left blank at least once: not right first time, as the results' “Retry wrong ones only” counts
 * them. Those answered wrong (or right only on the second try) come first, what the student can
 * learn from; those only ever left blank or skipped after them: in one test of 15 with 12 blanks,
 * the one answered wrong came last, behind the blanks, after “Show all 13”. Within each, a blank
 * counts against a question, as it does in the score: lowest share of right answers among the
 * times asked first (a right second try counting half, as in the score); among equals the one
 * asked more often, then bank order. The percent shown is of the answers given, so a blank is
 * never called a wrong answer.
 */
export function hardQuestions(
  bank: Bank,
  statsOf: (qid: string) => QuestionStats | undefined,
  n = Number.POSITIVE_INFINITY,
): HardQuestion[] {
  const rows = bank.questions.flatMap((q, position) => {
    const s = statsOf(q.id)
    if (!s || s.seen === 0 || s.correct - s.secondTry >= s.seen) return []
    const answered = s.seen - s.unanswered
    const row = {
      qid: q.id,
      prompt: q.prompt,
      answered,
      correct: s.correct,
      secondTry: s.secondTry,
      unanswered: s.unanswered,
      skipped: s.skipped,
      percent: answered > 0 ? percent((s.correct - s.secondTry) / answered) : 0,
    }
    const blankOnly = s.correct - s.secondTry >= answered
    const rate = (s.correct - s.secondTry / 2) / s.seen
    return [{ row, blankOnly, rate, seen: s.seen, position }]
  })
  return rows
    .sort(
      (a, b) =>
        +a.blankOnly - +b.blankOnly ||
        a.rate - b.rate ||
        b.seen - a.seen ||
        a.position - b.position,
    )
    .slice(0, n)
    .map(({ row }) => row)
}
