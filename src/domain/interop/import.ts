/**
 * One door for files a teacher imports: Moodle GIFT, Aiken, and Passage's own JSON (a bank, a
 * passage, or a shared bundle of both). Each is read into typed questions with the line they came
 * from; anything that stops the import is an error (with its line when the format has lines),
 * anything skipped or missing is a note. Pure text in, plain data out; nothing is stored here.
 */
import { issueAt, parseBank, parsePassage } from '../bank/parse.ts'
import { limitProblems } from '../studio/limits.ts'
import {
  BANK_SCHEMA_VERSION,
  bankSchema,
  passageSchema,
  questionSchema,
  QUESTION_TYPES,
  singleQuestionSchema,
  type Bank,
  type Passage,
  type Question,
  type QuestionType,
} from '../bank/schema.ts'
import { slugify } from '../studio/slug.ts'
import { checkBank, checkQuestionAlone, NOT_A_QUOTE, type Problem } from '../bank/checks.ts'
import { valueAt, type BankIssue, type JsonPath } from '../bank/issues.ts'
import {
  articleMessage,
  capitalized,
  checkInFormWords,
  placeInArticle,
  placeInFile,
  saidOf,
  schemaMessage,
  schemaProblems,
  blankQuestion,
  questionValue,
  typedPercent,
  draftQuestionOf,
  freeQuestionId,
  type DraftQuestion,
  type DraftSet,
} from '../studio/draft.ts'
import { draftQuestionSchema } from '../studio/records.ts'
import { fieldWhy, setAsideWhy } from '../studio/set-aside-words.ts'
import { parseLocated, type LocatedJson } from '../bank/locate.ts'
import { curly } from '../text/quote.ts'
import { clipWords } from '../text/clip-words.ts'
import { parseAiken } from './aiken.ts'
import { giftIds, giftToSet, sameNameNote } from './gift-bank.ts'
import { parseGift, type GiftItem } from './gift-parse.ts'
import { readBundle, BUNDLE_FORMAT } from './share.ts'
import { decodeText, encodingNote } from './decode.ts'
import { placeIn, type QuestionPlaces } from './place.ts'
import { tooDeepAt } from '../text/json-depth.ts'
import { FILE_NAMES, passageFileOf } from '../progress/file-kinds.ts'
import { isObject } from '../progress/fields.ts'

/**
 * `other`: questions in a form Passage does not read (Moodle XML, Word, PDF…), or a file of
 * Passage's that holds none (a student's results, a backup).
 */
export type ImportFormat = 'gift' | 'aiken' | 'bank' | 'passage' | 'bundle' | 'other'

export interface ImportProblem {
  /**
   * 1-based line in the file, when the problem has one: the line to edit (the repeated option,
   * the ANSWER line), not only the line its question starts on.
   */
  line: number | null
  /** 1-based column, where the line holds more than one thing (GIFT answers, JSON). */
  column?: number
  /** The line its question starts on, when it is about one question: what `leftOutCount` counts. */
  question?: number
  message: string
}

/** A problem at `line` (and `column`, when known) of question `question`. */
const at = (
  p: { line: number; column?: number; question?: number },
  message: string,
): ImportProblem => ({
  line: p.line,
  ...(p.column !== undefined && { column: p.column }),
  ...(p.question !== undefined && { question: p.question }),
  message,
})

export interface Imported {
  file: string
  format: ImportFormat
  /** A title to start from: the set's own, the GIFT category, or the file's name. */
  title: string
  description: string
  /** The set's pass mark (0–1), when the file has one. */
  passMark: number | null
  /** The article the set names (`passage` in our JSON), if any. */
  passageId: string | null
  /** The set's own slug, when the file has an id. */
  slug: string | null
  /** An article the file carries (a passage file or a bundle). */
  passage: Passage | null
  questions: Question[]
  /** The line each question starts on (null for JSON bundles). */
  lines: (number | null)[]
  errors: ImportProblem[]
  notes: ImportProblem[]
  /**
   * Why each question of a file (GIFT, Aiken, a set or a shared set's file) that could not be read
   * was left out, at the line it starts on (or the line that stopped it), while the others come
   * in; a question may have more than one. Empty when the file is refused: its problems are then
   * `errors`.
   */
  leftOut: ImportProblem[]
  /**
   * An unsaved set's copy the studio set aside: no file a teacher wrote, so a question left out
   * is written again in the editor, not fixed in the file.
   */
  draft?: true
  /**
   * That copy as the editor's form it was, every question in it that is not damaged, finished or
   * not (`questions` holds the finished ones): what “Open in the editor” opens, where the editor's
   * own checks list what each unfinished one lacks.
   */
  form?: DraftSet
  /**
   * Each of the form's questions by its number in the copy, as a question left out is named
   * (“Question 3's options are damaged”): 1, 2, 4 when the third is left out.
   */
  formNumbers?: number[]
  /** The line each of the form's questions starts on, when it came from a GIFT or Aiken file. */
  formLines?: (number | null)[]
  /**
   * Why each question of a GIFT or Aiken file that comes in unfinished (in `form`, not in
   * `questions`) is not finished: no right answer is marked.
   */
  unfinished?: ImportProblem[]
  /**
   * Each question left out, once, by the line it starts on and its first words, as the editor's
   * notice names them after “Open in the editor” (line 3 “Describe the talks.”); of a set-aside
   * copy, whose lines no file holds, by its number in the copy, as its preview names it.
   */
  leftOutQuestions?: (({ line: number } | { question: number }) & { words: string })[]
}

/** The format a file is in, from its name and then its first characters. */
export function detectFormat(file: string, text: string): 'gift' | 'aiken' | 'json' {
  const lower = file.toLowerCase()
  if (lower.endsWith('.json')) return 'json'
  if (lower.endsWith('.gift')) return 'gift'
  if (lower.endsWith('.aiken')) return 'aiken'
  const start = text.replace(/^\uFEFF/, '').trimStart()
  // A GIFT question never starts with its answer block, so a leading brace is JSON.
  if (start.startsWith('{')) return 'json'
  // Lines may be indented (Moodle trims them): "  ANSWER: A" is Aiken too. Options ("A. Blue",
  // "B) Green") with no brace anywhere are Aiken whose ANSWER line was forgotten: its reader says
  // so, where the GIFT one would only talk of "{ }" the teacher never meant to write.
  if (/[{}]/.test(text)) return 'gift'
  if (/^[ \t]*ANSWER\s*:/im.test(text) || /^[ \t]*[A-Z][.)][ \t]+\S/m.test(text)) return 'aiken'
  return 'gift'
}

