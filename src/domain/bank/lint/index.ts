/**
 * Item-writing lint: the flaws an experienced exam writer looks for, as warnings with a rule id,
 * a location and a fix. One module per rule; this file is the registry and the one entry point.
 */
import type { Bank, Passage } from '../schema.ts'
import { allNoneOfTheAbove } from './all-none-of-the-above.ts'
import { allows } from './allowed.ts'
import { duplicateQuestion } from './duplicate-question.ts'
import { evidenceIncomplete } from './evidence-incomplete.ts'
import { evidenceMissing } from './evidence-missing.ts'
import { explanationEcho } from './explanation-echo.ts'
import { giveaway } from './giveaway.ts'
import { implausibleDistractor } from './implausible-distractor.ts'
import { keyPosition } from './key-position.ts'
import { longestOption } from './longest-option.ts'
import { nearDuplicateOptions } from './near-duplicate-options.ts'
import type { LintRuleId } from './rule-ids.ts'
import type { LintRule, LintWarning } from './types.ts'
import { unemphasisedNegative } from './unemphasised-negative.ts'
import { verbatimPrompt } from './verbatim-prompt.ts'

export { LINT_RULE_IDS, type LintRuleId } from './rule-ids.ts'
export type { LintInput, LintRule, LintWarning } from './types.ts'
export { formatWarning, locateWarnings, type LintIssue } from './located.ts'

/** Every rule, by id: a rule id without a module is a type error. */
export const LINT_RULES: Record<LintRuleId, LintRule> = {
  giveaway,
  'key-position': keyPosition,
  'longest-option': longestOption,
  'all-none-of-the-above': allNoneOfTheAbove,
  'unemphasised-negative': unemphasisedNegative,
  'evidence-incomplete': evidenceIncomplete,
  'evidence-missing': evidenceMissing,
  'verbatim-prompt': verbatimPrompt,
  'implausible-distractor': implausibleDistractor,
  'near-duplicate-options': nearDuplicateOptions,
  'duplicate-question': duplicateQuestion,
  'explanation-echo': explanationEcho,
}

export interface LintReport {
  /** Warnings to show. */
  warnings: LintWarning[]
  /** Warnings a question's `lint.allow` silenced: never shown one by one, always counted. */
  allowed: LintWarning[]
}

/** The question a warning belongs to, when its path is inside one. */
function questionOf(bank: Bank, warning: LintWarning) {
  const [top, index] = warning.path
  return top === 'questions' && typeof index === 'number' ? bank.questions[index] : undefined
}

/** Runs every rule over a validated bank and sorts out what `lint.allow` silences. */
export function lintBank(bank: Bank, passage: Passage): LintReport {
  const report: LintReport = { warnings: [], allowed: [] }
  for (const rule of Object.values(LINT_RULES)) {
    for (const warning of rule({ bank, passage })) {
      const silenced = allows(questionOf(bank, warning), warning.rule)
      ;(silenced ? report.allowed : report.warnings).push(warning)
    }
  }
  return report
}
