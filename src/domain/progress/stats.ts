/**
 * Aggregates, all computed from the attempt summaries that are kept for ever: per set (attempts,
 * best, last, mean, first, last played) and per question (seen, correct, right on the second try,
 * last result, mean time) for the review queue and item statistics. Documents are immutable
 * values, so the index is computed once per document and cached; it reads the packed results
 * directly rather than building a record per answer, which keeps 100 000 answers fast to index.
 */
import {
  correctOf,
  newestFirst,
  readStored,
  resultCode,
  SCORE_UNITS,
  secondsOf,
  toAttempt,
  unansweredOf,
  bitAt,
  unitsOf,
  type Attempt,
  type StoredAttempt,
} from './codec.ts'
import type { ProgressDoc } from './schema.ts'

/**
 * A set's record. Scores are fractions 0–1 of quizzes of the whole set (see `ofWholeSet`): a retry
 * of three missed questions at 100 % is no best of a thirteen-question set. null while every
 * attempt was at part of the set.
 */
export interface SetStats {
  setId: string
  /** Every attempt, whole set or part of it. */
  attempts: number
  /** Attempts at part of the set (a retry, a few questions, some topics): in `attempts` only. */
  partial: number
  passed: number
  best: number | null
  last: number | null
  mean: number | null
  first: number | null
  /** When the latest attempt finished, epoch ms. */
  lastPlayed: number
  /** When the earliest attempt finished, epoch ms. */
  firstPlayed: number
  /**
   * The most questions a quiz of the whole set asked (0 while every attempt was at part of it):
   * the set's size as its history tells it, which names a set no longer in the library.
   */
  asked: number
}

/** A question's record across every attempt that asked it. */
export interface QuestionStats {
  setId: string
  qid: string
  /** Times asked, answered or not. */
  seen: number
  /** Times left without an answer (counted in `seen`, never in `correct`). */
  unanswered: number
  /**
   * Of `unanswered`, the times skipped in a practice (a test's are left blank, and so are a
   * practice's the time ran out on, since version 6).
   */
  skipped: number
  correct: number
  /**
   * Of `correct`, the times right only on practice's second try: a right answer short of full
   * marks (a first answer right has them all), so the summaries kept for ever say it.
   */
  secondTry: number
  /** Sum of scores, 0–1 each; scoreSum / seen is the mean. */
  scoreSum: number
  meanTimeMs: number
  last: { score: number; correct: boolean; at: number }
}

export interface ProgressIndex {
  /** Every attempt, read and checked, newest first. */
  stored: readonly StoredAttempt[]
  sets: ReadonlyMap<string, SetStats>
  /** Keyed by questionKey(setId, qid): question ids are unique only within their set. */
  questions: ReadonlyMap<string, QuestionStats>
}

// Sums of thirds and sixths can land a hair under a pass mark they meet (as in quiz/score.ts).
const EPSILON = 1e-9

/** An attempt's score as a fraction of its maximum, 0–1 (0 when it had no maximum). */
export function scoreFraction(a: { score: number; max: number }): number {
  return a.max > 0 ? a.score / a.max : 0
}

/**
 * Whether an attempt passed, as pages show it. Given the set's pass mark it is derived from the
 * score, so a stored flag can never contradict the score shown beside it; without one (the set
 * is not loaded) the stored flag stands, except that a full score always passes. null (not
 * recorded, for attempts migrated from version 0) stays null.
 */
export function passedOf(
  fraction: number,
  stored: boolean | null,
  passMark?: number,
): boolean | null {
  if (stored === null) return null
  if (passMark !== undefined) return fraction + EPSILON >= passMark
  return stored || fraction + EPSILON >= 1
}

/**
 * Whether an attempt was a quiz of the whole set, the only kind with a verdict: one at part of the
 * set is stored with none (`passed: null`). Attempts carried over from progress version 0 have
 * none either, but were whole quizzes (their mode is "unknown", as no quiz now stores it).
 */
export function ofWholeSet(a: { passed: boolean | null; mode: string }): boolean {
  return a.passed !== null || a.mode === 'unknown'
}

/**
 * Whether a question an attempt left without an answer was skipped: in practice, which moves on
 * only once each question is answered or skipped, unless the time ran out on it (`notSkipped`,
 * kept since progress version 6); a test (or an attempt whose mode was not recorded) leaves its
 * questions blank.
 */
export function skippedBlank(mode: string, notSkipped: boolean): boolean {
  return mode === 'practice' && !notSkipped
}

/** The key of a question across sets. */
export function questionKey(setId: string, qid: string): string {
  return `${setId}#${qid}`
}

