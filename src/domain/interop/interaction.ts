/**
 * A question as the e-learning standards describe an interaction (SCORM 1.2 `cmi.interactions`,
 * xAPI's cmi.interaction activities): a type, components named by one-letter ids (SCORM 1.2 allows
 * only single characters), the right responses and the student's, all in those ids. scorm.ts and
 * xapi.ts write them out with their own separators.
 */
import type { Question } from '../bank/schema.ts'
import { formsOf } from '../grading/accepted.ts'
import { typedNumber } from '../grading/numeric.ts'
import { isResponseFor } from '../grading/registry.ts'
import type { AnyResponse } from '../grading/types.ts'

export type InteractionType =
  'true-false' | 'choice' | 'fill-in' | 'numeric' | 'sequencing' | 'matching'

export interface Component {
  id: string
  text: string
}

export type InteractionResponse =
  | { kind: 'ids'; ids: string[] }
  | { kind: 'pairs'; pairs: [string, string][] }
  | { kind: 'bool'; value: boolean }
  | { kind: 'text'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'range'; min: number; max: number }
  | { kind: 'none' }

export interface Interaction {
  type: InteractionType
  /** Choice or sequencing items, in bank order. */
  choices?: Component[]
  /** Matching: the left sides and the distinct right sides. */
  source?: Component[]
  target?: Component[]
  /** Each response that is right (several for short answers with several spellings). */
  correct: InteractionResponse[]
}

/** Ids a SCORM 1.2 choice may use: one character each. */
const ID_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789'

const components = (texts: readonly string[]): Component[] =>
  texts.map((text, i) => ({ id: ID_CHARS[i] as string, text }))

/** Whether every list fits in one-character ids; longer lists are described as text instead. */
const fits = (...lists: readonly (readonly unknown[])[]) =>
  lists.every((l) => l.length <= ID_CHARS.length)

const distinct = (values: readonly string[]) => [...new Set(values)]

/**
 * How many right responses a fill-in lists at most. Optional words can give one accepted answer
 * 16 spellings; an LMS shows every pattern to the teacher, and ten say enough.
 */
export const MAX_FILL_IN_PATTERNS = 10

/**
 * The plain spellings a short question accepts, as an LMS or LRS compares them: the app's
 * optional words in [ ] expanded ("Kremlin's [official] website" → "Kremlin's official website",
 * "Kremlin's website"), each answer's fullest form first, then each one's next form, and so on,
 * so the cap never hides an accepted answer behind another's many spellings.
 */
export function fillInPatterns(accepted: readonly string[]): string[] {
  const forms = accepted.map(formsOf)
  const out: string[] = []
  const longest = Math.max(0, ...forms.map((f) => f.length))
  for (let k = 0; k < longest && out.length < MAX_FILL_IN_PATTERNS; k++) {
    for (const f of forms) {
      const form = f[k]
      if (form && !out.includes(form) && out.length < MAX_FILL_IN_PATTERNS) out.push(form)
    }
  }
  return out
}

/** How `q` is described to an LMS or a learning record store. */
export function interactionOf(q: Question): Interaction {
  switch (q.type) {
    case 'single':
    case 'multiple': {
      if (!fits(q.choices)) break
      const choices = components(q.choices)
      const keys = q.type === 'single' ? [q.answer] : q.answers
      const ids = choices.filter((c) => keys.includes(c.text)).map((c) => c.id)
      return { type: 'choice', choices, correct: [{ kind: 'ids', ids }] }
    }
    case 'truefalse':
      return { type: 'true-false', correct: [{ kind: 'bool', value: q.answer }] }
    case 'numeric': {
      const t = q.tolerance ?? 0
      return {
        type: 'numeric',
        correct: [
          t > 0
            ? { kind: 'range', min: q.answer - t, max: q.answer + t }
            : { kind: 'number', value: q.answer },
        ],
      }
    }
    case 'short':
      return {
        type: 'fill-in',
        correct: fillInPatterns(q.accepted).map((value) => ({ kind: 'text', value })),
      }
    case 'ordering': {
      if (!fits(q.items)) break
      const choices = components(q.items)
      return {
        type: 'sequencing',
        choices,
        correct: [{ kind: 'ids', ids: choices.map((c) => c.id) }],
      }
    }
    case 'matching': {
      const rights = distinct(q.pairs.map((p) => p.right))
      if (!fits(q.pairs, rights)) break
      const source = components(q.pairs.map((p) => p.left))
      const target = components(rights)
      const pairs = q.pairs.map((p, i): [string, string] => [
        ID_CHARS[i] as string,
        ID_CHARS[rights.indexOf(p.right)] as string,
      ])
      return { type: 'matching', source, target, correct: [{ kind: 'pairs', pairs }] }
    }
  }
  // Too many options for one-letter ids: the answer is reported in words.
  return { type: 'fill-in', correct: [] }
}

/** Ids of `texts` among `items`, each item used once (ordering items may repeat). */
function idsOf(items: readonly Component[], texts: readonly string[]): string[] | undefined {
  const used = new Set<string>()
  const out: string[] = []
  for (const t of texts) {
    const found = items.find((c) => c.text === t && !used.has(c.id))
    if (!found) return undefined
    used.add(found.id)
    out.push(found.id)
  }
  return out
}

/**
 * The student's response in the interaction's terms. `locale` reads typed numbers the way the
 * student typed them; `words` is the fallback for a response the ids cannot say, and no response
 * with no words is none (a question left unanswered, not one answered "Left blank").
 */
export function responseOf(
  q: Question,
  r: AnyResponse | undefined,
  locale: string,
  words: string,
): InteractionResponse {
  if (r === undefined || !isResponseFor(q, r)) {
    return words === '' ? { kind: 'none' } : { kind: 'text', value: words }
  }
  const def = interactionOf(q)
  switch (q.type) {
    case 'single': {
      if (r === null || r === '') return { kind: 'none' }
      const ids = def.choices && idsOf(def.choices, [r as string])
      return ids ? { kind: 'ids', ids } : { kind: 'text', value: words }
    }
    case 'multiple': {
      const list = r as string[]
      if (list.length === 0) return { kind: 'none' }
      const ids = def.choices && idsOf(def.choices, list)
      return ids ? { kind: 'ids', ids: ids.sort() } : { kind: 'text', value: words }
    }
    case 'truefalse':
      return r === null ? { kind: 'none' } : { kind: 'bool', value: r as boolean }
    case 'numeric': {
      const typed = (r as string).trim()
      if (typed === '') return { kind: 'none' }
      // Read as the grader reads it: "7 years" beside a "years" box is the number 7.
      const parsed = typedNumber(q, typed, locale)
      return parsed.ok ? { kind: 'number', value: parsed.value } : { kind: 'text', value: typed }
    }
    case 'short': {
      const typed = (r as string).trim()
      return typed === '' ? { kind: 'none' } : { kind: 'text', value: typed }
    }
    case 'ordering': {
      const ids = def.choices && idsOf(def.choices, r as string[])
      return ids ? { kind: 'ids', ids } : { kind: 'text', value: words }
    }
    case 'matching': {
      const chosen = r as Record<string, string>
      if (!def.source || !def.target) return { kind: 'text', value: words }
      const pairs: [string, string][] = []
      q.pairs.forEach((p, i) => {
        const right = Object.hasOwn(chosen, p.left) ? chosen[p.left] : ''
        const target = def.target?.find((t) => t.text === right)
        if (target) pairs.push([def.source?.[i]?.id as string, target.id])
      })
      return pairs.length === 0 ? { kind: 'none' } : { kind: 'pairs', pairs }
    }
  }
}
