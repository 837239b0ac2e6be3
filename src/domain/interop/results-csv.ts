/**
 * Results as CSV, one row per question answered, for a spreadsheet: the attempt's facts repeat on
 * each of its rows, so any row can be sorted or filtered on its own. The class report reads the
 * file back; every column it needs is named in the header, so columns may be moved or added.
 */
import { QUESTION_TYPES, type QuestionType } from '../bank/schema.ts'
import { SCORE_UNITS } from '../progress/codec.ts'
import {
  COMMA_DIALECT,
  guardCell,
  numberCell,
  parseCsv,
  toCsv,
  unguardCell,
  type CsvDialect,
} from './csv.ts'
import { checkResults, readBlank } from './results-read.ts'
import {
  cleanName,
  RESULTS_KIND,
  RESULTS_VERSION,
  type ResultAnswer,
  type ResultAttempt,
  type ResultsDoc,
} from './results.ts'

export const RESULTS_CSV_COLUMNS = [
  'student',
  'set_id',
  'set_title',
  'set_version',
  'pass_mark',
  'question_count',
  'attempt_id',
  'mode',
  'started_at',
  'finished_at',
  'attempt_score',
  'attempt_max',
  'passed',
  'question_id',
  'question_type',
  'prompt',
  'response',
  'left_blank',
  'score',
  'max',
  'correct',
  'seconds',
  'retry_used',
  'marked_right_by_student',
] as const

type Column = (typeof RESULTS_CSV_COLUMNS)[number]

/** Columns a file from an earlier Passage lacks: read as the JSON reader reads their absence. */
const OPTIONAL_COLUMNS: readonly Column[] = ['left_blank']

const opt = (v: string | null): string => (v === null ? '' : v)
const bool = (b: boolean | null): string => (b === null ? '' : String(b))

/**
 * The CSV of a results document in `dialect` (the student's spreadsheet's); attempts saved with a
 * total only have no rows.
 */
export function resultsCsv(doc: ResultsDoc, dialect: CsvDialect = COMMA_DIALECT): string {
  /** A number as the spreadsheet reads it, or an empty cell. */
  const num = (n: number | null): string => (n === null ? '' : numberCell(n, dialect))
  /** A score, to 6 places, which the reader snaps back to 1/120. */
  const score = (n: number): string => num(Math.round(n * 1e6) / 1e6)
  const rows: string[][] = [[...RESULTS_CSV_COLUMNS]]
  for (const a of doc.attempts) {
    for (const x of a.answers) {
      const cells: Record<Column, string> = {
        student: doc.student.name,
        set_id: a.set.id,
        set_title: a.set.title,
        set_version: opt(a.set.version),
        pass_mark: num(a.set.passMark),
        question_count: num(a.set.questionCount),
        attempt_id: a.id,
        mode: a.mode,
        started_at: a.startedAt,
        finished_at: a.finishedAt,
        attempt_score: score(a.score),
        attempt_max: num(a.max),
        passed: bool(a.passed),
        question_id: x.questionId,
        question_type: opt(x.type),
        prompt: opt(x.prompt),
        response: opt(x.response),
        left_blank: String(x.blank),
        score: score(x.score),
        max: num(x.max),
        correct: String(x.correct),
        seconds: num(x.seconds),
        retry_used: String(x.retryUsed),
        marked_right_by_student: String(x.markedRight),
      }
      rows.push(RESULTS_CSV_COLUMNS.map((c) => guardCell(cells[c])))
    }
  }
  return toCsv(rows, dialect.separator)
}

/** One student's attempts as a CSV file holds them. */
export interface CsvStudent {
  name: string
  attempts: ResultAttempt[]
}

/**
 * A CSV read, or why not. `student` is set when the rows read but one student's attempts fail the
 * checks every results file passes (then `reason` is what the check found).
 */
export type ResultsCsvRead =
  { ok: true; students: CsvStudent[] } | { ok: false; reason: string; student?: string }

const snap = (n: number): number => Math.round(n * SCORE_UNITS) / SCORE_UNITS

/**
 * true and false as a spreadsheet writes them when it saves the file again: in capitals, and in
 * the words of its language (Excel and LibreOffice in German, French, Spanish, Italian, Dutch).
 */
const TRUTH: Readonly<Record<string, boolean>> = {
  true: true,
  false: false,
  wahr: true,
  falsch: false,
  vrai: true,
  faux: false,
  verdadero: true,
  falso: false,
  vero: true,
  waar: true,
  onwaar: false,
}

/**
 * A cell as the value the JSON format holds, or a message saying why it cannot be. `comma` reads
 * "0,5" as a half, as a spreadsheet that saved the file with semicolons wrote it.
 */
