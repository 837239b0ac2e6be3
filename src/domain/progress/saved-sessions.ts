/**
 * The quiz-in-progress document: at most one unfinished session per bank, for resume.
 * Sessions are checked loosely here (the fields resume relies on); `isResumable` in domain/quiz
 * decides with the bank in hand whether one still fits, so a session from an older build of a
 * bank is simply not offered rather than quarantined.
 */
import type { QuizSession } from '../quiz/session.ts'
import { firstProblem, isObject, objectProblem, oneOfProblem, typeProblem } from './fields.ts'
import { SET_ID } from './ids.ts'
import { isStringArray } from '../grading/shapes.ts'
import type { LeftOut } from './salvage.ts'
import { clip } from '../text/clip.ts'
import {
  parseJson,
  parseVersioned,
  runMigrations,
  schemaVersionOf,
  type MigrateResult,
  type VersionedFormat,
} from './versioned.ts'

export const SAVED_SESSIONS_VERSION = 1

/**
 * A time (epoch ms) or a length of time a clock can count from: finite, not below 0, and not past
 * the last date a Date can hold (8.64e15 ms), where 1e999 in the stored text (Infinity) or a
 * string would have a quiz credit a question NaN ms or a countdown never run out.
 */
const isTime = (v: unknown) => Number.isFinite(v) && (v as number) >= 0 && (v as number) <= 8.64e15

/** Where each question of a quiz is (Phase in domain/quiz/session.ts). */
const PHASES = ['unanswered', 'feedback', 'retry', 'answered']

/** Absent, or a number above 0 (a whole one when `whole`). */
const aboveZero = (v: unknown, whole: boolean) =>
  v === undefined || ((whole ? Number.isInteger(v) : Number.isFinite(v)) && (v as number) > 0)

/**
 * Why `o` cannot be a saved quiz's options: the quiz reads its mode at every step, and "Again" or
 * "Retry the ones I missed" starts a quiz with them.
 */
function optionsProblem(o: unknown, where: string): string | undefined {
  const doc = o as Record<string, unknown>
  const list = (key: string, ok: boolean) =>
    doc[key] === undefined || ok ? undefined : `${where}.${key} should be a list`
  return firstProblem(
    () => objectProblem(o, where),
    () => oneOfProblem(doc.mode, `${where}.mode`, ['practice', 'test']),
    () => typeProblem(doc.shuffleQuestions, `${where}.shuffleQuestions`, 'boolean'),
    () => typeProblem(doc.shuffleChoices, `${where}.shuffleChoices`, 'boolean'),
    () =>
      aboveZero(doc.limit, true) ? undefined : `${where}.limit should be a whole number above 0`,
    () =>
      aboveZero(doc.timeLimitSec, false) ? undefined : `${where}.timeLimitSec should be above 0`,
    () => list('tags', isStringArray(doc.tags)),
    () => list('questionIds', isStringArray(doc.questionIds)),
    () =>
      list(
        'difficulties',
        Array.isArray(doc.difficulties) && doc.difficulties.every((d) => Number.isFinite(d)),
      ),
  )
}

/** Why `s` cannot be a saved session (checked loosely: the fields resume relies on). */
function sessionProblem(s: unknown, where: string): string | undefined {
  // A quiz stored as null is named as not an object (below), not read into a TypeError.
  const doc = (s ?? {}) as Record<string, unknown>
  const entries = doc.entries
  const entryList = Array.isArray(entries)
    ? entries
    : isObject(entries)
      ? Object.values(entries)
      : null
  const ids = new Set(isStringArray(doc.order) ? doc.order : [])
  return firstProblem(
    () => objectProblem(s, where),
    () => typeProblem(doc.version, `${where}.version`, 'number'),
    () =>
      typeof doc.bankId === 'string' && SET_ID.test(doc.bankId)
        ? undefined
        : `${where}.bankId is not in the expected format`,
    () => typeProblem(doc.seed, `${where}.seed`, 'string'),
    () =>
      isStringArray(doc.order) ? undefined : `${where}.order should be a list of question ids`,
    () => optionsProblem(doc.options, `${where}.options`),
    // Each flag once, on a question of the quiz: a string "q1" would flag q1 and "q10" both.
    () =>
      isStringArray(doc.flagged) &&
      new Set(doc.flagged).size === doc.flagged.length &&
      doc.flagged.every((id) => ids.has(id))
        ? undefined
        : `${where}.flagged should be a list of its questions' ids, each once`,
    // An array per position in `order` (a record by id in earlier builds); isResumable decides.
    // Each answer's time is added to as the quiz goes on: "" would make it text, "0100000".
    () =>
      entryList?.every((e) => isObject(e) && isTime(e.timeMs) && PHASES.includes(e.phase as never))
        ? undefined
        : `${where}.entries should be a list of answers`,
    () => oneOfProblem(doc.status, `${where}.status`, ['active', 'finished']),
    // The question on screen: one of the quiz's, or the quiz opens on nothing.
    () =>
      Number.isInteger(doc.index) &&
      (doc.index as number) >= 0 &&
      (doc.index as number) < (doc.order as string[]).length
        ? undefined
        : `${where}.index is out of range`,
    // Each question's options as shown, read at every step (a missing one broke the set's page).
    () =>
      isObject(doc.shown) && Object.values(doc.shown).every(isStringArray)
        ? undefined
        : `${where}.shown should be a list of options per question`,
    () => (isTime(doc.startedAt) ? undefined : `${where}.startedAt should be a time`),
    () =>
      doc.finishedAt === undefined || isTime(doc.finishedAt)
        ? undefined
        : `${where}.finishedAt should be a time`,
    () =>
      doc.viewingSince === null || isTime(doc.viewingSince)
        ? undefined
        : `${where}.viewingSince should be a time or null`,
    () => (timerOk(doc.timer) ? undefined : `${where}.timer should be a countdown in milliseconds`),
  )
}

