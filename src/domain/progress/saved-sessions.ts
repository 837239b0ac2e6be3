/**
 * The quiz-in-progress document: at most one unfinished session per bank, for resume.
 * Sessions are checked loosely here (the fields resume relies on); `isResumable` in domain/quiz
 * decides with the bank in hand whether one still fits, so a session from an older build of a
 * bank is simply not offered rather than quarantined.
 */
import * as z from 'zod/mini'
import type { QuizSession } from '../quiz/session.ts'
import { SET_ID } from './schema.ts'
import {
  firstIssue,
  parseVersioned,
  runMigrations,
  schemaVersionOf,
  type MigrateResult,
  type VersionedFormat,
} from './versioned.ts'

export const SAVED_SESSIONS_VERSION = 1

const entry = z.looseObject({ response: z.unknown() })

const sessionShape = z.looseObject({
  version: z.number(),
  bankId: z.string().check(z.regex(SET_ID)),
  seed: z.string(),
  order: z.array(z.string()),
  // An array per position in `order` (a record by id in earlier builds); isResumable decides.
  entries: z.union([z.array(entry), z.record(z.string(), entry)]),
  status: z.enum(['active', 'finished']),
  startedAt: z.number(),
})

export const savedSessionsSchema = z.strictObject({
  schemaVersion: z.literal(SAVED_SESSIONS_VERSION),
  sessions: z.record(z.string().check(z.regex(SET_ID)), sessionShape),
})

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
    const parsed = savedSessionsSchema.safeParse(raw)
    if (!parsed.success) return { ok: false, reason: firstIssue(parsed.error.issues) }
    for (const [bankId, s] of Object.entries(parsed.data.sessions)) {
      if (s.bankId !== bankId) return { ok: false, reason: `sessions.${bankId} is for ${s.bankId}` }
    }
    // Loosely checked above; the quiz store still runs isResumable before trusting one.
    return { ok: true, doc: parsed.data as unknown as SavedSessions }
  },
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
