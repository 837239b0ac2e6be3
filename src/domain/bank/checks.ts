/**
 * Checks that a schema cannot express: answers must be among the choices, nothing is listed
 * twice, a short answer's [optional] parts are well formed, and every evidence quote really is in
 * the passage, so each answer is provable from the text.
 */
import { curly, quotedList } from '../text/quote.ts'
import type { JsonPath } from './issues.ts'
import { acceptedForms } from '../grading/accepted.ts'
import type { Bank, Passage, Question } from './schema.ts'

export interface Problem {
  path: JsonPath
  message: string
}

/** Collapses runs of whitespace so line wrapping in a file never breaks an evidence match. */
export function normalizeSpace(text: string): string {
  // Most text has nothing to collapse: checking costs less than copying.
  return UNTIDY_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text
}
/** Whitespace other than a single space between words. */
const UNTIDY_SPACE = /[^\S ]| {2}|^ | $/

/** The passage as one searchable string, paragraphs separated by a space. */
export function passageText(passage: Passage): string {
  return normalizeSpace(passage.paragraphs.join(' '))
}

/** Lists longer than this find their repeats through a set; shorter ones compare pairwise. */
const PAIRWISE_UP_TO = 12
const NONE: readonly { index: number; value: string }[] = []

/** Each value whose key an earlier value already had, with its index; allocates nothing when none. */
export function duplicates<T>(
  values: readonly T[],
  key: (v: T) => string,
): readonly { index: number; value: string }[] {
  let out: { index: number; value: string }[] | undefined
  if (values.length <= PAIRWISE_UP_TO) {
    for (let i = 1; i < values.length; i++) {
      const k = key(values[i] as T)
      for (let j = 0; j < i; j++) {
        if (key(values[j] as T) === k) {
          ;(out ??= []).push({ index: i, value: k })
          break
        }
      }
    }
    return out ?? NONE
  }
  const seen = new Set<string>()
  values.forEach((v, index) => {
    const k = key(v)
    if (seen.has(k)) (out ??= []).push({ index, value: k })
    seen.add(k)
  })
  return out ?? NONE
}

/** Whether `text` (a `passageText`) holds `quote` word for word, however its spaces were written. */
export function holdsQuote(text: string, quote: string): boolean {
  return text.includes(normalizeSpace(quote))
}

/** How the check's message about a quote the article does not hold begins. */
export const NOT_A_QUOTE = 'is not a verbatim quote from passage'

function checkEvidence(evidence: string, text: string, passageId: string): string | null {
  if (holdsQuote(text, evidence)) return null
  const wanted = normalizeSpace(evidence)
  // Find how far the quote matches so the teacher sees where it departs from the article.
  let lo = 0
  let hi = wanted.length
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (text.includes(wanted.slice(0, mid))) lo = mid
    else hi = mid - 1
  }
  const base = `${NOT_A_QUOTE} ${curly(passageId)}: copy the sentence exactly as it appears in passage.json`
  if (lo < 12) return base
  const tail = wanted.slice(Math.max(0, lo - 30), lo)
  return `${base} (it matches up to “…${tail}” and then differs)`
}

/** Each quote is looked for in the article once: many questions quote the same sentence. */
function evidenceProblem(
  quote: string,
  text: string,
  passageId: string,
  checked: Map<string, string | null>,
): string | null {
  let problem = checked.get(quote)
  if (problem === undefined) checked.set(quote, (problem = checkEvidence(quote, text, passageId)))
  return problem
}

const itself = (v: string) => v
const notAChoice = (answer: string, choices: readonly string[]) =>
  `${curly(answer)} is not one of the choices (${quotedList(choices)})`
const leftOf = (p: { left: string }) => p.left
function sameRightSide(pairs: readonly { right: string }[]): boolean {
  for (let i = 1; i < pairs.length; i++) if (pairs[i]?.right !== pairs[0]?.right) return false
  return true
}

/** Records a problem at `path` inside question `index`; the full path is built only then. */
function report(problems: Problem[], index: number, path: JsonPath, message: string): void {
  problems.push({ path: ['questions', index, ...path], message })
}

/**
 * A question's cross-field problems. Runs for every question of every bank loaded: plain loops, no
 * per-question closures, lists or paths (those are made only for a problem), since a 10 000-question
 * bank must load in about two parses.
 */
