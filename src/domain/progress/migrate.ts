/**
 * Reading stored progress of any version. Version 0 is what the first prototype saved: a flat
 * `{ attempts: [{ set, score, total, date }] }` with no schemaVersion and no per-question results.
 * Each v0 attempt becomes a v1 attempt with a total only, and an id derived from its content and
 * position, so two tabs migrating the same v0 data at once produce the same ids and no duplicates.
 */
import * as z from 'zod/mini'
import { hash8 } from './digits.ts'
import { encodeAttempt, type Attempt } from './codec.ts'
import { indexProgress } from './stats.ts'
import {
  MAX_QUESTIONS,
  PROGRESS_VERSION,
  progressSchema,
  SET_ID,
  type ProgressDoc,
  type SetRecord,
} from './schema.ts'
import {
  firstIssue,
  parseVersioned,
  runMigrations,
  schemaVersionOf,
  type Checked,
  type MigrateResult,
  type VersionedFormat,
} from './versioned.ts'

const v0Schema = z.strictObject({
  attempts: z.array(
    z.strictObject({
      set: z.string().check(z.regex(SET_ID)),
      /** Questions right (practice half credit included). */
      score: z.number().check(z.gte(0)),
      /** Questions asked; bounded so every score can be stored (a hostile 1e14 cannot). */
      total: z.int().check(z.gte(1), z.lte(MAX_QUESTIONS)),
      /** When it finished, ISO 8601. */
      date: z.iso.datetime({ offset: true }),
    }),
  ),
})

/** v0 → v1: every attempt kept, with its total; per-question results never existed in v0. */
function fromV0(raw: unknown): Checked<unknown> {
  const parsed = v0Schema.safeParse(raw)
  if (!parsed.success) return { ok: false, reason: `version 0: ${firstIssue(parsed.error.issues)}` }
  // Built in place (a new document per attempt would make a long v0 history quadratic).
  const sets: Record<string, SetRecord> = {}
  parsed.data.attempts.forEach((old, i) => {
    const at = Date.parse(old.date)
    const attempt: Attempt = {
      id: `v0${hash8(`${i}\n${old.set}\n${old.date}\n${old.score}\n${old.total}`)}`,
      setId: old.set,
      mode: 'unknown',
      startedAt: at,
      finishedAt: at,
      score: Math.min(old.score, old.total),
      max: old.total,
      passed: null,
      answers: [],
      detailed: false,
    }
    const set = Object.hasOwn(sets, old.set) ? sets[old.set] : undefined
    const attempts = set?.attempts ?? {}
    attempts[attempt.id] = encodeAttempt(attempt).text
    if (!set) sets[old.set] = { lists: {}, attempts }
  })
  const doc: ProgressDoc = { schemaVersion: PROGRESS_VERSION, sets }
  return { ok: true, doc }
}

/**
 * v1 → v2: the same document. Version 2 only adds mark values ("marked right") to the detail; it
 * is a version of its own so that a build that knows only version 1 leaves it untouched instead
 * of setting aside marks it cannot read.
 */
function fromV1(raw: unknown): Checked<unknown> {
  return renumbered(raw, 1)
}

/**
 * v2 → v3: the same document. Version 3 gives a question left without an answer a result code of
 * its own (codec.ts, UNANSWERED); no earlier build wrote that code, because it pairs "right" with
 * no credit. A build that knows only version 2 would read it as a right answer, so it must leave a
 * version 3 document alone.
 */
function fromV2(raw: unknown): Checked<unknown> {
  return renumbered(raw, 2)
}

/**
 * v3 → v4: the same document. Version 4 may end an attempt's detail with the order its questions
 * were asked in (codec.ts); a build that knows only version 3 would refuse such an attempt as having
 * one answer too many, and with it the whole document, so it must leave version 4 alone.
 */
function fromV3(raw: unknown): Checked<unknown> {
  return renumbered(raw, 3)
}

/**
 * v4 → v5: the same document. Version 5 may end an attempt's detail with the first answers of the
 * questions tried twice (codec.ts); a build that knows only version 4 would refuse such an attempt
 * as having answers too many, and with it the whole document, so it must leave version 5 alone.
 */
function fromV4(raw: unknown): Checked<unknown> {
  return renumbered(raw, 4)
}

/**
 * v5 → v6: the same document. Version 6 may end a practice's summary with which of its blanks were
 * not skipped (codec.ts, `!`); a build that knows only version 5 would refuse such an attempt, and
 * with it the whole document, so it must leave version 6 alone.
 */
function fromV5(raw: unknown): Checked<unknown> {
  return renumbered(raw, 5)
}

/** A document of `version` whose contents read unchanged as the next version. */
function renumbered(raw: unknown, version: number): Checked<unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: `version ${version}: it is not an object` }
  }
  return { ok: true, doc: { ...raw, schemaVersion: version + 1 } }
}

/** Schema, then the rules a schema cannot say: every attempt fits the question list it names. */
export function validateProgress(raw: unknown): Checked<ProgressDoc> {
  const parsed = progressSchema.safeParse(raw)
  if (!parsed.success) return { ok: false, reason: firstIssue(parsed.error.issues) }
  try {
    // Decoding every attempt is the check; the index it builds is cached for the stats.
    indexProgress(parsed.data)
  } catch (e) {
    return { ok: false, reason: (e as Error).message }
  }
  return { ok: true, doc: parsed.data }
}

/** The progress format: versions, their migration steps and the final check. */
export const progressFormat: VersionedFormat<ProgressDoc> = {
  current: PROGRESS_VERSION,
  versionOf(raw) {
    const v = schemaVersionOf(raw)
    if (v !== undefined) return v
    // v0 had no schemaVersion; its only field was the attempts list.
    const looksV0 =
      typeof raw === 'object' &&
      raw !== null &&
      Array.isArray((raw as { attempts?: unknown }).attempts)
    return looksV0 && !('schemaVersion' in raw) ? 0 : undefined
  },
  steps: { 0: fromV0, 1: fromV1, 2: fromV2, 3: fromV3, 4: fromV4, 5: fromV5 },
  validate: validateProgress,
}

/** Any stored progress value to the current version, or why not ('newer' data is left alone). */
export function migrate(raw: unknown): MigrateResult<ProgressDoc> {
  return runMigrations(raw, progressFormat)
}

/** Stored text to a current progress document: JSON, then migrate. */
export function parse(text: string): MigrateResult<ProgressDoc> {
  return parseVersioned(text, progressFormat)
}

/** The text a progress document is stored as; parse(serialize(doc)) gives doc back. */
export function serialize(doc: ProgressDoc): string {
  return JSON.stringify(doc)
}