/** What Moodle's own export offers that Passage reads. */
const AS_GIFT = "in Moodle's question bank, choose Export and “GIFT format”, and import that file"
const AS_TEXT =
  'save or copy its questions as plain text in GIFT or Aiken (a .txt file) and import that'

/**
 * What a file that is none of GIFT, Aiken or JSON is, by its first characters or its name, with
 * what to import instead: read as GIFT, Moodle XML (Moodle's usual export) was “a description
 * (text only, no question)”, and a Word document “not UTF-8 text (it may be saved as UTF-16)”.
 */
function otherFormat(file: string, text: string): string | undefined {
  const start = text.replace(/^\uFEFF/, '').trimStart()
  const ext = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase() ?? ''
  if (ext === 'xml' || /^<(?:\?xml|quiz)\b/i.test(start))
    return `It is in Moodle XML, which Passage does not read: ${AS_GIFT}`
  const kinds: readonly (readonly [boolean, string])[] = [
    [ext === 'pdf' || start.startsWith('%PDF'), 'a PDF'],
    [/^(?:docx?|odt|rtf|pages)$/.test(ext), 'a word-processor document'],
    [/^(?:xlsx?|ods|csv|numbers)$/.test(ext), 'a spreadsheet'],
    [/^html?$/.test(ext) || /^<(?:!doctype|html)\b/i.test(start), 'a web page'],
    [start.startsWith('PK\u0003\u0004'), 'a compressed file (zip)'],
  ]
  const kind = kinds.find(([is]) => is)?.[1]
  return kind && `It is ${kind}, which Passage does not read: ${AS_TEXT}`
}

/**
 * A title from a file's name, in words: "quiz.aiken.txt", "quiz-aiken.txt" and "quiz-moodle.gift"
 * are the set "Quiz". A last word that names the format the file is written in or the program it
 * came from ("aiken", "Moodle", "Moodle GIFT", after a space, "-" or "_", or in brackets) says how
 * the file was exported, not what the set is about; a name that is only that word keeps it. Only
 * the last: "gift-of-the-magi.gift" is about a gift. Capitals stay as written ("iPhone quiz"); a
 * first word written without any starts with one ("week 3" → "Week 3").
 */
function baseName(file: string, format: ImportFormat): string {
  const name = file.split(/[\\/]/).pop() ?? file
  let stem = name
    .replace(/\.[^.]+$/, '')
    .replace(/\.(aiken|gift|json)$/i, '')
    .replace(/[-_]+/g, ' ')
    .trim()
  if (format === 'aiken' || format === 'gift') {
    const named = new RegExp(`(?:\\s+|\\s*\\()(?:moodle\\s+)?(?:${format}|moodle)\\)?\\s*$`, 'i')
    stem = stem.replace(named, '') || stem
  }
  return /^\S*[A-Z]/.test(stem) ? stem : stem.charAt(0).toUpperCase() + stem.slice(1)
}

function empty(file: string, format: ImportFormat): Imported {
  return {
    file,
    format,
    title: baseName(file, format),
    description: '',
    passMark: null,
    passageId: null,
    slug: null,
    passage: null,
    questions: [],
    lines: [],
    errors: [],
    notes: [],
    leftOut: [],
  }
}

/**
 * Checks one loose question; pushes an error when it does not fit the format, at the place of
 * the part it is about (`places`), else at the line the question starts on. True when it came in.
 */
function typed(
  out: Imported,
  raw: Record<string, unknown>,
  line: number | null,
  label: string,
  places?: QuestionPlaces,
): boolean {
  const problem = (path: readonly PropertyKey[], message: string): ImportProblem => {
    const place = placeIn(places, path)
    if (!place || line === null) return { line, message }
    return at({ ...place, question: line }, message)
  }
  const candidate = { ...raw }
  const ev = candidate.evidence
  if (ev === undefined || (Array.isArray(ev) && ev.length === 0)) delete candidate.evidence
  // In the studio's words ("Question 2, option 3: Change or remove this option…", "Write the
  // question"): the teacher fixes it in the file, or in the studio after importing.
  const say = (path: JsonPath, message: string) =>
    out.errors.push(problem(path, saidOf(label, path, capitalized(message))))
  const result = questionSchema.safeParse(candidate)
  if (result.success) {
    // Said here, with the line, not later when the set is checked against its article.
    const problems = checkQuestionAlone(result.data)
    // A right answer ticked twice is the option written twice, said once, at the option.
    const twice = problems.some((p) => p.path[0] === 'choices')
    for (const p of problems.filter((p) => !(twice && p.path[0] === 'answers')).slice(0, 3))
      say(p.path, checkInFormWords(p.message))
    if (problems.length > 0) return false
    out.questions.push(result.data)
    out.lines.push(line)
    return true
  }
  for (const p of schemaProblems(result.error.issues.slice(0, 3), candidate)) say(p.path, p.message)
  return false
}

/** A question of a GIFT or Aiken file read whole but for its right answer, none marked. */
interface Unmarked {
  /** The question as it would be with its first option right: the form unticks it. */
  q: Question
  line: number | null
  problem: ImportProblem
}

/**
 * A choice question whose one fault is that no option is marked right, as it reads with its first
 * option marked; null when anything else is wrong too (it is then left out, as before).
 */
