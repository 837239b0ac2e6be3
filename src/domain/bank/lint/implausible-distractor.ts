/**
 * `implausible-distractor`: a wrong option of another kind than the key — a year among names, a
 * person among places, a number among dates. Nobody picks it, so the question has one option
 * fewer than it seems. Kinds come from `kinds.ts`, which says what it can and cannot tell; an
 * option of unknown kind is never reported, and years and dates count as one kind (time).
 */
import { keyIndices } from './places.ts'
import { kindOf, sameFamily, type Kind } from './kinds.ts'
import { excerpt } from './text.ts'
import type { LintRule, LintWarning } from './types.ts'

const ARTICLE: Record<Kind, string> = {
  year: 'a year',
  date: 'a date',
  number: 'a number',
  place: 'a place',
  person: 'a person',
}

export const implausibleDistractor: LintRule = ({ bank }) => {
  const warnings: LintWarning[] = []
  bank.questions.forEach((q, index) => {
    if (q.type !== 'single' && q.type !== 'multiple') return
    const { keys, distractors } = keyIndices(q)!
    const keyKinds = keys.map((j) => kindOf(q.choices[j]!))
    const first = keyKinds[0]
    if (!first || keyKinds.some((k) => !k || !sameFamily(k, first))) return
    for (const j of distractors) {
      const kind = kindOf(q.choices[j]!)
      if (!kind || sameFamily(kind, first)) continue
      warnings.push({
        rule: 'implausible-distractor',
        path: ['questions', index, 'choices', j],
        message:
          `${excerpt(q.choices[j]!)} is ${ARTICLE[kind]}, but the key is ${ARTICLE[first]}: ` +
          `students rule it out without reading, so the question has one real option fewer; ` +
          `replace it with ${ARTICLE[first]} from the article that is wrong here`,
      })
    }
  })
  return warnings
}
