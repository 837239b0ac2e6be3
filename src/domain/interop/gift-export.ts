/**
 * A question set as Moodle GIFT, for Moodle's question bank: one GIFT question per Passage
 * question, named by its id, with `[id:…]` and `[tag:…]` comments Moodle reads, the explanation
 * and every evidence quote in the general feedback, and what GIFT cannot carry named in `notes`.
 * Ordering questions have no GIFT type and are left out; so is a question whose text GIFT would
 * misread ("->" in a matching left side or a short answer). Fields Moodle has no place for
 * (difficulty, a number's unit) ride in a comment that only Passage reads back.
 */
import { listed } from '../text/listed.ts'
import type { Bank, Passage, Question } from '../bank/schema.ts'
import { evidenceQuotes } from '../bank/schema.ts'
import {
  ARTICLE_TAG,
  escapeGift,
  EVIDENCE_PREFIX,
  EVIDENCE_SUFFIX,
  isMoodleWeight,
  QUESTION_TAG,
  SET_TAG,
  weightText,
} from './gift.ts'

export interface GiftExport {
  text: string
  /** Question ids written, in bank order. */
  exported: string[]
  /**
   * For the teacher: what was left out or will not reach Moodle, and why. One list, written as the
   * import's notes are (no full stop at the end), as Moodle writes its own comments.
   */
  notes: string[]
}

/**
 * Text Moodle runs through its format parser: one that starts with "[" would lose a leading
 * "[html]" or "[markdown]", so it is marked as Moodle's own format first; one with "<" or "&"
 * would be shown as HTML ("What does <b> do?" in bold), so it is marked as plain text.
 */
function formatted(text: string): string {
  const escaped = escapeGift(text)
  if (/[<&]/.test(text)) return `[plain]${escaped}`
  return text.startsWith('[') ? `[moodle]${escaped}` : escaped
}

/** Answer text after a = or ~: a leading %…% would read as a grade weight. */
function answer(text: string, weight?: string): string {
  const w = weight ?? (text.startsWith('%') ? '%0%' : '')
  return `${w}${formatted(text)}`
}

/** Tag values escape the closing bracket, as Moodle's comment reader expects. */
const tagValue = (text: string) =>
  text

    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\\/g, '\\\\')
    .replace(/]/g, '\\]')

function generalFeedback(q: Question): string {
  const parts = [
    ...(q.explanation ? [q.explanation] : []),
    ...evidenceQuotes(q).map((e) => `${EVIDENCE_PREFIX}${e}${EVIDENCE_SUFFIX}`),
  ]
  return `\t####${formatted(parts.join('\n\n'))}\n`
}

/** Why `q` cannot be written as GIFT, or null when it can. */
function refusal(q: Question): string | null {
  if (q.type === 'ordering') return 'GIFT has no ordering questions'
  if (q.type === 'matching' && q.pairs.some((p) => p.left.includes('->'))) {
    return 'a matching item contains "->", which GIFT reads as the arrow between a pair'
  }
  if (q.type === 'short' && q.accepted.some((a) => a.includes('->'))) {
    return 'an answer contains "->", which makes Moodle read the question as matching'
  }
  return null
}

/**
 * Questions by their number in the set, as the worksheet, the answer key and the class report
 * number them ("question 16", "questions 3 and 16"): a teacher knows those, not the ids.
 */
function numbered(numbers: readonly number[]): string {
  return `${numbers.length === 1 ? 'question' : 'questions'} ${listed(numbers)}`
}