function unmarkedOnly(raw: Record<string, unknown>): Question | null {
  const { choices, type } = raw
  if (!Array.isArray(choices) || typeof choices[0] !== 'string') return null
  const right =
    type === 'single'
      ? { answer: choices[0] }
      : type === 'multiple'
        ? { answers: [choices[0]] }
        : null
  if (!right) return null
  const candidate: Record<string, unknown> = { ...raw, ...right, id: 'q1' }
  const ev = candidate.evidence
  if (ev === undefined || (Array.isArray(ev) && ev.length === 0)) delete candidate.evidence
  const read = questionSchema.safeParse(candidate)
  return read.success && checkQuestionAlone(read.data).length === 0 ? read.data : null
}

/**
 * A GIFT or Aiken file's questions with no right answer marked come in unfinished, as a set-aside
 * draft's do: the editor opens the set as a form (`form`) with them among the others, in the
 * file's order, no option ticked, its check asking for the right answer and Save waiting for it;
 * they were left out, and the teacher wrote them again.
 */
function withUnfinished(out: Imported, unmarked: readonly Unmarked[]): void {
  if (!unmarked.length) return
  const all = [
    ...out.questions.map((q, i) => ({ q, line: out.lines[i] ?? null, done: true })),
    ...unmarked.map(({ q, line }) => ({ q, line, done: false })),
  ].sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity))
  const taken = out.questions.map((q) => ({ id: q.id }))
  const questions = all.map(({ q, done }, i) => {
    const form = draftQuestionOf(q, `k${i + 1}`)
    if (done) return form
    const id = freeQuestionId(taken)
    taken.push({ id })
    return { ...form, id, choices: form.choices.map((c) => ({ ...c, correct: false })) }
  })
  out.form = {
    slug: '',
    passage: out.passageId ?? '',
    title: out.title,
    description: out.description,
    passMark: String(Number(((out.passMark ?? 0.7) * 100).toPrecision(12))),
    questions,
    nextKey: questions.length + 1,
    rest: {},
  }
  out.formNumbers = questions.map((_, i) => i + 1)
  out.formLines = all.map(({ line }) => line)
  out.unfinished = unmarked.map(({ problem }) => problem)
}

/** Problems in the order of the lines they are about (a sort that keeps one line's in order). */
function byLine(list: ImportProblem[]): void {
  list.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity))
}

/**
 * How many questions the editor opens with no evidence: a set-aside copy's form, its unfinished
 * questions with the rest, or else the questions read.
 */
function needEvidence(out: Imported): Imported {
  const missing = out.form
    ? out.form.questions.filter((q) => !q.evidence.length).length
    : out.questions.filter((q) => q.evidence === undefined).length
  if (missing > 0) {
    out.notes.push({
      line: null,
      message: `${missing} ${missing === 1 ? 'question has' : 'questions have'} no evidence yet: pick the sentences in the editor`,
    })
  }
  return out
}

/**
 * The names in a Moodle category path, without its context and top: "$course$/top/Year 9//10/Poems"
 * is ["Year 9/10", "Poems"] (Moodle writes a "/" inside a name as "//").
 */
