/**
 * The item-writing lint rules by id. Kept apart from the rules themselves so the bank schema can
 * check `lint.allow` without pulling the linter into the app's first load.
 */
export const LINT_RULE_IDS = [
  'giveaway',
  'key-position',
  'longest-option',
  'all-none-of-the-above',
  'unemphasised-negative',
  'evidence-incomplete',
  'evidence-missing',
  'verbatim-prompt',
  'implausible-distractor',
  'near-duplicate-options',
  'duplicate-question',
  'explanation-echo',
] as const

export type LintRuleId = (typeof LINT_RULE_IDS)[number]
