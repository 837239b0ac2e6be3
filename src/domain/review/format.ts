/**
 * Reading and writing the review document through the migration runner every stored document
 * shares. Version 1 is the first, so there is no step yet; a version 2 adds `steps[1]`.
 */
import {
  firstIssue,
  parseVersioned,
  runMigrations,
  schemaVersionOf,
  type Checked,
  type MigrateResult,
  type VersionedFormat,
} from '../progress/versioned.ts'
import { indexReview } from './index.ts'
import { REVIEW_VERSION, reviewSchema, type ReviewDoc } from './schema.ts'

/** Schema, then what a pattern cannot say: every card's numbers are ones FSRS could produce. */
export function validateReview(raw: unknown): Checked<ReviewDoc> {
  const parsed = reviewSchema.safeParse(raw)
  if (!parsed.success) return { ok: false, reason: firstIssue(parsed.error.issues) }
  try {
    // Decoding every card is the check; the index it builds is cached for the queue.
    indexReview(parsed.data)
  } catch (e) {
    return { ok: false, reason: (e as Error).message }
  }
  return { ok: true, doc: parsed.data }
}

export const reviewFormat: VersionedFormat<ReviewDoc> = {
  current: REVIEW_VERSION,
  versionOf: schemaVersionOf,
  steps: {},
  validate: validateReview,
}

/** Any stored review value to the current version, or why not ('newer' data is left alone). */
export function migrateReview(raw: unknown): MigrateResult<ReviewDoc> {
  return runMigrations(raw, reviewFormat)
}

/** Stored text to a current review document. */
export function parseReview(text: string): MigrateResult<ReviewDoc> {
  return parseVersioned(text, reviewFormat)
}

/** The text a review document is stored as; parseReview(serializeReview(doc)) gives doc back. */
export function serializeReview(doc: ReviewDoc): string {
  return JSON.stringify(doc)
}
