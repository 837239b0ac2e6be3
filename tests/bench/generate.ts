/** Synthetic banks for benchmarks: many questions of every type over one small passage. */
import type { Bank, Passage, Question } from '../../src/domain/bank/schema.ts'
import { QUESTION_TYPES } from '../../src/domain/bank/schema.ts'

export const benchPassage: Passage = {
  schemaVersion: 1,
  id: 'bench',
  title: 'Benchmark article',
  date: '2018-05-18',
  paragraphs: Array.from({ length: 20 }, (_, i) => `Sentence ${i} says that item ${i} is true.`),
}

function question(i: number): Question {
  const base = {
    id: `q${i}`,
    prompt: `Question ${i}: what does sentence ${i % 20} say?`,
    evidence: `Sentence ${i % 20} says that item ${i % 20} is true.`,
    tags: [`tag-${i % 7}`],
    difficulty: (i % 5) + 1,
  }
  const choices = ['alpha', 'beta', 'gamma', 'delta'].map((c) => `${c} ${i}`)
  switch (QUESTION_TYPES[i % QUESTION_TYPES.length]!) {
    case 'single':
      return { ...base, type: 'single', choices, answer: choices[1]! }
    case 'multiple':
      return { ...base, type: 'multiple', choices, answers: [choices[0]!, choices[2]!] }
    case 'truefalse':
      return { ...base, type: 'truefalse', answer: i % 2 === 0 }
    case 'numeric':
      return { ...base, type: 'numeric', answer: 2000 + (i % 20), tolerance: 0 }
    case 'short':
      return { ...base, type: 'short', accepted: [`Answer ${i}`, `Reply ${i}`] }
    case 'ordering':
      return { ...base, type: 'ordering', items: choices }
    case 'matching':
      return {
        ...base,
        type: 'matching',
        pairs: choices.map((left, k) => ({ left, right: k % 2 ? 'Putin' : 'Assad' })),
      }
  }
}

/** A bank of `count` questions cycling through all seven types. */
export function benchBank(count: number): Bank {
  return {
    schemaVersion: 1,
    id: 'bench/big',
    title: 'Big bank',
    passage: 'bench',
    passMark: 0.7,
    questions: Array.from({ length: count }, (_, i) => question(i)),
  }
}

/** p-th percentile (0–100) of samples, nearest rank. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[rank] ?? NaN
}
