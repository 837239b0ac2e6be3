/**
 * Reading a handed-in results file. Everything in it is untrusted: the shape, every id, every
 * number and every length is checked, scores must add up, and the first problem is reported in
 * words ("attempts[2].answers[0].score should be number"). Nothing from a file is ever run.
 */
import * as z from 'zod/mini'
import { QUESTION_TYPES } from '../bank/schema.ts'
import { ATTEMPT_ID, QUESTION_ID, SET_ID } from '../progress/schema.ts'
import { firstIssue, parseJson } from '../progress/versioned.ts'
import { isObject } from '../progress/fields.ts'
import { NO_ANSWER } from '../grading/result.ts'
import {
  cleanName,
  MAX_NAME_LENGTH,
  RESULTS_KIND,
  RESULTS_VERSION,
  type ResultsDoc,
} from './results.ts'

/** Limits that keep a hostile file from costing the teacher's browser much. */
export const MAX_ATTEMPTS = 5000
export const MAX_ANSWERS = 500
const MAX_TEXT = 2000

const text = z.string().check(z.maxLength(MAX_TEXT))
const iso = z.iso.datetime({ offset: true })
const fraction = z.number().check(z.gte(0), z.lte(1))
const count = z.number().check(z.gte(0), z.lte(MAX_ANSWERS))

const answerSchema = z.object({
  questionId: z.string().check(z.regex(QUESTION_ID), z.maxLength(200)),
  type: z.nullable(z.enum(QUESTION_TYPES)),
  prompt: z.nullable(text),
  score: fraction,
  max: z.literal(1),
  correct: z.boolean(),
  seconds: z.int().check(z.gte(0), z.lte(10 * 24 * 3600)),
  response: z.nullable(text),
  // Written since the class report told a blank from the typed words "No answer".
  blank: z.optional(z.boolean()),
  retryUsed: z.boolean(),
  markedRight: z.boolean(),
})

const attemptSchema = z.object({
  id: z.string().check(z.regex(ATTEMPT_ID)),
  set: z.object({
    id: z.string().check(z.regex(SET_ID), z.maxLength(200)),
    title: text,
    version: z.nullable(z.string().check(z.regex(/^[0-9A-Za-z_-]{8}$/))),
    passMark: z.nullable(fraction),
    questionCount: z.nullable(z.int().check(z.gte(1), z.lte(MAX_ANSWERS))),
  }),
  mode: z.enum(['practice', 'test', 'unknown']),
  startedAt: iso,
  finishedAt: iso,
  score: count,
  max: count,
  passed: z.nullable(z.boolean()),
  answers: z.array(answerSchema).check(z.maxLength(MAX_ANSWERS)),
})

const resultsSchema = z.object({
  kind: z.literal(RESULTS_KIND),
  schemaVersion: z.literal(RESULTS_VERSION),
  appVersion: text,
  createdAt: iso,
  student: z.object({ name: z.string().check(z.minLength(1), z.maxLength(MAX_NAME_LENGTH)) }),
  attempts: z.array(attemptSchema).check(z.maxLength(MAX_ATTEMPTS)),
})

/**
 * Whether an answer of a results file was left blank: as the file says, or, in a file from before
 * `blank` was written (JSON) or a CSV without its `left_blank` column, when it reads "Left blank",
 * or "No answer" as Passage wrote a blank before it took the results' words.
 */
export function readBlank(blank: boolean | null | undefined, response: string | null): boolean {
  return blank ?? (response === NO_ANSWER || response === 'No answer')
}

export type ResultsRead = { ok: true; doc: ResultsDoc } | { ok: false; reason: string }

// Sums of thirds land a hair off; a stored score is exact to 1/120.
const EPSILON = 1e-6

