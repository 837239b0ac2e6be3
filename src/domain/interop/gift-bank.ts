/**
 * GIFT items (gift-parse.ts) to a Passage set: the comments Passage wrote give the set's own
 * fields, each question's id, tags, difficulty and unit, and how many evidence quotes close its
 * general feedback; without them, a plain GIFT file still gives questions, with problems listed
 * for what Passage needs and GIFT lacks (evidence, above all). The result is a candidate to
 * validate with `parseBank`, never trusted as it is.
 */
import type { Question } from '../bank/schema.ts'
import { ARTICLE_TAG, EVIDENCE_PREFIX, EVIDENCE_SUFFIX, QUESTION_TAG, SET_TAG } from './gift.ts'
import type { GiftItem, GiftParse, GiftProblem } from './gift-parse.ts'
import { inOrder } from './markdown-text.ts'
import { slugify } from '../studio/slug.ts'
import { clipWords } from '../text/clip-words.ts'
import { questionLabel } from './question-label.ts'
import { listed } from '../text/listed.ts'
import type { QuestionPlaces, SourcePlace } from './place.ts'

export interface GiftSet {
  /** Fields of the set from Passage's header comment; empty for a file Passage did not write. */
  set: Record<string, unknown>
  /** The article's id and paragraphs, when the file holds one as a description item. */
  article: { id: string | null; title: string; paragraphs: string[] } | null
  questions: Record<string, unknown>[]
  /** The line each question starts on, in the GIFT source (parallel to `questions`). */
  lines: number[]
  /** How the import names each question (parallel to `questions`): see {@link giftLabel}. */
  labels: string[]
  /** The id each question asks for (parallel to `questions`), given by {@link giftIds}. */
  asked: (string | null)[]
  /** Where each question's parts are written (parallel to `questions`): `choices.1`, `answer`… */
  places: QuestionPlaces[]
  problems: GiftProblem[]
}

/** The JSON after `tag` in the first comment that has it; undefined when absent or unreadable. */
function tagged(comments: readonly string[], tag: string): Record<string, unknown> | undefined {
  for (const c of comments) {
    if (!c.startsWith(tag)) continue
    try {
      const value = JSON.parse(c.slice(tag.length)) as unknown
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        return value as Record<string, unknown>
      }
    } catch {
      return undefined
    }
  }
  return undefined
}

/** Moodle's `[id:…]` and `[tag:…]` comment tokens, `\]` and `\\` unescaped. */
function bracketed(comments: readonly string[], key: string): string[] {
  const out: string[] = []
  const pattern = new RegExp(`\\[${key}:((?:\\\\.|[^\\]\\\\])+)\\]`, 'g')
  for (const c of comments) {
    for (const m of c.matchAll(pattern)) out.push((m[1] as string).replace(/\\(.)/g, '$1'))
  }
  return out
}

/** Explanation and evidence from a general feedback Passage wrote (see gift-export.ts). */
function feedbackParts(gf: string, count: number | undefined) {
  const parts = gf === '' ? [] : gf.split('\n\n')
  const isQuote = (p: string) => p.startsWith(EVIDENCE_PREFIX) && p.endsWith(EVIDENCE_SUFFIX)
  let n = 0
  if (count !== undefined) n = Math.min(count, parts.length)
  else while (n < parts.length && isQuote(parts[parts.length - 1 - n] as string)) n++
  const quotes = parts.slice(parts.length - n)
  return {
    explanation: parts.slice(0, parts.length - n).join('\n\n'),
    evidence: quotes.map((q) =>
      isQuote(q) ? q.slice(EVIDENCE_PREFIX.length, q.length - EVIDENCE_SUFFIX.length) : q,
    ),
  }
}

/** What a question id may be (the bank schema's rule). */
const QUESTION_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/

/** The id a question asks for: Passage's own `[id:…]`, else its GIFT name; null for neither. */
const askedId = (item: GiftItem): string | null =>
  bracketed(item.comments, 'id')[0] ?? item.name ?? null

