/**
 * A set's version as a short fingerprint of what decides a score: question ids, types, prompts,
 * choices and keys. Explanations, evidence, tags and difficulty may be polished without splitting
 * a class's results into two versions; changing a key or a question does split them.
 */
import type { Bank } from '../bank/schema.ts'
import { hash8 } from '../progress/digits.ts'

/** Fields that never change how an answer is scored. */
const NOT_SCORED = new Set(['evidence', 'explanation', 'tags', 'difficulty', 'lint'])

/** JSON with object keys sorted, so two files that differ only in key order agree. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([key, v]) => v !== undefined && !NOT_SCORED.has(key))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/** The fingerprint of a set's questions, 8 letters and digits, e.g. "k3j9x2ab". */
export function setVersion(bank: Pick<Bank, 'id' | 'questions'>): string {
  return hash8(`${bank.id}\n${canonical(bank.questions)}`)
}
