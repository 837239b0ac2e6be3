/**
 * How the teacher's own sets, articles and editor drafts are stored in the browser: each is a
 * versioned document (a `format` name and a `schemaVersion`) read through the same migration
 * runner as progress, so a later version adds a step and every older record still reads, and a
 * record that cannot be read is set aside rather than lost.
 */
import * as z from 'zod/mini'
import {
  bankSchema,
  passageSchema,
  QUESTION_TYPES,
  type Bank,
  type Passage,
} from '../bank/schema.ts'
import { placeOf, valueAt, type JsonPath } from '../bank/issues.ts'
import { messageFor } from '../bank/messages.ts'
import {
  firstIssue,
  parseVersioned,
  type MigrateResult,
  type VersionedFormat,
} from '../progress/versioned.ts'
import type { DraftSet } from './draft.ts'
import {
  articleIssueInWords,
  capitalized,
  placeInArticle,
  placeInFile,
  setIssueInWords,
} from './form-words.ts'
import { LIMITS, limitProblems } from './limits.ts'

export const RECORD_VERSION = 1

const isoTime = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/))

export const setRecordSchema = z.strictObject({
  format: z.literal('passage-set'),
  schemaVersion: z.literal(RECORD_VERSION),
  savedAt: isoTime,
  /** The shipped set this one was copied from, if any. */
  copiedFrom: z.optional(z.string()),
  bank: bankSchema,
})

export const articleRecordSchema = z.strictObject({
  format: z.literal('passage-article'),
  schemaVersion: z.literal(RECORD_VERSION),
  savedAt: isoTime,
  passage: passageSchema,
})

// Lengths are checked before the schema, by limitProblems.
const short = z.string()
export const draftQuestionSchema = z.strictObject({
  key: short,
  id: short,
  type: z.enum(QUESTION_TYPES),
  prompt: short,
  evidence: z.array(short),
  explanation: short,
  tags: short,
  difficulty: z.enum(['', '1', '2', '3', '4', '5']),
  choices: z.array(z.strictObject({ text: short, correct: z.boolean() })),
  truth: z.nullable(z.boolean()),
  number: short,
  tolerance: short,
  unit: short,
  accepted: z.array(short),
  items: z.array(short),
  pairs: z.array(z.strictObject({ left: short, right: short })),
  rest: z.record(z.string(), z.unknown()),
})

export const draftSchema = z.strictObject({
  slug: short,
  passage: short,
  title: short,
  description: short,
  passMark: short,
  questions: z.array(draftQuestionSchema),
  nextKey: z.int().check(z.gte(1)),
  rest: z.record(z.string(), z.unknown()),
})

export const draftRecordSchema = z.strictObject({
  format: z.literal('passage-draft'),
  schemaVersion: z.literal(RECORD_VERSION),
  savedAt: isoTime,
  /** The set of yours being edited, or the shipped set being copied; absent for a new set. */
  editing: z.optional(z.string()),
  /** Whether saving makes a copy (of a shipped set) rather than replacing `editing`. */
  asCopy: z.boolean(),
  draft: draftSchema,
})

export type SetRecord = Omit<z.infer<typeof setRecordSchema>, 'bank'> & { bank: Bank }
export type ArticleRecord = Omit<z.infer<typeof articleRecordSchema>, 'passage'> & {
  passage: Passage
}
export type DraftRecord = Omit<z.infer<typeof draftRecordSchema>, 'draft'> & { draft: DraftSet }

/**
 * The field of a set that a draft's field is the form of, to name it as the editor does:
 * `questions[0].choices[1].text` is option 2, `truth` the right answer; the draft's own
 * bookkeeping (`key`, `rest`, `nextKey`, `slug`) is the question or the set it belongs to.
 */
function setPathOfDraft(path: JsonPath): JsonPath {
  const [top, index, field, item] = path
  if (top === 'slug') return ['id']
  if (top === 'nextKey' || top === 'rest') return []
  if (top !== 'questions' || typeof index !== 'number' || field === undefined) return path
  const q: JsonPath = ['questions', index]
  if (field === 'key' || field === 'rest') return q
  if (field === 'truth' || field === 'number') return [...q, 'answer']
  if (field === 'choices' && typeof item === 'number') return [...q, 'choices', item]
  return path
}

/** A place in a stored set, article or draft, in the studio's words: "Question 4, option 2". */
export function placeInRecord(path: JsonPath): string {
  const [part, ...rest] = path
  if (part === 'passage') return placeInArticle(rest)
  if (part === 'draft') return placeInFile(setPathOfDraft(rest))
  return part === 'bank' ? placeInFile(rest) : placeOf(path)
}