function checkQuestion(
  q: Question,
  index: number,
  text: string,
  passageId: string,
  checked: Map<string, string | null>,
  problems: Problem[],
): void {
  const { evidence } = q
  if (typeof evidence === 'string') {
    const problem = evidenceProblem(evidence, text, passageId, checked)
    if (problem) report(problems, index, ['evidence'], problem)
  } else if (evidence) {
    for (let i = 0; i < evidence.length; i++) {
      const problem = evidenceProblem(evidence[i] as string, text, passageId, checked)
      if (problem) report(problems, index, ['evidence', i], problem)
    }
    for (const d of duplicates(evidence, normalizeSpace))
      report(problems, index, ['evidence', d.index], `${curly(d.value)} is quoted twice: keep one`)
  }

  switch (q.type) {
    case 'single':
    case 'multiple': {
      for (const d of duplicates(q.choices, itself))
        report(
          problems,
          index,
          ['choices', d.index],
          `${curly(d.value)} is listed twice: choices must differ`,
        )
      if (q.type === 'single') {
        if (!q.choices.includes(q.answer))
          report(problems, index, ['answer'], notAChoice(q.answer, q.choices))
        break
      }
      for (let i = 0; i < q.answers.length; i++) {
        const a = q.answers[i] as string
        if (!q.choices.includes(a))
          report(problems, index, ['answers', i], notAChoice(a, q.choices))
      }
      for (const d of duplicates(q.answers, itself))
        report(problems, index, ['answers', d.index], `${curly(d.value)} is listed twice`)
      break
    }
    case 'ordering':
      for (const d of duplicates(q.items, itself))
        report(
          problems,
          index,
          ['items', d.index],
          `${curly(d.value)} is listed twice: items must differ`,
        )
      break
    case 'matching': {
      for (const d of duplicates(q.pairs, leftOf))
        report(
          problems,
          index,
          ['pairs', d.index, 'left'],
          `${curly(d.value)} appears twice on the left: each left side needs its own pair`,
        )
      if (sameRightSide(q.pairs))
        report(
          problems,
          index,
          ['pairs'],
          'every pair has the same right side: give at least two different ones',
        )
      break
    }
    case 'short':
      for (let i = 0; i < q.accepted.length; i++) {
        const a = q.accepted[i] as string
        const forms = acceptedForms(a)
        if (!forms.ok) report(problems, index, ['accepted', i], `${curly(a)} ${forms.problem}`)
      }
      for (const d of duplicates(q.accepted, itself))
        report(problems, index, ['accepted', d.index], `${curly(d.value)} is listed twice`)
      break
    case 'numeric':
    case 'truefalse':
      break
  }
}

/**
 * A question's own cross-field problems, without its evidence (which needs the article): what an
 * import can say about a question before the teacher has chosen the article, with paths from the
 * question (`["choices", 1]`).
 */
export function checkQuestionAlone(q: Question): Problem[] {
  const problems: Problem[] = []
  checkQuestion({ ...q, evidence: undefined }, 0, '', '', new Map(), problems)
  return problems.map((p) => ({ ...p, path: p.path.slice(2) }))
}

/** Every cross-field problem in a bank that already matches the schema. */
export function checkBank(bank: Bank, passage: Passage): Problem[] {
  const problems: Problem[] = []
  if (bank.passage !== passage.id)
    problems.push({
      path: ['passage'],
      message: `refers to ${curly(bank.passage)}, not ${curly(passage.id)}`,
    })
  if (!bank.id.startsWith(`${bank.passage}/`))
    problems.push({
      path: ['id'],
      message: `must start with the passage id: ${curly(`${bank.passage}/${bank.id.split('/').pop() ?? ''}`)}`,
    })
  for (const d of duplicates(bank.questions, (q) => q.id))
    problems.push({
      path: ['questions', d.index, 'id'],
      message: `${curly(d.value)} is used by an earlier question in this set: ids must be unique`,
    })
  const text = passageText(passage)
  const checked = new Map<string, string | null>()
  for (let i = 0; i < bank.questions.length; i++) {
    checkQuestion(bank.questions[i] as Question, i, text, passage.id, checked, problems)
  }
  return problems
}
