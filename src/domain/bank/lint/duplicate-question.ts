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
  const prompts = bank.questions.map((q) => new Set(contentStems(q.prompt)))
  // Earlier questions by key text, so each question is compared only with those sharing a key
  // (a 20 000-question bank would otherwise compare every pair).
  const byKey = new Map<string, number[]>()
  bank.questions.forEach((q, j) => {
    const keys = new Set(keyTexts(q))
    const candidates = new Set<number>()
    for (const k of keys) for (const i of byKey.get(k) ?? []) candidates.add(i)
    for (const k of keys) {
      const list = byKey.get(k)
      if (list) list.push(j)
      else byKey.set(k, [j])
    }
    let earlier = -1
    for (const i of [...candidates].sort((a, b) => a - b)) {
      if (jaccard(prompts[i]!, prompts[j]!) >= SIMILAR) {
        earlier = i
        break
      }
    }
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