/** Absent, or a countdown whose times all read (a paused one runs from null). */
function timerOk(t: unknown): boolean {
  if (t === undefined) return true
  const timer = t as Record<string, unknown>
  return (
    isObject(t) &&
    isTime(timer.limitMs) &&
    isTime(timer.remainingMs) &&
    (timer.runningSince === null || isTime(timer.runningSince))
  )
}

/** Why the session filed under `key` cannot be resumed, or undefined when it can be tried. */
function filedProblem(key: string, s: unknown): string | undefined {
  if (!SET_ID.test(key)) return `sessions has a key that is not a set id`
  const found = sessionProblem(s, `sessions.${key}`)
  if (found) return found
  const claimed = (s as { bankId: string }).bankId
  return claimed === key ? undefined : `sessions.${key} is for ${claimed}`
}

/** Why `raw` is not a current quiz-in-progress document, or undefined when it is one. */
function savedSessionsProblem(raw: unknown): string | undefined {
  const doc = raw as Record<string, unknown>
  const problem = firstProblem(
    () => objectProblem(raw, 'the document', ['schemaVersion', 'sessions']),
    () => oneOfProblem(doc.schemaVersion, 'schemaVersion', [SAVED_SESSIONS_VERSION]),
    () => objectProblem(doc.sessions, 'sessions'),
  )
  if (problem) return problem
  for (const [key, s] of Object.entries(doc.sessions as Record<string, unknown>)) {
    const found = filedProblem(key, s)
    if (found) return found
  }
  return undefined
}

export interface SavedSessions {
  schemaVersion: typeof SAVED_SESSIONS_VERSION
  sessions: Record<string, QuizSession>
}

/** No quiz in progress. */
export function emptySavedSessions(): SavedSessions {
  return { schemaVersion: SAVED_SESSIONS_VERSION, sessions: {} }
}

export const savedSessionsFormat: VersionedFormat<SavedSessions> = {
  current: SAVED_SESSIONS_VERSION,
  versionOf: schemaVersionOf,
  steps: {},
  validate(raw) {
    const problem = savedSessionsProblem(raw)
    // Loosely checked; the quiz store still runs isResumable before trusting a session.
    return problem ? { ok: false, reason: problem } : { ok: true, doc: raw as SavedSessions }
  },
}

/**
 * The quizzes of a stored quiz-in-progress document (its text) that fails its check as a whole
 * which can still be tried, and the sets whose quiz cannot (one damaged quiz must not cost the
 * student the quizzes of every other set); undefined when it is not this version's document at all.
 */
export function salvageSavedSessions(
  text: string,
): { doc: SavedSessions; lost: LeftOut[] } | undefined {
  const json = parseJson(text)
  if (!json.ok) return undefined
  const raw = json.doc
  const doc = raw as Record<string, unknown>
  if (!isObject(raw) || doc.schemaVersion !== SAVED_SESSIONS_VERSION || !isObject(doc.sessions))
    return undefined
  const sessions: Record<string, QuizSession> = {}
  const lost: LeftOut[] = []
  for (const [key, s] of Object.entries(doc.sessions)) {
    const reason = filedProblem(key, s)
    if (!reason) sessions[key] = s as QuizSession
    // A key that is no set id is named as such, not as a set called “?”.
    else lost.push({ setId: SET_ID.test(key) ? clip(key, 80) : '', attemptId: null, reason })
  }
  return { doc: { schemaVersion: SAVED_SESSIONS_VERSION, sessions }, lost }
}

/** Any stored quiz-in-progress value to the current version, or why not. */
export function migrateSavedSessions(raw: unknown): MigrateResult<SavedSessions> {
  return runMigrations(raw, savedSessionsFormat)
}

/** Stored text to the current quiz-in-progress document. */
export function parseSavedSessions(text: string): MigrateResult<SavedSessions> {
  return parseVersioned(text, savedSessionsFormat)
}

/** The text the quiz-in-progress document is stored as. */
export function serializeSavedSessions(doc: SavedSessions): string {
  return JSON.stringify(doc)
}

/** The document with `session` saved under its bank, replacing that bank's previous one. */
export function putSession(doc: SavedSessions, session: QuizSession): SavedSessions {
  return { ...doc, sessions: { ...doc.sessions, [session.bankId]: session } }
}

/** The document without the session of `bankId`. */
export function removeSession(doc: SavedSessions, bankId: string): SavedSessions {
  if (!Object.hasOwn(doc.sessions, bankId)) return doc
  const sessions = Object.fromEntries(Object.entries(doc.sessions).filter(([id]) => id !== bankId))
  return { ...doc, sessions }
}

/** The saved session of `bankId`, if any (own keys only). */
export function sessionOf(doc: SavedSessions, bankId: string): QuizSession | undefined {
  return Object.hasOwn(doc.sessions, bankId) ? doc.sessions[bankId] : undefined
}
