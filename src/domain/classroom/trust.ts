/**
 * Whether a handed-in attempt's marks agree with its answers. A results file is plain JSON a
 * student could edit: a mark raised by hand still carries the answer that was given ("Moscow"),
 * and the teacher's browser has the set's key. Each answer in words is read back into the response
 * it describes and marked again; a mark the answer cannot have earned is a contradiction, and the
 * attempt is not counted. Only what the words can be read back to exactly is checked, and only
 * against the version of the set the attempt was played on (the caller sees to that).
 *
 * Never checked: an answer the student marked right themselves ("I was right", which the report
 * shows), a blank, and a mark below what the answer earns (a right second try earns half).
 */
import type { Bank, Question } from '../bank/schema.ts'
import { NO_ANSWER } from '../grading/result.ts'
import { passMarkPercent, percentOf } from '../quiz/marks.ts'
import {
  correctAnswerText,
  describeResponse,
  gradeQuestion,
  isResponseFor,
} from '../grading/registry.ts'
import type { AnyResponse } from '../grading/types.ts'
import type { ResultAnswer, ResultAttempt } from '../interop/results.ts'
import { clip } from '../text/clip.ts'

// Marks are stored to 1/120; this is far below one of them.
const EPSILON = 1e-6
/**
 * A number is read with the student's locale, which a file does not say: "2,5" is 25 in English
 * and 2.5 in German. A typed number is believed when any of these reads it as the mark given.
 */
const LOCALES = ['en', 'de', 'fr', 'de-CH'] as const

/** The response `words` describe for `q`, or undefined when they describe none exactly. */
export function responseFromWords(q: Question, words: string): AnyResponse | undefined {
  let r: unknown
  switch (q.type) {
    case 'single':
      r = q.choices.includes(words) ? words : undefined
      break
    case 'truefalse':
      r = words === 'True' ? true : words === 'False' ? false : undefined
      break
    case 'multiple':
      r = words.split('; ')
      break
    case 'ordering':
      r = words.split(' → ')
      break
    case 'matching': {
      const parts = words.split('; ')
      if (parts.length !== q.pairs.length) return undefined
      const out: Record<string, string> = {}
      for (const [i, p] of q.pairs.entries()) {
        const head = `${p.left} → `
        const part = parts[i] ?? ''
        if (!part.startsWith(head)) return undefined
        const right = part.slice(head.length)
        out[p.left] = right === '—' ? '' : right
      }
      r = out
      break
    }
    case 'numeric':
    case 'short':
      r = words
      break
  }
  if (r === undefined || !isResponseFor(q, r)) return undefined
  return describeResponse(q, r) === words ? r : undefined
}

/** The best mark `r` earns for `q`, a number read in any of LOCALES. */
function bestMark(q: Question, r: AnyResponse): { fraction: number; correct: boolean } {
  const marks = (q.type === 'numeric' ? LOCALES : LOCALES.slice(0, 1)).map((locale) =>
    gradeQuestion(q, r, locale),
  )
  return {
    fraction: Math.max(...marks.map((g) => (g.max > 0 ? g.score / g.max : 0))),
    correct: marks.some((g) => g.correct),
  }
}

/** What is wrong with one answer's mark, or null when it is believable or cannot be checked. */
function answerContradiction(x: ResultAnswer, q: Question, n: number): string | null {
  if (x.blank || x.markedRight || x.response === null || x.response === NO_ANSWER) return null
  const r = responseFromWords(q, x.response)
  if (r === undefined) return null
  const earned = bestMark(q, r)
  if (x.score <= earned.fraction + EPSILON && (!x.correct || earned.correct)) return null
  const said = x.correct ? 'right' : `worth ${Math.round(x.score * 100)}% of its mark`
  return (
    `question ${n} (“${clip(q.prompt, 60)}”): the file says the answer “${clip(x.response, 60)}” is ${said}, ` +
    `but the set's answer is “${clip(correctAnswerText(q), 60)}”`
  )
}

/** A score as the report shows it beside this pass mark, and the pass mark as the teacher set it. */
const percent = (f: number, mark: number) => `${percentOf(f, 1, mark)}%`
const markText = (mark: number) => `${passMarkPercent(mark)}%`

/** What is wrong with the attempt's pass or fail, or null. Passage decides it by its pass mark. */
function verdictContradiction(a: ResultAttempt): string | null {
  const mark = a.set.passMark
  if (a.passed === null || mark === null || !(a.max > 0)) return null
  const fraction = a.score / a.max
  if (a.passed && fraction + EPSILON < mark) {
    return `the file says it passed with ${percent(fraction, mark)}, under the pass mark of ${markText(mark)}`
  }
  if (!a.passed && fraction - EPSILON >= mark) {
    return `the file says it did not pass with ${percent(fraction, mark)}, at or over the pass mark of ${markText(mark)}`
  }
  return null
}

/**
 * Why `attempt`'s marks cannot be believed, or null: its verdict against its score and pass mark,
 * and with `bank` (the version of the set it was played on), the first answer whose mark it could
 * not have earned.
 */
export function contradiction(attempt: ResultAttempt, bank?: Bank): string | null {
  const verdict = verdictContradiction(attempt)
  if (verdict || !bank) return verdict
  const position = new Map(bank.questions.map((q, i) => [q.id, i]))
  for (const x of attempt.answers) {
    const i = position.get(x.questionId)
    const q = i === undefined ? undefined : bank.questions[i]
    if (!q || i === undefined) continue
    const why = answerContradiction(x, q, i + 1)
    if (why) return why
  }
  return null
}