function build(doc: ProgressDoc): ProgressIndex {
  const stored: StoredAttempt[] = []
  for (const [setId, set] of Object.entries(doc.sets)) {
    for (const [id, text] of Object.entries(set.attempts)) {
      try {
        stored.push(readStored(setId, id, text, set.lists))
      } catch (e) {
        throw new TypeError(`attempt ${id} of ${setId} ${(e as Error).message}`)
      }
    }
  }
  stored.sort(newestFirst)
  const sets = new Map<string, SetStats & { sum: number; whole: number }>()
  // Two levels, so 100 000 answers need no key strings built.
  const questions = new Map<string, Map<string, QuestionStats & { seconds: number }>>()
  // Oldest first, so "first" is set once and "last" is overwritten by each later attempt.
  for (let i = stored.length - 1; i >= 0; i--) {
    const a = stored[i] as StoredAttempt
    const f = a.max > 0 ? a.units / SCORE_UNITS / a.max : 0
    const passed = passedOf(f, a.passed) === true
    let s = sets.get(a.setId)
    if (!s) {
      s = {
        setId: a.setId,
        attempts: 0,
        partial: 0,
        passed: 0,
        best: null,
        last: null,
        mean: null,
        first: null,
        lastPlayed: a.finishedAt,
        firstPlayed: a.finishedAt,
        asked: 0,
        sum: 0,
        whole: 0,
      }
      sets.set(a.setId, s)
    }
    s.attempts++
    s.passed += passed ? 1 : 0
    s.lastPlayed = a.finishedAt
    if (ofWholeSet(a)) {
      s.whole++
      s.best = Math.max(s.best ?? 0, f)
      s.first ??= f
      s.last = f
      s.sum += f
      s.asked = Math.max(s.asked, a.list.length)
    } else {
      s.partial++
    }
    let inSet = questions.get(a.setId)
    if (!inSet) questions.set(a.setId, (inSet = new Map()))
    for (let k = 0; k < a.list.length; k++) {
      const qid = a.list[k] as string
      const code = resultCode(a.results, k)
      let q = inSet.get(qid)
      if (!q) {
        const last = { score: 0, correct: false, at: 0 }
        q = {
          setId: a.setId,
          qid,
          seen: 0,
          unanswered: 0,
          skipped: 0,
          correct: 0,
          secondTry: 0,
          scoreSum: 0,
          meanTimeMs: 0,
          seconds: 0,
          last,
        }
        inSet.set(qid, q)
      }
      const score = unitsOf(code) / SCORE_UNITS
      q.seen++
      q.unanswered += unansweredOf(code) ? 1 : 0
      q.skipped += unansweredOf(code) && skippedBlank(a.mode, bitAt(a.notSkipped, k)) ? 1 : 0
      q.correct += correctOf(code) ? 1 : 0
      q.secondTry += correctOf(code) && score < 1 ? 1 : 0
      q.scoreSum += score
      q.seconds += secondsOf(code)
      q.last.score = score
      q.last.correct = correctOf(code)
      q.last.at = a.finishedAt
    }
  }
  // The running sums stay private: callers get the documented shapes only.
  return {
    stored,
    sets: new Map(
      [...sets].map(([key, { sum, whole, ...s }]) => [
        key,
        { ...s, mean: whole > 0 ? sum / whole : null },
      ]),
    ),
    questions: new Map(
      [...questions.values()].flatMap((inSet) =>
        [...inSet.values()].map(({ seconds, ...q }): [string, QuestionStats] => [
          questionKey(q.setId, q.qid),
          { ...q, meanTimeMs: Math.round((seconds * 1000) / q.seen) },
        ]),
      ),
    ),
  }
}

const cache = new WeakMap<ProgressDoc, ProgressIndex>()

/**
 * Every aggregate of a document, computed once per document. Throws a TypeError naming the
 * attempt when one does not decode; `validateProgress` makes sure stored documents never do.
 */
export function indexProgress(doc: ProgressDoc): ProgressIndex {
  let index = cache.get(doc)
  if (!index) {
    index = build(doc)
    cache.set(doc, index)
  }
  return index
}

/** A set's aggregates, or undefined when it was never played. */
export function setStats(doc: ProgressDoc, setId: string): SetStats | undefined {
  return indexProgress(doc).sets.get(setId)
}

/** A question's aggregates; question ids are unique only within a set, hence both ids. */
export function questionStats(
  doc: ProgressDoc,
  setId: string,
  qid: string,
): QuestionStats | undefined {
  return indexProgress(doc).questions.get(questionKey(setId, qid))
}

/** The `n` most recent attempts, newest first, of one set or of all. */
export function recentAttempts(doc: ProgressDoc, n: number, setId?: string): Attempt[] {
  const all = indexProgress(doc).stored
  const chosen =
    setId === undefined ? all.slice(0, n) : all.filter((a) => a.setId === setId).slice(0, n)
  return chosen.map(toAttempt)
}

/** How many attempts at `setId` passed, judged by `passMark` when it is known (see passedOf). */
export function passCount(doc: ProgressDoc, setId: string, passMark?: number): number {
  if (passMark === undefined) return setStats(doc, setId)?.passed ?? 0
  let n = 0
  for (const a of indexProgress(doc).stored) {
    if (a.setId !== setId) continue
    if (passedOf(a.max > 0 ? a.units / SCORE_UNITS / a.max : 0, a.passed, passMark)) n++
  }
  return n
}

/** Whether a document holds the attempt `id` of set `setId`. */
export function hasAttempt(doc: ProgressDoc, setId: string, id: string): boolean {
  const set = Object.hasOwn(doc.sets, setId) ? doc.sets[setId] : undefined
  return set !== undefined && Object.hasOwn(set.attempts, id)
}

/** How many attempts a document holds. */
export function attemptCount(doc: ProgressDoc): number {
  return Object.values(doc.sets).reduce((n, set) => n + Object.keys(set.attempts).length, 0)
}
