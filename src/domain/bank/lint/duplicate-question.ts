/**
 * `duplicate-question`: two questions of a set with the same key and nearly the same prompt (at
 * least 75 % of their words shared once case, stop words and word endings are set aside). The
 * second asks nothing new and counts the same fact twice in the score. Keys compare across types:
 * a single-choice answer and a short answer's accepted spelling are the same key.
 */
import type { Question } from '../schema.ts'
import { contentStems, excerpt, fold, jaccard } from './text.ts'
import type { LintRule, LintWarning } from './types.ts'

const SIMILAR = 0.75

const norm = (s: string) =>
  fold(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

/** Every way the question's key can be written, compared as folded text. */
export function keyTexts(q: Question): string[] {
  switch (q.type) {
    case 'single':
      return [norm(q.answer)]
    case 'multiple':
      return [q.answers.map(norm).sort().join(' | ')]
    case 'truefalse':
      return [String(q.answer)]
    case 'numeric':
      return [String(q.answer)]
    case 'short':
      return q.accepted.map(norm)
    case 'ordering':
      return [q.items.map(norm).join(' > ')]
    case 'matching':
      return [
        q.pairs
          .map((p) => `${norm(p.left)} = ${norm(p.right)}`)
          .sort()
          .join(' | '),
      ]
  }
}

export const duplicateQuestion: LintRule = ({ bank }) => {
  const warnings: LintWarning[] = []
  const keys = bank.questions.map((q) => new Set(keyTexts(q)))
  const prompts = bank.questions.map((q) => new Set(contentStems(q.prompt)))
  bank.questions.forEach((q, j) => {
    const earlier = bank.questions.findIndex(
      (_, i) =>
        i < j &&
        [...keys[j]!].some((k) => keys[i]!.has(k)) &&
        jaccard(prompts[i]!, prompts[j]!) >= SIMILAR,
    )
    if (earlier < 0) return
    const first = bank.questions[earlier]!
    warnings.push({
      rule: 'duplicate-question',
      path: ['questions', j, 'prompt'],
      message:
        `asks what ${first.id} already asks (${excerpt(first.prompt, 50)}), with the same key: ` +
        `it adds nothing and counts one fact twice; ask about another part of the article, or ` +
        `remove one of the two`,
      related: { path: ['questions', earlier, 'prompt'], what: `the prompt of ${first.id}` },
    })
  })
  return warnings
}