function categoryNames(path: string): string[] {
  const names = path.split(/(?<!\/)\/(?!\/)/).map((name) => name.replace(/\/\//g, '/').trim())
  while (names[0] !== undefined && /^\$\w+\$$/.test(names[0])) names.shift()
  if (names[0] === 'top') names.shift()
  return names.filter((name) => name !== '')
}

/** A title from the categories: the last name they all share ("Year 9" for "Year 9" and "Year 9/Poems"). */
function categoryTitle(categories: string[][]): string | null {
  const [first, ...rest] = categories
  if (!first) return null
  let shared = first.length
  for (const c of rest) {
    let i = 0
    while (i < shared && c[i] === first[i]) i++
    shared = i
  }
  return first[shared - 1] ?? null
}

function fromGift(file: string, text: string): Imported {
  const out = empty(file, 'gift')
  const parsed = parseGift(text)
  // Braces, and nothing in the file as GIFT writes it: no answer marked, no ::name::, no category
  // ("body { color: red }", "f(x) { return x }"). Another kind of file chosen by mistake, not
  // short answers to bring in.
  const gift = (i: GiftItem) => (!i.unmarked && i.kind !== 'description') || i.name !== null
  if (
    parsed.items.some((i) => i.unmarked) &&
    !parsed.items.some(gift) &&
    parsed.categories.length === 0
  ) {
    out.errors.push({
      line: null,
      message:
        'It does not read as GIFT or Aiken: nothing in its “{ }” is marked as an answer (with “=”, “~” or “#”, or T or F). Check that this is the file exported for Moodle',
    })
    return out
  }
  const set = giftToSet(parsed)
  /** Why a question read whole but for its right answer is not finished, by its line. */
  const held = new Map<number, ImportProblem>()
  for (const p of parsed.problems) {
    if (p.unfinished) held.set(p.question ?? p.line, at(p, capitalized(p.message)))
    else if (p.note) out.notes.push(at(p, capitalized(p.message)))
    else out.errors.push(at(p, capitalized(p.message)))
  }
  const unmarked: Unmarked[] = []
  const kept: (string | null)[] = []
  /** The lines of the questions that came in. */
  const cameIn = new Set<number>()
  set.questions.forEach((q, i) => {
    const line = set.lines[i] ?? null
    const problem = line === null ? undefined : held.get(line)
    if (problem) {
      const whole = unmarkedOnly(q)
      if (whole) unmarked.push({ q: whole, line, problem })
      else out.errors.push(problem)
    } else if (typed(out, q, line, set.labels[i] ?? `Question ${i + 1}`, set.places[i])) {
      kept.push(set.asked[i] ?? null)
      if (line !== null) cameIn.add(line)
    }
  })
  /** The questions of one name, by the line of the first: the lines of those after it. */
  const sameName = new Map<number, number[]>()
  for (const p of set.problems) {
    if (p.twin !== undefined) sameName.set(p.twin, [...(sameName.get(p.twin) ?? []), p.line])
  }
  for (const p of set.problems.slice(parsed.problems.length)) {
    if (p.message.includes('no evidence quote')) continue
    let message = p.message
    if (p.twin !== undefined) {
      // Said against the first of the name that came in: one left out after all is no twin.
      const first = [p.twin, ...(sameName.get(p.twin) ?? [])].find((l) => cameIn.has(l))
      if (!cameIn.has(p.line) || first === undefined || first === p.line) continue
      message = sameNameNote(
        set.labels[set.lines.indexOf(p.line)] ?? `Question at line ${p.line}`,
        first,
      )
    }
    // A question Passage cannot ask (an essay, two right numbers…): left out, and said why.
    if (p.note) out.notes.push(at(p, message))
    else out.leftOut.push(at(p, message))
  }
  // Given again over the questions that came in: one left out here keeps neither its name nor
  // its number from those after it.
  const ids = giftIds(kept)
  out.questions = out.questions.map((q, i) => ({ ...q, id: ids[i] ?? q.id }))
  const own = set.set
  const categories = [...new Set(parsed.categories)].map(categoryNames)
  if (typeof own.title === 'string') out.title = own.title
  else out.title = categoryTitle(categories) ?? out.title
  if (categories.length > 1) {
    const named = categories.map((c) => `“${c.join('/') || 'top'}”`)
    out.notes.push({
      line: null,
      message: `The file holds questions from ${categories.length} Moodle categories (${named.join(', ')}): here they are all one set. For a set of each, export each category from Moodle on its own`,
    })
  }
  if (typeof own.description === 'string') out.description = own.description
  if (typeof own.passMark === 'number') out.passMark = own.passMark
  if (typeof own.passage === 'string') out.passageId = own.passage
  if (typeof own.id === 'string') out.slug = own.id.split('/')[1] ?? null
  if (set.article?.id) out.passageId ??= set.article.id
  if (parsed.items.length === 0 && out.errors.length === 0) {
    out.errors.push({ line: 1, message: 'The file has no GIFT questions' })
  }
  // Read in two passes (the text, then each question): listed in the file's order all the same.
  byLine(out.errors)
  byLine(out.notes)
  withUnfinished(out, unmarked)
  needEvidence(out)
  return out
}

function fromAiken(file: string, text: string): Imported {
  const out = empty(file, 'aiken')
  const parsed = parseAiken(text)
  /** Why a question with no ANSWER line is not finished, by its line. */
  const held = new Map<number | undefined, ImportProblem>()
  for (const { unfinished, ...p } of parsed.problems) {
    if (unfinished) held.set(p.question, p)
    else out.errors.push(p)
  }
  const unmarked: Unmarked[] = []
  // Named in problems by their place in the file, as its reading errors are: the fifth question
  // stays “Question 5” when the fourth could not be read. Its id is its number among those that
  // came in, as in the editor: no gap where one was left out.
  for (const q of parsed.questions) {
    const raw = {
      id: `q${q.number}`,
      type: 'single',
      prompt: q.prompt,
      choices: q.choices,
      answer: q.answer,
    }
    const problem = held.get(q.line)
    if (!problem) typed(out, raw, q.line, `Question ${q.number}`, q.places)
    else {
      const whole = unmarkedOnly(raw)
      if (whole) unmarked.push({ q: whole, line: q.line, problem })
      else out.errors.push(problem)
    }
  }
  out.questions = out.questions.map((q, i) => ({ ...q, id: `q${i + 1}` }))
  byLine(out.errors)
  withUnfinished(out, unmarked)
  needEvidence(out)
  return out
}

/**
 * The set, article or unsaved set (a draft) in a copy the studio set aside and the teacher
 * downloaded (“Download it” on its notice: “passage-set-aside-….txt”, the record as the studio
 * keeps it), so that importing the copy brings the set back, or tells what in it is damaged; it
 * was read as a set with none of its fields (“The set’s id: Is missing…”, “Format: Passage has no
 * such field…”).
 */
function heldByRecord(obj: Record<string, unknown>): Held | undefined {
  if (obj.format === 'passage-draft') return isObject(obj.draft) ? draftAsSet(obj.draft) : undefined
  const held =
    obj.format === 'passage-set' ? obj.bank : obj.format === 'passage-article' ? obj.passage : null
  return isObject(held) ? { value: held } : undefined
}

/**
 * What a set-aside copy holds, as its own file would; for a draft, the fields of each question
 * that did not read as the form keeps them (`[field, 'missing' | 'damaged']`), among those its
 * type cannot do without.
 */
interface Held {
  value: object
  lost?: [string, 'missing' | 'damaged'][][]
  /** For a draft, the fields each question can do without that did not read: it comes in without them. */
  dropped?: [string, 'missing' | 'damaged'][][]
  /** For a draft, its form with the questions not damaged, and where each was among them all. */
  form?: { set: DraftSet; from: number[] }
  /** For a draft whose article's id did not read: the set is read as about any article. */
  article?: 'missing' | 'damaged'
  /** For a draft, the set's own fields that did not read, and what each comes in as. */
  top?: string[]
}

/** The fields of the form a question may come in without, beside those its type has (a tolerance). */
const SPARED = ['evidence', 'explanation', 'tags', 'difficulty']

/** The fields of the form a question of each type cannot be asked without, beside its question. */
const NEEDED: Record<QuestionType, readonly string[]> = {
  single: ['choices'],
  multiple: ['choices'],
  truefalse: ['truth'],
  numeric: ['number'],
  short: ['accepted'],
  ordering: ['items'],
  matching: ['pairs'],
}

/** The set's own fields of a draft, and what each comes in as when it does not read. */
const TOP_FIELDS = [
  ['title', 'the set comes in named “Imported set”, to rename below'],
  ['description', 'the set comes in without one'],
  ['passMark', 'the set comes in with a pass mark of 70%, to change in the editor'],
] as const

/**
 * The set a draft's set-aside copy (“passage-draft”: a form the studio could not read back)
 * stands for, as the editor would save it, so that its questions come in and the set's check
 * names what in each is missing or damaged (“Question 2: Choose True or False”) and leaves that
 * one out. A field of a question that no longer reads as the form keeps it is taken as empty, and
 * noted in `lost` when the question cannot be asked without it; the set's own title and pass mark
 * fall back to what the import page starts from. So does its name, which the form keeps out of
 * sight and an import makes afresh from the title, and its article, which the page asks for
 * (`article`): either damaged refused the whole copy, “The set's id: The text “/who-said-what” is
 * not valid…”, as if the teacher had written a file.
 */
function draftAsSet(draft: Record<string, unknown>): Held {
  const text = (v: unknown) => (typeof v === 'string' ? v : '')
  const title = text(draft.title).trim() || 'Imported set'
  const named = (v: unknown) => /^[a-z0-9][a-z0-9-]*$/.test(text(v))
  const slug = named(draft.slug) ? text(draft.slug) : slugify(title) || 'imported'
  // Any article's id, to read the set by: the page asks which it is about.
  const passage = named(draft.passage) ? text(draft.passage) : 'article'
  const percent = typedPercent(text(draft.passMark))
  const lost: NonNullable<Held['lost']> = []
  const dropped: typeof lost = []
  const kept: { q: DraftQuestion; at: number }[] = []
  const questions = (Array.isArray(draft.questions) ? draft.questions : []).map((raw, i) => {
    const gone: (typeof lost)[number] = []
    const spared: (typeof lost)[number] = []
    lost.push(gone)
    dropped.push(spared)
    if (!isObject(raw)) return raw
    const type = QUESTION_TYPES.find((t) => t === raw.type)
    const q: Record<string, unknown> = { ...blankQuestion(type ?? 'single', '', `q${i + 1}`) }
    const needed = ['type', 'prompt', ...(type ? NEEDED[type] : [])]
    const optional = [...SPARED, ...(type === 'numeric' ? ['tolerance', 'unit'] : [])]
    for (const [field, schema] of Object.entries(draftQuestionSchema.shape)) {
      if (schema.safeParse(raw[field]).success) q[field] = raw[field]
      else if (needed.includes(field))
        gone.push([field, raw[field] === undefined ? 'missing' : 'damaged'])
      else if (optional.includes(field))
        spared.push([field, raw[field] === undefined ? 'missing' : 'damaged'])
    }
    if (type && gone.length === 0) kept.push({ q: q as unknown as DraftQuestion, at: i })
    const value = questionValue(q as unknown as DraftQuestion)
    return type ? value : { ...value, type: raw.type }
  })
  // The form keeps a question's id out of sight: one a set cannot hold (“has space”, an earlier
  // question's) is made afresh, not a reason to leave the question out that no one could mend.
  const ids = questions.map((q) => (isObject(q) ? String(q.id) : ''))
  const taken = new Set<string>()
  for (const q of questions) {
    if (!isObject(q)) continue
    const own = String(q.id)
    if (!singleQuestionSchema.shape.id.safeParse(q.id).success || taken.has(own))
      q.id = freeQuestionId([...ids, ...taken].map((id) => ({ id })))
    taken.add(String(q.id))
  }
  const form: DraftSet = {
    slug: '',
    passage,
    title: text(draft.title),
    description: text(draft.description),
    passMark: typeof draft.passMark === 'string' ? draft.passMark : '70',
    // Keys of their own: the form lists questions by key, and a copy's may be damaged or repeated.
    questions: kept.map(({ q, at }, n) => ({
      ...q,
      key: `k${n + 1}`,
      id: String((questions[at] as Record<string, unknown>).id),
    })),
    nextKey: kept.length + 1,
    rest: {},
  }
  return {
    lost,
    dropped,
    form: { set: form, from: kept.map(({ at }) => at) },
    ...(!named(draft.passage) && { article: draft.passage === undefined ? 'missing' : 'damaged' }),
    top: TOP_FIELDS.flatMap(([field, as]) => {
      const value = draft[field]
      if (typeof value === 'string') return []
      const why = fieldWhy(['draft', field], value === undefined ? 'missing' : 'damaged')
      return [`${capitalized(why)}: ${as}`]
    }),
    value: {
      schemaVersion: BANK_SCHEMA_VERSION,
      id: `${passage}/${slug}`,
      title,
      passage,
      ...(text(draft.description).trim() && { description: text(draft.description) }),
      passMark:
        percent !== null && percent >= 0 && percent <= 100 ? Math.round(percent * 10) / 1000 : 0.7,
      questions,
    },
  }
}

/** The question a problem names by its number (“Question 3's options…”), or 0 for the set's own. */
const questionNumber = (p: ImportProblem) => Number(/^Question (\d+)\b/.exec(p.message)?.[1] ?? 0)

/**
 * A draft's copy as the form it was: a question that is only unfinished (no question written yet,
 * no right answer chosen) comes in to be finished in the editor, as it was before the studio set
 * the draft aside, and only a damaged one is left out; it was left out too, “Question 4, question:
 * Write the question”, and what the teacher had typed in it was lost. Not when the set itself does
 * not read (a problem of no one question): the copy is then refused as it was.
 */
function takeForm(out: Imported, form: NonNullable<Held['form']>, value: Record<string, unknown>) {
  if (!form.set.questions.length) return
  const problems = [...out.errors, ...out.leftOut]
  if (problems.some((p) => questionNumber(p) === 0)) return
  const inForm = new Set(form.from.map((i) => i + 1))
  out.errors = []
  out.leftOut = problems.filter((p) => !inForm.has(questionNumber(p)))
  out.form = form.set
  out.formNumbers = form.from.map((i) => i + 1)
  out.title = String(value.title)
  out.description = typeof value.description === 'string' ? value.description : ''
  out.passMark = Number(value.passMark)
  out.passageId = String(value.passage)
  out.slug = String(value.id).split('/')[1] ?? null
}

/**
 * Why a draft's questions were left out, as the studio's set-aside notice and editor say it: a
 * question whose type, question or answers no longer read as the form keeps them is named by what
 * is missing or damaged, “Question 2's options are damaged”, not by what taking them as empty left
 * to write (“Question 2, option 1: Write option 1”, “Question 2's right answer is missing”); any
 * other reason as the editor lists it (“Question 4, question: Write the question”), without the id
 * the form never shows, and a field missing without the advice to add it to a file (“Question 5's
 * right answer is missing”, of a question with no option ticked).
 */
function inDraftWords(list: ImportProblem[], lost: NonNullable<Held['lost']>): ImportProblem[] {
  const said = new Set<number>()
  return list.flatMap((p) => {
    const n = questionNumber(p)
    const fields = lost[n - 1] ?? []
    if (!fields.length) {
      const message = p.message.replace(/^(Question \d+) \(id “[^”]*”\)/, '$1')
      const field = /^[^:]*: (?:Is missing: add it|Should be )/.test(message)
      return [{ ...p, message: field ? capitalized(setAsideWhy('drafts', message)) : message }]
    }
    if (said.has(n)) return []
    said.add(n)
    return fields.map(([field, state]) => ({
      ...p,
      message: capitalized(fieldWhy(['draft', 'questions', n - 1, field], state)),
    }))
  })
}

/**
 * A student's results or a backup chosen among a teacher's files: said so, with where it opens,
 * not read as a set that lacks its id, title, article and questions (“Kind: Passage has no such
 * field”).
 */
function notASetFile(obj: Record<string, unknown>): string | undefined {
  const file = passageFileOf(obj)
  const not = `not ${FILE_NAMES.set}`
  if (file?.kind === 'results')
    return `It is ${FILE_NAMES.results}${file.named ? ` (${curly(file.named, 60)})` : ''}, ${not}: open it in the class report (Classroom → Open the class report)`
  if (file?.kind === 'backup')
    return `It is ${FILE_NAMES.backup}, ${not}: restore it in Settings (Restore from a backup)`
  return undefined
}

/**
 * `inRecord`: `text` is the set or article a set-aside copy held, which is never itself opened:
 * the questions without evidence are counted by the copy's reader, of what the editor opens.
 */
function fromJson(file: string, text: string, inRecord = false): Imported {
  const counted = (out: Imported) => (inRecord ? out : needEvidence(out))
  let value: unknown
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    value = undefined
  }
  const obj = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}
  if (obj.format === BUNDLE_FORMAT) {
    const out = empty(file, 'bundle')
    const read = readBundle(value)
    if (!read.ok) {
      if (!bundleWithoutBadQuestions(out, file, text, obj))
        out.errors.push(...bundleProblems(file, text, obj, read))
      return counted(out)
    }
    return counted(withBank(out, read.bank, read.passage ?? null, null))
  }
  // One level only, and never text nested too deep to write out again: a copy inside a copy
  // inside… (a hostile file) is read as the set it claims to be, whose reader names the depth; it
  // crashed the tab at a few thousand levels.
  const held = inRecord || tooDeepAt(text) >= 0 ? undefined : heldByRecord(obj)
  if (held) {
    // Read as its own file would be; the places are in that file, not in the one-line copy.
    const out = fromJson(file, JSON.stringify(held.value, null, 2), true)
    for (const p of [...out.errors, ...out.leftOut, ...out.notes]) {
      p.line = null
      delete p.column
    }
    out.lines = out.lines.map(() => null)
    delete out.leftOutQuestions
    // A form no file holds: nothing in it to fix and choose again, as the left-out box says.
    if (held.lost) {
      out.draft = true
      out.leftOut = inDraftWords(out.leftOut, held.lost)
      out.errors = inDraftWords(out.errors, held.lost)
      if (held.form) takeForm(out, held.form, held.value as Record<string, unknown>)
      const gone = [...new Set(out.leftOut.map(questionNumber))].filter(Boolean)
      out.leftOutQuestions = gone.map((n) => ({
        question: n,
        words: promptWords(valueAt(held.value, ['questions', n - 1, 'prompt'])),
      }))
      // Of what the editor opens: a draft's unfinished questions too.
      needEvidence(out)
      if (held.article && !out.errors.length) {
        out.passageId = null
        const why = capitalized(fieldWhy(['draft', 'passage'], held.article))
        out.notes.push({ line: null, message: `${why}: choose the article the set is about below` })
      }
      // Not without a word: a teacher whose 60 % came back as 70 % would not know to set it again.
      if (!out.errors.length)
        for (const message of held.top ?? []) out.notes.push({ line: null, message })
      // A part that did not read is not lost without a word: the teacher writes it again.
      const left = new Set(out.leftOut.map(questionNumber))
      held.dropped?.forEach((fields, i) => {
        if (out.errors.length || left.has(i + 1)) return
        for (const [field, state] of fields) {
          const why = capitalized(fieldWhy(['draft', 'questions', i, field], state))
          const it = / are \w+$/.test(why) ? 'them' : 'it'
          out.notes.push({ line: null, message: `${why}: the question comes in without ${it}` })
        }
      })
    } else needEvidence(out)
    return out
  }
  const notASet = notASetFile(obj)
  if (notASet) {
    const out = empty(file, 'other')
    out.errors.push({ line: null, message: notASet })
    return out
  }
  if ('paragraphs' in obj && !('questions' in obj)) {
    const out = empty(file, 'passage')
    const parsed = parsePassage(file, text, articleMessage)
    const tooBig = parsed.json ? tooLarge(file, parsed.json) : []
    if (!parsed.ok || tooBig.length)
      out.errors.push(...[...(parsed.ok ? [] : parsed.issues), ...tooBig].map(locatedProblem))
    else {
      out.passage = parsed.value
      out.title = parsed.value.title
    }
    return out
  }
  const out = empty(file, 'bank')
  // In the studio's words, as a GIFT file's questions and the editor say them.
  const parsed = parseBank(file, text, schemaMessage)
  const tooBig = parsed.json ? tooLarge(file, parsed.json) : []
  if (!parsed.ok || tooBig.length) {
    const issues = [...(parsed.ok ? [] : parsed.issues), ...tooBig]
    const partial = parsed.json && withoutBadQuestions(out, parsed.json, issues)
    if (!partial) out.errors.push(...issues.map(locatedProblem))
    return counted(out)
  }
  const lines = parsed.value.questions.map(
    (_, i) => parsed.json.locate(['questions', i], { key: false }).line,
  )
  return counted(withBank(out, parsed.value, null, lines))
}

