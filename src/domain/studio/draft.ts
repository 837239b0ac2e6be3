/**
 * The editor's working copy of a set. A form needs things a bank file does not allow — an empty
 * prompt while typing, "12." in a number field, no right answer chosen yet — so the editor edits
 * a `DraftSet` and turns it into a bank value (`bankValueOf`) that the real validator checks.
 * Fields the form does not edit (`lint`, fields of newer formats) ride along in `rest` untouched.
 */
import {
  BANK_SCHEMA_VERSION,
  evidenceQuotes,
  type Bank,
  type Question,
  type QuestionType,
} from '../bank/schema.ts'
import { parseNumber } from '../grading/number-input.ts'

// The form's words for its problems (field names, instructions) come with the form's working
// copy: the pages that load one (the editor, the import page) load the other, so they share a
// chunk, where one of their own would add its name to the first load's preload map (17 B gzip).
export {
  addAtLeast,
  articleMessage,
  capitalized,
  checkInFormWords,
  CHOOSE_RIGHT,
  describeField,
  fieldOf,
  placeInArticle,
  placeInFile,
  saidOf,
  schemaMessage,
  schemaProblems,
  TOLERANCE,
  type Relative,
} from './form-words.ts'

export interface DraftChoice {
  text: string
  correct: boolean
}

export interface DraftPair {
  left: string
  right: string
}

export interface DraftQuestion {
  /** Stable key for the form (list keys, focus); never saved. */
  key: string
  id: string
  type: QuestionType
  prompt: string
  /** Verbatim quotes picked from the article, in the order the teacher added them. */
  evidence: string[]
  explanation: string
  /** As typed: tags separated by commas. */
  tags: string
  /** '' or '1'…'5'. */
  difficulty: string
  /** single and multiple: the options and which are right. */
  choices: DraftChoice[]
  /** truefalse: the right answer, null until chosen. */
  truth: boolean | null
  /** numeric: as typed. */
  number: string
  tolerance: string
  unit: string
  /** short: every accepted answer. */
  accepted: string[]
  /** ordering: in the right order. */
  items: string[]
  pairs: DraftPair[]
  /** Fields the form does not edit, written back as they were. */
  rest: Record<string, unknown>
}

export interface DraftSet {
  /** The set's own name within its article (`<passage>/<slug>` is the bank id). */
  slug: string
  passage: string
  title: string
  description: string
  /** As typed, in percent. */
  passMark: string
  questions: DraftQuestion[]
  /** Next number for a question key, so keys never repeat within an editing session. */
  nextKey: number
  rest: Record<string, unknown>
}

/** The `$schema` a bank file in `questions/<article>/` points at. */
export const BANK_SCHEMA_REF = '../../schema/bank.schema.json'

const QUESTION_FIELDS = new Set([
  'id',
  'type',
  'prompt',
  'evidence',
  'explanation',
  'tags',
  'difficulty',
  'choices',
  'answer',
  'answers',
  'tolerance',
  'unit',
  'accepted',
  'items',
  'pairs',
])
const SET_FIELDS = new Set([
  '$schema',
  'schemaVersion',
  'id',
  'title',
  'passage',
  'description',
  'passMark',
  'questions',
])

function restOf(value: object, known: Set<string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([k]) => !known.has(k)))
}

/** A question of `type` with nothing filled in but two empty options where a type needs them. */
export function blankQuestion(type: QuestionType, key: string, id: string): DraftQuestion {
  return {
    key,
    id,
    type,
    prompt: '',
    evidence: [],
    explanation: '',
    tags: '',
    difficulty: '',
    choices: [
      { text: '', correct: false },
      { text: '', correct: false },
    ],
    truth: null,
    number: '',
    tolerance: '',
    unit: '',
    accepted: [''],
    items: ['', ''],
    pairs: [
      { left: '', right: '' },
      { left: '', right: '' },
    ],
    rest: {},
  }
}

