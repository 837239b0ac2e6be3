/**
 * `unemphasised-negative`: a prompt turns on NOT, NEVER, EXCEPT (or "n't", "cannot", "none",
 * "neither", "nor") written in lower case. A student who skims answers the opposite question.
 * Capitals are the emphasis that reaches the student: the app shows bank text as plain text, so
 * `*not*` would show its asterisks. Words inside a quotation ("…" or “…”) are left alone, since a
 * quotation must stay verbatim.
 */
import type { LintRule, LintWarning } from './types.ts'

const NEGATIVE = /^(?:not|never|except|none|neither|nor|cannot|\p{L}+n['’]t)$/iu

/** The prompt with quoted passages blanked out. */
function unquoted(text: string): string {
  return text.replace(/"[^"]*"|“[^”]*”/g, ' ')
}

export const unemphasisedNegative: LintRule = ({ bank }) => {
  const warnings: LintWarning[] = []
  bank.questions.forEach((q, index) => {
    const found = unquoted(q.prompt)
      .split(/[^\p{L}'’]+/u)
      .find((w) => NEGATIVE.test(w) && w !== w.toUpperCase())
    if (!found) return
    const opposite =
      q.type === 'truefalse' ? 'judges the opposite statement' : 'answers the opposite question'
    warnings.push({
      rule: 'unemphasised-negative',
      path: ['questions', index, 'prompt'],
      message:
        `“${found}” is easy to miss, and a student who misses it ${opposite}; ` +
        `write it in capitals (${found.toUpperCase()}) or say it positively`,
    })
  })
  return warnings
}
