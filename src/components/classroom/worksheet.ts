/**
 * A question set laid out for paper: each question numbered, its options lettered in a fixed
 * shuffled order (the same every time for a set, so a worksheet and its key always agree; never
 * the bank order, which would give away an ordering question), what to write, and the key.
 */
import type { Bank, Question } from '../../domain/bank/schema.ts'
import { evidenceQuotes } from '../../domain/bank/schema.ts'
import { displayOrder } from '../../domain/quiz/shown.ts'
import { withUnit } from '../../domain/grading/units.ts'
import { formsOf } from '../../domain/grading/accepted.ts'

export type AnswerForm =
  'tick-one' | 'tick-all' | 'true-false' | 'number' | 'words' | 'order' | 'match'

export interface SheetOption {
  letter: string
  text: string
}

export interface SheetQuestion {
  number: number
  id: string
  prompt: string
  form: AnswerForm
  /** What to do, e.g. "Tick one box." */
  instruction: string
  /** Choices, items to order, or (matching) the right-hand sides, lettered. */
  options: SheetOption[]
  /** Matching: the left-hand sides, each with a box for a letter. */
  lefts: string[]
  unit?: string
  /** The right answer as the key writes it, e.g. "B — Assad". */
  key: string
  /**
   * How the key's marker splits the question's one mark, for a question that earns part of it
   * ("¼ mark for each pair matched"); absent when it is all or nothing.
   */
  parts?: string
  explanation?: string
  evidence: readonly string[]
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
const letter = (i: number) => (i < LETTERS.length ? LETTERS[i] : String(i + 1)) as string

function lettered(texts: readonly string[]): SheetOption[] {
  return texts.map((text, i) => ({ letter: letter(i), text }))
}

/**
 * A short answer's key in words a teacher marks by: the answer students are shown, then every
 * other spelling that counts, written out ("Sochi (also accepted: Sochi, Russia; …)") where the
 * bank's "[optional]" brackets read as noise on paper.
 */
export function shortKey(accepted: readonly string[]): string {
  const [first = '', ...more] = [...new Set(accepted.flatMap(formsOf))]
  if (more.length === 0) return first
  const shown = more.slice(0, MAX_ALSO)
  const rest = more.length - shown.length
  return `${first} (also accepted: ${shown.join('; ')}${rest > 0 ? `; and ${rest} more` : ''})`
}
const MAX_ALSO = 6

/** "1/3 mark for each …", or "1 mark for each …" when there is only one. */
const share = (n: number, each: string) => `${n === 1 ? '1 mark' : `1/${n} mark`} for each ${each}`

const keyOf = (options: readonly SheetOption[], text: string) =>
  options.find((o) => o.text === text)?.letter ?? '?'

function layout(
  q: Question,
  seed: string,
): Omit<SheetQuestion, 'number' | 'id' | 'prompt' | 'explanation' | 'evidence'> {
  const shown = displayOrder(q, seed, true) ?? []
  switch (q.type) {
    case 'single': {
      const options = lettered(shown)
      return {
        form: 'tick-one',
        instruction: 'Tick one box.',
        options,
        lefts: [],
        key: `${keyOf(options, q.answer)} — ${q.answer}`,
      }
    }
    case 'multiple': {
      const options = lettered(shown)
      const right = options.filter((o) => q.answers.includes(o.text))
      return {
        form: 'tick-all',
        instruction: 'Tick every right answer.',
        options,
        lefts: [],
        key: right.map((o) => `${o.letter} — ${o.text}`).join('; '),
        // As the app marks it: a wrong tick takes back what a right one earns (multiple.ts).
        parts: `${share(right.length, 'right box ticked')}, the same taken off for each wrong one (never below 0)`,
      }
    }
    case 'truefalse':
      return {
        form: 'true-false',
        instruction: 'Tick True or False.',
        options: [],
        lefts: [],
        key: q.answer ? 'True' : 'False',
      }
    case 'numeric': {
      const tolerance = q.tolerance ? ` (±${q.tolerance})` : ''
      return {
        form: 'number',
        instruction: 'Write a number.',
        options: [],
        lefts: [],
        ...(q.unit ? { unit: q.unit } : {}),
        key: `${withUnit(String(q.answer), q.unit)}${tolerance}`,
      }
    }
    case 'short':
      return {
        form: 'words',
        instruction: 'Write your answer.',
        options: [],
        lefts: [],
        key: shortKey(q.accepted),
      }
    case 'ordering': {
      const options = lettered(shown)
      // The box beside each printed item takes its place in the right order; a repeated item
      // takes the first place with its text not yet used.
      const used = new Set<number>()
      const ranks = shown.map((item) => {
        const i = q.items.findIndex((x, j) => x === item && !used.has(j))
        used.add(i)
        return i + 1
      })
      return {
        form: 'order',
        instruction: `Number the boxes 1 to ${q.items.length}, first to last.`,
        options,
        lefts: [],
        key: `boxes from the top: ${ranks.join(', ')} (${q.items.join(' → ')})`,
        parts: share(q.items.length, 'box numbered right'),
      }
    }
    case 'matching': {
      const options = lettered(shown)
      return {
        form: 'match',
        instruction: 'Write the letter of the match in each box.',
        options,
        lefts: q.pairs.map((p) => p.left),
        key: q.pairs.map((p) => `${p.left} — ${keyOf(options, p.right)} (${p.right})`).join('; '),
        parts: share(q.pairs.length, 'pair matched'),
      }
    }
  }
}

/** The worksheet of `bank`: the same layout every time for the same set. */
export function worksheet(bank: Bank): SheetQuestion[] {
  const seed = `worksheet:${bank.id}`
  return bank.questions.map((q, i) => ({
    number: i + 1,
    id: q.id,
    prompt: q.prompt,
    ...layout(q, seed),
    ...(q.explanation ? { explanation: q.explanation } : {}),
    evidence: evidenceQuotes(q),
  }))
}