/**
 * The ids of the questions that came in, in their order. Each keeps the one it asks for (see
 * {@link askedId}); a name is only a label in Moodle ("Sochi trip", "Wo ist Sotschi?"), so one
 * that is not an id already becomes one ("sochi-trip"), and a repeated one is numbered, so that no
 * name refuses a file. One with none (or a name with nothing to make an id of) is `q` and its
 * number among them: a question left out leaves no gap in the numbers and keeps no name from the
 * one after it that has it ("Essay", not "Essay-2").
 */
export function giftIds(asked: readonly (string | null)[]): string[] {
  const taken = new Set<string>()
  const free = (base: string) => {
    let id = base
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
    taken.add(id)
    return id
  }
  const named = asked.map((a) => (a === null || QUESTION_ID.test(a) ? a : slugify(a)) || '')
  const ids = named.map((base) => (base ? free(base) : ''))
  return ids.map((id, i) => id || free(`q${i + 1}`))
}

/** A grade weight as Moodle shows it: 0.5 → "50%". */
const percent = (weight: number) => `${Math.round(weight * 1e5) / 1e3}%`

/** The answer with the highest weight (the first of equals). */
function bestOf<T extends { weight: number }>(answers: readonly T[]): T | undefined {
  return answers.reduce<T | undefined>(
    (best, a) => (best && best.weight >= a.weight ? best : a),
    undefined,
  )
}

/**
 * A numerical answer as the teacher wrote it ("2018", "2018:2", "2017..2019"), for a note that
 * quotes their file: a range named by its middle ("2018 ± 1") is not in the file to find.
 */
const numberText = (n: { written: string }) => n.written

/**
 * How the import names a question: by its name in the file, else its place among the file's
 * questions, as gift-parse does; never by the id made from it ("Question “Sochi trip”", not
 * “sochi-trip”, which the teacher never wrote).
 */
export const giftLabel = (item: GiftItem) =>
  item.name ? `Question “${item.name}”` : `Question ${item.place}`

