/**
 * Live validation for the editor, with the very code `npm run validate` runs: the bank schema
 * and its messages, the cross-checks against the article (`checkBank`) and the item-writing lint.
 * Each problem is tied to the form field it belongs to. A question with an error does not hide
 * the checks and warnings of the others: those run on the set of questions that are valid.
 *
 * Errors must keep up with typing in a set of hundreds of questions, so `createDraftChecker`
 * remembers each question's result by identity (the editor replaces only the question that
 * changed) and redoes only what changed plus the checks across questions. The lint compares every
 * question with every other and runs apart (`lintMessages`, in a worker in the browser).
 */
import * as z from 'zod/mini'
import { checkBank, duplicates } from '../bank/checks.ts'
import { passMarkPercent } from '../quiz/marks.ts'
import { curly } from '../text/quote.ts'
import type { JsonPath } from '../bank/issues.ts'
import { lintBank } from '../bank/lint/index.ts'
import type { LintRuleId } from '../bank/lint/rule-ids.ts'
import { inEditorWords } from './lint-words.ts'
import { limitProblems } from './limits.ts'
import {
  bankSchema,
  questionSchema,
  type Bank,
  type Passage,
  type Question,
} from '../bank/schema.ts'
import {
  checkInFormWords,
  CHOOSE_RIGHT,
  describeField,
  fieldOf,
  schemaProblems,
  TOLERANCE,
  type Relative,
  numberOf,
  typedPercent,
  questionValue,
  topValueOf,
  type DraftQuestion,
  type DraftSet,
} from './draft.ts'

export interface FieldMessage {
  /** The form field it belongs to, as a bank path: `title`, `questions[2].choices[1]`. */
  field: string
  /** For the error summary: "Question 3, option 2". */
  where: string
  message: string
  /** Lint warnings: the rule, so a teacher can look it up or allow it. */
  rule?: LintRuleId
}

export interface DraftCheck {
  errors: FieldMessage[]
  /** The validated bank when there is no error: what Save stores and Download writes. */
  bank: Bank | null
  /** The valid questions as a bank for the lint, with each one's place in the draft. */
  lintable: Lintable | null
  /** Each draft question as the quiz would play it, or null while it has an error. */
  questions: (Question | null)[]
}

export interface Lintable {
  bank: Bank
  /** indices[i] is where the lintable bank's question i sits in the draft. */
  indices: number[]
}

export interface DraftReport extends DraftCheck {
  warnings: FieldMessage[]
}

const topSchema = z.strictObject({
  ...bankSchema.shape,
  questions: z.array(z.unknown()).check(z.minLength(1)),
})

function message(path: JsonPath, text: string, rule?: LintRuleId): FieldMessage {
  const field = fieldOf(path)
  return { field, where: describeField(field), message: text, ...(rule && { rule }) }
}

export { describeField, fieldOf }

/** The editor's own checks of one question, in form words (paths inside the question). */
function formChecks(q: DraftQuestion, locale: string): { path: JsonPath; message: string }[] {
  const out: { path: JsonPath; message: string }[] = []
  const add = (field: string, text: string) => out.push({ path: [field], message: text })
  const right = q.choices.filter((c) => c.correct).length
  if (q.type === 'single' && right === 0) add('answer', CHOOSE_RIGHT)
  if (q.type === 'single' && right > 1)
    add('answer', 'Choose only one right answer, or make this a multiple choice question')
  if (q.type === 'multiple' && right === 0) add('answers', 'Tick at least one right answer')
  if (q.type === 'truefalse' && q.truth === null)
    add('answer', 'Choose whether the statement is true or false')
  if (q.type === 'numeric') {
    if (numberOf(q.number, locale) === null)
      add('answer', 'Enter the answer as a number, like 2015 or 3.5')
    const tolerance = numberOf(q.tolerance, locale)
    if (q.tolerance.trim() && (tolerance === null || tolerance < 0)) add('tolerance', TOLERANCE)
  }
  return out
}

/** What one question needs, whatever its place in the set. */
interface QuestionResult {
  question: Question | null
  /** Paths inside the question. */
  errors: Relative[]
}

/** Where the form has its own words for a field, they replace the file-format message there. */
function preferOwn(own: Relative[], others: Relative[]): Relative[] {
  const taken = new Set(own.map((m) => fieldOf(['questions', 0, ...m.path])))
  return [...own, ...others.filter((m) => !taken.has(fieldOf(['questions', 0, ...m.path])))]
}

