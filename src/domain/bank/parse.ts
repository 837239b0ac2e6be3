/** Reads one bank or passage file: JSON syntax, then the schema, each problem located in the file. */
import type * as z from 'zod/mini'
import { isTidyValidBank } from './fast-check.ts'
import { formatPath, valueAt, type BankIssue, type JsonPath } from './issues.ts'
import { parseLocated, type LocatedJson } from './locate.ts'
import { messageFor } from './messages.ts'
import { bankSchema, passageSchema, type Bank, type Passage } from './schema.ts'

export type Parsed<T> =
  { ok: true; value: T; json: LocatedJson } | { ok: false; issues: BankIssue[]; json?: LocatedJson }

/** Locates `path` in `json` and builds the issue a person reads. */
export function issueAt(
  file: string,
  json: LocatedJson,
  path: JsonPath,
  message: string,
  key = false,
): BankIssue {
  return { file, ...json.locate(path, { key }), path: formatPath(path), at: path, message }
}

/** The words for a schema issue with `root`, the value read: the validator's, or a caller's own. */
export type SayIssue = (issue: z.core.$ZodIssue, root: unknown) => string

const validatorWords: SayIssue = (issue, root) => {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol')
  return messageFor(issue, issue.code === 'unrecognized_keys' ? undefined : valueAt(root, path))
}

function parseWith<T>(
  schema: z.ZodMiniType<T>,
  file: string,
  text: string,
  tidy?: (raw: unknown) => boolean,
  say: SayIssue = validatorWords,
): Parsed<T> {
  // The common case, valid and tidy, skips the depth scan and the schema (which would build a
  // copy of every object).
  let isTidy = false
  const located = parseLocated(text, tidy && ((value) => (isTidy = tidy(value))))
  if (!located.ok) {
    const { line, column, message } = located.error
    return { ok: false, issues: [{ file, line, column, path: '(file)', message }] }
  }
  const { json } = located
  if (isTidy) return { ok: true, value: json.value as T, json }
  const result = schema.safeParse(json.value)
  if (result.success) return { ok: true, value: result.data, json }
  const issues = result.error.issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol')
    if (issue.code === 'unrecognized_keys') {
      const first = issue.keys[0]
      const at = first === undefined ? path : [...path, first]
      return issueAt(file, json, at, say(issue, json.value), true)
    }
    return issueAt(file, json, path, say(issue, json.value))
  })
  return { ok: false, issues, json }
}

/**
 * A question bank file, validated against the schema (cross-checks come later, with its passage);
 * `say` words its problems (the studio's words, for an import).
 */
export function parseBank(file: string, text: string, say?: SayIssue): Parsed<Bank> {
  return parseWith(bankSchema, file, text, isTidyValidBank, say)
}

/** A passage file, validated against the schema; `say` words its problems (the studio's, for an import). */
export function parsePassage(file: string, text: string, say?: SayIssue): Parsed<Passage> {
  return parseWith(passageSchema, file, text, undefined, say)
}