/** The question `item` asks, its id still to give (see {@link giftIds}); null when left out. */
function toQuestion(
  item: GiftItem,
  into: GiftProblem[],
  places: QuestionPlaces,
): Record<string, unknown> | null {
  const which = giftLabel(item)
  /** Said of this question, at `where` when it is about one of its answers. */
  const problems = {
    push: (p: GiftProblem, where?: SourcePlace) =>
      into.push({
        ...p,
        ...(where && { line: where.line }),
        ...(where?.column !== undefined && { column: where.column }),
        question: item.line,
      }),
  }
  const extras = tagged(item.comments, QUESTION_TAG) ?? {}
  const tags = bracketed(item.comments, 'tag')
  const count = typeof extras.evidence === 'number' ? extras.evidence : undefined
  const { explanation, evidence } = feedbackParts(item.generalFeedback, count)
  if (evidence.length === 0) {
    problems.push({
      line: item.line,
      message: `${which}: no evidence quote from the article`,
    })
  }
  const q: Record<string, unknown> = { id: '', type: '', prompt: item.text }
  // One with no text ("::Essay:: {}") is named by its name alone, or said to have none; never “”.
  const named =
    item.text.trim() || item.name
      ? questionLabel(which, item.text)
      : `${which} (a question with no text)`
  /**
   * A question Moodle marks in a way Passage cannot: left out, named by its first words, and said
   * as the JSON import says a fault: what to do, then why ("Keep one “=”…: 2 answers are…").
   */
  const skip = (todo: string, why: string, where: SourcePlace = item.block) => {
    problems.push({ line: item.line, message: `${named}: ${todo}: ${why}` }, where)
    return null
  }
  /** Part credit Passage has no place for: the question comes in, and the teacher is told. */
  const partial = (
    answers: readonly { text: string; weight: number; at: SourcePlace }[],
    instead: (one: boolean) => string,
  ) => {
    if (answers.length === 0) return
    const marks = answers.map((a) => `“${clipWords(a.text, 30)}” (${percent(a.weight)})`).join(', ')
    problems.push(
      {
        line: item.line,
        message: `${named}: part marks were left out: ${marks}; ${instead(answers.length === 1)}`,
        note: true,
      },
      answers[0]?.at,
    )
  }
  const some = (a: { weight: number }) => a.weight > 0 && a.weight < 1
  /**
   * Marks taken off for a wrong choice (or a wrong answer typed, `what`) that Passage does not
   * take off: named, not lost quietly.
   */
  const penalties = (
    answers: readonly { text: string; weight: number; at: SourcePlace }[],
    here: string,
    what = 'choice',
  ) => {
    if (answers.length === 0) return
    const marks = answers.map((a) => `“${clipWords(a.text, 30)}” (${percent(a.weight)})`).join(', ')
    problems.push(
      {
        line: item.line,
        message: `${named}: marks taken off for a wrong ${what} were left out: ${marks}; ${here}`,
        note: true,
      },
      answers[0]?.at,
    )
  }
  /** No answer earns full marks in Moodle: the best one is taken as right, and the teacher told. */
  const noFullMarks = (texts: readonly string[], weight: number, where: SourcePlace) => {
    const one = texts.length === 1
    const best = texts.map((t) => `“${clipWords(t, 40)}”`).join(' and ')
    problems.push(
      {
        line: item.line,
        message:
          `${named}: no answer earns full marks (the best, ${best}, ${one ? 'earns' : 'earn'} ${percent(weight)}); ` +
          `here ${one ? 'it is the right answer' : 'they are right answers'} and ${one ? 'earns' : 'earn'} full marks`,
        note: true,
      },
      where,
    )
  }
  switch (item.kind) {
    case 'multichoice': {
      const choices = item.answers.map((a) => a.text)
      if (item.single) {
        const right = item.answers.filter((a) => a.weight >= 1)
        if (right.length > 1) {
          return skip(
            'Keep one “=”, or give each right answer its share (~%50%…) to make it a tick-all-that-apply question',
            `${right.length} answers are marked right with “=” (${right.map((a) => `“${clipWords(a.text, 30)}”`).join(', ')}), ` +
              'and a question with one answer to choose has one',
            right[1]?.at,
          )
        }
        partial(item.answers.filter(some), (one) =>
          one ? 'here it counts as wrong' : 'here they count as wrong',
        )
        penalties(
          item.answers.filter((a) => a.weight < 0),
          'here a wrong choice earns no marks and takes none away',
        )
        Object.assign(q, { type: 'single', choices, answer: right[0]?.text ?? '' })
        item.answers.forEach((a, i) => (places[`choices.${i}`] = a.at))
        places.answer = right[0]?.at ?? item.block
      } else {
        const right = item.answers.filter((a) => a.weight > 0)
        const weights = new Set(right.map((a) => percent(a.weight)))
        if (weights.size > 1) {
          partial(right, () => 'here each right choice counts the same')
        }
        // Passage takes off for a wrong tick what a right tick earns: other penalties are named.
        // With none marked right yet (it comes in unfinished), a right tick's share is not known:
        // “(0%)” would say a wrong tick takes nothing off.
        const share = right.length ? 1 / right.length : 0
        penalties(
          item.answers.filter((a) => a.weight < 0 && Math.abs(a.weight + share) > 0.001),
          `here each wrong tick takes off what a right tick earns${right.length ? ` (${percent(share)})` : ''}, never below no marks`,
        )
        Object.assign(q, { type: 'multiple', choices, answers: right.map((a) => a.text) })
        item.answers.forEach((a, i) => (places[`choices.${i}`] = a.at))
        right.forEach((a, i) => (places[`answers.${i}`] = a.at))
      }
      break
    }
    case 'truefalse':
      Object.assign(q, { type: 'truefalse', answer: item.truth === true })
      places.answer = item.block
      break
    case 'numerical': {
      const right = item.numbers.filter((n) => n.weight >= 1)
      if (right.length > 1) {
        return skip(
          'Keep one “=”, with a range if need be (“=2018:1” for 2017 to 2019)',
          `Passage takes one right number, and ${right.length} are marked right ` +
            `(${right.map((n) => `“${numberText(n)}”`).join(', ')})`,
          right[1]?.at,
        )
      }
      const best = right[0] ?? bestOf(item.numbers)
      // As a short answer: with no number earning marks (only “=%-50%2017”), none is right.
      if (best && best.weight <= 0) {
        return skip(
          'Mark the right number with “=”',
          'no number earns marks, so no student could be right',
          best.at,
        )
      }
      if (right.length === 0 && best) noFullMarks([numberText(best)], best.weight, best.at)
      if (best) places.answer = places.tolerance = best.at
      partial(
        item.numbers
          .filter((n) => some(n) && n !== best)
          .map((n) => ({ text: numberText(n), weight: n.weight, at: n.at })),
        () => 'here only the right number counts',
      )
      penalties(
        item.numbers
          .filter((n) => n.weight < 0 && n !== best)
          .map((n) => ({ text: numberText(n), weight: n.weight, at: n.at })),
        'here any other number earns no marks and takes none away',
        'number',
      )
      Object.assign(q, { type: 'numeric', answer: best?.value ?? 0 })
      if (best?.tolerance !== null && best?.tolerance !== undefined) q.tolerance = best.tolerance
      if (typeof extras.unit === 'string') q.unit = extras.unit
      break
    }
    case 'shortanswer': {
      let right = item.answers.filter((a) => a.weight >= 1)
      if (right.length === 0) {
        const top = bestOf(item.answers)?.weight ?? 0
        right = top > 0 ? item.answers.filter((a) => a.weight === top) : []
        if (right.length === 0)
          return skip(
            'Mark the right answer with “=”',
            'no answer earns marks, so no student could be right',
            bestOf(item.answers)?.at,
          )
        noFullMarks(
          right.map((a) => a.text),
          top,
          right[0]?.at ?? item.block,
        )
      }
      partial(
        item.answers.filter((a) => some(a) && !right.includes(a)),
        (one) =>
          `add ${one ? 'it' : 'them'} to the accepted answers in the editor if ${one ? 'it' : 'they'} should count as right`,
      )
      penalties(
        item.answers.filter((a) => a.weight < 0),
        'here any other answer earns no marks and takes none away',
        'answer',
      )
      Object.assign(q, {
        type: 'short',
        accepted: right.map((a) => a.text),
      })
      right.forEach((a, i) => (places[`accepted.${i}`] = a.at))
      break
    }
    case 'match':
      Object.assign(q, {
        type: 'matching',
        pairs: item.pairs.map((p) => ({ left: p.left, right: p.right })),
      })
      item.pairs.forEach((p, i) => (places[`pairs.${i}`] = p.at))
      break
    default:
      // An essay; descriptions never come here (giftToSet notes them).
      return skip(
        'Write its answers between “{” and “}” to bring it in',
        'Passage cannot mark an essay question',
      )
  }
  if (item.simplified.length > 0) {
    problems.push({
      line: item.line,
      message:
        `${named}: the ${listed(inOrder(item.simplified))} in it became plain text (Passage shows questions as ` +
        'text): check that the words alone say what the formatting did',
      note: true,
    })
  }
  const withFeedback = item.answers.filter((a) => a.feedback !== '')
  const feedback = withFeedback.length
  if (feedback > 0) {
    problems.push(
      {
        line: item.line,
        message:
          `${named}: the feedback on ${feedback === 1 ? 'one answer' : `${feedback} answers`} (after “#”) ` +
          `was left out; Passage explains every answer with the question's explanation and evidence`,
        note: true,
      },
      withFeedback[0]?.at,
    )
  }
  q.evidence = extras.single === true && evidence.length === 1 ? evidence[0] : evidence
  if (explanation !== '') q.explanation = explanation
  if (tags.length) q.tags = tags
  if (typeof extras.difficulty === 'number') q.difficulty = extras.difficulty
  return q
}