/**
 * Where a set's or an article's file goes past what Passage keeps (a text of 6,000 characters),
 * as issues at their place in the file: a set or an article saved with one would not be read back.
 */
function tooLarge(file: string, json: LocatedJson): BankIssue[] {
  // Every one: a question over a limit that went unnamed would come in with the others.
  return limitProblems(json.value, Infinity).map((p) => issueAt(file, json, p.at, p.message))
}

/** The index of the question an issue is inside (`questions[3].choices` → 3), or null. */
const questionOf = (issue: BankIssue) =>
  issue.at?.[0] === 'questions' && typeof issue.at[1] === 'number' ? issue.at[1] : null

/**
 * A set whose only problems are inside some of its questions: the others come in, and each one
 * left out is named by number, id and place in the file, at the line it starts on (one Moodle-like
 * slip in 40 questions is not the whole file refused). False when the set itself is broken, or no
 * question is left: the file is then refused with every problem.
 */
function withoutBadQuestions(out: Imported, json: LocatedJson, issues: BankIssue[]): boolean {
  return leaveOut(
    out,
    json.value,
    issues,
    (i) => json.locate(['questions', i], { key: false }).line,
  )
}

/** A shared set's file (a bundle) with broken questions, as `withoutBadQuestions` a set's. */
function bundleWithoutBadQuestions(
  out: Imported,
  file: string,
  text: string,
  obj: Record<string, unknown>,
): boolean {
  const located = parseLocated(text)
  const bank = parseBank(file, JSON.stringify(obj.bank ?? null), schemaMessage)
  const issues = [...(bank.ok ? [] : bank.issues), ...(bank.json ? tooLarge(file, bank.json) : [])]
  if (!located.ok || !issues.length) return false
  const { json } = located
  const lineOf = (i: number) => json.locate(['bank', 'questions', i], { key: false }).line
  // The issues were found in the set alone: their places are looked up again in this file.
  const where = (issue: BankIssue) => json.locate(['bank', ...(issue.at ?? [])], { key: false })
  // The rest of the bundle (its article, and the set against it) is checked as a whole bundle is.
  const check = (kept: Bank) => {
    const read = readBundle({ ...obj, bank: kept })
    return read.ok ? read : null
  }
  return leaveOut(out, obj.bank, issues, lineOf, check, where)
}

