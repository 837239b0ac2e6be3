/**
 * The stored progress document: one entry per question set, each holding the question lists its
 * attempts refer to and one compact text per attempt (its summary, kept for ever, and while it is
 * recent its detail). `codec.ts` reads and writes those texts; the README shows one. Version 2
 * lets the detail's per-question marks say "marked right by the student" besides "retry used";
 * version 3 lets a result say "left without an answer"; version 4 lets the detail end with the order
 * the questions were asked in, version 5 with the first answers of the questions tried twice after
 * it; version 6 lets a practice's summary say which of its blanks were not skipped (the time ran
 * out). Every older document reads unchanged.
 */
import * as z from 'zod/mini'
import { DIGIT_CLASS } from './digits.ts'
import { ATTEMPT_ID, QUESTION_ID, SET_ID } from './ids.ts'

/** The progress format this build writes. */
export const PROGRESS_VERSION = 6

/** The most questions one attempt can have: far more than a bank holds, few enough to store. */
export const MAX_QUESTIONS = 100_000

/**
 * The last moment a stored time may be, in epoch ms: the end of the year 9999. A Date could go on
 * to the year 275760, but every page writes times as four-digit-year dates (<time datetime>).
 */
export const MAX_TIME_MS = Date.UTC(9999, 11, 31, 23, 59, 59)

// Id patterns live in a module without zod, for documents checked by hand (fields.ts).
export { ATTEMPT_ID, QUESTION_ID, SET_ID } from './ids.ts'
/** A list key is the hash8 of the list's set and question ids. */
export const LIST_KEY = new RegExp(`^${DIGIT_CLASS}{8}$`)

const D = DIGIT_CLASS
/**
 * `<list>.<start>.<duration>.<mode><passed>.<body>[#<detail>]`: body is 3 digits per question of
 * the list (then, since version 6, `!` and a practice's blanks that were not skipped, a bit each),
 * or `<total>/<max>` for an attempt migrated without per-question results.
 */
export const SUMMARY = new RegExp(
  `^(${D}{8})?\\.(${D}+)\\.(${D}+)\\.([ptu])([01u])\\.(?:((?:${D}{3})*)(?:!(${D}+))?|(${D}+)/(${D}+))(?:#([\\s\\S]*))?$`,
)

export const setRecordSchema = z.strictObject({
  /** Sorted question ids, keyed by hash8 of set id and ids, shared by every attempt that asked them. */
  lists: z.record(
    z.string().check(z.regex(LIST_KEY)),
    z.array(z.string().check(z.regex(QUESTION_ID))),
  ),
  /** Attempt id → summary text (see SUMMARY). */
  attempts: z.record(z.string().check(z.regex(ATTEMPT_ID)), z.string().check(z.regex(SUMMARY))),
})

export const progressSchema = z.strictObject({
  schemaVersion: z.literal(PROGRESS_VERSION),
  sets: z.record(z.string().check(z.regex(SET_ID)), setRecordSchema),
})

export type SetRecord = z.infer<typeof setRecordSchema>
export type ProgressDoc = z.infer<typeof progressSchema>

/** How much per-attempt detail is kept; aggregates are never limited. */
export interface ProgressLimits {
  /** Attempts per set that keep their answers and seed, most recent first. */
  detailPerSet: number
}

/** 50 detailed attempts per set keeps 100 000 answers over 1 000 questions well under 1 MB. */
export const DEFAULT_LIMITS: Readonly<ProgressLimits> = Object.freeze({ detailPerSet: 50 })

/** A progress document with nothing recorded yet. */
export function emptyProgress(): ProgressDoc {
  return { schemaVersion: PROGRESS_VERSION, sets: {} }
}