/** A Passage set (unvalidated) from parsed GIFT. */
export function giftToSet(parsed: GiftParse): GiftSet {
  const problems = [...parsed.problems]
  const header = parsed.headers.map((h) => tagged(h.comments, SET_TAG)).find(Boolean)
  const questions: Record<string, unknown>[] = []
  const lines: number[] = []
  const labels: string[] = []
  const asked: (string | null)[] = []
  const places: QuestionPlaces[] = []
  let article: GiftSet['article'] = null
  /** The line of the first question brought in under each name, for a note at the next. */
  const named = new Map<string, number>()
  const descriptions: GiftItem[] = []
  parsed.items.forEach((item) => {
    const articleTag = tagged(item.comments, ARTICLE_TAG)
    if (item.kind === 'description' && articleTag) {
      const [title = '', ...paragraphs] = item.text.split('\n\n')
      article = { id: typeof articleTag.id === 'string' ? articleTag.id : null, title, paragraphs }
      return
    }
    if (item.kind === 'description') {
      descriptions.push(item)
      return
    }
    const where: QuestionPlaces = { prompt: { line: item.line } }
    const q = toQuestion(item, problems, where)
    if (q) {
      questions.push(q)
      lines.push(item.line)
      labels.push(giftLabel(item))
      asked.push(askedId(item))
      places.push(where)
      sameName(item, named, problems)
    }
  })
  const ids = giftIds(asked)
  questions.forEach((q, i) => (q.id = ids[i]))
  const described = describedNote(descriptions)
  if (described) problems.push(described)
  const set = header ? { ...header } : {}
  return { set, article, questions, lines, labels, asked, places, problems }
}

