/**
 * A pasted article as the studio's "new article" form holds it, and the passage it becomes:
 * paragraphs are split on blank lines, and the result is checked with the passage schema (so a
 * `javascript:` link or a date like "18 May" is refused with the validator's own words).
 */
import { holdsQuote, passageText } from '../bank/checks.ts'
import { evidenceQuotes } from '../bank/evidence.ts'
import { formatPath } from '../bank/issues.ts'
import { messageFor } from '../bank/messages.ts'
import { PASSAGE_SCHEMA_VERSION, passageSchema, type Bank, type Passage } from '../bank/schema.ts'
import { LIMITS, limitProblems } from './limits.ts'

export interface ArticleForm {
  title: string
  agency: string
  publisher: string
  /** YYYY-MM-DD. */
  date: string
  url: string
  /** The whole text; a blank line starts a new paragraph. */
  text: string
}

export interface ArticleProblem {
  field: keyof ArticleForm
  message: string
}

/** Paragraphs of pasted text: split on blank lines, lines inside a paragraph joined by spaces. */
export function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u00a0]*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
}

const FORM_FIELDS = ['title', 'agency', 'publisher', 'date', 'url', 'text'] as const

/**
 * A form read back from where the editor kept it (untrusted): every field a string, the text no
 * longer than a file may be and the rest no longer than a text field; undefined otherwise.
 */
export function readArticleForm(value: unknown): ArticleForm | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const form: Partial<Record<keyof ArticleForm, string>> = {}
  for (const field of FORM_FIELDS) {
    const v = (value as Record<string, unknown>)[field]
    const max = field === 'text' ? LIMITS.fileChars : LIMITS.textChars
    if (typeof v !== 'string' || v.length > max) return undefined
    form[field] = v
  }
  return form as ArticleForm
}

export function formOf(passage: Passage): ArticleForm {
  return {
    title: passage.title,
    agency: passage.agency ?? '',
    publisher: passage.publisher ?? '',
    date: passage.date,
    url: passage.url ?? '',
    text: passage.paragraphs.join('\n\n'),
  }
}

/** The passage the form stands for, or the problems to fix, each at its field. */
export function articleOf(
  form: ArticleForm,
  id: string,
): { ok: true; passage: Passage } | { ok: false; problems: ArticleProblem[] } {
  const value: Record<string, unknown> = {
    schemaVersion: PASSAGE_SCHEMA_VERSION,
    id,
    title: form.title,
    ...(form.agency.trim() && { agency: form.agency.trim() }),
    ...(form.publisher.trim() && { publisher: form.publisher.trim() }),
    date: form.date,
    ...(form.url.trim() && { url: form.url.trim() }),
    paragraphs: paragraphsOf(form.text),
  }
  const tooBig = limitProblems(value)
  if (tooBig.length)
    return {
      ok: false,
      problems: tooBig.map((p) => ({
        field: p.path.startsWith('paragraphs') ? 'text' : (p.path as keyof ArticleForm),
        message: `${p.path.startsWith('paragraphs') ? `Paragraph ${Number(/\d+/.exec(p.path)?.[0] ?? 0) + 1} ` : ''}${p.message}`,
      })),
    }
  const parsed = passageSchema.safeParse(value)
  if (parsed.success) return { ok: true, passage: parsed.data }
  const problems: ArticleProblem[] = []
  for (const issue of parsed.error.issues) {
    const [head] = issue.path
    const field: keyof ArticleForm = head === 'paragraphs' ? 'text' : (head as keyof ArticleForm)
    if (problems.some((p) => p.field === field)) continue
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol')
    let message = messageFor(issue, value[String(head)])
    if (field === 'text') message = 'Paste the text of the article'
    // The form's date picker writes the date in the reader's own order: no format to ask for.
    if (field === 'date') message = 'Enter the day the article was published: day, month and year'
    if (field === 'title' && issue.code === 'too_small') message = 'Enter the title of the article'
    // The validator's words are for a file's author ("the text … is not allowed: … other schemes
    // can run script"); the form asks for what it needs, as its other fields do.
    if (field === 'url')
      message =
        'Enter the address of the original, starting with https:// or http://, or leave it empty'
    problems.push({
      field: field in value || field === 'text' ? field : 'title',
      message: message || formatPath(path),
    })
  }
  return { ok: false, problems }
}

/** The `$schema` a passage file in `questions/<article>/` points at. */
export const PASSAGE_SCHEMA_REF = '../../schema/passage.schema.json'

/** The article as `questions/<article>/passage.json`: pretty-printed, `$schema` first. */
export function passageFileText(passage: Passage): string {
  const rest: Record<string, unknown> = { ...passage }
  delete rest.$schema
  return `${JSON.stringify({ $schema: PASSAGE_SCHEMA_REF, ...rest }, null, 2)}\n`
}

/** A quote of a set that an article's new text no longer holds word for word. */
export interface LostQuote {
  set: string
  /** 1-based, as the editor numbers its questions. */
  question: number
  quote: string
}

/**
 * The quotes of `banks` that `passage` (an article's text as it is about to be saved) no longer
 * holds word for word, as the library's check (`checkBank`) would find them: each of those sets
 * stops being playable until the teacher picks the evidence again.
 */
export function lostQuotes(banks: readonly Bank[], passage: Passage): LostQuote[] {
  const text = passageText(passage)
  const lost: LostQuote[] = []
  for (const bank of banks)
    bank.questions.forEach((q, i) => {
      for (const quote of evidenceQuotes(q))
        if (!holdsQuote(text, quote)) lost.push({ set: bank.title, question: i + 1, quote })
    })
  return lost
}
