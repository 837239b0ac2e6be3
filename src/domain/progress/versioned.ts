/**
 * The migration runner every stored document shares. A format names its current version, how to
 * tell the version of raw JSON, one step per older version (v → v + 1) and a final validation;
 * reading runs the steps in order, so a v2 adds one step and every older version still reads.
 */
import type { core } from 'zod/mini'

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

/** Runs `raw` through every step from its version to the current one, then validates it. */
export function runMigrations<T>(raw: unknown, format: VersionedFormat<T>): MigrateResult<T> {
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
  try {
    return { ok: true, doc: JSON.parse(text) as unknown }
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e)
    return { ok: false, reason: `it is not valid JSON (${detail.slice(0, 120)})` }
  }
}

function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '')
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
      return `${where} must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`
    case 'unrecognized_keys':
      return `${where} has unknown fields ${issue.keys.join(', ')}`
    case 'too_small':
    case 'too_big':
      return `${where} is out of range`
    default:
      return `${where} is not valid (${issue.code})`
  }
}

/** Stored text to the current version of `format`'s document: JSON, then migrate. */
export function parseVersioned<T>(text: string, format: VersionedFormat<T>): MigrateResult<T> {
  const json = parseJson(text)
  return json.ok ? runMigrations(json.doc, format) : { status: 'invalid', reason: json.reason }
}