function cellReaders(row: number, cell: (c: Column) => string, comma: boolean) {
  const fail = (c: Column, what: string): never => {
    throw new TypeError(`line ${row}, column ${c}: ${what}`)
  }
  const number = (c: Column): number => {
    const v = cell(c)
    const n = Number(comma && /^\s*-?\d+,\d+\s*$/.test(v) ? v.replace(',', '.') : v)
    if (v.trim() === '' || !Number.isFinite(n)) fail(c, `"${v.slice(0, 40)}" is not a number`)
    return n
  }
  const boolean = (c: Column): boolean => {
    const v = cell(c)
    const b = Object.hasOwn(TRUTH, v.trim().toLowerCase())
      ? TRUTH[v.trim().toLowerCase()]
      : undefined
    if (b === undefined) fail(c, `"${v.slice(0, 40)}" is not true or false`)
    return b === true
  }
  return {
    text: cell,
    number,
    boolean,
    optional: (c: Column): string | null => (cell(c) === '' ? null : cell(c)),
    optionalNumber: (c: Column): number | null => (cell(c) === '' ? null : number(c)),
    optionalBoolean: (c: Column): boolean | null => (cell(c) === '' ? null : boolean(c)),
  }
}

/** Reads results CSV back; every value then passes the same checks as a JSON results file. */
export function readResultsCsv(text: string): ResultsCsvRead {
  // Where the comma is the decimal sign, Passage and spreadsheets write semicolons between fields.
  const firstLine = text.slice(0, text.search(/[\r\n]|$/))
  const separator = !firstLine.includes(',') && firstLine.includes(';') ? ';' : ','
  const parsed = parseCsv(text, separator)
  if (!parsed.ok) return { ok: false, reason: `line ${parsed.line}: ${parsed.reason}` }
  const [header, ...body] = parsed.rows
  if (!header) return { ok: false, reason: 'it is empty' }
  const names = header.map((h) => h.trim())
  const missing = RESULTS_CSV_COLUMNS.filter(
    (c) => !names.includes(c) && !OPTIONAL_COLUMNS.includes(c),
  )
  if (missing.length > 0) {
    return {
      ok: false,
      reason: `it is not a Passage results CSV (no ${missing.slice(0, 3).join(', ')} column${missing.length > 1 ? 's' : ''})`,
    }
  }
  const index = Object.fromEntries(RESULTS_CSV_COLUMNS.map((c) => [c, names.indexOf(c)])) as Record<
    Column,
    number
  >
  const students = new Map<string, Map<string, ResultAttempt>>()
  try {
    for (const [i, row] of body.entries()) {
      const line = i + 2
      // A spreadsheet often saves a blank last line.
      if (row.every((c) => c === '')) continue
      const cell = (c: Column) => unguardCell(row[index[c]] ?? '')
      const r = cellReaders(line, cell, separator === ';')
      const type = r.optional('question_type')
      if (type !== null && !(QUESTION_TYPES as readonly string[]).includes(type)) {
        throw new TypeError(
          `line ${line}, column question_type: "${type.slice(0, 40)}" is not a question type`,
        )
      }
      const answer: ResultAnswer = {
        questionId: r.text('question_id'),
        type: type as QuestionType | null,
        prompt: r.optional('prompt'),
        score: snap(r.number('score')),
        max: r.number('max'),
        correct: r.boolean('correct'),
        seconds: r.number('seconds'),
        response: r.optional('response'),
        blank: readBlank(r.optionalBoolean('left_blank'), r.optional('response')),
        retryUsed: r.boolean('retry_used'),
        markedRight: r.boolean('marked_right_by_student'),
      }
      const attempt: ResultAttempt = {
        id: r.text('attempt_id'),
        set: {
          id: r.text('set_id'),
          title: r.text('set_title'),
          version: r.optional('set_version'),
          passMark: r.optionalNumber('pass_mark'),
          questionCount: r.optionalNumber('question_count'),
        },
        mode: r.text('mode') as ResultAttempt['mode'],
        startedAt: r.text('started_at'),
        finishedAt: r.text('finished_at'),
        score: snap(r.number('attempt_score')),
        max: r.number('attempt_max'),
        passed: r.optionalBoolean('passed'),
        answers: [],
      }
      const name = r.text('student')
      const own = students.get(name) ?? new Map<string, ResultAttempt>()
      students.set(name, own)
      const key = `${attempt.set.id}\n${attempt.id}`
      const known = own.get(key)
      if (known) {
        const facts = (a: ResultAttempt) => JSON.stringify({ ...a, answers: [] })
        if (facts(known) !== facts(attempt)) {
          throw new TypeError(`line ${line}: attempt ${attempt.id} differs from its earlier rows`)
        }
        known.answers.push(answer)
      } else {
        attempt.answers.push(answer)
        own.set(key, attempt)
      }
    }
  } catch (e) {
    return { ok: false, reason: (e as Error).message }
  }
  const out: CsvStudent[] = []
  for (const [name, attempts] of students) {
    // The JSON checks are the one definition of a valid attempt.
    const checked = checkResults({
      kind: RESULTS_KIND,
      schemaVersion: RESULTS_VERSION,
      appVersion: 'csv',
      createdAt: '2000-01-01T00:00:00Z',
      student: { name },
      attempts: [...attempts.values()],
    })
    if (!checked.ok) return { ok: false, reason: checked.reason, student: cleanName(name) }
    out.push({ name: checked.doc.student.name, attempts: checked.doc.attempts })
  }
  if (out.length === 0) return { ok: false, reason: 'it has no results in it' }
  return { ok: true, students: out }
}
