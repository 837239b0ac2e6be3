/**
 * Reading GIFT text the way Moodle's qformat_gift::readquestion does: blocks separated by blank
 * lines, `//` comment lines, `::name::`, the answer section between the first `{` and the first
 * `}`, `####` general feedback, backslash escapes, and the question type told from the answers.
 * It reads what it can and lists problems with their line numbers; it never throws. Turning the
 * items into a Passage set is `gift-bank.ts`.
 */
import { hasMedia, htmlToText } from './html-text.ts'
import { clipWords } from '../text/clip-words.ts'
import { questionLabel } from './question-label.ts'
import { htmlFormatting, markdownToText, type LostFormat } from './markdown-text.ts'
import type { SourcePlace } from './place.ts'
import type { JsonPath } from '../bank/issues.ts'
import { addAtLeast, saidOf } from '../studio/draft.ts'

export type GiftKind =
  'description' | 'essay' | 'multichoice' | 'truefalse' | 'shortanswer' | 'numerical' | 'match'

export interface GiftAnswer {
  text: string
  /** Fraction of the mark, e.g. 1, 0.5, −0.5; 0 for a plain wrong choice. */
  weight: number
  feedback: string
  /** Where it is written (its “=” or “~”). */
  at: SourcePlace
}

export interface GiftItem {
  /** 1-based line where the item starts. */
  line: number
  /** Its place among the file's questions (1-based), counting those that could not be read. */
  place: number
  name: string | null
  /** The text of the `//` lines before and inside the item, without the slashes. */
  comments: string[]
  text: string
  generalFeedback: string
  kind: GiftKind
  answers: GiftAnswer[]
  /** Multiple choice with one right answer (written with `=`). */
  single: boolean
  /** True/false: the right answer. */
  truth: boolean | null
  /**
   * Numerical answers: value, tolerance (null when none was written), weight, and the answer as
   * written ("2017..2019", "2018:1"), for a note to quote.
   */
  numbers: {
    value: number
    tolerance: number | null
    weight: number
    written: string
    at: SourcePlace
  }[]
  pairs: { left: string; right: string; at: SourcePlace }[]
  /** Where its answers start (the “{”). */
  block: SourcePlace
  /** What its HTML or Markdown showed that its text does not (bold, italics, a link…). */
  simplified: LostFormat[]
  /** A short answer written without “=” ({X}): GIFT's one answer with no mark of GIFT in it. */
  unmarked: boolean
}

export interface GiftProblem {
  line: number
  /** The column, where the line holds more than one answer. */
  column?: number
  /** The line its question starts on, when it is about one question. */
  question?: number
  message: string
  /** The item was read, but something in it was not kept or was taken on trust: worth a look. */
  note?: true
  /** For a note that two questions share a name, the line of the first. */
  twin?: number
  /**
   * The question was read whole but for its right answer, none marked: it may come in to be
   * finished in the editor, where it is marked (the item is kept).
   */
  unfinished?: true
}

export interface GiftParse {
  items: GiftItem[]
  /** Comment-only blocks (file headers), each block's comment lines. */
  headers: { line: number; comments: string[] }[]
  categories: string[]
  problems: GiftProblem[]
}

// Escaped characters become private-use placeholders while the structure is read.
const PH = {
  backslash: '\uE000',
  colon: '\uE001',
  hash: '\uE002',
  equals: '\uE003',
  open: '\uE004',
  close: '\uE005',
  tilde: '\uE006',
  newline: '\uE007',
} as const
const ESCAPES: Record<string, string> = {
  ':': PH.colon,
  '#': PH.hash,
  '=': PH.equals,
  '{': PH.open,
  '}': PH.close,
  '~': PH.tilde,
  n: PH.newline,
}
const BACK: Record<string, string> = {
  [PH.backslash]: '\\',
  [PH.colon]: ':',
  [PH.hash]: '#',
  [PH.equals]: '=',
  [PH.open]: '{',
  [PH.close]: '}',
  [PH.tilde]: '~',
  [PH.newline]: '\n',
}

