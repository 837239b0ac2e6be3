/**
 * One file a student handed in, read into attempts: a results file (JSON), a results CSV or a
 * whole backup. Everything in it is untrusted; a file that cannot be read says why, in words, and
 * never stops the others from loading.
 */
import { curly } from '../text/quote.ts'
import type { Bank } from '../bank/schema.ts'
import { readBackup } from '../progress/backup.ts'
import { emptyProgress } from '../progress/schema.ts'
import { FILE_NAMES, passageFileOf } from '../progress/file-kinds.ts'
import { attemptCount, recentAttempts } from '../progress/stats.ts'
import { setVersion } from '../interop/fingerprint.ts'
import { readResults } from '../interop/results-read.ts'
import { readResultsCsv } from '../interop/results-csv.ts'
import { cleanName, resultAttempt, type ResultAttempt } from '../interop/results.ts'

/** Bigger than any class's results; a bigger file is refused before it is parsed. */
export const MAX_FILE_CHARS = 20_000_000

export type HandInKind = 'results' | 'csv' | 'backup'

export interface HandInStudent {
  /** The display name the student typed, or for a backup (which has none) the file name. */
  name: string
  /** Whether `name` came from the file name rather than from the student. */
  fromFileName: boolean
  attempts: ResultAttempt[]
}

export interface HandIn {
  file: string
  kind: HandInKind
  students: HandInStudent[]
}

/** Why a file was not read: in plain words, and what was found for whoever looks closer. */
export interface HandInFailure {
  ok: false
  file: string
  /** What is wrong and what to do, in words a teacher acts on. */
  reason: string
  /** Where in the file it went wrong ("attempts[0].score should be number"), when that helps. */
  detail?: string
  /** The student the file names, when it names one. */
  student?: string
}

export type HandInRead = { ok: true; handIn: HandIn } | HandInFailure

const ORDINALS = ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth']

/**
 * The words that tell the `nth` file of a name from the first ("" for the first): " (the second
 * file of this name)", then the third… A "name (2).ext" would read as a file of that name on the
 * teacher's disk, where there is none (a browser names a second download "name (1).ext").
 */
function nthWords(nth: number): string {
  if (nth <= 1) return ''
  const ordinal = ORDINALS[nth - 2]
  return ` (${ordinal ? `the ${ordinal} file` : `file ${nth}`} of this name)`
}

/** How the `nth` file added of the name `file` is shown: "name.ext (the second file of this name)". */
export function nthFile(file: string, nth: number): string {
  return `${file}${nthWords(nth)}`
}

/**
 * A file name without folders and extension, as a name for a backup's student; a second file of
 * the name keeps its words: "passage-backup-2024-05-20 (the second file of this name)", as the
 * first is "passage-backup-2024-05-20".
 */
function label(file: string, nth: number): string {
  const base = (file.split(/[\\/]/).pop() ?? file).replace(/\.[A-Za-z0-9]{1,5}$/, '')
  return `${base}${nthWords(nth)}`.slice(0, 80) || 'Unnamed file'
}

/**
 * A backup's attempt as handed-in results. Its answers are codes read with the loaded set; the
 * set's version is claimed only when every question it asked is still in that set.
 */
function fromBackup(attempt: Parameters<typeof resultAttempt>[0], bank: Bank | undefined) {
  const asked = attempt.answers.map((a) => a.qid)
  const ids = new Set(bank?.questions.map((q) => q.id))
  const fits = bank !== undefined && asked.length > 0 && asked.every((q) => ids.has(q))
  const result = resultAttempt(attempt, fits ? bank : undefined)
  if (bank && !fits) result.set.title = bank.title
  return result
}

const AGAIN = 'ask the student to hand in their results again'

/**
 * Why a JSON file is not read, said as a teacher can act on it, with the detail found kept apart:
 * a file cut short in the sending, or a results file changed since Passage wrote it (its marks
 * cannot be believed). A file of a newer Passage, or of another kind, says so as it is.
 */
function unreadable(text: string, reason: string): { reason: string; detail?: string } {
  if (reason.startsWith('it is not valid JSON')) {
    return {
      reason: `it is cut short or damaged, so it cannot be read: ${AGAIN}`,
      detail: reason.replace(/^it is /, ''),
    }
  }
  const ours = /"kind"\s*:\s*"passage-results"/.test(text)
  if (!ours) return { reason: setOrArticle(text) ?? reason }
  if (/by a newer Passage/.test(reason)) return { reason }
  return { reason: CHANGED, detail: reason }
}