/** An empty set for an article, with one single-choice question to start from. */
export function blankDraft(passage: string): DraftSet {
  return {
    slug: '',
    passage,
    title: '',
    description: '',
    passMark: '70',
    questions: [blankQuestion('single', 'k1', 'q1')],
    nextKey: 2,
    rest: {},
  }
}

/** A question as the form edits it; its key is `key`. */
export function draftQuestionOf(q: Question, key: string): DraftQuestion {
  const draft = blankQuestion(q.type, key, q.id)
  draft.prompt = q.prompt
  draft.evidence = [...evidenceQuotes(q)]
  draft.explanation = q.explanation ?? ''
  draft.tags = (q.tags ?? []).join(', ')
  draft.difficulty = q.difficulty === undefined ? '' : String(q.difficulty)
  draft.rest = restOf(q, QUESTION_FIELDS)
  switch (q.type) {
    case 'single':
      draft.choices = q.choices.map((text) => ({ text, correct: text === q.answer }))
      break
    case 'multiple':
      draft.choices = q.choices.map((text) => ({ text, correct: q.answers.includes(text) }))
      break
    case 'truefalse':
      draft.truth = q.answer
      break
    case 'numeric':
      draft.number = String(q.answer)
      draft.tolerance = q.tolerance === undefined ? '' : String(q.tolerance)
      draft.unit = q.unit ?? ''
      break
    case 'short':
      draft.accepted = [...q.accepted]
      break
    case 'ordering':
      draft.items = [...q.items]
      break
    case 'matching':
      draft.pairs = q.pairs.map((p) => ({ ...p }))
      break
  }
  return draft
}

// Twelve significant digits clear the noise of ×100 and ÷100 (0.07 × 100 is 7.000000000000001)
// and keep every digit a pass mark holds: a saved 0.9999 opens as 99.99, which the field's check
// refuses, not as the 100 that tenths of a per cent would have made it without a word.
const clean = (n: number): number => Number(n.toPrecision(12))

/** A whole bank as the form edits it. */
export function draftOf(bank: Bank): DraftSet {
  return {
    slug: bank.id.slice(bank.id.indexOf('/') + 1),
    passage: bank.passage,
    title: bank.title,
    description: bank.description ?? '',
    passMark: String(clean(bank.passMark * 100)),
    questions: bank.questions.map((q, i) => draftQuestionOf(q, `k${i + 1}`)),
    nextKey: bank.questions.length + 1,
    rest: restOf(bank, SET_FIELDS),
  }
}

/**
 * A number as a teacher types it: the forms a student may type in `locale` ("4,000" in English,
 * "4.000,5" in German), or digits with an optional sign, decimal point and exponent. null for
 * anything else (a unit, an empty field): the form says how to write it.
 */
export function numberOf(text: string, locale = 'en'): number | null {
  // Read as the grader reads a student's answer first: "4,000" is the 4,050 a student may type.
  const typed = parseNumber(text, locale)
  if (typed.ok) return typed.value
  // A minus sign pasted from a word processor ("−5") is the minus a student may type, too.
  const t = text.trim().replace(/^\u2212/, '-')
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return null
  const n = Number(t)
  return Number.isFinite(n) ? n : null
}

/** A pass mark as typed, "70" or "70 %", as its number of per cent. */
export function typedPercent(text: string): number | null {
  return numberOf(text.trim().replace(/\s*%$/, ''))
}

/** Tags as typed ("dates, people") to the list a bank holds. */
export function tagsOf(text: string): string[] {
  return [...new Set(text.split(',').map((t) => t.trim()))].filter(Boolean)
}

/** The bank id the draft will be saved under. */
export function bankIdOf(draft: Pick<DraftSet, 'passage' | 'slug'>): string {
  return `${draft.passage}/${draft.slug}`
}