/**
 * Why a shared set's file is refused, as a set's file says it: the set's or the article's own
 * problems at their line in the file, in the studio's words ("Question 4, option 2: Write option
 * 2, or remove it"); its reader's `errors` at the place it gives (a text too long, an unknown
 * field, another article), or without a line when it gives none.
 */
function bundleProblems(
  file: string,
  text: string,
  obj: Record<string, unknown>,
  read: { errors: readonly string[]; part?: 'set' | 'article'; at?: readonly JsonPath[] },
): ImportProblem[] {
  const said = read.errors.map((message) => ({ line: null, message }))
  const located = parseLocated(text)
  if (!located.ok) return said
  const inFile = (path: JsonPath, message: string) =>
    at(located.json.locate(path, { key: false }), message)
  const { at: places } = read
  if (places) return read.errors.map((message, i) => inFile(places[i] ?? [], message))
  let found: ImportProblem[] = []
  if (read.part === 'set') {
    const bank = parseBank(file, JSON.stringify(obj.bank ?? null), schemaMessage)
    const passage = passageSchema.safeParse(obj.passage)
    if (!bank.ok) {
      found = bank.issues.map((i) => inFile(['bank', ...(i.at ?? [])], locatedProblem(i).message))
    } else if (passage.success) {
      found = checkBank(bank.value, passage.data)
        .slice(0, 5)
        .map((p) => inFile(['bank', ...p.path], checkedProblemText(p)))
    }
  } else if (read.part === 'article') {
    const passage = parsePassage(file, JSON.stringify(obj.passage ?? null), articleMessage)
    if (!passage.ok) {
      found = passage.issues.map((i) => {
        const place = placeInArticle(i.at ?? [])
        return inFile(['passage', ...(i.at ?? [])], `${place}: ${capitalized(i.message)}`)
      })
    }
  }
  return found.length ? found : said
}

