/**
 * The migration runner every stored document shares. A format names its current version, how to
 * tell the version of raw JSON, one step per older version (v → v + 1) and a final validation;
 * reading runs the steps in order, so a v2 adds one step and every older version still reads.
 */
import type { core } from 'zod/mini'
import { clip, errorText } from '../text/clip.ts'
import { MAX_JSON_DEPTH, tooDeepAt } from '../text/json-depth.ts'

export type MigrateResult<T> =
  | { status: 'ok'; doc: T; migratedFrom?: number }
  | { status: 'newer'; version: number }
  | { status: 'invalid'; reason: string }

export type Checked<T> = { ok: true; doc: T } | { ok: false; reason: string }

/** Turns a document of one version into the next; says why when the input is not that version. */
export type Step = (doc: unknown) => Checked<unknown>

export interface VersionedFormat<T> {
  current: number
  /** The version raw JSON claims, or undefined when it is not this kind of document at all. */
  versionOf(raw: unknown): number | undefined
  /** steps[v] migrates version v to v + 1. */
  steps: Readonly<Record<number, Step>>
  /** The last word: the current schema plus any rule a schema cannot say. */
  validate(doc: unknown): Checked<T>
}

/**
 * Runs `raw` through every step from its version to the current one, then validates it. Never
 * throws: whatever a step or check throws on hostile input makes the document invalid, with the
 * error as the reason, so a caller can always quarantine it and carry on.
 */
export function runMigrations<T>(raw: unknown, format: VersionedFormat<T>): MigrateResult<T> {
  try {
    return migrateOrThrow(raw, format)
  } catch (e) {
    return { status: 'invalid', reason: `it could not be read (${errorText(e)})` }
  }
}

function migrateOrThrow<T>(raw: unknown, format: VersionedFormat<T>): MigrateResult<T> {
  const from = format.versionOf(raw)
  if (from === undefined)
    return { status: 'invalid', reason: 'it is not a document this app wrote' }
  if (from > format.current) return { status: 'newer', version: from }
  let doc = raw
  for (let v = from; v < format.current; v++) {
    const step = Object.hasOwn(format.steps, v) ? format.steps[v] : undefined
    if (!step) return { status: 'invalid', reason: `version ${v} cannot be read by this app` }
    const next = step(doc)
    if (!next.ok) return { status: 'invalid', reason: next.reason }
    doc = next.doc
  }
  const checked = format.validate(doc)
  if (!checked.ok) return { status: 'invalid', reason: checked.reason }
  return from === format.current
    ? { status: 'ok', doc: checked.doc }
    : { status: 'ok', doc: checked.doc, migratedFrom: from }
}

/** The `schemaVersion` of a JSON object when it is a whole number; what most formats key on. */
export function schemaVersionOf(raw: unknown): number | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined
  const v = (raw as Record<string, unknown>).schemaVersion
  return Number.isInteger(v) && (v as number) >= 0 ? (v as number) : undefined
}

/** JSON text to a value, or why it is not JSON (truncated, empty, not text at all). */
export function parseJson(text: string): Checked<unknown> {
  if (text.trim() === '') return { ok: false, reason: 'it is empty' }
  // Checked before parsing: the parse copes, but JSON.stringify of the result would not.
  if (tooDeepAt(text) >= 0) {
    return { ok: false, reason: `it is nested more than ${MAX_JSON_DEPTH} levels deep` }
  }
  try {
    return { ok: true, doc: JSON.parse(text) as unknown }
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e)
    return { ok: false, reason: `it is not valid JSON (${clip(detail, 120)})` }
  }
}

function pathText(path: readonly PropertyKey[]): string {
  return (
    path
      // Keys come from the document: a hostile one may be megabytes long.
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${clip(String(p), 40)}`))
      .join('')
      .replace(/^\./, '')
  )
}

/** One readable sentence for the first problem zod found, e.g. `sets.x.attempts: expected record`. */
export function firstIssue(issues: readonly core.$ZodIssue[]): string {
  const issue = issues[0]
  if (!issue) return 'it does not have the expected shape'
  const where = pathText(issue.path) || 'the document'
  switch (issue.code) {
    case 'invalid_type':
      return `${where} should be ${issue.expected}`
    case 'invalid_format':
      return `${where} is not in the expected format`
    case 'invalid_value':
      return `${where} must be ${clip(issue.values.map((v) => JSON.stringify(v)).join(' or '), 80)}`
    case 'unrecognized_keys':
      return `${where} has unknown fields ${clip(issue.keys.join(', '), 80)}`
    case 'too_small':
      return issue.origin === 'string' || issue.origin === 'array'
        ? `${where} is too short`
        : `${where} is out of range: it must be at least ${String(issue.minimum)}`
    case 'too_big':
      return issue.origin === 'string' || issue.origin === 'array'
        ? `${where} is too long: at most ${String(issue.maximum)}`
        : `${where} is out of range: it must be at most ${String(issue.maximum)}`
    default:
      return `${where} is not valid (${issue.code})`
  }
}

/** Stored text to the current version of `format`'s document: JSON, then migrate. */
export function parseVersioned<T>(text: string, format: VersionedFormat<T>): MigrateResult<T> {
  const json = parseJson(text)
  return json.ok ? runMigrations(json.doc, format) : { status: 'invalid', reason: json.reason }
}
