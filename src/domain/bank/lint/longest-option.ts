/**
 * `longest-option`: the key is clearly longer than every distractor — at least 1.4 times the
 * longest one and 10 characters more. Writers qualify the right answer until it is exactly true
 * and leave the wrong ones short, so test-wise students pick the longest option. For multiple
 * choice, the shortest right answer is compared with the longest wrong one.
 */
import { keyIndices } from './places.ts'
import { excerpt } from './text.ts'
import type { LintRule, LintWarning } from './types.ts'

const RATIO = 1.4
const MARGIN = 10

export const longestOption: LintRule = ({ bank }) => {
  const warnings: LintWarning[] = []
  bank.questions.forEach((q, index) => {
    if (q.type !== 'single' && q.type !== 'multiple') return
    const split = keyIndices(q)!
    if (split.keys.length === 0 || split.distractors.length === 0) return
    const length = (j: number) => q.choices[j]!.trim().length
    const shortestKey = split.keys.reduce((a, b) => (length(b) < length(a) ? b : a))
    const longest = Math.max(...split.distractors.map(length))
    const key = length(shortestKey)
    if (key < longest * RATIO || key - longest < MARGIN) return
    const which = split.keys.length === 1 ? 'the key' : 'every right answer'
    warnings.push({
      rule: 'longest-option',
      path: ['questions', index, 'choices', shortestKey],
      message:
        `${which} is much longer than any distractor (${key} characters against at most ` +
        `${longest}, e.g. ${excerpt(q.choices[shortestKey]!, 40)}): students who cannot answer ` +
        `pick the longest option; trim the key or make the distractors as specific`,
    })
  })
  return warnings
}