/** The questions that validate, brought in when `check` accepts the set they make; the others named. */
function leaveOut(
  out: Imported,
  value: unknown,
  issues: BankIssue[],
  lineOf: (question: number) => number,
  check: (kept: Bank) => { bank: Bank; passage?: Passage } | null = (bank) => ({ bank }),
  where: (issue: BankIssue) => { line: number; column: number } = (issue) => issue,
): boolean {
  if (issues.some((issue) => questionOf(issue) === null)) return false
  const raw = value as Record<string, unknown>
  const all = raw.questions as unknown[]
  const bad = new Set(issues.map(questionOf))
  const kept = all.map((_, i) => i).filter((i) => !bad.has(i))
  const bank = bankSchema.safeParse({ ...raw, questions: kept.map((i) => all[i]) })
  const read = bank.success ? check(bank.data) : null
  if (!read) return false
  withBank(out, read.bank, read.passage ?? null, kept.map(lineOf))
  out.leftOut = issues.map((issue) => {
    const i = questionOf(issue) ?? 0
    const id = valueAt(all[i], ['id'])
    const named = typeof id === 'string' && id ? ` (id ${curly(id, 40)})` : ''
    const place = placeInFile(issue.at ?? [], `Question ${i + 1}${named}`)
    return at({ ...where(issue), question: lineOf(i) }, `${place}: ${capitalized(issue.message)}`)
  })
  byLine(out.leftOut)
  out.leftOutQuestions = [...bad]
    .map((i) => ({ line: lineOf(i ?? 0), words: promptWords(valueAt(all[i ?? 0], ['prompt'])) }))
    .sort((a, b) => a.line - b.line)
  return true
}

/** A question's first words, by its prompt as a set's JSON holds it (anything, in a bad one). */
function promptWords(prompt: unknown): string {
  return typeof prompt === 'string' ? clipWords(prompt.replace(/\s+/g, ' ').trim(), 40) : ''
}