/** The rules a schema cannot say: scores add up, ids are unique, time runs forwards. */
function crossCheck(doc: ResultsDoc): string | null {
  const seen = new Set<string>()
  for (const [i, a] of doc.attempts.entries()) {
    const where = `attempts[${i}]`
    const key = `${a.set.id}\n${a.id}`
    if (seen.has(key)) return `${where}: attempt ${a.id} of ${a.set.id} appears twice`
    seen.add(key)
    if (a.score > a.max + EPSILON)
      return `${where}: its score ${a.score} is above its maximum ${a.max}`
    if (Date.parse(a.finishedAt) < Date.parse(a.startedAt)) {
      return `${where}: it finished before it started`
    }
    if (a.answers.length === 0) continue
    if (a.max !== a.answers.length) {
      return `${where}: its maximum ${a.max} is not its ${a.answers.length} questions`
    }
    const sum = a.answers.reduce((s, x) => s + x.score, 0)
    if (Math.abs(sum - a.score) > EPSILON) {
      return `${where}: its score ${a.score} does not add up to its answers (${Math.round(sum * 1000) / 1000})`
    }
    const scored = a.answers.findIndex((x) => x.blank && x.score > 0)
    if (scored >= 0) return `${where}.answers[${scored}]: it was left blank, yet it scored`
    const qids = new Set(a.answers.map((x) => x.questionId))
    if (qids.size !== a.answers.length) return `${where}: a question is answered twice`
    if (a.set.questionCount !== null && a.answers.length > a.set.questionCount) {
      return `${where}: it has more answers than its set has questions`
    }
  }
  return null
}

/** An xAPI statement has an actor, a verb with an id and an object (xAPI 1.0.3, 2.4). */
const isStatement = (v: unknown): boolean =>
  isObject(v) &&
  isObject(v.actor) &&
  isObject(v.verb) &&
  typeof v.verb.id === 'string' &&
  isObject(v.object)

/**
 * Whether a parsed JSON value is xAPI statements: a list of them (what "Hand in results" writes
 * for a learning record store), one statement, or a record store's `{ statements: [...] }`.
 */
export function isXapiStatements(value: unknown): boolean {
  const list = isObject(value) && Array.isArray(value.statements) ? value.statements : value
  return Array.isArray(list) ? list.length > 0 && list.every(isStatement) : isStatement(list)
}

/** What the teacher is told of an xAPI file: the student chose the wrong format, not a bad file. */
export const XAPI_REASON =
  'it holds xAPI statements, which are for a learning record store: ask the student to hand in again and choose “Passage results file”'

/** Checks a parsed JSON value as a results document. */
export function checkResults(value: unknown): ResultsRead {
  const kind = (value as { kind?: unknown } | null)?.kind
  if (kind !== RESULTS_KIND) {
    if (isXapiStatements(value)) return { ok: false, reason: XAPI_REASON }
    return { ok: false, reason: 'it is not a Passage results file' }
  }
  const version = (value as { schemaVersion?: unknown }).schemaVersion
  if (typeof version === 'number' && version > RESULTS_VERSION) {
    return {
      ok: false,
      reason: `it was made by a newer Passage than the one on this page: reload the page to bring Passage up to date, then add the file again (results format ${version}; this page reads up to ${RESULTS_VERSION})`,
    }
  }
  const parsed = resultsSchema.safeParse(value)
  if (!parsed.success) return { ok: false, reason: firstIssue(parsed.error.issues) }
  for (const a of parsed.data.attempts)
    for (const x of a.answers) x.blank = readBlank(x.blank, x.response)
  const doc = parsed.data as ResultsDoc
  const name = cleanName(doc.student.name)
  if (name === '') return { ok: false, reason: 'its student name is empty' }
  doc.student.name = name
  const problem = crossCheck(doc)
  return problem ? { ok: false, reason: problem } : { ok: true, doc }
}

/** Reads results file text: JSON, then every check. */
export function readResults(text: string): ResultsRead {
  const json = parseJson(text)
  return json.ok ? checkResults(json.doc) : { ok: false, reason: json.reason }
}
