/**
 * Turns zod's issue codes into sentences that tell a teacher what to fix. zod/mini ships no
 * English messages (that keeps the app small), so every code we can meet is phrased here.
 */
import type { core } from 'zod/mini'
import { clip } from '../text/clip.ts'
import { curly, quotedList } from '../text/quote.ts'
import { LINT_RULE_IDS } from './lint/rule-ids.ts'
import { QUESTION_TYPES } from './schema.ts'

type ZodIssue = core.$ZodIssue

function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'string') return `the text ${curly(value)}`
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${value}`
  return typeof value === 'object' ? 'an object' : typeof value
}

const EXPECTED: Record<string, string> = {
  string: 'text in "quotes"',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false (without quotes)',
  array: 'a list in [ ]',
  object: 'an object in { }',
}

const FORMAT_HINTS: Record<string, string> = {
  id: 'use lowercase letters, digits and hyphens, like “who-said-what”',
  questionId: 'use letters, digits, “-” and “_”, like “wsw-01”',
  bankId: 'write “<passage id>/<set name>”, like “assad-sochi-2018/who-said-what”',
  date: 'write the date as YYYY-MM-DD, like “2018-05-18”',
}

function formatHint(path: readonly PropertyKey[]): string {
  const last = path[path.length - 1]
  if (last === 'date') return FORMAT_HINTS.date!
  if (path.length === 1 && last === 'id') return FORMAT_HINTS.bankId!
  if (path[0] === 'questions' && last === 'id') return FORMAT_HINTS.questionId!
  return FORMAT_HINTS.id!
}

/** `lint.allow` and `lint.why` get sentences of their own: they are about the linter, not JSON. */
function lintMessage(issue: ZodIssue, value: unknown): string | undefined {
  const path = issue.path
  const at = path.lastIndexOf('lint')
  if (at < 0 || path[0] !== 'questions') return undefined
  const field = path[at + 1]
  if (field === 'allow' && path.length === at + 3 && issue.code === 'invalid_value')
    return `${typeof value === 'string' ? curly(value) : describeValue(value)} is not a lint rule: use one of ${LINT_RULE_IDS.join(', ')}`
  if (field === 'why' && path.length === at + 2) {
    const explain = 'say why the allowed rules do not fit this question (reviewers read it)'
    if (value === undefined) return `is missing: ${explain}`
    if (issue.code === 'too_small') return `must not be empty: ${explain}`
  }
  return undefined
}

/** A sentence for one zod issue; `value` is what the file holds at the issue's path. */
export function messageFor(issue: ZodIssue, value: unknown): string {
  const lint = lintMessage(issue, value)
  if (lint) return lint
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined)
        return `is missing: add it (${EXPECTED[issue.expected] ?? issue.expected})`
      return `should be ${EXPECTED[issue.expected] ?? issue.expected}, not ${describeValue(value)}`
    case 'too_small':
      if (issue.origin === 'string') return 'must not be empty'
      if (issue.origin === 'array')
        return `needs at least ${String(issue.minimum)} ${issue.minimum === 1 ? 'item' : 'items'}`
      return `must be at least ${String(issue.minimum)}, not ${describeValue(value)}`
    case 'too_big':
      if (issue.origin === 'array') return `may have at most ${String(issue.maximum)} items`
      return `must be at most ${String(issue.maximum)}, not ${describeValue(value)}`
    case 'invalid_format':
      if (issue.format === 'url')
        return /^[a-z][a-z0-9+.-]*:/i.test(String(value)) && !/^https?:/i.test(String(value))
          ? `${describeValue(value)} is not allowed: only http:// and https:// addresses can be links (other schemes can run script when a student clicks)`
          : `${describeValue(value)} is not a web address (https://…)`
      return `${describeValue(value)} is not valid: ${formatHint(issue.path)}`
    case 'invalid_value': {
      const allowed = clip(
        issue.values.map((v) => (typeof v === 'string' ? curly(v) : String(v))).join(' or '),
        120,
      )
      // Left out, as a set written by hand often leaves out its "schemaVersion": not "undefined".
      if (value === undefined) return `is missing: add it (${allowed})`
      if (issue.path[issue.path.length - 1] === 'schemaVersion')
        return `version ${describeValue(value)} is not one this app knows: use ${allowed}`
      return `must be ${allowed}, not ${describeValue(value)}`
    }
    case 'unrecognized_keys':
      return `unknown field ${quotedList(issue.keys, 3)}: check the spelling or remove it`
    case 'invalid_union':
      if ('discriminator' in issue && issue.discriminator === 'type') {
        const types = QUESTION_TYPES.join(', ')
        if (value === undefined) return `needs a “type”: one of ${types}`
        return `${describeValue(value)} is not a question type: use one of ${types}`
      }
      return 'does not match any allowed shape'
    default:
      return issue.message
  }
}