/** "Question 4, option 2: Write option 2, or remove it", as the editor says it; not "questions[3].choices[1]". */
function locatedProblem(issue: BankIssue): ImportProblem {
  const message = capitalized(issue.message)
  return at(issue, issue.at ? `${placeInFile(issue.at)}: ${message}` : message)
}

/**
 * A problem the bank check found in a set read from a file, as the import page lists it: its place
 * in words, and for a quote the article does not hold, what to do here (the check's own words
 * send a set's author to passage.json).
 */
export function checkedProblemText(p: Problem): string {
  return problemInWords(p, false)
}

/** The same for an unsaved set's set-aside copy, no file to fix: its quotes fit its own article. */
export function checkedCopyProblemText(p: Problem): string {
  return problemInWords(p, true)
}

function problemInWords(p: Problem, copy: boolean): string {
  const place = placeInFile(p.path)
  if (p.message.startsWith(NOT_A_QUOTE)) {
    const found = /\(it matches up to .*\)$/s.exec(p.message)?.[0]
    const fix = copy
      ? 'choose the article the set was written about'
      : 'fix the quote in the file, or choose the article it comes from'
    return `${place}: The article does not say this word for word${found ? ` ${found}` : ''}: ${fix}`
  }
  return `${place}: ${capitalized(checkInFormWords(p.message))}`
}

function withBank(
  out: Imported,
  bank: Bank,
  passage: Passage | null,
  lines: number[] | null,
): Imported {
  out.title = bank.title
  out.description = bank.description ?? ''
  out.passMark = bank.passMark
  out.passageId = bank.passage
  out.slug = bank.id.split('/')[1] ?? null
  out.passage = passage
  out.questions = [...bank.questions]
  out.lines = bank.questions.map((_, i) => lines?.[i] ?? null)
  return out
}

/** Reads a file a teacher picked, whatever its format. */
export function importFile(file: string, text: string): Imported {
  const other = otherFormat(file, text)
  if (other) {
    const out = empty(file, 'other')
    out.errors.push({ line: null, message: other })
    return out
  }
  const format = detectFormat(file, text)
  // Read as UTF-8, a UTF-16 file (what some Windows editors save as "Unicode") is letters with a
  // zero character between each: never a question, and not what the file says.
  if (text.includes('\u0000')) {
    const out = empty(file, format === 'json' ? 'bank' : format)
    out.errors.push({
      line: null,
      message:
        'It is not UTF-8 text (it may be saved as UTF-16 or “Unicode”): save it as UTF-8 and import it again',
    })
    return out
  }
  if (format === 'json') return fromJson(file, text)
  const out = format === 'aiken' ? fromAiken(file, text) : fromGift(file, text)
  // Every error of a GIFT or Aiken file is about one question: the questions that could be read
  // come in, and the others are listed as left out (a Moodle export with one odd question out of
  // 40 is not refused whole, nor brought in short without a word).
  if (out.questions.length > 0 || out.form) {
    out.leftOut = [...out.errors, ...out.leftOut]
    out.errors = []
    byLine(out.leftOut)
    const starts = new Set(out.leftOut.flatMap((p) => p.question ?? p.line ?? []))
    out.leftOutQuestions = [...starts].map((line) => ({ line, words: wordsAt(text, line) }))
  } else if (out.errors.length > 0) {
    out.errors = [...out.errors, ...out.leftOut]
    out.leftOut = []
    byLine(out.errors)
  } else if (out.leftOut.length > 0 || out.notes.length > 0) {
    // Nothing to open in the editor: the file is refused, with what was skipped and why.
    byLine(out.leftOut)
    out.errors = [
      { line: null, message: 'It has no question Passage can ask' },
      ...out.leftOut,
      ...out.notes,
    ]
    out.leftOut = []
    out.notes = []
  }
  return out
}

/**
 * The first words of the question that starts at `line` of a GIFT or Aiken file, as written there:
 * its ::name::, [format], HTML tags, escapes and answers aside (“Describe the talks.”).
 */
function wordsAt(text: string, line: number): string {
  const written = (text.split(/\r\n?|\n/)[line - 1] ?? '')
    .replace(/^\s*::(?:[^:]|:(?!:))*::/, '')
    .replace(/^\s*\[\w+\]/, '')
    .replace(/(?<!\\)\{.*$/, '')
    // The “{” forgotten (“Who hosted? =Putin ~Assad }”): its answers start at the first “=” or “~”.
    .replace(/(?:^|\s)[=~].*(?<!\\)\}.*$|(?<!\\)\}.*$/, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\\([~=#{}:])/g, '$1')
  return clipWords(written.replace(/\s+/g, ' ').trim(), 40)
}

/** How many questions were left out: one for each question with reasons, however many. */
export function leftOutCount(imp: Imported): number {
  return new Set(imp.leftOut.map((p, i) => p.question ?? p.line ?? -1 - i)).size
}

/** Reads a file a teacher picked from its bytes: UTF-8, UTF-16 with its mark, or Windows-1252. */
export function importBytes(file: string, bytes: Uint8Array): Imported {
  const { text, encoding } = decodeText(bytes)
  const out = importFile(file, text)
  const note = encodingNote(encoding)
  if (note) out.notes.unshift({ line: null, message: note })
  return out
}

/** A problem as a person (and an editor linking it) reads it: `set.gift:12:5: Question 3: …`. */
export function problemText(file: string, p: ImportProblem): string {
  if (p.line === null) return `${file}: ${p.message}`
  return `${file}:${p.line}${p.column === undefined ? '' : `:${p.column}`}: ${p.message}`
}

/** The imported questions as a set about article `passage` (validate it before trusting it). */
export function bankOfImport(imp: Imported, passage: string, slug?: string): Bank {
  const own = slug ?? imp.slug ?? (slugify(imp.title) || 'imported')
  const bank: Bank = {
    schemaVersion: BANK_SCHEMA_VERSION,
    id: `${passage}/${own}`,
    title: imp.title.trim() || 'Imported set',
    passage,
    passMark: imp.passMark ?? 0.7,
    questions: imp.questions,
  }
  if (imp.description) bank.description = imp.description
  return bank
}
