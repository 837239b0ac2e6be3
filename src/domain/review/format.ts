/**
 * Reading and writing the review document through the migration runner every stored document
 * shares. Version 1 → 2 (`steps[1]`) only renumbers: a version 1 log has no second-try flag, and
 * its answers keep reading as they did. Version 2 → 3 (`steps[2]`) only renumbers too: a version 2
 * document has no zone marks, and its answers keep counting by the runtime's clock. A build of an
 * older version reads a newer document as 'newer' and leaves it alone (a version 2 schema refuses
 * unknown fields: it would have set the zones aside as damaged).
 */
import { clip } from '../text/clip.ts'
import {
  firstIssue,
  parseVersioned,
  runMigrations,
  schemaVersionOf,
  type Checked,
  type MigrateResult,
  type Step,
  type VersionedFormat,
} from '../progress/versioned.ts'
import { logOf } from './card.ts'
import { MAX_ZONES, zonesProblem } from './days.ts'
import { indexReview } from './index.ts'
import { REVIEW_VERSION, reviewSchema, type ReviewDoc } from './schema.ts'

/** Schema, then what a pattern cannot say: every card's numbers are ones FSRS could produce. */
export function validateReview(raw: unknown): Checked<ReviewDoc> {
  // A list of a million marks is refused before the schema reads every one of them.
  const zones = (raw as { zones?: unknown } | null)?.zones
  if (Array.isArray(zones) && zones.length > MAX_ZONES) {
    return { ok: false, reason: `zones is too long: at most ${MAX_ZONES}` }
  }
  const parsed = reviewSchema.safeParse(raw)
  if (!parsed.success) return { ok: false, reason: firstIssue(parsed.error.issues) }
  const wrong = parsed.data.zones && zonesProblem(parsed.data.zones)
  if (wrong) return { ok: false, reason: wrong }
  // "-0" is 0, as it is written back ("0"): a mark reads back as it was read.
  if (parsed.data.zones)
    parsed.data.zones = parsed.data.zones.map(([from, at]) => [from + 0, at + 0])
  try {
    // Decoding every card is the check; the index it builds is cached for the queue.
    indexReview(parsed.data)
  } catch (e) {
    return { ok: false, reason: (e as Error).message }
  }
  return { ok: true, doc: parsed.data }
}

/** Capital letters in a log: second tries, which version 1 could not write. */
const SECOND_TRY = /[A-Z]/

/**
 * Version 1 → 2: the same document, renumbered. A version 1 card with a capital in its log was
 * not written by Passage (it would read as a second try it never recorded): refused, named.
 */
const fromVersion1: Step = (raw) => {
  const doc = raw as { cards?: unknown }
  if (typeof doc.cards === 'object' && doc.cards !== null) {
    for (const [setId, set] of Object.entries(doc.cards as Record<string, unknown>)) {
      if (typeof set !== 'object' || set === null) continue
      for (const [qid, text] of Object.entries(set as Record<string, unknown>)) {
        if (typeof text === 'string' && text.includes('|') && SECOND_TRY.test(logOf(text))) {
          return {
            ok: false,
            reason: `cards.${clip(setId, 40)}.${clip(qid, 40)} has a second try, which version 1 cannot hold`,
          }
        }
      }
    }
  }
  return { ok: true, doc: { ...doc, schemaVersion: 2 } }
}

/**
 * Version 2 → 3: the same document, renumbered; it has no zone marks yet. One that has them was
 * not written by Passage (a version 2 build refuses them): refused, named.
 */
const fromVersion2: Step = (raw) => {
  if (Object.hasOwn(raw as object, 'zones')) {
    return { ok: false, reason: 'it has zones, which version 2 cannot hold' }
  }
  return { ok: true, doc: { ...(raw as object), schemaVersion: 3 } }
}

export const reviewFormat: VersionedFormat<ReviewDoc> = {
  current: REVIEW_VERSION,
  versionOf: schemaVersionOf,
  steps: { 1: fromVersion1, 2: fromVersion2 },
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
