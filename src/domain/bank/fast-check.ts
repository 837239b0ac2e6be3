/**
 * A quick, hand-written yes for the common case: a bank that is valid and already tidy (no text
 * with spaces around it). The zod schema (./schema.ts) stays the definition and the only source
 * of error messages: whenever this check is not sure, it says no and the schema decides. It must
 * never say yes to a bank the schema refuses or would change (trimming), which
 * tests/domain/bank/fast-check.test.ts checks against the schema.
 */
import { LINT_RULE_IDS } from './lint/rule-ids.ts'
import { BANK_SCHEMA_VERSIONS } from './schema.ts'

type Obj = Record<string, unknown>

const BANK_ID = /^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/
const ID = /^[a-z0-9][a-z0-9-]*$/
const QUESTION_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/
const LINT_IDS: ReadonlySet<unknown> = new Set(LINT_RULE_IDS)

const isObj = (v: unknown): v is Obj =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  Object.getPrototypeOf(v) === Object.prototype

/** Non-empty text with nothing for z.trim() to remove. */
const isText = (v: unknown): boolean => typeof v === 'string' && v.length > 0 && v.trim() === v
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)

function isTextList(v: unknown, min: number): boolean {
  if (!Array.isArray(v) || v.length < min) return false
  for (const item of v) if (!isText(item)) return false
  return true
}

/** Every own key of `o` is in `allowed`. */
function onlyKeys(o: Obj, allowed: ReadonlySet<string>): boolean {
  for (const key in o) if (!allowed.has(key)) return false
  return true
}

const BASE = ['id', 'prompt', 'evidence', 'explanation', 'tags', 'difficulty', 'lint', 'type']
const KEYS: Record<string, ReadonlySet<string>> = {
  single: new Set([...BASE, 'choices', 'answer']),
  multiple: new Set([...BASE, 'choices', 'answers']),
  truefalse: new Set([...BASE, 'answer']),
  numeric: new Set([...BASE, 'answer', 'tolerance', 'unit']),
  short: new Set([...BASE, 'accepted', 'exact']),
  ordering: new Set([...BASE, 'items']),
  matching: new Set([...BASE, 'pairs']),
}
const LINT_KEYS: ReadonlySet<string> = new Set(['allow', 'why'])
const PAIR_KEYS: ReadonlySet<string> = new Set(['left', 'right'])
const BANK_KEYS: ReadonlySet<string> = new Set([
  '$schema',
  'schemaVersion',
  'id',
  'title',
  'passage',
  'description',
  'passMark',
  'questions',
])

function baseOk(q: Obj): boolean {
  if (typeof q.id !== 'string' || !QUESTION_ID.test(q.id) || !isText(q.prompt)) return false
  if (!isText(q.evidence) && !isTextList(q.evidence, 1)) return false
  if (q.explanation !== undefined && !isText(q.explanation)) return false
  if (q.tags !== undefined && !isTextList(q.tags, 0)) return false
  const d = q.difficulty
  if (d !== undefined && !(Number.isSafeInteger(d) && (d as number) >= 1 && (d as number) <= 5)) {
    return false
  }
  if (q.lint !== undefined) {
    const lint = q.lint
    if (!isObj(lint) || !onlyKeys(lint, LINT_KEYS) || !isText(lint.why)) return false
    if (!Array.isArray(lint.allow) || lint.allow.length < 1) return false
    for (const rule of lint.allow) if (!LINT_IDS.has(rule)) return false
  }
  return true
}

function questionOk(q: unknown): boolean {
  if (!isObj(q) || typeof q.type !== 'string' || !Object.hasOwn(KEYS, q.type)) return false
  if (!onlyKeys(q, KEYS[q.type]!) || !baseOk(q)) return false
  switch (q.type) {
    case 'single':
      return isTextList(q.choices, 2) && isText(q.answer)
    case 'multiple':
      return isTextList(q.choices, 2) && isTextList(q.answers, 1)
    case 'truefalse':
      return typeof q.answer === 'boolean'
    case 'numeric':
      return (
        isNumber(q.answer) &&
        (q.tolerance === undefined || (isNumber(q.tolerance) && q.tolerance >= 0)) &&
        (q.unit === undefined || isText(q.unit))
      )
    case 'short':
      return isTextList(q.accepted, 1) && (q.exact === undefined || typeof q.exact === 'boolean')
    case 'ordering':
      return isTextList(q.items, 2)
    case 'matching': {
      if (!Array.isArray(q.pairs) || q.pairs.length < 2) return false
      for (const p of q.pairs) {
        if (!isObj(p) || !onlyKeys(p, PAIR_KEYS) || !isText(p.left) || !isText(p.right)) {
          return false
        }
      }
      return true
    }
    default:
      return false
  }
}

/**
 * Whether `raw` (fresh from JSON.parse) is a bank the schema accepts exactly as it is. No means
 * "ask the schema", not "invalid".
 */
export function isTidyValidBank(raw: unknown): boolean {
  if (!isObj(raw) || !onlyKeys(raw, BANK_KEYS)) return false
  if (raw.$schema !== undefined && typeof raw.$schema !== 'string') return false
  if (!(BANK_SCHEMA_VERSIONS as readonly unknown[]).includes(raw.schemaVersion)) return false
  if (typeof raw.id !== 'string' || !BANK_ID.test(raw.id)) return false
  if (!isText(raw.title) || typeof raw.passage !== 'string' || !ID.test(raw.passage)) return false
  if (raw.description !== undefined && !isText(raw.description)) return false
  const mark = raw.passMark
  if (!isNumber(mark) || mark < 0 || mark > 1) return false
  if (!Array.isArray(raw.questions) || raw.questions.length < 1) return false
  for (const q of raw.questions) if (!questionOk(q)) return false
  return true
}
