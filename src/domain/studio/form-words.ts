/**
 * The studio's words for a problem with a question: each field by the name the form gives it
 * ("Question 3, option 2"), and an instruction ("Write the question", "Change or remove this
 * option: …") where the validator's words describe a file ("prompt: must not be empty"). The editor
 * and the import say the same fault the same way.
 */
import type * as z from 'zod/mini'
import { NOT_A_QUOTE } from '../bank/checks.ts'
import { formatPath, placeOf, valueAt, type JsonPath } from '../bank/issues.ts'
import { messageFor } from '../bank/messages.ts'
import { quotedList } from '../text/quote.ts'

export const SET_FIELDS: Record<string, string> = {
  title: 'Title',
  description: 'Description',
  passMark: 'Pass mark',
  passage: 'Article',
  questions: 'Questions',
}

const QUESTION_FIELDS: Record<string, string> = {
  prompt: 'question',
  answer: 'right answer',
  answers: 'right answer',
  choices: 'options',
  evidence: 'evidence',
  explanation: 'explanation',
  tags: 'tags',
  difficulty: 'difficulty',
  tolerance: 'tolerance',
  unit: 'unit',
  accepted: 'accepted answers',
  items: 'items',
  pairs: 'pairs',
}

const ITEM_NAMES: Record<string, string> = {
  choices: 'option',
  evidence: 'quote',
  accepted: 'accepted answer',
  items: 'item',
  pairs: 'pair',
}

/** The form field a path of the bank value belongs to. */
export function fieldOf(path: JsonPath): string {
  const [top, index, field, sub, leaf] = path
  if (top !== 'questions' || typeof index !== 'number')
    return typeof top === 'string' && top in SET_FIELDS ? top : ''
  const q: JsonPath = ['questions', index]
  if (typeof field !== 'string' || !(field in QUESTION_FIELDS)) return formatPath(q)
  if (field === 'answers' || field === 'tags')
    return formatPath([...q, field === 'tags' ? 'tags' : 'answer'])
  if (field in ITEM_NAMES && typeof sub === 'number') {
    if (field === 'pairs' && (leaf === 'left' || leaf === 'right'))
      return formatPath([...q, field, sub, leaf])
    return formatPath([...q, field, sub])
  }
  return formatPath([...q, field])
}

/**
 * "Question 3, option 2" for a field, as the error summary lists it; `question` names the question
 * otherwise (an import's “Question “Sochi trip””, by its name in the file).
 */
export function describeField(field: string, question?: string): string {
  if (field === '') return 'The set'
  if (field in SET_FIELDS) return SET_FIELDS[field]!
  const m = /^questions\[(\d+)\](?:\.(\w+)(?:\[(\d+)\])?(?:\.(left|right))?)?$/.exec(field)
  if (!m) return field
  const [, index, name, item, side] = m
  let out = question ?? `Question ${Number(index) + 1}`
  if (name && item !== undefined && ITEM_NAMES[name])
    out += `, ${ITEM_NAMES[name]} ${Number(item) + 1}${side ? ` (${side === 'left' ? 'left side' : 'right side'})` : ''}`
  else if (name) out += `, ${QUESTION_FIELDS[name] ?? name}`
  return out
}

/**
 * Where a problem in a set's file is, in the studio's names ("Question 4, option 2", "Pass mark"),
 * `question` naming the question otherwise; a field the form has no name for is named by its key
 * in words ("Question 4, id", "Schema version"), as a file's author can find it.
 */
export function placeInFile(path: JsonPath, question?: string): string {
  const [top, index] = path
  const inQuestion = top === 'questions' && typeof index === 'number'
  const field = inQuestion ? path[2] : top
  const named =
    field === undefined || (inQuestion ? QUESTION_FIELDS : SET_FIELDS)[field] !== undefined
  if (named) return describeField(fieldOf(path), question)
  // The set's own id, which the form keeps out of sight: not "Id", nor "The set" for its place.
  if (field === 'id' && path.length === 1) return "The set's id"
  if (!inQuestion) return placeOf(path)
  const rest = placeOf(path.slice(2))
  return `${describeField(fieldOf(path.slice(0, 2)), question)}, ${rest.charAt(0).toLowerCase()}${rest.slice(1)}`
}

/** A place in an article, as a link or a shared set's file names it: "The article, paragraph 3". */
export function placeInArticle(path: JsonPath): string {
  const place = path.length ? placeOf(path) : ''
  return `The article${place ? `, ${place.charAt(0).toLowerCase()}${place.slice(1)}` : ''}`
}

/**
 * A problem with one field of a question, named as the error summary names it: "Question “q1”,
 * options: Add at least two options" for `question` “Question “q1””, `path` `["choices"]`.
 */
