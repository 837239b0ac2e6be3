import type { JsonPath } from '../issues.ts'
import type { Bank, Passage } from '../schema.ts'
import type { LintRuleId } from './rule-ids.ts'

/** Something a careful exam writer would change. Not an error: the bank still loads. */
export interface LintWarning {
  rule: LintRuleId
  /** Where to look, in the bank file; for a question's own flaw, inside `questions[i]`. */
  path: JsonPath
  /** What is wrong, why it hurts the question, and how to fix it. */
  message: string
  /** The second place involved (the prompt that gives a key away, the earlier duplicate). */
  related?: { path: JsonPath; what: string }
}

/** What every rule reads: a bank that passed validation, and the passage it belongs to. */
export interface LintInput {
  bank: Bank
  passage: Passage
}

export type LintRule = (input: LintInput) => LintWarning[]
