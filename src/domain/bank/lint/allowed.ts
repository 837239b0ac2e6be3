import type { Question } from '../schema.ts'
import type { LintRuleId } from './rule-ids.ts'

/** Whether the question's `lint.allow` lists the rule. */
export function allows(question: Question | undefined, rule: LintRuleId): boolean {
  return question?.lint?.allow.includes(rule) ?? false
}
