/** The questions of a set the student gets wrong most often, for "Which questions were hard". */
import type { Bank } from '../../domain/bank/schema.ts'
import type { QuestionStats } from '../../domain/progress/stats.ts'
import { percent } from './format.ts'

export interface HardQuestion {
  qid: string
  prompt: string
  seen: number
  correct: number
  /** correct / seen as a whole percent. */
  percent: number
}

/**
 * Up to `n` questions of `bank` that were answered wrong at least once, lowest correct rate
 * first; among equals the one asked more often, then bank order.
 */
export function hardQuestions(
  bank: Bank,
  statsOf: (qid: string) => QuestionStats | undefined,
  n = 3,
): HardQuestion[] {
  const rows = bank.questions.flatMap((q, position) => {
    const s = statsOf(q.id)
    if (!s || s.seen === 0 || s.correct >= s.seen) return []
    const row = { qid: q.id, prompt: q.prompt, seen: s.seen, correct: s.correct }
    return [{ row, rate: s.correct / s.seen, position }]
  })
  return rows
    .sort((a, b) => a.rate - b.rate || b.row.seen - a.row.seen || a.position - b.position)
    .slice(0, n)
    .map(({ row, rate }) => ({ ...row, percent: percent(rate) }))
}