/**
 * The text with its escapes as placeholders, and where each escape is in it (each took two
 * characters of the source), to find a character's place in the file again.
 */
function protect(text: string): { text: string; escapes: number[] } {
  const escapes: number[] = []
  const out = text
    .replace(/[\uE000-\uE007]/g, '\uFFFD')
    .replace(/\\([\\:#={}~n])/g, (_, ch: string, at: number) => {
      escapes.push(at - escapes.length)
      return ch === '\\' ? PH.backslash : (ESCAPES[ch] as string)
    })
  return { text: out, escapes }
}

/**
 * A question's words before its answers, its escapes masked: up to its “{”; with the “{”
 * forgotten (“Who hosted? =Putin ~Assad }”), up to the first “=” or “~” after a space, where its
 * answers start, else up to the “}”.
 */
function beforeAnswers(text: string): string {
  const words = text.split(/[{}]/)[0] ?? ''
  const forgotten = !text.includes('{') && text.includes('}')
  return forgotten ? (words.split(/(?:^|\s)[=~]/)[0] ?? '') : words
}

/** Text with a leading [format] and HTML tags aside, for a question's first words. */
const htmlAside = (text: string) => text.replace(/^\s*\[\w+\]/, '').replace(/<[^>]*>/g, ' ')
const restore = (text: string) => text.replace(/[\uE000-\uE007]/g, (ch) => BACK[ch] as string)

const FORMAT = /^\[(moodle|html|plain|markdown)\]/

const addLost = (into: LostFormat[], more: readonly LostFormat[]) => {
  for (const what of more) if (!into.includes(what)) into.push(what)
}

/** A tag a teacher writes into Moodle's own format ("<b>", "<br>", "</p>"); not "a < b > c". */
const HTML_TAG =
  /<\/?(?:p|br|div|span|b|i|u|em|strong|sub|sup|code|pre|ul|ol|li|h[1-6]|a|img|table|tr|td|th|blockquote|hr|font)\b[^<>]*>/i

/** Moodle's text formats, as a GIFT text names them in brackets. */
type TextFormat = 'moodle' | 'html' | 'plain' | 'markdown'

/**
 * Moodle's parse_text_with_format: a leading [moodle], [html], [plain] or [markdown] is dropped,
 * and text without one is in the question's format (Moodle writes an [html] question's answers
 * and feedback as HTML too, unmarked). HTML and Markdown are read as the text they show, and what
 * that leaves out (bold, italics, a link…) is added to `lost`; so is Moodle's own format when it
 * holds HTML tags (Moodle shows them as formatting); [plain] text is kept as written.
 */
function plain(text: string, inherited: TextFormat, lost: LostFormat[]): string {
  const t = text.trim()
  const m = FORMAT.exec(t)
  const body = restore(m ? t.slice(m[0].length) : t).trim()
  const format = (m?.[1] as TextFormat | undefined) ?? inherited
  // Moodle shows its own format's HTML as HTML too: "Who <b>said</b> it?" written by hand.
  if (format === 'html' || (format === 'moodle' && HTML_TAG.test(body))) {
    // Unmarked, the tags may be words the teacher meant ("What does <p> do?"): named, always.
    addLost(lost, format === 'html' ? htmlFormatting(body) : [...htmlFormatting(body), 'HTML tags'])
    return htmlToText(body)
  }
  if (format === 'markdown') {
    const read = markdownToText(body)
    addLost(lost, read.lost)
    return read.text.trim()
  }
  return body
}

const WEIGHT = /^%(-?)(\d{1,3}(?:\.\d*)?)%/
/** Whatever is written between “%” signs where a weight goes: "%50%", and "%x%", "%%"… */
const WRITTEN_WEIGHT = /^%[^%\s]*%/

/**
 * A leading %weight%, as a fraction, and the rest; `wrong` is a weight written that is none
 * ("%x%", "%%") or is more than full marks ("%150%"): Moodle keeps the first as the answer's
 * words and refuses the second, and either way the teacher meant a share of the marks.
 */
function weighed(
  answer: string,
  fallback: number,
): { weight: number; rest: string; wrong?: string } {
  const m = WEIGHT.exec(answer)
  const written = m ? m[0] : WRITTEN_WEIGHT.exec(answer)?.[0]
  if (!written) return { weight: fallback, rest: answer }
  const rest = answer.slice(written.length)
  if (!m || (!m[1] && Number(m[2]) > 100)) return { weight: fallback, rest, wrong: written }
  const value = Number(m[2]) / 100
  return { weight: m[1] ? -value : value, rest }
}

/**
 * What to write instead of a `wrong` weight (see {@link weighed}), with the answer it is on, after
 * `mark` (“~” or “=”), as the example: "…, like “~%50%Lavrov” for half marks: “%x%” is not a number".
 */
function weightFault(wrong: string, mark: string, rest: string): string {
  const inside = wrong.slice(1, -1)
  const why =
    inside === ''
      ? 'has no number'
      : /^\d+(\.\d*)?$/.test(inside)
        ? 'is more than full marks'
        : 'is not a number'
  const words = clipWords(restore(rest.split('#')[0] ?? '').replace(/\s+/g, ' '), 30).trim()
  const like = `${mark}%50%${words || '…'}`
  return `Write the marks it earns as a number up to 100 between the “%” signs, like “${like}” for half marks: “${restore(wrong)}” ${why}`
}

/** "text#feedback" split at the first #. */
function withFeedback(
  answer: string,
  format: TextFormat,
  lost: LostFormat[],
): { text: string; feedback: string } {
  const at = answer.indexOf('#')
  return at < 0
    ? { text: plain(answer, format, lost), feedback: '' }
    : {
        text: plain(answer.slice(0, at), format, lost),
        // Feedback on an answer is left out (and said so), so what its formatting showed is moot.
        feedback: plain(answer.slice(at + 1), format, []),
      }
}

/**
 * Splits at each occurrence of `marks`, keeping the mark that starts each part; each part trimmed,
 * with the index in `text` where it starts.
 */
function splitKeeping(text: string, marks: RegExp): { text: string; at: number }[] {
  const parts: { text: string; at: number }[] = []
  let current = ''
  let from = 0
  const push = () => {
    const lead = current.length - current.trimStart().length
    parts.push({ text: current.trim(), at: from + lead })
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string
    if (marks.test(ch) && current.trim() !== '') {
      push()
      current = ''
      from = i
    }
    current += ch
  }
  if (current.trim() !== '') push()
  return parts
}

function emptyItem(line: number, place: number, comments: string[]): GiftItem {
  return {
    line,
    block: { line },
    place,
    name: null,
    comments,
    text: '',
    generalFeedback: '',
    kind: 'description',
    answers: [],
    single: false,
    truth: null,
    numbers: [],
    pairs: [],
    simplified: [],
    unmarked: false,
  }
}

/** The start of a Moodle Cloze gap: a weight, a type and a colon ("1:SHORTANSWER:", ":MC:"). */
const CLOZE = /^\d*:[A-Z][A-Z_]*:/i

/** How many characters of `text` its trimming takes off the start. */
const lead = (text: string) => text.length - text.trimStart().length

function readBlock(
  raw: string,
  /** The line of each of `raw`'s lines. */
  lines: readonly number[],
  comments: string[],
  problems: GiftProblem[],
  /** The question's place among the file's questions, 1-based: named by it when it has no name. */
  place: number,
): GiftItem | string | null {
  const line = lines[0] ?? 1
  const protectedText = protect(raw)
  let text = protectedText.text.trim()
  if (text === '') return null
  if (/^\$CATEGORY:/.test(text)) return restore(text.slice('$CATEGORY:'.length)).trim()
  /** Where `text` starts in the protected source. */
  let base = lead(protectedText.text)
  /** The line and column of the character at `i` of `text`. */
  const at = (i: number): SourcePlace => {
    let index = base + i
    for (const e of protectedText.escapes) if (e < base + i) index++
    const before = raw.slice(0, index)
    const row = before.split('\n').length - 1
    const column = [...before.slice(before.lastIndexOf('\n') + 1)].length + 1
    return { line: lines[row] ?? line, column }
  }
  const item = emptyItem(line, place, comments)
  /** "::Q7 What year…": a name begun and never closed, read as Moodle does, into the question. */
  let unnamed = false
  if (text.startsWith('::')) {
    const end = text.indexOf('::', 2)
    if (end >= 0) {
      item.name = restore(text.slice(2, end)).trim()
      const rest = text.slice(end + 2)
      base += end + 2 + lead(rest)
      text = rest.trim()
    } else {
      text = text.slice(2)
      base += 2
      unnamed = true
    }
  }
  // A line number alone leaves the teacher counting lines: the question is named as well.
  const which = item.name ? `Question “${item.name}”` : `Question ${place}`
  /** Its words before its answers, as written: its [format] and HTML tags aside. */
  const ownWords = () => htmlAside(restore(beforeAnswers(text)))
  /** Said at `where` when the problem is about one part (an answer…), else the question's line. */
  const say = (
    p: { message: string; note?: true; field?: JsonPath; unfinished?: true; words?: string },
    where?: SourcePlace,
  ) => {
    // Named by its words too: left out, not finished, or come in with a note, as the set's other
    // notes name it.
    const named = questionLabel(which, p.words ?? ownWords())
    problems.push({
      ...(p.note && { note: p.note }),
      ...(p.unfinished && { unfinished: p.unfinished }),
      line: where?.line ?? line,
      ...(where?.column !== undefined && { column: where.column }),
      question: line,
      // A problem the studio's form has too is said in its words ("Question 2, options: Add…").
      message: p.field ? saidOf(named, p.field, p.message) : `${named}: ${p.message}`,
    })
  }
  const format = (FORMAT.exec(text)?.[1] as TextFormat | undefined) ?? 'moodle'
  const html = format === 'html'
  const lost = item.simplified
  if (unnamed)
    say({
      message:
        'its name has no closing “::”, so the name is read as part of the question: end the name with “::”, as in “::Q1:: Who…”',
      note: true,
    })
  if ((html || (format === 'moodle' && HTML_TAG.test(restore(text)))) && hasMedia(restore(text))) {
    say({
      message: 'an image or other media in it was left out: Passage shows text',
      note: true,
    })
  }
  const start = text.indexOf('{')
  const finish = text.indexOf('}')
  if (start < 0 && finish < 0) {
    item.text = plain(text, 'moodle', lost)
    return item
  }
  if (start < 0 || finish < 0 || finish < start) {
    // Said at the brace that is alone, with what to type: most often the closing one forgotten.
    const message =
      finish < 0
        ? 'a “{” has no matching “}”: write “}” after its last answer'
        : start < 0
          ? 'a “}” has no “{” before it: write “{” before its first answer, or “\\}” for a “}” in the question'
          : 'a “}” comes before its “{”: remove it, or write “\\}” for a “}” in the question'
    say({ message }, at(finish < 0 ? start : finish))
    return null
  }
  item.block = at(start)
  /** The question's first words up to `end`, as a problem quotes them. */
  const wordsBefore = (end: number) =>
    clipWords(restore(text.slice(0, end)).replace(/\s+/g, ' ').trim(), 40)
  const inside = text.slice(start + 1, finish)
  /** Where `answers` starts in `text`. */
  const answersAt = start + 1 + lead(inside)
  let answers = inside.trim()
  // Moodle's embedded answers (Cloze: "{1:SHORTANSWER:=Sochi}", several gaps in one text) are a
  // question type of their own, which GIFT does not have: taken as a short answer, its right answer
  // would be that code, which no student could type.
  const next = text.indexOf('{', finish + 1)
  if (!CLOZE.test(answers) && next >= 0 && text.slice(finish + 1, next).includes('\n')) {
    // "…{T}" then, on the next line, "::Q2::…{=A ~B}": two questions without the blank line
    // Moodle needs between them, not one question with two gaps.
    const what = wordsBefore(start)
    // Said at the next question's first line: the empty line goes above it.
    const after = text.indexOf('\n', finish + 1) + 1
    say(
      {
        message: 'it runs on into the next question: put an empty line between questions',
        words: what,
      },
      { line: at(after + lead(text.slice(after))).line },
    )
    return null
  }
  if (CLOZE.test(answers) || next >= 0) {
    // Its words before the first gap, or its gaps when it starts with one: never “”.
    const what = wordsBefore(start) || wordsBefore(text.length)
    say({
      message:
        'Give it one set of answers in “{ }” to bring it in: Passage cannot read a cloze question (answers inside the text)',
      words: what,
    })
    return null
  }
  // "{=A ~B}}": a brace typed twice would go into the question's words, where no student needs it.
  const stray = text.indexOf('}', finish + 1)
  if (stray >= 0) {
    say(
      {
        message:
          'a “}” after its answers closes nothing: remove it, or write “\\}” for a “}” in the question',
      },
      at(stray),
    )
    return null
  }
  const question = text.endsWith('}')
    ? text.slice(0, start) + text.slice(finish + 1)
    : `${text.slice(0, start)}_____${text.slice(finish + 1)}`
  const gf = answers.lastIndexOf('####')
  if (gf >= 0) {
    item.generalFeedback = plain(answers.slice(gf + 4), format, lost)
    answers = answers.slice(0, gf).trim()
  }
  item.text = plain(question, 'moodle', lost)
  if (answers === '') {
    item.kind = 'essay'
    return item
  }
  if (answers.startsWith('#')) {
    item.kind = 'numerical'
    let body = answers.slice(1)
    const bodyAt = answersAt + 1
    const wrongAt = body.indexOf('~')
    if (wrongAt >= 0) {
      // "~#Try again": Moodle's feedback for any other number, left out as other feedback is.
      const feedback = withFeedback(body.slice(wrongAt + 1), format, []).feedback
      if (feedback !== '')
        item.answers.push({ text: '*', weight: 0, feedback, at: at(bodyAt + wrongAt) })
      body = body.slice(0, wrongAt)
    }
    const several = body.includes('=')
    const parts = several ? splitKeeping(body, /=/) : [{ text: body.trim(), at: lead(body) }]
    // The example is in the form the teacher wrote: "{#2018}", or Moodle's "{#=2018 =2017:1}".
    const like = several ? ['=2018', '=2018:1'] : ['{#2018}', '{#2018:1}']
    for (const part of parts) {
      const where = at(bodyAt + part.at)
      const { weight, rest, wrong } = weighed(part.text.replace(/^=/, '').trim(), 1)
      if (wrong) {
        say({ message: weightFault(wrong, '=', rest) }, where)
        return null
      }
      const { text: value, feedback } = withFeedback(rest, format, lost)
      // Kept among the answers only for the import to name the feedback it leaves out.
      if (feedback !== '') item.answers.push({ text: value, weight, feedback, at: where })
      let n: number
      let tolerance: number | null = null
      const range = value.indexOf('..')
      const colon = value.indexOf(':')
      if (range > 0) {
        // Written high to low ("2019..2017"), it is the same range.
        const [lo, hi] = [Number(value.slice(0, range)), Number(value.slice(range + 2))].sort(
          (a, b) => a - b,
        ) as [number, number]
        n = (lo + hi) / 2
        tolerance = hi - n
      } else if (colon > 0) {
        n = Number(value.slice(0, colon))
        tolerance = Number(value.slice(colon + 1))
      } else {
        n = Number(value)
      }
      if (
        value.trim() === '' ||
        !Number.isFinite(n) ||
        (tolerance !== null && !Number.isFinite(tolerance))
      ) {
        say(
          {
            // "{#}": nothing to quote; “” read as a mark of the file's.
            message: `Write a number as the answer, like “${like[0]}”, or “${like[1]}” for 2017 to 2019: ${value.trim() === '' ? 'it has none' : `“${clipWords(value, 40)}” is not one`}`,
          },
          where,
        )
        return null
      }
      item.numbers.push({ value: n, tolerance, weight, written: value.trim(), at: where })
    }
    return item
  }
  if (answers.includes('~')) {
    item.kind = 'multichoice'
    item.single = answers.includes('=')
    for (const part of splitKeeping(answers, /[~=]/)) {
      const right = part.text.startsWith('=')
      const { weight, rest, wrong } = weighed(part.text.slice(1).trim(), right ? 1 : 0)
      const where = at(answersAt + part.at)
      if (wrong && !right) {
        say({ message: weightFault(wrong, '~', rest) }, where)
        return null
      }
      // After “=”, Moodle reads no weight that is none: "=%x%Putin" is the answer's words, as
      // Passage's own export writes a right answer that starts with “%”.
      const words = wrong ? part.text.slice(1).trim() : rest
      const answer = { ...withFeedback(words, format, lost), weight: right ? 1 : weight, at: where }
      if (right && weight !== 1) {
        // Moodle gives "=" full marks and keeps "%50%" as part of the answer's words.
        const shown = clipWords(answer.text, 30)
        say(
          {
            message:
              `“${shown}” is marked right with “=” and given ${Math.round(weight * 1e5) / 1e3}% too: ` +
              `Moodle gives an answer after “=” full marks, so here it is the right answer ` +
              `(for part marks, write “~%${Math.round(weight * 1e5) / 1e3}%${shown}”)`,
            note: true,
          },
          where,
        )
      }
      item.answers.push(answer)
    }
    if (item.answers.length < 2) {
      say(
        { field: ['choices'], message: `${addAtLeast('choices', 2)}, each after “=” or “~”` },
        item.block,
      )
      return null
    }
    if (!item.answers.some((a) => a.weight > 0)) {
      say(
        {
          field: ['answer'],
          message: 'mark it with “=” (or give it a %weight%)',
          unfinished: true,
        },
        item.block,
      )
      // Kept, to be finished: one to choose, as most are, unless weights were written (a tick-all).
      item.single = item.answers.every((a) => a.weight === 0)
      return item
    }
    return item
  }
  if (answers.includes('=') && answers.includes('->')) {
    item.kind = 'match'
    const extras: { right: string; at: SourcePlace }[] = []
    for (const part of splitKeeping(answers, /=/)) {
      const body = part.text.replace(/^=/, '')
      const arrow = body.indexOf('->')
      const where = at(answersAt + part.at)
      if (arrow < 0) {
        say({ message: `“${clipWords(restore(body), 40)}” has no “->” between its pair` }, where)
        return null
      }
      const right = restore(body.slice(arrow + 2)).trim()
      const left = plain(body.slice(0, arrow), format, lost)
      const pair = { left, right: html ? htmlToText(right) : right, at: where }
      // "= -> Paris": Moodle's extra wrong answer, offered beside the pairs' right sides.
      if (left === '') extras.push(pair)
      else item.pairs.push(pair)
    }
    if (extras.length > 0) {
      const named = extras.map((e) => `“${clipWords(e.right, 30)}”`).join(', ')
      say(
        {
          message:
            `the extra ${extras.length === 1 ? 'answer' : 'answers'} ${named} (with nothing before “->”, ` +
            `which Moodle offers as wrong choices) ${extras.length === 1 ? 'was' : 'were'} left out: ` +
            'Passage offers the right sides of the pairs only',
          note: true,
        },
        extras[0]?.at,
      )
    }
    if (item.pairs.length < 2) {
      say({ field: ['pairs'], message: addAtLeast('pairs', 2) }, item.block)
      return null
    }
    return item
  }
  const bare = (answers.includes('#') ? answers.slice(0, answers.indexOf('#')) : answers).trim()
  if (['T', 'TRUE', 'F', 'FALSE'].includes(bare)) {
    item.kind = 'truefalse'
    item.truth = bare.startsWith('T')
    // {FALSE#shown to a wrong answer#shown to a right one}: kept as answers' feedback, which the
    // import names as left out, as it does for the other types.
    // Moodle splits at the first two "#" only, so a third part runs on into the right answer's
    // feedback, "#" and all: said at its line, since it is most often a slip.
    if (answers.includes('#')) {
      const parts = answers.slice(answers.indexOf('#') + 1).split('#')
      if (parts.length > 2) {
        const extra = clipWords(restore(parts.slice(2).join('#')).replace(/\s+/g, ' ').trim(), 40)
        // At the extra "#": the first two are the answer's own.
        const third = answers.indexOf('#', answers.indexOf('#', answers.indexOf('#') + 1) + 1)
        say(
          {
            message:
              `“${bare}” has ${parts.length} feedback parts after “#”, but a true/false question has two ` +
              `(for a wrong answer, then for a right one): Moodle would add “#${extra}” to the second; ` +
              'remove the extra “#” or write it as “\\#”',
            note: true,
          },
          at(answersAt + third),
        )
      }
      for (const part of [parts[0] ?? '', parts.slice(1).join('#')]) {
        const feedback = plain(part, format, [])
        if (feedback !== '')
          item.answers.push({ text: bare, weight: 0, feedback, at: at(answersAt) })
      }
    }
    return item
  }
  item.kind = 'shortanswer'
  item.unmarked = !answers.startsWith('=')
  if (item.unmarked) {
    // Moodle takes it as the one right answer too; said, since it is often a slip ({X} for {T}).
    const first = clipWords(restore(bare), 40)
    say(
      {
        message: `the answer “${first}” has no “=” before it, so it is taken as a right short answer`,
        note: true,
      },
      at(answersAt),
    )
  }
  for (const part of splitKeeping(answers, /=/)) {
    const { weight, rest, wrong } = weighed(part.text.replace(/^=/, '').trim(), 1)
    if (wrong) {
      say({ message: weightFault(wrong, '=', rest) }, at(answersAt + part.at))
      return null
    }
    item.answers.push({ ...withFeedback(rest, format, lost), weight, at: at(answersAt + part.at) })
  }
  return item
}

/** Every item of a GIFT file, with the problems found on the way. */
export function parseGift(source: string): GiftParse {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
  const out: GiftParse = { items: [], headers: [], categories: [], problems: [] }
  let block: string[] = []
  /** The line of each of `block`'s lines. */
  let at: number[] = []
  let comments: string[] = []
  let first = 0
  /** The number of the next question, counting those skipped for a problem. */
  let place = 1
  const flush = () => {
    // "$CATEGORY: …" is one line: a question written on the next one, without the blank line
    // Moodle wants between them, is read as the question it is rather than lost in the name.
    if (block[0]?.trim().startsWith('$CATEGORY:') && block.length > 1) {
      const read = readBlock(block[0], [at[0] ?? first], [], out.problems, place)
      if (typeof read === 'string') out.categories.push(read)
      block = block.slice(1)
      first = at[1] ?? first
      at = at.slice(1)
    }
    const raw = block.join('\n')
    if (raw.trim() === '') {
      if (comments.length) out.headers.push({ line: first, comments })
    } else {
      // The question's own first line, not the `//` line above it (Moodle writes one above each
      // question): a message points at the line the teacher has to change.
      const read = readBlock(raw, at.length ? at : [first], comments, out.problems, place)
      if (typeof read === 'string') out.categories.push(read)
      else {
        place++
        if (read) out.items.push(read)
      }
    }
    block = []
    at = []
    comments = []
  }
  lines.forEach((text, i) => {
    if (text.trim() === '') {
      flush()
      return
    }
    if (block.length === 0 && comments.length === 0) first = i + 1
    if (text.trim().startsWith('//')) comments.push(text.trim().slice(2).trim())
    else {
      block.push(text)
      at.push(i + 1)
    }
  })
  flush()
  return out
}