function answers(q: Question, number: number, notes: string[]): string {
  switch (q.type) {
    case 'single':
      return q.choices
        .map((c) => (c === q.answer ? `\t=${answer(c, '')}\n` : `\t~${answer(c)}\n`))
        .join('')
    case 'multiple': {
      const k = q.answers.length
      const wrong = q.choices.length - k
      if (!isMoodleWeight(100 / k)) {
        notes.push(
          `Question ${number}: ${k} right answers make each worth ${weightText(100 / k)}%, which is not one of Moodle's grades; Moodle may refuse it`,
        )
      }
      // Passage takes 1/k off for each wrong tick; Moodle adds the weights, never below 0.
      return q.choices
        .map((c) =>
          q.answers.includes(c)
            ? `\t~${answer(c, `%${weightText(100 / k)}%`)}\n`
            : `\t~${answer(c, wrong > 0 ? `%-${weightText(100 / k)}%` : '')}\n`,
        )
        .join('')
    }
    case 'truefalse':
      return `\t${q.answer ? 'TRUE' : 'FALSE'}\n`
    case 'numeric':
      // No ":tolerance" at all when the set gave none, so the round trip keeps that apart from 0.
      return `\t#${q.answer}${q.tolerance === undefined ? '' : `:${q.tolerance}`}\n`
    case 'short':
      return q.accepted.map((a) => `\t=${answer(a, a.startsWith('%') ? '%100%' : '')}\n`).join('')
    case 'matching':
      return q.pairs.map((p) => `\t=${formatted(p.left)} -> ${escapeGift(p.right)}\n`).join('')
    case 'ordering':
      return ''
  }
}

/** Passage-only fields of a question, for the `[passage]` comment; null when there are none. */
function extras(q: Question): string | null {
  const out: Record<string, unknown> = { evidence: evidenceQuotes(q).length }
  if (q.difficulty !== undefined) out.difficulty = q.difficulty
  if (q.type === 'numeric' && q.unit !== undefined) out.unit = q.unit
  if (typeof q.evidence === 'string') out.single = true
  return JSON.stringify(out)
}

function question(q: Question, number: number, notes: string[]): string {
  const tags = (q.tags ?? []).map((t) => ` [tag:${tagValue(t)}]`).join('')
  const lines = [`// [id:${tagValue(q.id)}]${tags}`, `// ${QUESTION_TAG} ${extras(q)}`]
  const body = `::${escapeGift(q.id)}::${formatted(q.prompt)}{\n${answers(q, number, notes)}${generalFeedback(q)}}`
  return `${lines.join('\n')}\n${body}\n`
}

/** Moodle category paths split at "/", so a title keeps its slashes out. */
const categoryName = (title: string) => title.replace(/[/\r\n]+/g, ' - ').trim()

/** The set (and its article, as a description item, when given) as a GIFT file. */
export function bankToGift(bank: Bank, passage?: Passage): GiftExport {
  const notes: string[] = []
  const exported: string[] = []
  const meta: Record<string, unknown> = {
    id: bank.id,
    title: bank.title,
    passage: bank.passage,
    passMark: bank.passMark,
    schemaVersion: bank.schemaVersion,
  }
  if (bank.description !== undefined) meta.description = bank.description
  if (bank.$schema !== undefined) meta.$schema = bank.$schema
  const blocks = [
    `// ${bank.title.replace(/\s+/g, ' ')}: a Passage question set for Moodle's question bank (Import → GIFT format)\n` +
      `// ${SET_TAG} ${JSON.stringify(meta)}\n`,
    `$CATEGORY: $course$/top/Passage/${escapeGift(categoryName(bank.title))}\n`,
  ]
  if (passage) {
    const article = [passage.title, ...passage.paragraphs].join('\n\n')
    blocks.push(
      `// ${ARTICLE_TAG} ${JSON.stringify({ id: passage.id })}\n` +
        `::${escapeGift(`Article: ${passage.title}`)}::${formatted(article)}\n`,
    )
  }
  const left: Record<string, number[]> = {}
  const units: number[] = []
  for (const [i, q] of bank.questions.entries()) {
    const why = refusal(q)
    if (why) {
      ;(left[why] ??= []).push(i + 1)
      continue
    }
    blocks.push(question(q, i + 1, notes))
    exported.push(q.id)
    if (q.type === 'numeric' && q.unit) units.push(i + 1)
  }
  for (const [why, numbers] of Object.entries(left)) {
    notes.unshift(`Left out ${numbered(numbers)}: ${why}`)
  }
  if (units.length) {
    notes.push(
      `Moodle does not show the unit of ${numbered(units)}: write it in the question if students need it`,
    )
  }
  notes.push("Each explanation and evidence quote is in its question's general feedback")
  if (exported.length === 0) notes.unshift('No question of this set can be written as GIFT')
  return { text: blocks.join('\n'), exported, notes }
}