/**
 * Why a stored set, article or draft does not read, in the studio's words ("Pass mark: Give it as
 * a share of the marks from 0 to 1 (0.7 for 70%), not 3"; a draft's "Question 1, question: Should
 * be text in “quotes”, not number 5"); the record's own fields as paths.
 */
function reasonOf(issues: readonly z.core.$ZodIssue[], doc: unknown): string {
  const [issue] = issues
  const [part, ...rest] = issue?.path ?? []
  const inPart = rest.length > 0 || issue?.code === 'unrecognized_keys'
  if (!issue || !inPart || (part !== 'bank' && part !== 'passage' && part !== 'draft'))
    return firstIssue(issues)
  const root = (doc as Record<string, unknown>)[part]
  const inside = { ...issue, path: rest }
  if (part === 'draft') {
    // The editor wrote the draft: what it holds is told, there being nothing to type to mend it.
    const at = rest.filter((p): p is string | number => typeof p !== 'symbol')
    const place = issue.code === 'unrecognized_keys' ? [...at, issue.keys[0] ?? ''] : at
    return `${placeInFile(setPathOfDraft(place))}: ${capitalized(messageFor(inside, valueAt(root, at)))}`
  }
  return part === 'bank' ? setIssueInWords(inside, root) : articleIssueInWords(inside, root)
}

function formatOf<T>(
  name: string,
  schema: z.ZodMiniType<T>,
  textChars: number = LIMITS.textChars,
): VersionedFormat<T> {
  return {
    current: RECORD_VERSION,
    versionOf(raw) {
      if (typeof raw !== 'object' || raw === null) return undefined
      const { format, schemaVersion } = raw as Record<string, unknown>
      return format === name && Number.isInteger(schemaVersion) && (schemaVersion as number) >= 1
        ? (schemaVersion as number)
        : undefined
    },
    // Version 1 is the first: a version 2 adds steps[1].
    steps: {},
    validate(doc) {
      const tooBig = limitProblems(doc, 1, textChars)[0]
      if (tooBig) return { ok: false, reason: `${placeInRecord(tooBig.at)}: ${tooBig.found}` }
      const parsed = schema.safeParse(doc)
      return parsed.success
        ? { ok: true, doc: parsed.data }
        : { ok: false, reason: reasonOf(parsed.error.issues, doc) }
    },
  }
}

const setFormat = formatOf('passage-set', setRecordSchema) as VersionedFormat<SetRecord>
const articleFormat = formatOf(
  'passage-article',
  articleRecordSchema,
) as VersionedFormat<ArticleRecord>
// A draft keeps a text the teacher typed or pasted past the limit: the editor asks to shorten it.
const draftFormat = formatOf(
  'passage-draft',
  draftRecordSchema,
  LIMITS.draftChars,
) as VersionedFormat<DraftRecord>

/** Stored text of a set to the current version, or why it cannot be read. */
export function parseSetRecord(text: string): MigrateResult<SetRecord> {
  return parseVersioned(text, setFormat)
}

export function parseArticleRecord(text: string): MigrateResult<ArticleRecord> {
  return parseVersioned(text, articleFormat)
}

export function parseDraftRecord(text: string): MigrateResult<DraftRecord> {
  return parseVersioned(text, draftFormat)
}

export function setRecord(bank: Bank, savedAt: Date, copiedFrom?: string): SetRecord {
  return {
    format: 'passage-set',
    schemaVersion: RECORD_VERSION,
    savedAt: savedAt.toISOString(),
    ...(copiedFrom !== undefined && { copiedFrom }),
    bank,
  }
}

export function articleRecord(passage: Passage, savedAt: Date): ArticleRecord {
  return {
    format: 'passage-article',
    schemaVersion: RECORD_VERSION,
    savedAt: savedAt.toISOString(),
    passage,
  }
}

export function draftRecord(
  draft: DraftSet,
  savedAt: Date,
  editing: string | undefined,
  asCopy: boolean,
): DraftRecord {
  return {
    format: 'passage-draft',
    schemaVersion: RECORD_VERSION,
    savedAt: savedAt.toISOString(),
    ...(editing !== undefined && { editing }),
    asCopy,
    draft,
  }
}

/** The text a record is stored as. */
export function recordText(record: SetRecord | ArticleRecord | DraftRecord): string {
  return JSON.stringify(record)
}