/** One question as JSON would hold it; its numbers read as a teacher in `locale` writes them. */
export function questionValue(q: DraftQuestion, locale = 'en'): Record<string, unknown> {
  const out: Record<string, unknown> = { id: q.id, type: q.type, prompt: q.prompt }
  const right = q.choices.filter((c) => c.correct).map((c) => c.text)
  switch (q.type) {
    case 'single':
      out.choices = q.choices.map((c) => c.text)
      // Several ticked (after switching from multiple) is reported by the editor's own check.
      if (right.length === 1) out.answer = right[0]
      break
    case 'multiple':
      out.choices = q.choices.map((c) => c.text)
      out.answers = right
      break
    case 'truefalse':
      if (q.truth !== null) out.answer = q.truth
      break
    case 'numeric': {
      // Text that is no number stays text, so the validator names the field.
      out.answer = numberOf(q.number, locale) ?? q.number
      if (q.tolerance.trim()) out.tolerance = numberOf(q.tolerance, locale) ?? q.tolerance
      if (q.unit.trim()) out.unit = q.unit
      break
    }
    case 'short':
      out.accepted = q.accepted
      break
    case 'ordering':
      out.items = q.items
      break
    case 'matching':
      out.pairs = q.pairs.map((p) => ({ left: p.left, right: p.right }))
      break
  }
  if (q.evidence.length === 1) out.evidence = q.evidence[0]
  else if (q.evidence.length > 1) out.evidence = q.evidence
  if (q.explanation.trim()) out.explanation = q.explanation
  const tags = tagsOf(q.tags)
  if (tags.length) out.tags = tags
  if (q.difficulty) out.difficulty = Number(q.difficulty)
  return { ...out, ...q.rest }
}

/**
 * The bank the draft stands for, as JSON would hold it: what is validated, saved, downloaded.
 * A pass mark that is no number stays text so validation reports it.
 */
export function bankValueOf(draft: DraftSet, locale = 'en'): Record<string, unknown> {
  const { $schema, schemaVersion, id, title, passage, description, passMark, ...rest } =
    topValueOf(draft)
  return {
    $schema,
    schemaVersion,
    id,
    title,
    passage,
    ...(description !== undefined && { description }),
    passMark,
    questions: draft.questions.map((q) => questionValue(q, locale)),
    ...rest,
  }
}

/** The set's own fields as JSON would hold them, without its questions. */
export function topValueOf(draft: DraftSet): Record<string, unknown> {
  const percent = typedPercent(draft.passMark)
  const out: Record<string, unknown> = {
    $schema: BANK_SCHEMA_REF,
    schemaVersion: BANK_SCHEMA_VERSION,
    id: bankIdOf(draft),
    title: draft.title,
    passage: draft.passage,
  }
  if (draft.description.trim()) out.description = draft.description
  out.passMark = percent === null ? draft.passMark : clean(percent / 100)
  return { ...out, ...draft.rest }
}

/** The set as a file for `questions/<article>/`: pretty-printed, `$schema` first. */
export function bankFileText(bank: Bank | Record<string, unknown>): string {
  const rest: Record<string, unknown> = { ...bank }
  delete rest.$schema
  return `${JSON.stringify({ $schema: BANK_SCHEMA_REF, ...rest }, null, 2)}\n`
}

/** The first `q<n>` id no question of the draft uses. */
export function freeQuestionId(questions: readonly Pick<DraftQuestion, 'id'>[]): string {
  const used = new Set(questions.map((q) => q.id))
  let n = questions.length + 1
  while (used.has(`q${n}`)) n++
  return `q${n}`
}

/** The same question as another type; what both types share (prompt, options…) is kept. */
export function withType(q: DraftQuestion, type: QuestionType): DraftQuestion {
  if (q.type === type) return q
  const next = { ...q, type }
  if (type === 'single' && q.choices.filter((c) => c.correct).length > 1) {
    let seen = false
    next.choices = q.choices.map((c) => {
      const keep = c.correct && !seen
      if (c.correct) seen = true
      return { ...c, correct: keep }
    })
  }
  return next
}
