/**
 * Why a handed-in answer fell short of full marks. A report that lists every such answer as
 * "wrong" misleads: a student who ticked one of two right statements gave a right statement, and
 * a right second try shows the right answer. The answer's words come from an untrusted file; the
 * key comes from the set loaded here, when the attempt was made on that version of it.
 */
import type { Question } from '../bank/schema.ts'
import { joinList } from '../grading/wording.ts'
import type { ResultAnswer } from '../interop/results.ts'

export type Shortfall =
  /** Nothing earned. */
  | { kind: 'wrong' }
  /** Only right options ticked, but not all of them: `missing` are the right ones left out. */
  | { kind: 'incomplete'; missing: string[] }
  /** Some credit, some wrong: a wrong tick beside right ones, a pair or place out of several. */
  | { kind: 'part-right' }
  /** The answer shown is right, given on the second try for part of the mark. */
  | { kind: 'second-try' }

const SEPARATOR = joinList(['', ''])

/**
 * The ticked options a tick-all-that-apply answer names, as review writes them (bank order, joined
 * by joinList); null when the words are not such a list of `choices`. An option may itself hold
 * the separator, so every split is tried, each (option, position) at most once.
 */
export function ticksOf(choices: readonly string[], response: string): string[] | null {
  const failed = new Set<string>()
  const walk = (from: number, at: number): string[] | null => {
    if (from === choices.length || failed.has(`${from} ${at}`)) return null
    const choice = choices[from] as string
    if (choice !== '' && response.startsWith(choice, at)) {
      const end = at + choice.length
      if (end === response.length) return [choice]
      const next = end + SEPARATOR.length
      if (response.startsWith(SEPARATOR, end) && next < response.length) {
        const rest = walk(from + 1, next)
        if (rest) return [choice, ...rest]
      }
    }
    const skipped = walk(from + 1, at)
    if (!skipped) failed.add(`${from} ${at}`)
    return skipped
  }
  return response === '' ? null : walk(0, 0)
}

const EPSILON = 1e-9

/**
 * Why `answer`, short of full marks, earned less than its mark; `question` is the loaded question
 * when the attempt was made on the loaded version.
 */
export function shortfallOf(answer: ResultAnswer, question: Question | undefined): Shortfall {
  // Marked correct yet short of the mark: only a right second try earns that.
  if (answer.correct) return { kind: 'second-try' }
  if (answer.score <= EPSILON) return { kind: 'wrong' }
  if (question?.type === 'multiple' && answer.response !== null) {
    const ticks = ticksOf(question.choices, answer.response)
    const missing = question.choices.filter(
      (c) => question.answers.includes(c) && !ticks?.includes(c),
    )
    if (ticks && missing.length > 0 && ticks.every((t) => question.answers.includes(t))) {
      return { kind: 'incomplete', missing }
    }
  }
  return { kind: 'part-right' }
}

const quoted = (texts: readonly string[]) =>
  texts.map((t) => `“${t}”`).join(texts.length > 2 ? ', ' : ' and ')

/**
 * Why an answer fell short, in words for the report and its CSV; null for a plain wrong answer,
 * which needs no note. "Incomplete — missing “Russia”" tells a teacher the words shown are right.
 */
export function shortfallNote(s: Shortfall): string | null {
  switch (s.kind) {
    case 'wrong':
      return null
    case 'incomplete':
      return `Incomplete — missing ${quoted(s.missing)}`
    case 'part-right':
      return 'Partly right'
    case 'second-try':
      return '½ — right on the second try'
  }
}
