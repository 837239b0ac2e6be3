/**
 * The one definition of what a question bank and a passage look like.
 * TypeScript types are inferred from these schemas and `npm run schema` writes the JSON Schema
 * that editors use from them, so the three can never drift apart.
 */
import * as z from 'zod/mini'
import { LINT_RULE_IDS } from './lint/rule-ids.ts'

/** Versions of the bank and passage formats this build understands. */
export const BANK_SCHEMA_VERSION = 2
export const PASSAGE_SCHEMA_VERSION = 1
/** Bank versions still read: version 1 files stay valid, version 2 adds evidence lists. */
export const BANK_SCHEMA_VERSIONS = [1, 2] as const

const text = z.string().check(z.trim(), z.minLength(1))
const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/))

const questionBase = {
  id: z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/)),
  prompt: text,
  /**
   * What proves the answer: one quote copied verbatim from the passage, or (format version 2) a
   * list of such quotes when the answer needs several facts. A question without it (just
   * imported, say) still loads and plays, without "show in the article": the lint warns.
   */
  evidence: z.optional(z.union([text, z.array(text).check(z.minLength(1))])),
  explanation: z.optional(text),
  tags: z.optional(z.array(text)),
  difficulty: z.optional(z.int().check(z.gte(1), z.lte(5))),
  /**
   * Silences item-writing lint rules for this one question (format version 2). `why` is required:
   * an allowed warning is still counted by `npm run validate`, and a reviewer reads the reason.
   */
  lint: z.optional(
    z.strictObject({
      allow: z.array(z.enum(LINT_RULE_IDS)).check(z.minLength(1)),
      why: text,
    }),
  ),
}

export const singleQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('single'),
  choices: z.array(text).check(z.minLength(2)),
  answer: text,
})

export const multipleQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('multiple'),
  choices: z.array(text).check(z.minLength(2)),
  answers: z.array(text).check(z.minLength(1)),
})

export const trueFalseQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('truefalse'),
  answer: z.boolean(),
})

export const numericQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('numeric'),
  answer: z.number(),
  /** Accepted distance from `answer`; 0 means exact. */
  tolerance: z.optional(z.number().check(z.gte(0))),
  unit: z.optional(text),
})

export const shortQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('short'),
  accepted: z
    .array(text)
    .check(
      z.minLength(1),
      z.describe(
        'Every answer that counts as right. Matching ignores case, accents, punctuation, spacing and a leading "the", "a", "an", "in", "on" or "at". Words in [square brackets] may be given or left out: "Sochi[, Russia]" accepts "Sochi" and "Sochi, Russia". The first answer, brackets included, is the one students are shown. One typing slip in a word of 5 or more letters also counts, never in an answer with a digit, and so does the plural of a lower-case word of 4 letters or more; see "exact".',
      ),
    ),
  exact: z.optional(
    z
      .boolean()
      .check(
        z.describe(
          'true: no typing slips are forgiven, only the accepted answers count (case, accents, punctuation and leading articles are still ignored). Default false.',
        ),
      ),
  ),
})

export const orderingQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('ordering'),
  /** Listed in the correct order; the quiz shows them shuffled. */
  items: z.array(text).check(z.minLength(2)),
})

export const matchingQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('matching'),
  /** Each left side has one right side; a right side may repeat. */
  pairs: z.array(z.strictObject({ left: text, right: text })).check(z.minLength(2)),
})

export const questionSchema = z.discriminatedUnion('type', [
  singleQuestionSchema,
  multipleQuestionSchema,
  trueFalseQuestionSchema,
  numericQuestionSchema,
  shortQuestionSchema,
  orderingQuestionSchema,
  matchingQuestionSchema,
])

export const bankSchema = z.strictObject({
  $schema: z.optional(z.string()),
  schemaVersion: z.literal(BANK_SCHEMA_VERSIONS),
  /** `<passage id>/<set slug>`, unique across all banks. */
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/)),
  title: text,
  passage: id,
  description: z.optional(text),
  /** Fraction of the maximum score needed to pass, 0–1. */
  passMark: z.number().check(z.gte(0), z.lte(1)),
  questions: z.array(questionSchema).check(z.minLength(1)),
})

export const passageSchema = z.strictObject({
  $schema: z.optional(z.string()),
  schemaVersion: z.literal(PASSAGE_SCHEMA_VERSION),
  id,
  title: text,
  agency: z.optional(text),
  publisher: z.optional(text),
  /** Publication date, YYYY-MM-DD. */
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  /** Link to the original article; only http(s), so it can never run script when clicked. */
  url: z.optional(z.url({ protocol: /^https?$/ })),
  paragraphs: z.array(text).check(z.minLength(1)),
})

export type Bank = z.infer<typeof bankSchema>
export type Passage = z.infer<typeof passageSchema>
export type Question = z.infer<typeof questionSchema>
export type QuestionType = Question['type']
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>

// Kept in a module without zod, so pages can use it without loading the validator.
export { evidenceQuotes } from './evidence.ts'

export const QUESTION_TYPES = [
  'single',
  'multiple',
  'truefalse',
  'numeric',
  'short',
  'ordering',
  'matching',
] as const satisfies readonly QuestionType[]
