/**
 * Checks for the small stored documents every page reads (settings, the quiz in progress),
 * written by hand so the first page loads without zod. Each returns the reason a person reads,
 * naming the field as `firstIssue` does for the zod-checked documents, or undefined when fine.
 */
import { clip } from '../text/clip.ts'

/** A JSON object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** `where` is an object with none but `known` fields. */
export function objectProblem(
  value: unknown,
  where: string,
  known?: readonly string[],
): string | undefined {
  if (!isObject(value)) return `${where} should be object`
  if (!known) return undefined
  const extra = Object.keys(value).filter((key) => !known.includes(key))
  // Names from storage nobody vetted: quoted short, as firstIssue quotes them (versioned.ts).
  return extra.length ? `${where} has unknown fields ${clip(extra.join(', '), 80)}` : undefined
}

/** `value` is one of `allowed`. */
export function oneOfProblem(
  value: unknown,
  where: string,
  allowed: readonly unknown[],
): string | undefined {
  return allowed.includes(value)
    ? undefined
    : `${where} must be ${allowed.map((v) => JSON.stringify(v)).join(' or ')}`
}

/** `value` is of the JSON type `type` ('number' means a finite one). */
export function typeProblem(
  value: unknown,
  where: string,
  type: 'string' | 'number' | 'boolean',
): string | undefined {
  const ok = type === 'number' ? Number.isFinite(value) : typeof value === type
  return ok ? undefined : `${where} should be ${type}`
}

/** The first problem of several checks, in order. */
export function firstProblem(...checks: (() => string | undefined)[]): string | undefined {
  for (const check of checks) {
    const problem = check()
    if (problem) return problem
  }
  return undefined
}
