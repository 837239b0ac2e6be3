/**
 * Reading Moodle's Aiken format: a question on one line (or several), then its options, each on a
 * line of its own starting `A.` or `A)` (any capital letter, in order), then `ANSWER: X` (or `x`,
 * `X.`, `(X)`: Moodle reads only the letter). Blank lines separate questions; one before an option
 * or the ANSWER line is skipped, as Moodle skips it. Every question becomes a single-choice
 * candidate (unvalidated, without evidence); anything else is a problem with its 1-based line. It
 * never throws.
 */
import type { JsonPath } from '../bank/issues.ts'
import { addAtLeast, saidOf } from '../studio/draft.ts'
import type { QuestionPlaces } from './place.ts'
import { questionLabel } from './question-label.ts'

export interface AikenProblem {
  line: number
  /** The line its question starts on, when it is about one question. */
  question?: number
  message: string
  /** Its question was read whole but for its ANSWER line: it is kept, with no answer. */
  unfinished?: true
}

export interface AikenQuestion {
  /** 1-based line where the question starts. */
  line: number
  /** Its place among the file's questions (1-based), counting those that could not be read. */
  number: number
  prompt: string
  choices: string[]
  /** The right option's text; '' when the ANSWER line is missing (see `unfinished`). */
  answer: string
  /** The line of its question text, of each option (`choices.1`) and of its ANSWER line. */
  places: QuestionPlaces
}

export interface AikenParse {
  questions: AikenQuestion[]
  problems: AikenProblem[]
}

const OPTION = /^([A-Z])[.)]\s+(.*)$/
const ANSWER = /^ANSWER\s*:\s*(.*)$/i
/** "ANSWER A", "Answer - B", "ANSWER=C": an answer line without its colon, which Moodle skips. */
const NO_COLON = /^ANSWER(?:\s*[-=–]\s*|\s+)(\(?[A-Z][.)]?)$/i

/** "A: Sochi", "A - Sochi": an option but for the mark after its letter. */
const MARKED_OTHERWISE = /^([A-Z])\s*[:\-–]\s*(\S.*)$/

const markedOtherwise = ([, letter, rest]: RegExpExecArray) =>
  `an option's letter needs “.” or “)” after it: write “${letter}. ${rest}”`

/** "a. Sochi": an option but for its small letter. */
const LOWER_OPTION = /^[a-z][.)]\s/
const capitalFirst = (line: string) =>
  `options start with a capital letter: write “${line.charAt(0).toUpperCase()}${line.slice(1)}”`

interface Block {
  line: number
  lines: { n: number; text: string }[]
}

/** An option or the ANSWER line: what carries on a question past an empty line, as in Moodle. */
const goesOn = (text: string) => OPTION.test(text) || ANSWER.test(text) || NO_COLON.test(text)

function blocks(source: string): Block[] {
  const out: Block[] = []
  let current: Block | null = null
  let afterEmpty = false
  source
    .replace(/^\uFEFF/, '')
    .split(/\r\n?|\n/)
    .forEach((raw, i) => {
      const text = raw.trim()
      if (text === '') {
        afterEmpty = current !== null
        return
      }
      // An empty line between a question and its options, or between two options, is one Moodle
      // skips: the question goes on until its ANSWER line. Anything else after one starts the next.
      if (afterEmpty && !goesOn(text)) current = null
      afterEmpty = false
      if (!current) {
        current = { line: i + 1, lines: [] }
        out.push(current)
      }
      current.lines.push({ n: i + 1, text })
      // An answer line ends a question even without a blank line after it (one whose colon was
      // forgotten too, so the question after it is read, not lost in this one's problem).
      if (ANSWER.test(text) || NO_COLON.test(text)) current = null
    })
  return out
}