/** The check's words for an entry listed twice, by list (as `checkBank` says them). */
const TWICE: Record<string, (value: string) => string> = {
  choices: (v) => `${curly(v)} is listed twice: choices must differ`,
  items: (v) => `${curly(v)} is listed twice: items must differ`,
  accepted: (v) => `${curly(v)} is listed twice`,
  pairs: (v) => `${curly(v)} appears twice on the left: each left side needs its own pair`,
}

/**
 * Options, items, accepted answers and left sides listed twice, for a question the schema has
 * not passed (`checkBank` runs only on a valid one): an option typed twice is reported before
 * the right answer is chosen, not only after. Empty entries have their own "Write option 2".
 */
function repeats(raw: Record<string, unknown>): Relative[] {
  const out: Relative[] = []
  for (const field of Object.keys(TWICE)) {
    const list = raw[field]
    if (!Array.isArray(list)) continue
    // An empty or non-text entry gets a key no other has, so it is never a repeat.
    const texts = list.map((v: unknown, i) => {
      const text = field === 'pairs' ? (v as { left?: unknown } | null)?.left : v
      return typeof text === 'string' && text.trim() ? text : `\u0000${i}`
    })
    for (const d of duplicates(texts, (t) => t)) {
      const path = field === 'pairs' ? [field, d.index, 'left'] : [field, d.index]
      out.push({ path, message: checkInFormWords(TWICE[field]!(d.value)) })
    }
  }
  return out
}

function checkQuestion(
  q: DraftQuestion,
  passage: Passage,
  top: Omit<Bank, 'questions'>,
  locale: string,
) {
  const raw = questionValue(q, locale)
  const parsed = questionSchema.safeParse(raw)
  // A text longer than Passage keeps would save a set the studio then sets aside when it reads it.
  const tooBig = limitProblems(raw).map((p) => ({ path: p.at, message: p.message }))
  if (!parsed.success) {
    const own = [...formChecks(q, locale), ...tooBig]
    const found = preferOwn(own, schemaProblems(parsed.error.issues, raw))
    return { question: null, errors: preferOwn(found, repeats(raw)) }
  }
  // The article checks of one question, through the same checkBank the CLI runs.
  const problems = checkBank({ ...top, questions: [parsed.data] }, passage)
    .filter((p) => p.path[0] === 'questions')
    .map((p) => ({ path: p.path.slice(2), message: checkInFormWords(p.message) }))
  const own = [...formChecks(q, locale), ...tooBig]
  return { question: own.length ? null : parsed.data, errors: preferOwn(own, problems) }
}

/**
 * A checker for drafts of sets about `passage`, its numbers read as a teacher in `locale` writes
 * them. Call it after every change: questions the change did not replace are not checked again.
 */
