/**
 * Results a student hands in: one versioned JSON document with a display name and their attempts,
 * each answer in words (so a teacher's report reads it without the set loaded) and each set named
 * by id, title and version (see fingerprint.ts). Nothing else about the student is written.
 */
import type { Bank, QuestionType } from '../bank/schema.ts'
import { NO_ANSWER } from '../grading/result.ts'
import { answerText, isLeftBlank } from '../progress/answers.ts'
import type { Attempt, AttemptMode } from '../progress/codec.ts'
import { setVersion } from './fingerprint.ts'
import { isoLocalDay } from '../review/days.ts'

export const RESULTS_KIND = 'passage-results'
export const RESULTS_VERSION = 1
/** Longest display name kept; a name is for a teacher's list, not a biography. */
export const MAX_NAME_LENGTH = 80

/** What review shows for an answer whose question changed since: not worth handing in. */
const UNREADABLE = '(answer no longer readable)'

export interface ResultAnswer {
  questionId: string
  /** null when the set was not loaded when the file was written. */
  type: QuestionType | null
  prompt: string | null
  /** 0–1; every question weighs 1. */
  score: number
  max: number
  correct: boolean
  seconds: number
  /** The answer in words ("Assad", "Left blank"); null when it was not kept or no longer reads. */
  response: string | null
  /**
   * Left without an answer (its response then reads "Left blank"), so a student who typed those
   * words is not counted with the blanks. Files from before it was written lack it: a reader takes
   * the response "Left blank", or "No answer" as those files wrote it, as a blank there.
   */
  blank: boolean
  retryUsed: boolean
  /** The student marked a refused answer right ("I was right", practice): a teacher may check it. */
  markedRight: boolean
}

export interface ResultSet {
  id: string
  title: string
  /** setVersion of the set the attempt was played on; null when the set was not loaded. */
  version: string | null
  passMark: number | null
  questionCount: number | null
}

export interface ResultAttempt {
  id: string
  set: ResultSet
  mode: AttemptMode
  /** ISO 8601. */
  startedAt: string
  finishedAt: string
  score: number
  max: number
  passed: boolean | null
  /** In the set's order when it was loaded; empty for attempts saved with a total only. */
  answers: ResultAnswer[]
}

export interface ResultsDoc {
  kind: typeof RESULTS_KIND
  schemaVersion: typeof RESULTS_VERSION
  appVersion: string
  createdAt: string
  student: { name: string }
  attempts: ResultAttempt[]
}

/** A display name as it is written: spaces collapsed, control characters dropped, length capped. */
export function cleanName(name: string): string {
  return name
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_NAME_LENGTH)
    .trim()
}

/** The set facts an attempt is handed in with; the bank is undefined when it is not loaded. */
export function resultSet(setId: string, bank: Bank | undefined): ResultSet {
  return bank
    ? {
        id: setId,
        title: bank.title,
        version: setVersion(bank),
        passMark: bank.passMark,
        questionCount: bank.questions.length,
      }
    : { id: setId, title: setId, version: null, passMark: null, questionCount: null }
}

/** An attempt as it is handed in; `bank` is its set when loaded, to put answers in words. */
export function resultAttempt(attempt: Attempt, bank: Bank | undefined): ResultAttempt {
  const position = new Map(bank?.questions.map((q, i) => [q.id, i]))
  const byId = new Map(bank?.questions.map((q) => [q.id, q]))
  const rank = (qid: string) => position.get(qid) ?? Number.MAX_SAFE_INTEGER
  const answers = [...attempt.answers]
    .sort((a, b) => rank(a.qid) - rank(b.qid) || (a.qid < b.qid ? -1 : a.qid > b.qid ? 1 : 0))
    .map((a): ResultAnswer => {
      const q = byId.get(a.qid)
      // A blank is known from the attempt's summary, kept after its answers and without the set.
      const blank = isLeftBlank(a)
      const words = blank ? NO_ANSWER : q && a.answer !== undefined ? answerText(q, a.answer) : null
      return {
        questionId: a.qid,
        type: q?.type ?? null,
        prompt: q?.prompt ?? null,
        score: a.score,
        max: a.max,
        correct: a.correct,
        seconds: Math.round(a.timeMs / 1000),
        response: words === UNREADABLE ? null : words,
        blank,
        retryUsed: a.retryUsed === true,
        markedRight: a.overridden === true,
      }
    })
  return {
    id: attempt.id,
    set: resultSet(attempt.setId, bank),
    mode: attempt.mode,
    startedAt: new Date(attempt.startedAt).toISOString(),
    finishedAt: new Date(attempt.finishedAt).toISOString(),
    // A total-only attempt from an old version could claim more than its maximum.
    score: Math.min(attempt.score, attempt.max),
    max: attempt.max,
    passed: attempt.passed,
    answers,
  }
}