const CHANGED = `it was changed after Passage wrote it, so its marks cannot be believed: ${AGAIN}`

/**
 * A question set's or an article's file dropped with the results (a set's JSON sits beside them
 * in the teacher's downloads): said so, by its title, with where results come from instead.
 */
function setOrArticle(text: string): string | undefined {
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch {
    return undefined
  }
  const file = passageFileOf(doc)
  if (file?.kind !== 'set' && file?.kind !== 'article') return undefined
  const named = file.named ? ` (${curly(file.named)})` : ''
  return `it is ${FILE_NAMES[file.kind]}${named}, not ${FILE_NAMES.results}: students hand theirs in with “Hand in results”, on their results page or in Progress`
}

/** The student a results file that cannot be read names, when its name can be found at all. */
function namedStudent(text: string): string | undefined {
  const found = /"student"\s*:\s*\{\s*"name"\s*:\s*("(?:[^"\\\n]|\\.){1,400}")/.exec(text)
  if (!found) return undefined
  try {
    const name = cleanName(JSON.parse(found[1] as string) as string)
    return name === '' ? undefined : name
  } catch {
    return undefined
  }
}

/**
 * Reads one handed-in file; `bankOf` gives the loaded set of an id, to read backups with. `nth`:
 * the how-many-th file of its name the teacher added, which its name shows ({@link nthFile}).
 */
export function readHandIn(
  name: string,
  text: string,
  bankOf: (setId: string) => Bank | undefined,
  nth = 1,
): HandInRead {
  const file = nthFile(name, nth)
  const fail = (reason: string, more: Omit<HandInFailure, 'ok' | 'file' | 'reason'> = {}) =>
    ({ ok: false, file, reason, ...more }) satisfies HandInFailure
  if (text.length > MAX_FILE_CHARS) return fail('it is too large to be a Passage results file')
  const start = text.replace(/^\uFEFF/, '').trimStart()
  // Saved before the download ended, or the wrong file: the student's Passage still holds theirs.
  if (start === '') return fail(`it is empty: ${AGAIN}`)
  if (start.startsWith('{') || start.startsWith('[')) {
    const kind = /"kind"\s*:\s*"passage-backup"/.test(text) ? 'backup' : 'results'
    if (kind === 'backup') {
      const read = readBackup(text, emptyProgress())
      if (!read.ok) return fail(read.message.replace(/ Nothing was changed\.$/, ''))
      const doc = read.backup.progress
      const attempts = recentAttempts(doc, attemptCount(doc)).map((a) =>
        fromBackup(a, bankOf(a.setId)),
      )
      if (attempts.length === 0) return fail('it is a backup with no attempts in it')
      return {
        ok: true,
        handIn: {
          file,
          kind,
          students: [{ name: label(name, nth), fromFileName: true, attempts: attempts.reverse() }],
        },
      }
    }
    const read = readResults(text)
    if (!read.ok) {
      const why = unreadable(text, read.reason)
      const student = namedStudent(text)
      return fail(why.reason, { detail: why.detail, student })
    }
    if (read.doc.attempts.length === 0) return fail('it has no attempts in it')
    return {
      ok: true,
      handIn: {
        file,
        kind,
        students: [
          { name: read.doc.student.name, fromFileName: false, attempts: read.doc.attempts },
        ],
      },
    }
  }
  const csv = readResultsCsv(text)
  if (!csv.ok && csv.student !== undefined) {
    // Its rows read, but not into attempts Passage could have written.
    return fail(CHANGED, { detail: csv.reason, student: csv.student || undefined })
  }
  if (!csv.ok) {
    const looksCsv = /(^|[,;])"?student"?([,;]|$)/m.test(start.split('\n')[0] ?? '')
    return fail(
      looksCsv
        ? csv.reason
        : 'it is not a Passage results file, results CSV or backup (is it the right file?)',
    )
  }
  return {
    ok: true,
    handIn: {
      file,
      kind: 'csv',
      students: csv.students.map((s) => ({ ...s, fromFileName: false })),
    },
  }
}

/** The set version an attempt claims, or of the loaded set when it has none but fits it. */
export function versionOf(attempt: ResultAttempt, bank: Bank | undefined): string | null {
  if (attempt.set.version !== null) return attempt.set.version
  if (!bank || attempt.answers.length === 0) return null
  const ids = new Set(bank.questions.map((q) => q.id))
  return attempt.answers.every((a) => ids.has(a.questionId)) ? setVersion(bank) : null
}
