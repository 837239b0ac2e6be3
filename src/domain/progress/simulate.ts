/**
 * A deterministic history for measuring the stored size: `answers` answers spread over
 * `questions` questions in sets of 15, played like a real student would (mostly whole sets,
 * sometimes a retry of the missed ones, practice and test, every question type's answer codes).
 * Used by the size test and `npm run bench`; nothing in the app calls it.
 */
import { createRandom, type Random } from '../quiz/random.ts'
import type { AnswerRecord, Attempt } from './codec.ts'
import { recordAttempt } from './record.ts'
import { DEFAULT_LIMITS, emptyProgress, type ProgressDoc, type ProgressLimits } from './schema.ts'

const PER_SET = 15
const WORDS = ['peskov', 'dmitry peskov', 'sochi', 'moscow', 'assad', 'the kremlin', 'putin']

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.min(items.length - 1, Math.floor(random() * items.length))] as T
}

function int(random: Random, min: number, max: number): number {
  return min + Math.min(max - min, Math.floor(random() * (max - min + 1)))
}

function digits(random: Random, n: number, of: number): string {
  return Array.from({ length: n }, () => String(int(random, 0, of - 1))).join('')
}

/** An answer code of the kind `encodeAnswer` writes for the question's type (by position). */
function answerCode(random: Random, k: number): string {
  switch (k % 7) {
    case 0:
      return digits(random, 1, 4)
    case 1:
      return [...new Set(digits(random, int(random, 1, 3), 5))].sort().join('')
    case 2:
      return pick(random, ['t', 'f'])
    case 3:
      return String(int(random, 1990, 2020))
    case 4:
      return pick(random, WORDS)
    case 5:
      return pick(random, ['0123', '1023', '0213', '3210', '012'])
    default:
      return digits(random, 3, 3)
  }
}

function id(random: Random): string {
  return Array.from({ length: 10 }, () => int(random, 0, 35).toString(36)).join('')
}

/** A progress document after `answers` answers over `questions` questions, reproducible by `seed`. */
export function simulateHistory(
  answers: number,
  questions: number,
  seed: string,
  limits: ProgressLimits = DEFAULT_LIMITS,
): ProgressDoc {
  const random = createRandom(seed)
  const sets = Array.from({ length: Math.ceil(questions / PER_SET) }, (_, i) => ({
    id: `news-article-${String(Math.floor(i / 3)).padStart(3, '0')}/question-set-${i % 3}`,
    qids: Array.from(
      { length: Math.min(PER_SET, questions - i * PER_SET) },
      (_, k) => `s${i}-${String(k + 1).padStart(2, '0')}`,
    ),
  }))
  let doc = emptyProgress()
  let t = Date.UTC(2024, 0, 1)
  let left = answers
  while (left > 0) {
    const set = pick(random, sets)
    // Most quizzes are the whole set; some retry a few missed questions.
    const asked =
      random() < 0.85
        ? set.qids
        : set.qids.filter(() => random() < 0.3).slice(0, Math.max(1, int(random, 2, 6)))
    const qids = (asked.length > 0 ? asked : set.qids).slice(0, left)
    const practice = random() < 0.7
    let elapsed = 0
    const records = qids.map((qid): AnswerRecord => {
      const k = set.qids.indexOf(qid)
      const right = random() < 0.65
      const retried = practice && !right && random() < 0.5
      const partial = !right && (k % 7 === 5 || k % 7 === 6) && random() < 0.5
      const timeMs = int(random, 3, 90) * 1000
      elapsed += timeMs
      return {
        qid,
        score: right ? 1 : retried ? 0.5 : partial ? 1 / 3 : 0,
        max: 1,
        correct: right || retried,
        timeMs,
        answer: answerCode(random, k),
        retryUsed: retried,
      }
    })
    const units = records.reduce((sum, r) => sum + Math.round(r.score * 120), 0)
    t += int(random, 600, 86_400) * 1000
    const attempt: Attempt = {
      id: id(random),
      setId: set.id,
      mode: practice ? 'practice' : 'test',
      startedAt: t,
      finishedAt: t + elapsed,
      score: units / 120,
      max: records.length,
      passed: units / 120 / records.length >= 0.7,
      answers: records,
      detailed: true,
      seed: id(random).slice(0, 8),
    }
    doc = recordAttempt(doc, attempt, limits)
    left -= records.length
  }
  return doc
}