export function createDraftChecker(
  passage: Passage,
  locale = 'en',
): (draft: DraftSet) => DraftCheck {
  const cache = new WeakMap<DraftQuestion, QuestionResult>()
  const placeholder = {
    schemaVersion: 2 as const,
    id: `${passage.id}/check`,
    title: 'Untitled',
    passage: passage.id,
    passMark: 0.5,
  }
  return (draft) => {
    const errors: FieldMessage[] = []
    const value = topValueOf({ ...draft, slug: draft.slug || 'new-set' })
    const topRaw = { ...value, questions: draft.questions.length ? [null] : [] }
    const top = topSchema.safeParse(topRaw)
    const topErrors = top.success ? [] : schemaProblems(top.error.issues, topRaw)
    for (const p of limitProblems(topRaw)) topErrors.push({ path: p.at, message: p.message })
    const percent = typedPercent(draft.passMark)
    if (percent === null || percent < 0 || percent > 100)
      topErrors.unshift({
        path: ['passMark'],
        message: 'Enter the pass mark as a number from 0 to 100 (per cent)',
      })
    // Moodle writes a pass mark as a fraction: 0.7 here would be under 1 %, not 70 %.
    else if (percent > 0 && percent < 1) {
      const meant = passMarkPercent(percent)
      topErrors.unshift({
        path: ['passMark'],
        message: `Enter the pass mark in per cent: ${meant} for ${meant}%, not ${draft.passMark.trim()}`,
      })
    }
    // A score over none shows 1 % at least, here and as score.raw in an LMS, pass or fail: at a
    // pass mark of 1 % a fail showed “1 %” beside “pass mark 1%”, and the SCORM mastery score of
    // 1 passed it.
    else if (percent === 1)
      topErrors.unshift({
        path: ['passMark'],
        message:
          'Enter 0 to pass everyone, or 2 or more: scores show in whole per cent, so at a pass mark of 1% a pass and a fail would both show as 1%',
      })
    // A score short of full marks shows 99 % at most, here and as score.raw in an LMS, pass or
    // fail: no whole percent tells them apart, and the SCORM mastery score would pass both.
    else if (percent > 99 && percent < 100)
      topErrors.unshift({
        path: ['passMark'],
        message: `Enter 99, or 100 to pass only with full marks: scores show in whole per cent, so at a pass mark of ${percent}% a pass and a fail would both show as 99%`,
      })
    const seenTop = new Set<string>()
    for (const e of topErrors) {
      const field = fieldOf(e.path)
      if (field === 'passMark' && seenTop.has(field)) continue
      seenTop.add(field)
      errors.push(message(e.path, e.message))
    }
    if (top.success) {
      for (const p of checkBank({ ...top.data, questions: [] }, passage))
        errors.push(message(p.path, p.message))
    }

    const valid: Question[] = []
    const indices: number[] = []
    const questions: (Question | null)[] = []
    const ids = new Set<string>()
    draft.questions.forEach((q, index) => {
      let result = cache.get(q)
      if (!result) {
        result = checkQuestion(q, passage, placeholder, locale)
        cache.set(q, result)
      }
      for (const e of result.errors)
        errors.push(message(['questions', index, ...e.path], e.message))
      if (ids.has(q.id))
        errors.push(
          message(
            ['questions', index, 'id'],
            `“${q.id}” is used by an earlier question in this set: ids must be unique`,
          ),
        )
      ids.add(q.id)
      questions.push(result.question)
      if (result.question) {
        valid.push(result.question)
        indices.push(index)
      }
    })

    const lintable: Lintable | null = valid.length
      ? {
          bank: top.success
            ? { ...top.data, questions: valid }
            : { ...placeholder, title: draft.title.trim() || 'Untitled', questions: valid },
          indices,
        }
      : null
    const bank = errors.length === 0 && top.success && lintable ? lintable.bank : null
    return { errors: sortByField(errors), bank, lintable, questions }
  }
}

/** The lint's warnings for the valid questions of a draft, at the draft's fields. */
export function lintMessages(lintable: Lintable, passage: Passage): FieldMessage[] {
  const back = (path: JsonPath): JsonPath => {
    const [head, index, ...rest] = path
    if (head !== 'questions' || typeof index !== 'number') return path
    return ['questions', lintable.indices[index] ?? index, ...rest]
  }
  // Each question's number in the editor: a warning names "question 3", as the editor does.
  const numbers = new Map(
    lintable.bank.questions.map((q, i) => [q.id, (lintable.indices[i] ?? i) + 1]),
  )
  const warnings = lintBank(lintable.bank, passage).warnings.map((w) =>
    message(back(w.path), inEditorWords(w.message, numbers), w.rule),
  )
  return sortByField(warnings)
}

/** Everything wrong with a draft, and the lint's warnings, each at its field. */
export function validateDraft(draft: DraftSet, passage: Passage, locale = 'en'): DraftReport {
  const check = createDraftChecker(passage, locale)(draft)
  return {
    ...check,
    warnings: check.lintable ? lintMessages(check.lintable, passage) : [],
  }
}

/**
 * A question's parts in the order its form shows them: the question, then its type's own fields
 * (options and right answer, items, pairs…), then evidence, explanation, tags and difficulty.
 */
const PART_ORDER = ['id', 'prompt', '', 'evidence', 'explanation', 'tags', 'difficulty']
/** The set's fields in the order of the form, then its list of questions; anything else first. */
const TOP_ORDER = ['', 'title', 'description', 'passMark', 'questions']

/**
 * Set fields first, then questions in order; within a question, in the order of its form (the
 * error summary reads top to bottom like the page), and otherwise in the order found.
 */
function sortByField(list: FieldMessage[]): FieldMessage[] {
  const order = (f: string) => {
    const m = /^questions\[(\d+)\](?:\.(\w+))?/.exec(f)
    if (!m) return Math.max(0, TOP_ORDER.indexOf(f))
    const part = PART_ORDER.indexOf(m[2] ?? 'id')
    const at = part < 0 ? PART_ORDER.indexOf('') : part
    return TOP_ORDER.length + Number(m[1]) * PART_ORDER.length + at
  }
  return list
    .map((m, i) => ({ m, i }))
    .sort((a, b) => order(a.m.field) - order(b.m.field) || a.i - b.i)
    .map(({ m }) => m)
}