/** The note at a question (`label`, giftLabel's) of the name of the one at line `first`. */
export const sameNameNote = (label: string, first: number) =>
  `${label}: the question at line ${first} has the same name; both were brought in, so if one is a copy, delete it in the editor`

/**
 * Moodle keeps both of two questions with one name, and so does the import (numbering the
 * second's id); but a repeated name is as likely a question pasted twice: a note at the second
 * says where the first is.
 */
function sameName(item: GiftItem, named: Map<string, number>, into: GiftProblem[]) {
  const name = item.name?.trim()
  if (!name) return
  const first = named.get(name)
  if (first === undefined) {
    named.set(name, item.line)
    return
  }
  into.push({
    line: item.line,
    question: item.line,
    twin: first,
    message: sameNameNote(giftLabel(item), first),
    note: true,
  })
}

/**
 * Moodle's "description" items (text with no answer block: instructions, a heading) are not
 * questions, so nothing of the set is lost without them: one note says they stayed out, and how
 * to make one a question in case its answers were forgotten.
 */
function describedNote(items: readonly GiftItem[]): GiftProblem | null {
  const [first] = items
  if (!first) return null
  if (items.length === 1) {
    const what = `“${clipWords(first.text.replace(/\s+/g, ' ').trim(), 40)}”`
    return {
      line: first.line,
      message: `A description (text only, no question), ${what}, was not brought in; to make it a question, add its answers in “{ }”`,
      note: true,
    }
  }
  return {
    line: first.line,
    message: `${items.length} descriptions (text only, no question), at lines ${listed(items.map((i) => String(i.line)))}, were not brought in; to make one a question, add its answers in “{ }”`,
    note: true,
  }
}

/** The set as bank JSON: its own fields, then its questions (typed loosely: validate it). */
export function giftBank(set: GiftSet): Record<string, unknown> & { questions: Question[] } {
  return { ...set.set, questions: set.questions as unknown as Question[] }
}
