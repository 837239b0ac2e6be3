/** The numbers a finished (or abandoned) quiz comes to. */
import type { Bank } from '../bank/schema.ts'
import { entryOf, type QuizSession } from './session.ts'
import { questionOf } from './steps.ts'
import { isFullyRight, percentOf } from './marks.ts'

export interface TagScore {
  score: number
  max: number
  /** Questions whose final response was right. */
  correct: number
  /** Questions with full marks: what "3 of 4 questions fully right" counts. */
  fullyRight: number
  total: number
  /** Whole percent of the marks, from `percentOf`. */
  percent: number
}

export interface Summary {
  score: number
  max: number
  /** score / max, unrounded: pass/fail and charts use this. */
  fraction: number
  /** Whole percent from `percentOf`, as every page writes it. */
  percent: number
  /** Questions with full marks; the rest are what "Answer the 2 I missed again" asks. */
  fullyRightCount: number
  /** Questions whose final response was right (a right retry counts; its half credit is in `score`). */
  correctCount: number
  /** Questions answered right on the first try. */
  firstTryCount: number
  /** Questions the student marked right after a refusal ("I was right"), practice only. */
  markedRightCount: number
  /** Questions that ended with no answer, skipped or not. */
  unansweredCount: number
  total: number
  /**
   * The quiz asked every question of the set. Only such a quiz passes or fails the set: a retry
   * of the questions missed, a few questions or some topics are practice (`passed` is kept for
   * what the score alone would say).
   */
  whole: boolean
  passed: boolean
  /** Per tag of the questions asked; untagged questions appear only in the totals. */
  byTag: Record<string, TagScore>
  /** Time spent on the questions, pauses excluded: the sum of their clocks, to the millisecond. */
  durationMs: number
}

// Sums of thirds and sixths can land a hair under a pass mark they actually meet.
const EPSILON = 1e-9

/** Totals, percentage, pass/fail and per-tag scores. Questions not yet graded count as 0 of 1. */
export function summarize(session: QuizSession, bank: Bank): Summary {
  let score = 0
  let max = 0
  let correctCount = 0
  let fullyRightCount = 0
  let firstTryCount = 0
  let markedRightCount = 0
  let unansweredCount = 0
  let durationMs = 0
  const tags = new Map<string, TagScore>()
  for (const qid of session.order) {
    const entry = entryOf(session, qid)
    const q = questionOf(bank, qid)
    const got = entry.result?.score ?? 0
    const of = entry.result?.max ?? 1
    const correct = entry.result?.correct === true
    const full = entry.result !== undefined && isFullyRight(entry.result)
    if (full) fullyRightCount++
    score += got
    max += of
    if (correct) correctCount++
    if (entry.firstResult?.correct === true) firstTryCount++
    if (entry.overridden === true && correct) markedRightCount++
    if (entry.phase === 'unanswered') unansweredCount++
    // Not whole seconds per question: 17 questions of 2.4 s each took 40.8 s, not 34. A recorded
    // attempt rounds its questions so that they add up to this total (see wholeSeconds).
    durationMs += entry.timeMs
    for (const tag of new Set(q.tags ?? [])) {
      const t = tags.get(tag) ?? {
        score: 0,
        max: 0,
        correct: 0,
        fullyRight: 0,
        total: 0,
        percent: 0,
      }
      const next = {
        score: t.score + got,
        max: t.max + of,
        correct: t.correct + (correct ? 1 : 0),
        fullyRight: t.fullyRight + (full ? 1 : 0),
        total: t.total + 1,
      }
      tags.set(tag, { ...next, percent: percentOf(next.score, next.max) })
    }
  }
  const fraction = max > 0 ? score / max : 0
  return {
    score,
    max,
    fraction,
    percent: percentOf(score, max, bank.passMark),
    fullyRightCount,
    correctCount,
    firstTryCount,
    markedRightCount,
    unansweredCount,
    total: session.order.length,
    whole: session.order.length >= bank.questions.length,
    passed: fraction + EPSILON >= bank.passMark,
    byTag: Object.fromEntries(tags),
    durationMs,
  }
}

/** Passed or not, for a quiz of the whole set; null (no verdict) for a quiz of part of it. */
export function verdictOf(summary: Pick<Summary, 'whole' | 'passed'>): boolean | null {
  return summary.whole ? summary.passed : null
}

/** Ids of the questions without full marks, in asking order: feed them to `questionIds` to retry. */
export function missedQuestionIds(session: QuizSession): string[] {
  return session.order.filter((qid) => {
    const result = entryOf(session, qid).result
    return !result || !isFullyRight(result)
  })
}
