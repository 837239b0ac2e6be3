/**
 * A pasted article as the studio's "new article" form holds it, and the passage it becomes:
 * paragraphs are split on blank lines, and the result is checked with the passage schema (so a
 * `javascript:` link or a date like "18 May" is refused), each problem said as the form asks for
 * its field (articleMessage).
 */
import { holdsQuote, passageText } from '../bank/checks.ts'
import { evidenceQuotes } from '../bank/evidence.ts'
import { formatPath } from '../bank/issues.ts'
import { PASSAGE_SCHEMA_VERSION, passageSchema, type Bank, type Passage } from '../bank/schema.ts'
import { articleMessage } from './form-words.ts'
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

/** Each field as a sentence names it ("Shorten the title to …"), after the form's labels. */
const FORM_NAMES: Record<keyof ArticleForm, string> = {
  title: 'the title',
  agency: 'the source',
  publisher: '“Published by”',
  date: 'the date',
  url: 'the link',
  text: 'the text',
}

/**
 * A form read back from where the editor kept it (untrusted): every field a string, the text no
 * longer than a file may be and the rest no longer than a draft keeps (a title typed or pasted
 * past what an article keeps is given back, for the form to say to shorten it); undefined otherwise.
 */
export function readArticleForm(value: unknown): ArticleForm | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const form: Partial<Record<keyof ArticleForm, string>> = {}
  for (const field of FORM_FIELDS) {
    const v = (value as Record<string, unknown>)[field]
    const max = field === 'text' ? LIMITS.fileChars : LIMITS.draftChars
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
      problems: tooBig.map(({ at: [head, index], message }) => {
        const field: keyof ArticleForm =
          head === 'paragraphs' ? 'text' : (head as keyof ArticleForm)
        const name = typeof index === 'number' ? `paragraph ${index + 1}` : FORM_NAMES[field]
        // "Shorten it to …" names the field it is said beside; the summary lists it alone.
        return { field, message: message.replace(/\bit\b/, name) }
      }),
    }
  const parsed = passageSchema.safeParse(value)
  if (parsed.success) return { ok: true, passage: parsed.data }
  const problems: ArticleProblem[] = []
  for (const issue of parsed.error.issues) {
    const [head] = issue.path
    const field: keyof ArticleForm = head === 'paragraphs' ? 'text' : (head as keyof ArticleForm)
    if (problems.some((p) => p.field === field)) continue
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol')
    problems.push({
      field: field in value || field === 'text' ? field : 'title',
      message: articleMessage(issue, value, true) || formatPath(path),
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
