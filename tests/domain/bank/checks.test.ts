import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { normalizeSpace } from '../../../src/domain/bank/checks.ts'
import { formatIssue, loadLibrary, type BankIssue } from '../../../src/domain/bank/index.ts'
import {
  BANK_FILE,
  PASSAGE_FILE,
  bank,
  json,
  lineOf,
  passage,
  single,
} from '../../fixtures/banks.ts'

function problemsOf(bankText: string, passageText = json(passage())): BankIssue[] {
  const library = loadLibrary([
    { file: PASSAGE_FILE, text: passageText },
    { file: BANK_FILE, text: bankText },
  ])
  return library.failures.flatMap((f) => f.issues)
}

/** The one issue a bad bank produces, with the line it points at. */
function onlyIssue(bankText: string) {
  const issues = problemsOf(bankText)
  expect(issues, issues.map(formatIssue).join('\n')).toHaveLength(1)
  return issues[0]!
}

const short = {
  id: 'q1',
  type: 'short',
  prompt: 'Where did Assad fly?',
  accepted: ['Sochi'],
  evidence: 'Assad flew to Sochi on Thursday.',
}

describe('a hand-made bank with one mistake is rejected at the right place', () => {
  it('accepts the correct bank', () => {
    expect(problemsOf(json(bank()))).toEqual([])
  })

  /** The nth line (1-based occurrence) that contains `needle`. */
  const nth =
    (needle: string, occurrence = 1) =>
    (text: string) =>
      text
        .split('\n')
        .map((l, i) => ({ l, i }))
        .filter(({ l }) => l.includes(needle))[occurrence - 1]!.i + 1

  const cases: {
    name: string
    questions: unknown[]
    path: string
    line: (text: string) => number
    message: RegExp
  }[] = [
    {
      name: 'answer not among the choices',
      questions: [{ ...single, answer: 'Peskov' }],
      path: 'questions[0].answer',
      line: nth('"answer": "Peskov"'),
      message: /“Peskov” is not one of the choices \(“Assad”, “Putin”\)/,
    },
    {
      name: 'a choice listed twice',
      questions: [{ ...single, choices: ['Assad', 'Putin', 'Assad'] }],
      path: 'questions[0].choices[2]',
      line: nth('"Assad"', 2),
      message: /“Assad” is listed twice/,
    },
    {
      name: 'multiple-choice answers outside the choices',
      questions: [{ ...single, type: 'multiple', answer: undefined, answers: ['Assad', 'Lavrov'] }],
      path: 'questions[0].answers[1]',
      line: nth('"Lavrov"'),
      message: /“Lavrov” is not one of the choices/,
    },
    {
      name: 'evidence that is not in the passage',
      questions: [{ ...single, evidence: 'Assad flew to Moscow on Thursday.' }],
      path: 'questions[0].evidence',
      line: nth('Moscow on Thursday'),
      message: /not a verbatim quote from passage “mini”.*matches up to “…Assad flew to ”/,
    },
    {
      name: 'the second quote of an evidence list that is not in the passage',
      questions: [
        {
          ...single,
          evidence: ['"Stability is improving," Assad told Putin.', 'He met Putin in Moscow.'],
        },
      ],
      path: 'questions[0].evidence[1]',
      line: nth('He met Putin in Moscow.'),
      message: /not a verbatim quote from passage “mini”.*matches up to “…He met Putin ”/,
    },
    {
      name: 'the same quote twice in an evidence list',
      questions: [
        {
          ...single,
          evidence: ['He met Putin there.', 'He met  Putin there.'],
        },
      ],
      path: 'questions[0].evidence[1]',
      line: nth('He met  Putin there.'),
      message: /is quoted twice: keep one/,
    },
    {
      name: 'an empty evidence list',
      questions: [{ ...single, evidence: [] }],
      path: 'questions[0].evidence',
      line: nth('"evidence": []'),
      message: /needs at least 1 item/,
    },
    {
      name: 'an ordering question with the same item twice',
      questions: [
        {
          ...single,
          type: 'ordering',
          choices: undefined,
          answer: undefined,
          items: ['Moscow', 'Sochi', 'Sochi'],
        },
      ],
      path: 'questions[0].items[2]',
      line: nth('"Sochi"', 2),
      message: /“Sochi” is listed twice/,
    },
    {
      name: 'a matching question with a repeated left side',
      questions: [
        {
          ...single,
          type: 'matching',
          choices: undefined,
          answer: undefined,
          pairs: [
            { left: 'Stability is improving', right: 'Assad' },
            { left: 'Stability is improving', right: 'Putin' },
          ],
        },
      ],
      path: 'questions[0].pairs[1].left',
      line: nth('"left": "Stability is improving"', 2),
      message: /appears twice on the left/,
    },
    {
      name: 'a short answer with an unclosed optional part',
      questions: [{ ...short, accepted: ['Sochi', 'Sochi [Russia'] }],
      path: 'questions[0].accepted[1]',
      line: nth('"Sochi [Russia"'),
      message: /“Sochi \[Russia” has a “\[” that is never closed with “\]” \(character 7\)/,
    },
    {
      // A fuzz find: the message once quoted the whole pattern, however long.
      name: 'a 500-character pattern, quoted short',
      questions: [{ ...short, accepted: ['['.repeat(500)] }],
      path: 'questions[0].accepted[0]',
      line: nth(`"${'['.repeat(500)}"`),
      message: /^“\[{60}”… \(500 characters\) has a “\[” inside another “\[…\]” \(character 2\)/,
    },
    {
      name: 'a short answer that is optional as a whole',
      questions: [{ ...short, accepted: ['[Sochi]'] }],
      path: 'questions[0].accepted[0]',
      line: nth('"[Sochi]"'),
      message: /“\[Sochi\]” is optional as a whole: keep at least one word outside the \[ \]/,
    },
    {
      name: 'exact on a question that is not a short answer',
      questions: [{ ...single, exact: true }],
      path: 'questions[0].exact',
      line: nth('"exact": true'),
      message: /unknown field “exact”/,
    },
    {
      name: 'exact that is not true or false',
      questions: [{ ...short, exact: 'yes' }],
      path: 'questions[0].exact',
      line: nth('"exact": "yes"'),
      message: /true or false/,
    },
    {
      name: 'a negative tolerance',
      questions: [{ ...single, type: 'numeric', choices: undefined, answer: 2015, tolerance: -1 }],
      path: 'questions[0].tolerance',
      line: nth('"tolerance": -1'),
      message: /must be at least 0/,
    },
    {
      name: 'a question id used twice in the set',
      questions: [single, { ...single, prompt: 'Again?' }],
      path: 'questions[1].id',
      line: nth('"id": "q1"', 2),
      message: /“q1” is used by an earlier question/,
    },
    {
      name: 'an unknown question type',
      questions: [{ ...single, type: 'essay' }],
      path: 'questions[0].type',
      line: nth('"type": "essay"'),
      message: /“essay” is not a question type: use one of single, multiple/,
    },
    {
      name: 'a misspelt field',
      questions: [{ ...single, answr: 'Assad', answer: 'Assad' }],
      path: 'questions[0].answr',
      line: nth('"answr"'),
      message: /unknown field “answr”/,
    },
    {
      name: 'a missing prompt',
      questions: [{ ...single, prompt: undefined }],
      path: 'questions[0].prompt',
      line: (text) => nth('"questions": [')(text) + 1,
      message: /is missing: add it/,
    },
  ]

  it.each(cases)('$name', ({ questions, path, line, message }) => {
    const text = json(bank({}, questions))
    const issue = onlyIssue(text)
    expect(issue.path).toBe(path)
    expect(issue.message).toMatch(message)
    expect(issue.line).toBe(line(text))
    expect(issue.file).toBe(BANK_FILE)
  })

  it('accepts optional parts and exact on a short answer', () => {
    const questions = [{ ...short, accepted: ['Sochi[, Russia]', '[in] Sochi'], exact: true }]
    expect(problemsOf(json(bank({}, questions)))).toEqual([])
  })

  it('accepts evidence as a list of quotes, in a version 1 or a version 2 file', () => {
    const questions = [
      { ...single, evidence: ['Assad flew to Sochi on Thursday.', 'He met Putin there.'] },
    ]
    expect(problemsOf(json(bank({}, questions)))).toEqual([])
    expect(problemsOf(json(bank({ schemaVersion: 2 } as never, questions)))).toEqual([])
  })

  it('rejects a schema version it does not know', () => {
    const text = json({ ...bank(), schemaVersion: 3 })
    const issue = onlyIssue(text)
    expect(issue.path).toBe('schemaVersion')
    expect(issue.line).toBe(lineOf(text, '"schemaVersion": 3'))
    expect(issue.message).toMatch(/version number 3 is not one this app knows: use 1 or 2/)
  })

  it('asks for a schema version left out, as a set written by hand leaves it out', () => {
    const text = json({ ...bank(), schemaVersion: undefined })
    const issue = onlyIssue(text)
    expect(issue.path).toBe('schemaVersion')
    expect(issue.message).toBe('is missing: add it (1 or 2)')
    expect(issue.message).not.toContain('undefined')
  })

  it('rejects a bank whose passage does not exist, naming the known ones', () => {
    const text = json(bank({ id: 'elsewhere/quotes', passage: 'elsewhere' }))
    const issue = onlyIssue(text)
    expect(issue.path).toBe('passage')
    expect(issue.line).toBe(lineOf(text, '"passage": "elsewhere"'))
    expect(issue.message).toMatch(/no passage “elsewhere” was loaded \(known: “mini”\)/)
  })

  it('reports the line and column of a JSON syntax error', () => {
    const text = json(bank()).replace('"title": "Quotes",', '"title": "Quotes"')
    const issue = onlyIssue(text)
    expect(issue.message).toMatch(/invalid JSON: expected ","/)
    expect(issue.line).toBe(lineOf(text, '"passage": "mini"'))
    expect(issue.column).toBe(3)
  })

  it('formats an issue as file:line:col path: message', () => {
    const issue = onlyIssue(json(bank({}, [{ ...single, answer: 'Peskov' }])))
    expect(formatIssue(issue)).toMatch(
      /^questions\/mini\/quotes\.json:\d+:\d+ questions\[0\]\.answer: “Peskov” is not one of the choices/,
    )
  })

  it('accepts evidence whose line breaks differ from the passage', () => {
    const text = json(
      bank({}, [{ ...single, evidence: '"Stability is\n   improving," Assad told Putin.' }]),
    )
    expect(problemsOf(text)).toEqual([])
  })
})

describe('evidence matching ignores how the file wraps its lines', () => {
  it.each([
    ['plain text stays as it is', 'Assad met Putin.', 'Assad met Putin.'],
    ['runs of spaces become one', 'Assad  met   Putin.', 'Assad met Putin.'],
    ['line breaks and tabs become spaces', 'Assad\nmet\tPutin.', 'Assad met Putin.'],
    ['no-break spaces count as spaces', 'Assad\u00a0met Putin.', 'Assad met Putin.'],
    ['spaces at either end go', ' Assad met Putin. ', 'Assad met Putin.'],
  ])('%s', (_what, text, want) => {
    expect(normalizeSpace(text)).toBe(want)
  })

  it('collapses any text the same way as a plain replace-and-trim', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\t', '\u00a0', 'b') }),
        (t) => {
          expect(normalizeSpace(t)).toBe(t.replace(/\s+/g, ' ').trim())
        },
      ),
    )
  })
})