export function saidOf(question: string, path: JsonPath, message: string): string {
  return `${describeField(fieldOf(['questions', 0, ...path]), question)}: ${message}`
}

/** The form's instruction for a question with one right answer that has none. */
export const CHOOSE_RIGHT = 'Choose the right answer'

export const TOLERANCE = 'Enter the tolerance as a number of 0 or more, or leave it empty'

export interface Relative {
  path: JsonPath
  message: string
}

const COUNT = ['no', 'one', 'two', 'three', 'four', 'five']
const many = (n: number, one: string, more: string) =>
  `${COUNT[n] ?? String(n)} ${n === 1 ? one : more}`

/** How many a list of the form needs at least; one more can be removed. */
const LEAST: Record<string, number> = { choices: 2, items: 2, pairs: 2, accepted: 1 }

/** A question's lists that the form asks to be at least so long. */
type ListField = 'choices' | 'items' | 'pairs' | 'accepted'

/**
 * What to type in an empty field of the form, by its place in a question (`["choices", 1]`);
 * `count` is how many its list holds, so "or remove it" is offered only where removing leaves
 * enough (removing one of two options would only trade this for "Add at least two options").
 */
function fillIn(path: JsonPath, count: number): string | undefined {
  const [field, index, side] = path
  const n = typeof index === 'number' ? index + 1 : 0
  const spare = typeof field === 'string' && count > (LEAST[field] ?? 0)
  const or = (what: string) => (spare ? `, or remove ${what}` : '')
  switch (field) {
    case 'title':
      return 'Enter a title'
    case 'prompt':
      return 'Write the question'
    case 'choices':
      return `Write option ${n}${or('it')}`
    case 'items':
      return `Write item ${n}${or('it')}`
    case 'accepted':
      return `Write an answer students may give${or('this one')}`
    case 'evidence':
      return 'Pick a sentence from the article for this quote, or remove it'
    case 'pairs':
      return `Write the ${side === 'right' ? 'right' : 'left'} side of pair ${n}${or('the pair')}`
    default:
      return undefined
  }
}

/** What to add to a list of a question that is too short ("Add at least two options"). */
export function addAtLeast(field: ListField, least: number): string {
  if (field === 'choices') return `Add at least ${many(least, 'option', 'options')}`
  if (field === 'items') return `Add at least ${many(least, 'item', 'items')} to put in order`
  if (field === 'pairs') return `Add at least ${many(least, 'pair', 'pairs')}`
  return `Add at least ${many(least, 'answer', 'answers')} students may give`
}

/** What to add to a list of the form that is too short. */
function addMore(field: PropertyKey | undefined, least: number): string | undefined {
  if (field === 'questions') return 'Add a question'
  if (field === 'answers') return 'Tick at least one right answer'
  return typeof field === 'string' && field in LEAST
    ? addAtLeast(field as ListField, least)
    : undefined
}

/**
 * The form's own words for a problem the schema found: an instruction ("Enter a title", "Add at
 * least two options") where the file's words describe ("must not be empty"). Paths are from the
 * set (`title`) or from a question (`["choices", 1]`).
 */
function inFormWords(issue: z.core.$ZodIssue, path: JsonPath, root: unknown): string | undefined {
  // The place names the first unknown key already ("Colour: …"): the words name only the others.
  // A field the form names ("right answer") that this type of question has not is named by its key.
  if (issue.code === 'unrecognized_keys') {
    const [first = '', ...others] = issue.keys
    const nor = others.length ? `, nor ${quotedList(others, 3)}` : ''
    const fix = others.length
      ? 'check their spelling or remove them'
      : 'check the spelling or remove it'
    if (path[0] === 'questions' && first in QUESTION_FIELDS)
      return `This type of question has no field ${quotedList([first], 1)}${nor}: ${fix}`
    return `Passage has no such field${nor}: ${fix}`
  }
  // The studio shows a percentage; the file keeps the share of the marks that it is.
  if (path.length === 1 && path[0] === 'passMark') {
    const value = valueAt(root, path)
    const was = typeof value === 'number' ? `, not ${value}` : ''
    return `Give it as a share of the marks from 0 to 1 (0.7 for 70%)${was}`
  }
  if (issue.code !== 'too_small') return undefined
  const inQuestion = path[0] === 'questions' && typeof path[1] === 'number' ? path.slice(2) : path
  if (inQuestion.length === 1 && inQuestion[0] === 'tolerance') return TOLERANCE
  if (issue.origin === 'string') {
    const list = valueAt(root, path.slice(0, path.length - inQuestion.length + 1))
    return fillIn(inQuestion, Array.isArray(list) ? list.length : 0)
  }
  if (issue.origin === 'array')
    return addMore(inQuestion[inQuestion.length - 1], Number(issue.minimum))
  return undefined
}