function readBlock(block: Block, index: number, problems: AikenProblem[]): AikenQuestion | null {
  const prompt: string[] = []
  const choices: { letter: string; text: string; line: number }[] = []
  let answer: { letter: string; line: number } | null = null
  const which = `Question ${index + 1}`
  /** Named as a GIFT file's are, by its number and the words it starts with, on its first line. */
  const named = () => questionLabel(which, block.lines[0]?.text ?? '')
  /** Said in the studio's words where its form has the same problem ("Question 2, options: Add…"). */
  const fail = (line: number, message: string, field?: JsonPath) => {
    const said = field ? saidOf(named(), field, message) : `${named()}: ${message}`
    problems.push({ line, question: block.line, message: said })
    return null
  }
  for (const { n, text } of block.lines) {
    const a = ANSWER.exec(text)
    if (a) {
      answer = { letter: (a[1] ?? '').trim(), line: n }
      continue
    }
    const o = OPTION.exec(text)
    if (o && prompt.length > 0) {
      const letter = o[1] as string
      const expected = String.fromCharCode(65 + choices.length)
      if (letter !== expected) {
        return fail(n, `option “${letter}” should be “${expected}” (options go A, B, C… in order)`)
      }
      choices.push({ letter, text: (o[2] as string).trim(), line: n })
      continue
    }
    const loose = NO_COLON.exec(text)
    if (loose && choices.length > 0)
      return fail(n, `the ANSWER line needs a colon: write “ANSWER: ${loose[1]}”`)
    // "B) Putin" typed "b) Putin" among capital ones: Moodle reads only capital letters as options.
    if (LOWER_OPTION.test(text) && choices.length > 0) return fail(n, capitalFirst(text))
    // "B: Minsk" after "A. Sochi": the next option, but for the mark after its letter.
    const marked = MARKED_OTHERWISE.exec(text)
    if (marked && marked[1] === String.fromCharCode(65 + choices.length) && choices.length > 0)
      return fail(n, markedOtherwise(marked))
    if (choices.length > 0) {
      return fail(
        n,
        `“${text}” is neither an option (A. or A)) nor the ANSWER: line; if a new question starts here, the one above has no “ANSWER: X” line`,
      )
    }
    prompt.push(text)
  }
  if (prompt.length === 0) return fail(block.line, 'Write the question', ['prompt'])
  if (choices.length < 2) {
    // "a. Sochi": Moodle reads only capital letters as options.
    const lower = block.lines.find(({ text }) => LOWER_OPTION.test(text))
    if (lower) return fail(lower.n, capitalFirst(lower.text))
    // "A.Sochi": Moodle wants a space after the letter, or the line is read as question text.
    const tight = block.lines.find(({ text }) => /^[A-Z][.)]\S/.test(text))
    if (tight) {
      const mark = tight.text.slice(0, 2)
      return fail(
        tight.n,
        `an option needs a space after its letter: write “${mark} ${tight.text.slice(2)}”`,
      )
    }
    // "A: Sochi", "A - Sochi": Moodle reads only "A." and "A)" as an option's letter, so the
    // lines after the question were read as more of its words.
    const marked = block.lines.slice(1).find(({ text }) => MARKED_OTHERWISE.test(text))
    if (marked) return fail(marked.n, markedOtherwise(MARKED_OTHERWISE.exec(marked.text)!))
    const has = choices.length === 0 ? 'none' : 'one'
    return fail(block.line, `${addAtLeast('choices', 2)} (A. …, B. …); it has ${has}`, ['choices'])
  }
  const last = block.lines[block.lines.length - 1] as { n: number }
  if (!answer) {
    // Whole but for its right answer: kept, to be finished in the editor.
    const message = saidOf(named(), ['answer'], 'add an “ANSWER: X” line after its options')
    problems.push({ line: last.n, question: block.line, message, unfinished: true })
  }
  // "A.", "A)" and "(A)" as the option is written: Moodle reads the letter and ignores the rest.
  const letter = /^\(?([A-Z])[.)]?$/i.exec(answer?.letter ?? '')?.[1]?.toUpperCase()
  const right = choices.find((c) => c.letter === letter)
  if (answer && !right) return fail(answer.line, wrongAnswer(answer.letter, choices))
  return {
    line: block.line,
    number: index + 1,
    prompt: prompt.join(' '),
    choices: choices.map((c) => c.text),
    answer: right?.text ?? '',
    places: {
      prompt: { line: block.line },
      answer: { line: answer?.line ?? last.n },
      ...Object.fromEntries(choices.map((c, i) => [`choices.${i}`, { line: c.line }])),
    },
  }
}

/**
 * Why an ANSWER line names no option, and what to write instead: Moodle's Aiken has one right
 * answer, given by its letter, so "A, C" or the option's own words are not read.
 */
function wrongAnswer(given: string, choices: readonly { letter: string; text: string }[]): string {
  const letters = choices.map((c) => c.letter).join(', ')
  if (given === '')
    return `the ANSWER: line has no letter: write the right option's, like “ANSWER: A”`
  const named = choices.find((c) => c.text.toLowerCase() === given.toLowerCase())
  if (named) return `write the option's letter, not its words: “ANSWER: ${named.letter}”`
  const several = given.split(/\s*(?:[,;&/+]|\band\b|\s)\s*/i).filter(Boolean)
  // "AB" or "acd": option letters run together, as some quiz tools write several right answers.
  const together =
    /^[A-Z]{2,}$/i.test(given) &&
    [...given.toUpperCase()].every((l) => choices.some((c) => c.letter === l))
  if (together || (several.length > 1 && several.every((l) => /^[A-Z]$/i.test(l)))) {
    return `Keep one letter after “ANSWER:”, then make it a tick-all-that-apply question in the editor after importing: “${given}” names more than one option, and Aiken has one right answer`
  }
  return `Write the letter of one of its options (${letters}) after “ANSWER:”: “${given}” is not one`
}

/** The questions of an Aiken file, and what could not be read, with line numbers. */
export function parseAiken(source: string): AikenParse {
  const problems: AikenProblem[] = []
  const questions: AikenQuestion[] = []
  blocks(source).forEach((block, i) => {
    const q = readBlock(block, i, problems)
    if (q) questions.push(q)
  })
  if (questions.length === 0 && problems.length === 0) {
    problems.push({ line: 1, message: 'The file has no questions' })
  }
  return { questions, problems }
}
