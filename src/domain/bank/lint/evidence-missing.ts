/**
 * `evidence-missing`: a question with no evidence quote. It loads and plays, but a student who
 * gets it wrong cannot be shown the sentence that proves the answer, and a teacher cannot check
 * the key against the text. Questions imported from GIFT or Aiken start this way.
 */
import type { LintRule, LintWarning } from './types.ts'

export const evidenceMissing: LintRule = ({ bank }) => {
  const warnings: LintWarning[] = []
  bank.questions.forEach((q, index) => {
    if (q.evidence !== undefined) return
    warnings.push({
      rule: 'evidence-missing',
      path: ['questions', index, 'evidence'],
      message:
        'has no evidence, so students cannot be shown the sentence that proves the answer; ' +
        'pick the sentence (or sentences) from the article and add them to "evidence"',
    })
  })
  return warnings
}
