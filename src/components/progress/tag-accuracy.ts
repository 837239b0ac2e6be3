/**
 * Accuracy per topic tag across every recorded answer. It reads the per-question aggregates
 * (which the progress store computes from every attempt's answers) and the banks' tags, so it
 * costs one look-up per question rather than one per answer ever given.
 */
import type { Bank } from '../../domain/bank/schema.ts'
import type { QuestionStats } from '../../domain/progress/stats.ts'
import { percent } from './format.ts'

export interface TagAccuracy {
  tag: string
  /** Times a question with this tag was answered (asked and not left blank). */
  answered: number
  correct: number
  /** correct / answered as a whole percent. */
  percent: number
}

/** Per tag, how often its questions were answered right; weakest first, then by name. */
export function tagAccuracy(
  banks: readonly Bank[],
  statsOf: (setId: string, qid: string) => QuestionStats | undefined,
): TagAccuracy[] {
  const byTag = new Map<string, { answered: number; correct: number }>()
  for (const bank of banks) {
    for (const q of bank.questions) {
      const stats = statsOf(bank.id, q.id)
      // Accuracy is of answers given: a question left blank was not answered wrong.
      const answered = stats ? stats.seen - stats.unanswered : 0
      if (!stats || answered === 0) continue
      // A tag listed twice on one question still counts the question once.
      for (const tag of new Set(q.tags ?? [])) {
        const t = byTag.get(tag) ?? { answered: 0, correct: 0 }
        t.answered += answered
        t.correct += stats.correct
        byTag.set(tag, t)
      }
    }
  }
  return [...byTag]
    .map(([tag, t]) => ({ tag, ...t, percent: percent(t.correct / t.answered) }))
    .sort((a, b) => a.percent - b.percent || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0))
}
