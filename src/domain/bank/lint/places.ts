/**
 * The parts of a set a student sees before answering — title, description, and every question's
 * prompt, choices, items and pairs — each with its path, so rules can compare them and name them.
 */
import type { JsonPath } from '../issues.ts'
import type { Bank, Passage, Question } from '../schema.ts'
import { contentStems } from './text.ts'

export interface Place {
  path: JsonPath
  /** Index of the question it belongs to; undefined for the set's title and description. */
  question?: number
  kind: 'title' | 'description' | 'prompt' | 'choice' | 'item' | 'pair'
  text: string
  stems: string[]
}

function place(path: JsonPath, kind: Place['kind'], text: string, question?: number): Place {
  return { path, kind, text, question, stems: contentStems(text) }
}

/** The options a student sees for a question, each as a place. */
export function optionPlaces(q: Question, index: number): Place[] {
  const at = (...rest: (string | number)[]) => ['questions', index, ...rest]
  switch (q.type) {
    case 'single':
    case 'multiple':
      return q.choices.map((c, j) => place(at('choices', j), 'choice', c, index))
    case 'ordering':
      return q.items.map((item, j) => place(at('items', j), 'item', item, index))
    case 'matching':
      return q.pairs.map((p, j) => place(at('pairs', j), 'pair', `${p.left} — ${p.right}`, index))
    default:
      return []
  }
}

/** Every place of the set a student reads before answering, in file order. */
export function visiblePlaces(bank: Bank): Place[] {
  const out: Place[] = [place(['title'], 'title', bank.title)]
  if (bank.description) out.push(place(['description'], 'description', bank.description))
  bank.questions.forEach((q, i) => {
    out.push(place(['questions', i, 'prompt'], 'prompt', q.prompt, i))
    out.push(...optionPlaces(q, i))
  })
  return out
}

/**
 * Words of the article's title ("Syria's Assad Flies to Russia…"): whoever opens the set sees
 * them, so mentioning them elsewhere gives nothing away.
 */
export function topicStems(passage: Passage): Set<string> {
  return new Set(contentStems(passage.title))
}

/** The choice questions' right and wrong options, by index. */
export function keyIndices(q: Question): { keys: number[]; distractors: number[] } | undefined {
  if (q.type !== 'single' && q.type !== 'multiple') return undefined
  const right = new Set(q.type === 'single' ? [q.answer] : q.answers)
  const keys: number[] = []
  const distractors: number[] = []
  q.choices.forEach((c, j) => (right.has(c) ? keys : distractors).push(j))
  return { keys, distractors }
}

const FIELD_NAMES: Record<string, string> = {
  prompt: 'the prompt',
  answer: 'the answer',
  evidence: 'the evidence',
  items: 'the items',
  pairs: 'the pairs',
  choices: 'the choices',
}

const ELEMENT_NAMES: Record<string, string> = {
  choices: 'choice',
  answers: 'right answer',
  accepted: 'accepted answer',
  items: 'item',
  pairs: 'pair',
  evidence: 'evidence quote',
}

/** A path as a teacher names it: "the prompt of npp-18", "choice 2 of dt-06", "the set's title". */
export function describePath(bank: Bank, path: JsonPath): string {
  const [top, index, field, element, side] = path
  if (top !== 'questions') return `the set's ${String(top)}`
  if (typeof index !== 'number') return 'the questions'
  const id = bank.questions[index]?.id ?? `question ${index + 1}`
  if (field === undefined) return id
  const name = typeof field === 'string' ? field : String(field)
  if (typeof element !== 'number') return `${FIELD_NAMES[name] ?? name} of ${id}`
  const what = `${ELEMENT_NAMES[name] ?? name} ${element + 1}`
  if (side === 'left' || side === 'right') return `the ${side} side of ${what} of ${id}`
  return `${what} of ${id}`
}