/**
 * The schema's issues with `root` (a set, or one question: paths from it) in the form's words where
 * it has them, else the validator's; an import says a question's problems in the same words.
 */
export function schemaProblems(issues: readonly z.core.$ZodIssue[], root: unknown): Relative[] {
  return issues.map((issue) => ({ path: issuePlace(issue), message: schemaMessage(issue, root) }))
}

/** One schema issue with `root` in the form's words where it has them, else the validator's. */
export function schemaMessage(issue: z.core.$ZodIssue, root: unknown): string {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol')
  return inFormWords(issue, path, root) ?? messageFor(issue, valueAt(root, path))
}

/**
 * One schema issue with an article in the words of the studio's article form ("Enter the title of
 * the article", "Paste the text of the article"), else the validator's: the form, an imported file
 * and a link say the same fault alike. `inForm` for the form itself, whose date is picked from a
 * calendar and whose empty fields are left out, where a file writes the date and removes the field.
 */
export function articleMessage(issue: z.core.$ZodIssue, root: unknown, inForm = false): string {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol')
  const [field, index] = path
  if (issue.code === 'unrecognized_keys') return inFormWords(issue, path, root) ?? ''
  const empty = issue.code === 'too_small'
  if (field === 'title' && path.length === 1 && empty) return 'Enter the title of the article'
  if (field === 'paragraphs' && path.length === 1 && empty) return 'Paste the text of the article'
  if (field === 'paragraphs' && typeof index === 'number' && empty)
    return `Write paragraph ${index + 1}, or remove it`
  if (field === 'url' && path.length === 1)
    return `Enter the address of the original, starting with https:// or http://, or ${inForm ? 'leave it empty' : 'remove it'}`
  if (field === 'date' && path.length === 1 && inForm)
    return 'Enter the day the article was published: day, month and year'
  return messageFor(issue, valueAt(root, path))
}

/**
 * The bank check's findings as the form's instructions: the check writes for a file ("“Sochi” is
 * listed twice: choices must differ"), the form says what to do, in its own names ("options").
 */
/** A value as the check quotes it: “Sochi”, or “the start of it”… (5,000 characters). */
const VALUE = '(“.*”(?:… \\([\\d,]+ characters\\))?)'
const words = (found: string, instead: string): [RegExp, string] => [
  new RegExp(`^${found.replace('VALUE', VALUE)}$`, 's'),
  instead,
]
/** How the editor starts the error of a quote its article does not say word for word. */
export const PICK_AGAIN = 'Pick this quote again from the article'
const CHECK_WORDS: readonly [RegExp, string][] = [
  words(
    'VALUE is listed twice: choices must differ',
    'Change or remove this option: $1 is already an option above',
  ),
  words(
    'VALUE is listed twice: items must differ',
    'Change or remove this item: $1 is already in the list above',
  ),
  words(
    'VALUE appears twice on the left: each left side needs its own pair',
    'Change this left side, or remove the pair: $1 is already on the left of a pair above',
  ),
  words(
    'every pair has the same right side: .*',
    'Give the pairs at least two different right sides',
  ),
  words('VALUE is listed twice', 'Remove this answer: $1 is already accepted above'),
  words('VALUE is quoted twice: keep one', 'Remove this quote: $1 is already quoted above'),
  words(
    `${NOT_A_QUOTE} “.*?”: copy the sentence exactly as it appears in passage\\.json(.*)`,
    `${PICK_AGAIN}: it does not say this word for word$1`,
  ),
]

/** A `checkBank` message in the form's words, where it has them ("Change or remove this option…"). */
export function checkInFormWords(message: string): string {
  for (const [pattern, words] of CHECK_WORDS)
    if (pattern.test(message)) return message.replace(pattern, words)
  return message
}

/** `text` as a sentence starts: "shorten it…" → "Shorten it…". */
export const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** Where a zod issue is, an unknown field named: the key is the place, not the object holding it. */
function issuePlace(issue: z.core.$ZodIssue): JsonPath {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol')
  return issue.code === 'unrecognized_keys' ? [...path, issue.keys[0] ?? ''] : path
}

/** A set's schema issue as the studio says it: "Question 4, option 2: Write option 2, or remove it". */
export function setIssueInWords(issue: z.core.$ZodIssue, root: unknown): string {
  return `${placeInFile(issuePlace(issue))}: ${capitalized(schemaMessage(issue, root))}`
}

/** An article's schema issue as the article form says it: "The article, title: Enter the title of the article". */
export function articleIssueInWords(issue: z.core.$ZodIssue, root: unknown): string {
  return `${placeInArticle(issuePlace(issue))}: ${capitalized(articleMessage(issue, root))}`
}
