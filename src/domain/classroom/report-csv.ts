/**
 * The class report as CSV: one row per question of each set, the set's figures on every row; and
 * the students' scores, one row per counted attempt.
 */
import { COMMA_DIALECT, guardCell, numberCell, toCsv, type CsvDialect } from '../interop/csv.ts'
import { percentOf } from '../quiz/marks.ts'
import { shortfallNote } from './shortfall.ts'
import type { SetReport } from './stats.ts'

export const REPORT_CSV_COLUMNS = [
  'set_id',
  'set_title',
  'set_version',
  'attempts_counted',
  'students',
  'mean_score',
  'median_score',
  'pass_rate',
  'question_number',
  'question_id',
  'question_type',
  'prompt',
  'answers',
  'facility_index',
  'discrimination_index',
  'flags',
  'common_answers_not_fully_right',
] as const

/**
 * A 0–1 figure to 3 places ("0.700"), with the decimal sign of `dialect`; empty when none. One
 * that rounds to nothing is "0.000", not the "-0.000" of a zero computed as −3e-17.
 */
const fixed = (n: number | null, dialect: CsvDialect) =>
  n === null
    ? ''
    : n
        .toFixed(3)
        .replace(/^-(?=[0.]+$)/, '')
        .replace('.', dialect.decimal)

/**
 * Answers short of full marks as one cell: each quoted (a tick-all answer holds "; " itself),
 * its count, and why it fell short when it is not plain wrong; then those the files hold only the
 * marks of, as the report says them (an empty cell would read as none).
 */
function notFullyRightCell(q: SetReport['questions'][number]): string {
  const listed = q.notFullyRight.map((w) => {
    const note = shortfallNote(w.shortfall)
    return `${w.blank ? 'left blank' : `“${w.response}”`} × ${w.count}${note ? ` (${note})` : ''}`
  })
  if (q.shortWithoutWords) listed.push(`answer not in the files × ${q.shortWithoutWords}`)
  return listed.join('; ')
}

/** The set's id, title and version, which every row of either CSV starts with. */
const setCells = (r: SetReport): string[] => [
  guardCell(r.group.setId),
  guardCell(r.group.title),
  r.group.version ?? '',
]

/**
 * CSV of `reports` in `dialect` (the teacher's spreadsheet's), text cells guarded against
 * formulas.
 */
export function reportCsv(
  reports: readonly SetReport[],
  dialect: CsvDialect = COMMA_DIALECT,
): string {
  const rows: string[][] = [[...REPORT_CSV_COLUMNS]]
  for (const r of reports) {
    r.questions.forEach((q, i) => {
      // Numbers are ours and stay numbers; every text cell is guarded.
      const t = guardCell
      rows.push([
        ...setCells(r),
        String(r.counted),
        String(r.students),
        fixed(r.mean, dialect),
        fixed(r.median, dialect),
        fixed(r.passRate, dialect),
        String(i + 1),
        t(q.questionId),
        q.type ?? '',
        t(q.prompt ?? ''),
        String(q.n),
        fixed(q.facility, dialect),
        fixed(q.discrimination, dialect),
        q.flags.join(' '),
        t(notFullyRightCell(q)),
      ])
    })
  }
  return toCsv(rows, dialect.separator)
}

export const STUDENTS_CSV_COLUMNS = [
  'set_id',
  'set_title',
  'set_version',
  'student',
  'attempt_number',
  'attempts_counted',
  'finished_at',
  'finished_local',
  'score_percent',
  'marks',
  'max_marks',
  'passed',
  'backup_files',
] as const

/**
 * The students' scores as CSV, for a gradebook: one row per counted attempt of each set, in the
 * report's order, with the whole percent the report shows and the marks behind it. When each was
 * finished comes twice: exact (ISO 8601, UTC) and as `local` writes it in the teacher's time zone
 * ("2024-05-18 11:10", which spreadsheets in every language read as a date and time; the UTC one
 * stays text). Marks are written with the decimal sign of `dialect`. A student known only from
 * backups (which say no name) is named by the first file, as the report names them, and the last
 * column lists every backup file the row counts, "; " between them; it is empty for a typed name.
 */
export function studentsCsv(
  reports: readonly SetReport[],
  local: (iso: string) => string,
  dialect: CsvDialect = COMMA_DIALECT,
): string {
  const rows: string[][] = [[...STUDENTS_CSV_COLUMNS]]
  for (const r of reports) {
    for (const s of r.rows) {
      rows.push([
        ...setCells(r),
        guardCell(s.student),
        String(s.attemptNumber),
        String(s.attemptsCounted),
        s.finishedAt,
        local(s.finishedAt),
        String(percentOf(s.fraction, 1, r.group.passMark ?? undefined)),
        numberCell(Math.round(s.score * 100) / 100, dialect),
        numberCell(s.max, dialect),
        s.passed === null ? '' : s.passed ? 'yes' : 'no',
        guardCell((s.backups ?? []).join('; ')),
      ])
    }
  }
  return toCsv(rows, dialect.separator)
}