/** The document for `attempts`, oldest first, under the display name `name`. */
export function makeResults(
  name: string,
  attempts: readonly Attempt[],
  bankOf: (setId: string) => Bank | undefined,
  appVersion: string,
  now: Date,
): ResultsDoc {
  const ordered = [...attempts].sort(
    (a, b) => a.finishedAt - b.finishedAt || (a.id < b.id ? -1 : 1),
  )
  return {
    kind: RESULTS_KIND,
    schemaVersion: RESULTS_VERSION,
    appVersion,
    createdAt: now.toISOString(),
    student: { name: cleanName(name) },
    attempts: ordered.map((a) => resultAttempt(a, bankOf(a.setId))),
  }
}

/** Pretty-printed, so a teacher who opens it can read it. */
export function resultsText(doc: ResultsDoc): string {
  return JSON.stringify(doc, null, 2) + '\n'
}

/**
 * Text as a safe piece of a file name: letters and digits between single hyphens. Accents go
 * ("José" → "jose") and a few letters that have no accent to drop are spelled in Latin ("Øster" →
 * "oster"); letters of other scripts stay ("Иван Петров" → "иван-петров"), so two students whose
 * names are not in Latin letters do not both hand in "student-…".
 */
export function fileSlug(text: string, max: number): string {
  const letters = [...LATIN_LETTERS].reduce(
    (t, [from, to]) => t.replaceAll(from, to),
    cleanName(text).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase(),
  )
  // Cut by characters, not UTF-16 units, so a letter outside the BMP is never split in half.
  return [...letters.replace(/[^\p{L}\p{N}]+/gu, '-')]
    .slice(0, max)
    .join('')
    .replace(/^-+|-+$/g, '')
}

/** Latin letters NFKD leaves whole: what a file name spells them as. */
const LATIN_LETTERS = new Map([
  ['ø', 'o'],
  ['đ', 'd'],
  ['ł', 'l'],
  ['ß', 'ss'],
  ['æ', 'ae'],
  ['œ', 'oe'],
  ['þ', 'th'],
  ['ð', 'd'],
  ['ı', 'i'],
])

/**
 * A file name from the display name, the set (when every attempt is of one, so two sets handed in
 * the same day never share a name), the scope and the student's local date, e.g.
 * "ana-who-said-what-attempt-2024-05-18.json". `setIds` are the attempts' sets.
 */
export function resultsFilename(
  name: string,
  what: string,
  now: Date,
  extension: string,
  setIds: readonly string[] = [],
): string {
  const student = fileSlug(name, 40) || 'student'
  const set = setFileSlug(setIds)
  return `${[student, set, what].filter(Boolean).join('-')}-${isoLocalDay(now.getTime())}.${extension}`
}

/** The set of `setIds` as a piece of a file name ("who-said-what"), or '' when they are several. */
export function setFileSlug(setIds: readonly string[]): string {
  const sets = new Set(setIds)
  // A set id is "article/set": the set's own part is short and says which it is.
  const only = sets.size === 1 ? ([...sets][0] as string) : ''
  return fileSlug(only.split('/').pop() ?? '', 30)
}
