/**
 * `all-none-of-the-above`: a choice such as "All of the above", "None of these" or "Both of the
 * above". A student who spots two true options knows "all" without reading the third; "none"
 * rewards knowing what is wrong rather than what is right; and “above” means nothing once the app
 * shuffles the choices.
 */
import { excerpt, fold } from './text.ts'
import type { LintRule, LintWarning } from './types.ts'

const PATTERN =
  /^(?:all|none|both|neither|any)\s+(?:of\s+)?(?:the\s+)?(?:above|these|those|the\s+above|options|answers|choices)\b|^(?:all|none)\s+the\s+above\b/

export const allNoneOfTheAbove: LintRule = ({ bank }) => {
  const warnings: LintWarning[] = []
  bank.questions.forEach((q, index) => {
    if (q.type !== 'single' && q.type !== 'multiple') return
    q.choices.forEach((choice, j) => {
      if (
        !PATTERN.test(
          fold(choice)
            .replace(/[^\p{L}\s]/gu, ' ')
            .trim(),
        )
      )
        return
      warnings.push({
        rule: 'all-none-of-the-above',
        path: ['questions', index, 'choices', j],
        message:
          `${excerpt(choice)} lets students answer by elimination, and “above” means nothing ` +
          `once choices are shuffled; make it a multiple-choice question ("type": "multiple") ` +
          `or write a real distractor`,
      })
    })
  })
  return warnings
}
