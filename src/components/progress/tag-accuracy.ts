/**
 * Marks per topic tag across every recorded attempt, counted as the results page counts a topic:
 * each question asked is worth a mark, a right second try earns its half and a question left
 * blank earns nothing. It reads the per-question aggregates (which the progress store computes
 * from every attempt's answers) and the banks' tags, so it costs one look-up per question rather
 * than one per answer ever given.
 */
import type { Bank } from '../../domain/bank/schema.ts'
import type { QuestionStats } from '../../domain/progress/stats.ts'
import { percentOf } from '../../domain/quiz/marks.ts'
import { weakestFirst } from '../../domain/quiz/reward.ts'

export interface TagAccuracy {
  tag: string
  /** Marks earned on questions with this tag, 0–1 each. */
  score: number
  /** Times a question with this tag was asked: the marks it could have earned. */
  max: number
  /** marks / max as a whole percent, as every page rounds a score. */
  percent: number
}

/** Per tag, the marks its questions earned; weakest first, as the results rank topics. */
export function tagAccuracy(
  banks: readonly Bank[],
  statsOf: (setId: string, qid: string) => QuestionStats | undefined,
): TagAccuracy[] {
  const byTag = new Map<string, { score: number; max: number }>()
  for (const bank of banks) {
    for (const q of bank.questions) {
      const stats = statsOf(bank.id, q.id)
      if (!stats || stats.seen === 0) continue
      // A tag listed twice on one question still counts the question once.
      for (const tag of new Set(q.tags ?? [])) {
        const t = byTag.get(tag) ?? { score: 0, max: 0 }
        t.score += stats.scoreSum
        t.max += stats.seen
        byTag.set(tag, t)
      }
    }
  }
  return [...byTag]
    .map(([tag, t]) => ({ tag, ...t, percent: percentOf(t.score, t.max) }))
    .sort(weakestFirst)
}
