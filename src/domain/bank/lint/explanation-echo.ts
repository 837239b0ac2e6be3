/**
 * `explanation-echo`: the explanation only repeats words of the question's evidence ("The previous
 * occasion was in November last year.", or a quote cut short with "…"). The feedback shows the
 * evidence beside it and highlights it in the article, so the student reads the same sentence
 * twice and learns nothing about why it proves the answer. The comparison is on words (case and
 * punctuation ignored): an explanation whose every word is a run of the evidence's words, in order.
 */
import { containsRun, words } from './text.ts'
import type { LintRule, LintWarning } from './types.ts'

export const explanationEcho: LintRule = ({ bank }) => {
  const warnings: LintWarning[] = []
  bank.questions.forEach((q, index) => {
    if (!q.explanation || q.evidence === undefined) return
    const said = words(q.explanation)
    const quotes = typeof q.evidence === 'string' ? [q.evidence] : q.evidence
    if (!quotes.some((quote) => containsRun(words(quote), said))) return
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
