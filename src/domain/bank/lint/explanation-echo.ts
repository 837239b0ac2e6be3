/**
 * `explanation-echo`: the explanation only repeats words of the question's evidence ("The previous
 * occasion was in November last year.", or a quote cut short with "…"). The feedback shows the
 * evidence beside it and highlights it in the article, so the student reads the same sentence
 * twice and learns nothing about why it proves the answer. The comparison is on words (case and
 * punctuation ignored): an explanation whose every word is a run of the evidence's words, in order.
 */
import { words } from './text.ts'
import type { LintRule, LintWarning } from './types.ts'

/** Whether `part` occurs as consecutive words in `whole`. */
function isRunOf(part: readonly string[], whole: readonly string[]): boolean {
  if (part.length === 0 || part.length > whole.length) return false
  for (let start = 0; start + part.length <= whole.length; start++)
    if (part.every((w, i) => whole[start + i] === w)) return true
  return false
}

export const explanationEcho: LintRule = ({ bank }) => {
  const warnings: LintWarning[] = []
  bank.questions.forEach((q, index) => {
    if (!q.explanation || q.evidence === undefined) return
    const said = words(q.explanation)
    const quotes = typeof q.evidence === 'string' ? [q.evidence] : q.evidence
    if (!quotes.some((quote) => isRunOf(said, words(quote)))) return
    warnings.push({
      rule: 'explanation-echo',
      path: ['questions', index, 'explanation'],
      message:
        'only repeats the evidence, which the feedback already shows beside it: say why that ' +
        'sentence proves the answer (what it means, what it rules out)',
    })
  })
  return warnings
}
