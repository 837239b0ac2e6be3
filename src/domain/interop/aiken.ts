/**
 * Reading Moodle's Aiken format: a question on one line (or several), then its options, each on a
 * line of its own starting `A.` or `A)` (any capital letter, in order), then `ANSWER: X`. Blank
 * lines separate questions. Every question becomes a single-choice candidate (unvalidated, without
 * evidence); anything else is a problem with its 1-based line. It never throws.
 */

export interface AikenProblem {
  line: number
  message: string
}

export interface AikenQuestion {
  /** 1-based line where the question starts. */
  line: number
  /** Its place among the file's questions (1-based), counting those that could not be read. */
  number: number
  prompt: string
  choices: string[]
  answer: string
}

export interface AikenParse {
  questions: AikenQuestion[]
  problems: AikenProblem[]
}

const OPTION = /^([A-Z])[.)]\s+(.*)$/
const ANSWER = /^ANSWER\s*:\s*(.*)$/i

interface Block {
  line: number
  lines: { n: number; text: string }[]
}

function blocks(source: string): Block[] {
  const out: Block[] = []
  let current: Block | null = null
  source
    .replace(/^\uFEFF/, '')
    .split(/\r\n?|\n/)
    .forEach((raw, i) => {
      const text = raw.trim()
      if (text === '') {
        current = null
        return
      }
      if (!current) {
        current = { line: i + 1, lines: [] }
        out.push(current)
      }
      current.lines.push({ n: i + 1, text })
      // An answer line ends a question even without a blank line after it.
      if (ANSWER.test(text)) current = null
    })
  return out
}

function readBlock(block: Block, index: number, problems: AikenProblem[]): AikenQuestion | null {
  const prompt: string[] = []
  const choices: { letter: string; text: string; line: number }[] = []
  let answer: { letter: string; line: number } | null = null
  const fail = (line: number, message: string) => {
    problems.push({ line, message: `Question ${index + 1}: ${message}` })
    return null
  }
  for (const { n, text } of block.lines) {
    const a = ANSWER.exec(text)
    if (a) {
      answer = { letter: (a[1] ?? '').trim().toUpperCase(), line: n }
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
    if (choices.length > 0) {
      return fail(
        n,
        `“${text}” is neither an option (A. or A)) nor the ANSWER: line; if a new question starts here, the one above has no “ANSWER: X” line`,
      )
    }
    prompt.push(text)
  }
  if (prompt.length === 0) return fail(block.line, 'there is no question text')
  if (choices.length < 2) {
    // "a. Sochi": Moodle reads only capital letters as options.
    const lower = block.lines.find(({ text }) => /^[a-z][.)]\s/.test(text))
    if (lower) {
      return fail(
        lower.n,
        `options start with a capital letter: write “${lower.text.charAt(0).toUpperCase()}${lower.text.slice(1)}”`,
      )
    }
    // "A.Sochi": Moodle wants a space after the letter, or the line is read as question text.
    const tight = block.lines.find(({ text }) => /^[A-Z][.)]\S/.test(text))
    if (tight) {
      const mark = tight.text.slice(0, 2)
      return fail(
        tight.n,
        `an option needs a space after its letter: write “${mark} ${tight.text.slice(2)}”`,
      )
    }
    return fail(block.line, `needs at least two options (A. …, B. …); it has ${choices.length}`)
  }
  const last = block.lines[block.lines.length - 1] as { n: number }
  if (!answer) return fail(last.n, 'has no “ANSWER: X” line after its options')
  const right = choices.find((c) => c.letter === answer.letter)
  if (!right) {
    const letters = choices.map((c) => c.letter).join(', ')
    return fail(answer.line, `ANSWER “${answer.letter}” is not one of its options (${letters})`)
  }
  return {
    line: block.line,
    number: index + 1,
    prompt: prompt.join(' '),
    choices: choices.map((c) => c.text),
    answer: right.text,
  }
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
