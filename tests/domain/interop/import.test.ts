import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { parseAiken } from '../../../src/domain/interop/aiken.ts'
import {
  bankOfImport,
  checkedProblemText,
  detectFormat,
  importBytes,
  importFile,
  leftOutCount,
  problemText,
} from '../../../src/domain/interop/import.ts'
import { clipWords } from '../../../src/domain/text/clip-words.ts'
import { decodeText } from '../../../src/domain/interop/decode.ts'
import { bankToGift } from '../../../src/domain/interop/gift-export.ts'
import { bundleOf } from '../../../src/domain/interop/share.ts'
import { draftOf } from '../../../src/domain/studio/draft.ts'
import { draftRecord } from '../../../src/domain/studio/records.ts'
import { checkBank } from '../../../src/domain/bank/checks.ts'
import type { Bank, Passage, Question } from '../../../src/domain/bank/schema.ts'

const fixture = (name: string) => readFileSync(`tests/fixtures/interop/${name}`, 'utf8')
const DIR = 'questions/assad-sochi-2018'
const passage = JSON.parse(readFileSync(`${DIR}/passage.json`, 'utf8')) as Passage
const shipped = JSON.parse(readFileSync(`${DIR}/who-said-what.json`, 'utf8')) as Bank
/**
 * The set-aside copy of an unsaved set about the shipped set's article whose form is `form`,
 * damaged or not, as the studio's Download writes it.
 */
const setAsideCopy = (form: unknown) =>
  JSON.stringify({ ...draftRecord(draftOf(shipped), new Date(0), undefined, false), draft: form })

describe('Aiken', () => {
  it('reads questions with A. and A) options and the answer letter', () => {
    const { questions, problems } = parseAiken(fixture('good.aiken'))
    expect(problems).toEqual([])
    expect(questions).toMatchObject([
      {
        line: 1,
        number: 1,
        prompt: 'Where did Assad fly to meet Putin?',
        choices: ['Sochi', 'Minsk', 'Moscow'],
        answer: 'Sochi',
      },
      {
        line: 7,
        number: 2,
        prompt: 'Who called the talks "very productive"?',
        choices: ['Peskov', 'Assad'],
        answer: 'Assad',
      },
    ])
  })

  it('names the line of every broken question and keeps none of them but one whole without its ANSWER line', () => {
    expect(parseAiken(fixture('broken.aiken'))).toEqual({
      // Kept with no answer, to come in unfinished.
      questions: [
        {
          line: 15,
          number: 4,
          prompt: 'No answer here',
          choices: ['One', 'Two'],
          answer: '',
          places: {
            prompt: { line: 15 },
            answer: { line: 17 },
            'choices.0': { line: 16 },
            'choices.1': { line: 17 },
          },
        },
      ],
      problems: [
        {
          line: 4,
          question: 1,
          message:
            'Question 1 (“Where did Assad fly?”): Write the letter of one of its options (A, B) after “ANSWER:”: “D” is not one',
        },
        {
          line: 8,
          question: 6,
          message:
            'Question 2 (“Which city?”): option “C” should be “B” (options go A, B, C… in order)',
        },
        {
          line: 11,
          question: 11,
          message:
            'Question 3 (“Only one option”), options: Add at least two options (A. …, B. …); it has one',
        },
        {
          line: 17,
          question: 15,
          message:
            'Question 4 (“No answer here”), right answer: add an “ANSWER: X” line after its options',
          unfinished: true,
        },
      ],
    })
  })

  it('reads a question whose options come after an empty line, as Moodle does, each at its line', () => {
    const text = [
      'Where did Assad fly?',
      '',
      'A. Sochi',
      '',
      'B. Moscow',
      '',
      'ANSWER: A',
      '',
      'Who met him?',
      'A. Putin',
      'B. Peskov',
      'ANSWER: A',
    ].join('\n')
    const { questions, problems } = parseAiken(text)
    expect(problems).toEqual([])
    expect(questions).toMatchObject([
      {
        line: 1,
        number: 1,
        prompt: 'Where did Assad fly?',
        choices: ['Sochi', 'Moscow'],
        answer: 'Sochi',
        places: { 'choices.1': { line: 5 }, answer: { line: 7 } },
      },
      { line: 9, number: 2, prompt: 'Who met him?', choices: ['Putin', 'Peskov'] },
    ])
    // A question without its ANSWER line still ends where the next question's words begin.
    const cut = parseAiken('Where?\nA. Sochi\nB. Minsk\n\nWho?\nA. Putin\nB. Peskov\nANSWER: A')
    expect(cut.questions.map((q) => [q.prompt, q.answer])).toEqual([
      ['Where?', ''],
      ['Who?', 'Putin'],
    ])
    expect(cut.problems.map((p) => [p.line, p.unfinished])).toEqual([[3, true]])
  })

  it('tells an option lettered “A:” or “A -” how Moodle reads one, at its line', () => {
    const said = (text: string) => parseAiken(text).problems.map((p) => `${p.line} ${p.message}`)
    expect(said('Where?\nA: Sochi\nB: Minsk\nANSWER: A')).toEqual([
      "2 Question 1 (“Where?”): an option's letter needs “.” or “)” after it: write “A. Sochi”",
    ])
    expect(said('Where?\nA - Sochi\nB - Minsk\nANSWER: A')).toEqual([
      "2 Question 1 (“Where?”): an option's letter needs “.” or “)” after it: write “A. Sochi”",
    ])
    // One among options written as Moodle reads them, at its own line.
    expect(said('Where?\nA. Sochi\nB: Minsk\nANSWER: A')).toEqual([
      "3 Question 1 (“Where?”): an option's letter needs “.” or “)” after it: write “B. Minsk”",
    ])
    // A question's own words may start so (“Q: Where?”): only the lines after them are options.
    expect(said('Q: Where?\nA. Sochi\nANSWER: A')).toEqual([
      '1 Question 1 (“Q: Where?”), options: Add at least two options (A. …, B. …); it has one',
    ])
  })

  it('names a question whose options repeat in the preview at the repeated option’s line, and keeps the others', () => {
    const text = [
      'Where did Assad fly?',
      'A. Sochi',
      'B. Moscow',
      'ANSWER: A',
      '',
      'Where did they meet?',
      'A. Sochi',
      'B. Sochi',
      'ANSWER: A',
    ].join('\n')
    const r = importFile('places.aiken', text)
    expect(r.errors).toEqual([])
    // Line 8, where “B. Sochi” is to be changed; not line 6, where the question starts.
    expect(r.leftOut).toEqual([
      {
        line: 8,
        question: 6,
        message:
          'Question 2, option 2: Change or remove this option: “Sochi” is already an option above',
      },
    ])
    expect(leftOutCount(r)).toBe(1)
    expect(r.questions.map((q) => q.prompt)).toEqual(['Where did Assad fly?'])
  })

  it('names a question in its problems by its place in the file when one before it could not be read, and numbers its id among those that came in', () => {
    const text = [
      'Which day?',
      'A. Saturday',
      'B. Sunday',
      'ANSWER: E',
      '',
      'Who is the mayor?',
      'A. Mark Hughes',
      'B. Mark Hughes',
      'ANSWER: A',
      '',
      'Which river?',
      'A. Severn',
      'B. Thames',
      'ANSWER: A',
    ].join('\n')
    const r = importFile('flood.aiken', text)
    expect(r.errors).toEqual([])
    expect(r.leftOut).toEqual([
      {
        line: 4,
        question: 1,
        message:
          'Question 1 (“Which day?”): Write the letter of one of its options (A, B) after “ANSWER:”: “E” is not one',
      },
      {
        line: 8,
        question: 6,
        message:
          'Question 2, option 2: Change or remove this option: “Mark Hughes” is already an option above',
      },
    ])
    expect(r.questions.map((q) => [q.id, q.prompt])).toEqual([['q1', 'Which river?']])
  })

  it.each([
    ['A.', 'Sochi'],
    ['(B)', 'Minsk'],
    ['B)', 'Minsk'],
    ['b', 'Minsk'],
  ])('reads ANSWER: %s as Moodle does, by its letter', (given, answer) => {
    const r = importFile('q.txt', `Where?\nA. Sochi\nB. Minsk\nANSWER: ${given}\n`)
    expect(r.errors).toEqual([])
    expect(r.questions[0]).toMatchObject({ answer })
  })

  it.each([
    ['Sochi', "Question 1 (“Where?”): write the option's letter, not its words: “ANSWER: A”"],
    ['minsk', "Question 1 (“Where?”): write the option's letter, not its words: “ANSWER: B”"],
    [
      'A, B',
      'Question 1 (“Where?”): Keep one letter after “ANSWER:”, then make it a tick-all-that-apply question in the editor after importing: “A, B” names more than one option, and Aiken has one right answer',
    ],
    [
      'A and B',
      'Question 1 (“Where?”): Keep one letter after “ANSWER:”, then make it a tick-all-that-apply question in the editor after importing: “A and B” names more than one option, and Aiken has one right answer',
    ],
    [
      'AB',
      'Question 1 (“Where?”): Keep one letter after “ANSWER:”, then make it a tick-all-that-apply question in the editor after importing: “AB” names more than one option, and Aiken has one right answer',
    ],
    [
      'ba',
      'Question 1 (“Where?”): Keep one letter after “ANSWER:”, then make it a tick-all-that-apply question in the editor after importing: “ba” names more than one option, and Aiken has one right answer',
    ],
    // Letters that are not all options' are not read as several answers.
    [
      'AZ',
      'Question 1 (“Where?”): Write the letter of one of its options (A, B) after “ANSWER:”: “AZ” is not one',
    ],
    [
      '',
      "Question 1 (“Where?”): the ANSWER: line has no letter: write the right option's, like “ANSWER: A”",
    ],
    [
      'd',
      'Question 1 (“Where?”): Write the letter of one of its options (A, B) after “ANSWER:”: “d” is not one',
    ],
  ])('says what to write instead of ANSWER: %s, at its line', (given, message) => {
    const r = importFile('q.txt', `Where?\nA. Sochi\nB. Minsk\nANSWER: ${given}\n`)
    expect(r.errors).toEqual([{ line: 4, question: 1, message }])
  })

  it('refuses a UTF-16 file in words, and names a set after its file without its extensions', () => {
    const utf16 = Buffer.from('\uFEFFWhere?\nA. Sochi\nB. Minsk\nANSWER: A\n', 'utf16le')
    const refused = importFile('places.txt', new TextDecoder().decode(utf16))
    expect(refused.errors.map((e) => e.message)).toEqual([
      'It is not UTF-8 text (it may be saved as UTF-16 or “Unicode”): save it as UTF-8 and import it again',
    ])
    expect(refused.questions).toEqual([])
    const read = importFile('dates_quiz.aiken.txt', 'Where?\nA. Sochi\nB. Minsk\nANSWER: A\n')
    expect(read.title).toBe('Dates quiz')
  })

  it.each([
    ['quiz-aiken.txt', 'Quiz'],
    ['Week 3 quiz_AIKEN.txt', 'Week 3 quiz'],
    ['poems (Moodle Aiken).txt', 'Poems'],
    ['aiken.txt', 'Aiken'],
    ['aiken-quiz.txt', 'Aiken quiz'],
    ['quiz-gift.txt', 'Quiz gift'],
    ['quiz-moodle.txt', 'Quiz'],
  ])(
    'names a set from %s as a teacher would: %s, not the format the file is written in',
    (file, title) => {
      // The last word is dropped only when it names the format the file is in: "quiz-gift.txt" is
      // Aiken here, and its "gift" may be what the quiz is about.
      expect(importFile(file, 'Where?\nA. Sochi\nB. Minsk\nANSWER: A\n').title).toBe(title)
    },
  )

  it.each([
    ['revision-gift.txt', 'Revision'],
    ['Unit 2 (GIFT).txt', 'Unit 2'],
    ['the-gift-of-the-magi.gift', 'The gift of the magi'],
    // The program it was exported from is not what the set is about either.
    ['quiz-moodle.gift', 'Quiz'],
    ['Poems_Moodle.gift', 'Poems'],
    ['Poems (Moodle GIFT).txt', 'Poems'],
    ['moodle.gift', 'Moodle'],
    ['moodle-quiz.gift', 'Moodle quiz'],
    // Capitals as the teacher wrote them; a first word without any starts with one.
    ['iPhone-quiz.gift', 'iPhone quiz'],
    ['week 3 QUIZ.gift', 'Week 3 QUIZ'],
    ['_poems_.gift', 'Poems'],
  ])('names a GIFT set from %s: %s', (file, title) => {
    expect(importFile(file, '::q1:: Where? {=Sochi ~Minsk}').title).toBe(title)
  })

  it('reads a Windows-1252 (Latin-1) file with its accents, and says how it read it', () => {
    // As Notepad's "ANSI" saves it: ù, é and À are one byte each, which UTF-8 cannot read.
    const text = 'Où a-t-il rencontré Poutine ?\nA. À Sotchi\nB. À Moscou\nANSWER: A\n'
    const ansi = Uint8Array.from([...text], (ch) => ch.charCodeAt(0))
    const read = importBytes('questions.txt', ansi)
    expect(read.errors).toEqual([])
    expect(read.questions[0]).toMatchObject({
      prompt: 'Où a-t-il rencontré Poutine ?',
      choices: ['À Sotchi', 'À Moscou'],
    })
    expect(read.notes[0]?.message).toBe(
      'It is not UTF-8 text, so it was read as Windows-1252 (Latin-1): check that accented letters look right in the preview, or save the file as UTF-8 and import it again',
    )
    expect(JSON.stringify(read.questions)).not.toContain('\uFFFD')
    // The bytes Windows-1252 puts where Latin-1 has control characters are its punctuation.
    expect(decodeText(Uint8Array.of(0x93, 0x4f, 0x4b, 0x94, 0x85, 0x80)).text).toBe('“OK”…€')
  })

  it('reads UTF-8 (with or without its mark) and UTF-16 with its mark, and says nothing', () => {
    const gift = '::q::Où est Sotchi ? {=Russie ~France}'
    const encodings: [string, Uint8Array][] = [
      ['utf-8', new TextEncoder().encode(gift)],
      ['utf-8 with its mark', new TextEncoder().encode(`\uFEFF${gift}`)],
      ['utf-16le', new Uint8Array(Buffer.from(`\uFEFF${gift}`, 'utf16le'))],
      ['utf-16be', new Uint8Array(Buffer.from(`\uFEFF${gift}`, 'utf16le').swap16())],
    ]
    for (const [name, bytes] of encodings) {
      const read = importBytes('q.gift', bytes)
      expect(read.errors, name).toEqual([])
      expect(read.questions[0]?.prompt, name).toBe('Où est Sotchi ?')
      expect(
        read.notes.map((n) => n.message).filter((m) => !m.includes('evidence')),
        name,
      ).toEqual([])
    }
  })

  it('decodes any bytes without throwing, and reads UTF-8 back as it was written', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(typeof decodeText(bytes).text).toBe('string')
      }),
    )
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const bytes = new TextEncoder().encode(text)
        // UTF-8 never has the bytes 0xFE and 0xFF, which start a UTF-16 mark.
        expect(decodeText(bytes)).toEqual({
          text: text.replace(/^\uFEFF/, ''),
          encoding: 'utf-8',
        })
      }),
    )
  })

  it.each([
    ['', 'The file has no questions'],
    [
      'A. alone\nANSWER: A',
      'Question 1 (“A. alone”), options: Add at least two options (A. …, B. …); it has none',
    ],
    ['ANSWER: A', 'Question 1 (“ANSWER: A”), question: Write the question'],
    [
      'Where?\nA. Sochi\nANSWER: A',
      'Question 1 (“Where?”), options: Add at least two options (A. …, B. …); it has one',
    ],
    ['Q?\nA. x\nB. y\nnot an option\nANSWER: A', 'Question 1 (“Q?”): “not an option” is neither'],
    [
      'Where?\na. Sochi\nb. Moscow\nANSWER: a',
      'Question 1 (“Where?”): options start with a capital letter: write “A. Sochi”',
    ],
    [
      'Where?\nA. Sochi\nb. Moscow\nANSWER: A',
      'Question 1 (“Where?”): options start with a capital letter: write “B. Moscow”',
    ],
    [
      'Where?\nA.Sochi\nB.Moscow\nANSWER: A',
      'Question 1 (“Where?”): an option needs a space after its letter: write “A. Sochi”',
    ],
    [
      'Where?\nA. Sochi\nB. Moscow\nANSWER A',
      'Question 1 (“Where?”): the ANSWER line needs a colon: write “ANSWER: A”',
    ],
    [
      'Where?\nA. Sochi\nB. Moscow\nAnswer - b',
      'Question 1 (“Where?”): the ANSWER line needs a colon: write “ANSWER: b”',
    ],
    [
      'Where?\nA. Sochi\nB. Moscow\nANSWER=(B)',
      'Question 1 (“Where?”): the ANSWER line needs a colon: write “ANSWER: (B)”',
    ],
    [
      'Where?\nA. Sochi\nB. Moscow\nWho met him?\nA. Putin\nB. Peskov\nANSWER: A',
      'Question 1 (“Where?”): “Who met him?” is neither an option (A. or A)) nor the ANSWER: line; if a new question starts here, the one above has no “ANSWER: X” line',
    ],
  ])('refuses %j', (text, message) => {
    expect(parseAiken(text).problems[0]?.message).toContain(message)
  })

  it('reads the question after an ANSWER line whose colon was forgotten, with no blank line between', () => {
    const { questions, problems } = parseAiken(
      'Where?\nA. Sochi\nB. Moscow\nANSWER A\nWho met him?\nA. Putin\nB. Peskov\nANSWER: A',
    )
    expect(problems).toEqual([
      {
        line: 4,
        question: 1,
        message: 'Question 1 (“Where?”): the ANSWER line needs a colon: write “ANSWER: A”',
      },
    ])
    expect(questions.map((q) => [q.line, q.prompt, q.answer])).toEqual([
      [5, 'Who met him?', 'Putin'],
    ])
  })

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('A', '.', ')', ' ', '\n', 'ANSWER:', 'x') }),
        (t) => {
          const { questions, problems } = parseAiken(t)
          expect(questions.length + problems.length).toBeGreaterThan(0)
        },
      ),
    )
  })
})

describe('importing a file', () => {
  it('asks for the schema version a set written by hand left out, in words, never “undefined”', () => {
    const { schemaVersion, ...mine } = shipped
    void schemaVersion
    const r = importFile('mine.json', JSON.stringify(mine, null, 2))
    expect(r.errors.map((e) => [e.line, e.message])).toEqual([
      [1, 'Schema version: Is missing: add it (1 or 2)'],
    ])
  })

  it.each([
    ['set.json', '{}', 'json'],
    ['set.gift', '', 'gift'],
    ['set.txt', 'Q?\nA. x\nB. y\nANSWER: A', 'aiken'],
    ['set.txt', '::q::Q? {T}', 'gift'],
    // Moodle trims every line: an indented Aiken file is still Aiken.
    ['set.txt', '  Q?\n   A. x\n   B. y\n  ANSWER: A', 'aiken'],
    // Aiken whose ANSWER line was forgotten: still Aiken, not GIFT with no braces.
    ['set.txt', 'Q?\nA. x\nB) y', 'aiken'],
    ['set.txt', 'Q? {=A. x ~B. y}', 'gift'],
  ])('tells %s (%j) is %s', (file, text, format) => {
    expect(detectFormat(file, text)).toBe(format)
  })

  it('names each question left out once, by the line it starts on and its first words, for the editor to name', () => {
    const gift = importFile(
      'talks.gift',
      [
        '// Essays',
        '::essay::[html]<p>Describe the talks\\: who spoke?</p> {}',
        '',
        'Who hosted',
        ' in Sochi? {=A ~B}}',
        '',
        'Where? {=Sochi ~Minsk}',
      ].join('\n'),
    )
    expect(gift.leftOutQuestions).toEqual([
      { line: 2, words: 'Describe the talks: who spoke?' },
      { line: 4, words: 'Who hosted' },
    ])
    const aiken = importFile(
      'quiz.txt',
      'Where?\nA. Sochi\nANSWER: A\n\nWho?\nA. X\nB. Y\nANSWER: A\n',
    )
    expect(aiken.leftOutQuestions).toEqual([{ line: 1, words: 'Where?' }])
    const bank = structuredClone(shipped)
    ;(bank.questions[1] as { type: string }).type = 'essay'
    const json = importFile('set.json', JSON.stringify(bank, null, 2))
    expect(json.leftOut.length).toBeGreaterThan(0)
    expect(json.leftOutQuestions).toEqual([
      { line: expect.any(Number), words: clipWords(shipped.questions[1]!.prompt, 40) },
    ])
    // A set-aside copy has no lines: by its number in the copy, as its preview names it.
    const form = draftOf(shipped)
    const questions = form.questions.map((q, i) => (i === 2 ? { ...q, type: 'essay' } : q))
    const copy = importFile('passage-set-aside-x.txt', setAsideCopy({ ...form, questions }))
    expect(copy.leftOutQuestions).toEqual([
      { question: 3, words: clipWords(shipped.questions[2]!.prompt, 40) },
    ])
  })

  it('an Aiken file with no ANSWER line brings its question in unfinished, said at its line, not in GIFT words', () => {
    const r = importFile('quiz.txt', 'What colour is the sky?\nA. Blue\nB. Green\n')
    expect(r.format).toBe('aiken')
    expect([r.errors, r.leftOut, r.questions]).toEqual([[], [], []])
    expect(r.unfinished).toEqual([
      {
        line: 3,
        question: 1,
        message:
          'Question 1 (“What colour is the sky?”), right answer: add an “ANSWER: X” line after its options',
      },
    ])
    expect(r.form?.questions).toMatchObject([
      {
        type: 'single',
        prompt: 'What colour is the sky?',
        choices: [
          { text: 'Blue', correct: false },
          { text: 'Green', correct: false },
        ],
      },
    ])
  })

  it('brings a GIFT choice question with no right answer marked in unfinished, among the others in the file’s order; one with another fault stays left out', () => {
    const r = importFile(
      'talks.gift',
      [
        '::fly::Where did Assad fly? {=Sochi ~Minsk}',
        '',
        '::who::Who spoke first? {~Peskov ~Lavrov ~Putin}',
        '',
        '::twice::Which city? {~Sochi ~Sochi}',
        '',
        '::tick::Who spoke? {~%-50%Peskov ~%-50%Lavrov}',
        '',
        '::tf::Was it in 2018? {T}',
      ].join('\n'),
    )
    expect(r.errors).toEqual([])
    // The finished ones are the set's questions, as before.
    expect(r.questions.map((q) => q.id)).toEqual(['fly', 'tf'])
    expect(r.leftOut.map((p) => p.line)).toEqual([5])
    expect(r.unfinished?.map((p) => [p.line, p.message])).toEqual([
      [
        3,
        'Question “who” (“Who spoke first?”), right answer: mark it with “=” (or give it a %weight%)',
      ],
      [7, 'Question “tick” (“Who spoke?”), right answer: mark it with “=” (or give it a %weight%)'],
    ])
    // One to choose, as one written with “~” alone most likely is; a tick-all where weights say so.
    expect(
      r.form?.questions.map((q) => [q.prompt, q.type, q.choices.some((c) => c.correct)]),
    ).toEqual([
      ['Where did Assad fly?', 'single', true],
      ['Who spoke first?', 'single', false],
      ['Who spoke?', 'multiple', false],
      ['Was it in 2018?', 'truefalse', false],
    ])
    expect(r.formLines).toEqual([1, 3, 7, 9])
    expect(r.formNumbers).toEqual([1, 2, 3, 4])
    expect(new Set(r.form?.questions.map((q) => q.id)).size).toBe(4)
    // No right tick yet, so no share to name: “(0%)” said a wrong tick would take nothing off.
    expect(r.notes.map((p) => p.message)).toContain(
      'Question “tick” (“Who spoke?”): marks taken off for a wrong choice were left out: “Peskov” (-50%), “Lavrov” (-50%); here each wrong tick takes off what a right tick earns, never below no marks',
    )
    expect(r.notes.at(-1)?.message).toBe(
      '4 questions have no evidence yet: pick the sentences in the editor',
    )
  })

  it('points a GIFT problem at the question’s own line, not the `//` line Moodle writes above it', () => {
    const r = importFile(
      'moodle.gift',
      '// question: 101  name: sky\n::sky::The sky is {=blue ~green}\n\n// question: 102  name: essay\n::essay::Write about it. {}\n\n// question: 103  name: bad\n::bad::Pick one {~a ~b}\n',
    )
    expect(r.lines).toEqual([2])
    expect(r.errors).toEqual([])
    expect(r.leftOut.map((e) => e.line)).toEqual([5])
    // No answer marked: it comes in unfinished, said at its answers.
    expect(r.unfinished?.map((e) => e.line)).toEqual([8])
    expect(r.formLines).toEqual([2, 8])
  })

  it('reads a plain Moodle GIFT file: every type we have, what it skipped, with lines', () => {
    const r = importFile('sochi.gift', fixture('good.gift'))
    expect(r.errors).toEqual([])
    expect(r.title).toBe('Sochi talks')
    expect(r.questions.map((q) => [q.id, q.type])).toEqual([
      ['fly', 'single'],
      ['tf', 'truefalse'],
      ['short', 'short'],
      ['year', 'numeric'],
      ['range', 'numeric'],
      ['match', 'matching'],
      ['escaped', 'single'],
    ])
    expect(r.lines).toEqual([4, 10, 12, 14, 16, 18, 23])
    expect(r.questions[6]).toMatchObject({
      prompt: 'Which sign means = in GIFT: the escape { }?',
      choices: ['a backslash', 'a colon'],
    })
    expect(r.questions[4]).toMatchObject({ answer: 3, tolerance: 2 })
    expect(r.notes.map((n) => problemText('sochi.gift', n))).toEqual([
      // At the answer each is about: “=Sochi #Right.” on line 5, “~%50%Black Sea coast” on 7.
      "sochi.gift:5:3: Question “fly” (“Where did Assad fly to meet Putin?”): the feedback on one answer (after “#”) was left out; Passage explains every answer with the question's explanation and evidence",
      'sochi.gift:7:3: Question “fly” (“Where did Assad fly to meet Putin?”): part marks were left out: “Black Sea coast” (50%); here it counts as wrong',
      "sochi.gift:10:34: Question “tf” (“Assad met Putin in Sochi.”): the feedback on 2 answers (after “#”) was left out; Passage explains every answer with the question's explanation and evidence",
      'sochi.gift:28: A description (text only, no question), “This line is a description.”, was not brought in; to make it a question, add its answers in “{ }”',
      'sochi.gift: 7 questions have no evidence yet: pick the sentences in the editor',
    ])
    expect(r.leftOut.map((n) => problemText('sochi.gift', n))).toEqual([
      'sochi.gift:25:33: Question “essay” (“Write about the talks.”): Write its answers between “{” and “}” to bring it in: Passage cannot mark an essay question',
    ])
    expect(leftOutCount(r)).toBe(1)
  })

  it('reads a Moodle export of HTML questions as the text students would see, and says what it left out', () => {
    const r = importFile('talks.gift', fixture('moodle-html.gift'))
    expect(r.errors).toEqual([])
    expect(r.questions[0]).toEqual({
      id: 'Where',
      type: 'single',
      prompt: 'Where did the two leaders meet on 17 May?',
      choices: ['Sochi', 'Moscow', 'Damascus & Aleppo'],
      answer: 'Sochi',
      explanation: 'The Kremlin’s account puts the talks in Sochi. See the first paragraph.',
    })
    expect(r.questions[1]).toMatchObject({ prompt: 'Which city is on this map?' })
    expect(r.questions[2]).toMatchObject({
      type: 'matching',
      pairs: [
        { left: 'Assad', right: 'Syrian president' },
        { left: 'Peskov', right: 'Kremlin spokesman' },
      ],
    })
    expect(JSON.stringify(r.questions)).not.toMatch(/[<>]|&[a-z#0-9]+;/)
    expect(r.notes.map((n) => problemText('talks.gift', n))).toEqual([
      'talks.gift:5: Question “Where” (“Where did the two leaders meet on 17…”): the bold in it became plain text (Passage shows questions as text): check that the words alone say what the formatting did',
      'talks.gift:13: Question “Map” (“Which city is on this map?”): an image or other media in it was left out: Passage shows text',
      'talks.gift: 3 questions have no evidence yet: pick the sentences in the editor',
    ])
  })

  interface Slip {
    errors?: string[]
    notes?: string[]
    leftOut?: string[]
    questions?: object[]
  }
  it.each<[string, string, Slip]>([
    [
      'a matching question of one pair',
      '::who::Match them. {=Assad -> Syria}',
      { errors: ['Question “who” (“Match them.”), pairs: Add at least two pairs'] },
    ],
    [
      'a name without its closing “::”',
      '::Q7 Which year was it? {#2018}',
      {
        notes: [
          'Question 1 (“Q7 Which year was it?”): its name has no closing “::”, so the name is read as part of the question: end the name with “::”, as in “::Q1:: Who…”',
        ],
        questions: [{ prompt: 'Q7 Which year was it?', type: 'numeric', answer: 2018 }],
      },
    ],
    [
      'an answer written without “=”',
      '::tf::Assad met Putin in Sochi. {X}',
      {
        notes: [
          'Question “tf” (“Assad met Putin in Sochi.”): the answer “X” has no “=” before it, so it is taken as a right short answer',
        ],
        questions: [{ id: 'tf', type: 'short', accepted: ['X'] }],
      },
    ],
    [
      'a question on the line after “$CATEGORY:”, without a blank line between',
      '$CATEGORY: $course$/top/Sochi\n::where::Where did Assad fly? {=Sochi ~Moscow}',
      { questions: [{ id: 'where', type: 'single', answer: 'Sochi' }] },
    ],
    [
      'a one-answer choice question with two answers marked right',
      '::who::Who met Assad? {=Putin =Medvedev ~Erdogan}\n\n::tf::Sochi is in Russia. {T}',
      {
        leftOut: [
          'Question “who” (“Who met Assad?”): Keep one “=”, or give each right answer its share (~%50%…) to make it a tick-all-that-apply question: 2 answers are marked right with “=” (“Putin”, “Medvedev”), and a question with one answer to choose has one',
        ],
        questions: [{ id: 'tf' }],
      },
    ],
    [
      'a short answer worth part marks',
      '::where::Where? {=Sochi =%50%Sotchi#Nearly}',
      {
        notes: [
          'Question “where” (“Where?”): part marks were left out: “Sotchi” (50%); add it to the accepted answers in the editor if it should count as right',
          "Question “where” (“Where?”): the feedback on one answer (after “#”) was left out; Passage explains every answer with the question's explanation and evidence",
        ],
        questions: [{ id: 'where', type: 'short', accepted: ['Sochi'] }],
      },
    ],
    [
      'a short answer that takes marks off',
      '::who::Who spoke for the Kremlin? {=Peskov =%-50%Lavrov}',
      {
        notes: [
          'Question “who” (“Who spoke for the Kremlin?”): marks taken off for a wrong answer were left out: “Lavrov” (-50%); here any other answer earns no marks and takes none away',
        ],
        questions: [{ id: 'who', type: 'short', accepted: ['Peskov'] }],
      },
    ],
    [
      'a number that takes marks off',
      '::year::Year? {#=2018 =%-50%2017}',
      {
        notes: [
          'Question “year” (“Year?”): marks taken off for a wrong number were left out: “2017” (-50%); here any other number earns no marks and takes none away',
        ],
        questions: [{ type: 'numeric', answer: 2018 }],
      },
    ],
    [
      'a choice worth part marks in a one-answer question',
      '::who::Who? {=Assad ~%50%Bashar ~Putin}',
      {
        notes: [
          'Question “who” (“Who?”): part marks were left out: “Bashar” (50%); here it counts as wrong',
        ],
        questions: [{ type: 'single', answer: 'Assad' }],
      },
    ],
    [
      'right choices of unequal weight',
      '::which::Which? {~%50%Assad ~%25%Putin ~%25%Lavrov ~%-100%Peskov}',
      {
        notes: [
          'Question “which” (“Which?”): part marks were left out: “Assad” (50%), “Putin” (25%), “Lavrov” (25%); here each right choice counts the same',
          'Question “which” (“Which?”): marks taken off for a wrong choice were left out: “Peskov” (-100%); here each wrong tick takes off what a right tick earns (33.333%), never below no marks',
        ],
        questions: [{ type: 'multiple', answers: ['Assad', 'Putin', 'Lavrov'] }],
      },
    ],
    [
      'a wrong single choice that takes marks off',
      '::who::Who? {=Assad ~%-50%Putin ~Lavrov}',
      {
        notes: [
          'Question “who” (“Who?”): marks taken off for a wrong choice were left out: “Putin” (-50%); here a wrong choice earns no marks and takes none away',
        ],
        questions: [{ type: 'single', answer: 'Assad' }],
      },
    ],
    [
      'wrong ticks that take off what a right tick earns, as Passage marks them',
      '::which::Which? {~%50%Assad ~%50%Putin ~%-50%Lavrov ~%-50%Peskov}',
      { notes: [], questions: [{ type: 'multiple', answers: ['Assad', 'Putin'] }] },
    ],
    [
      'two right numbers',
      '::year::Year? {#=2018 =2017}\n\n::tf::Sochi is in Russia. {T}',
      {
        leftOut: [
          'Question “year” (“Year?”): Keep one “=”, with a range if need be (“=2018:1” for 2017 to 2019): Passage takes one right number, and 2 are marked right (“2018”, “2017”)',
        ],
        questions: [{ id: 'tf' }],
      },
    ],
    [
      'numbers quoted as the teacher wrote them: a range by its ends, not its middle',
      '::year::Year? {#=%50%2017..2019 =%25%2016..2020}\n\n::when::When? {#=%100%2018:0 =%50%2017 .. 2019 =%20%2018:3}',
      {
        notes: [
          'Question “year” (“Year?”): no answer earns full marks (the best, “2017..2019”, earns 50%); here it is the right answer and earns full marks',
          'Question “year” (“Year?”): part marks were left out: “2016..2020” (25%); here only the right number counts',
          'Question “when” (“When?”): part marks were left out: “2017 .. 2019” (50%), “2018:3” (20%); here only the right number counts',
        ],
        questions: [
          { type: 'numeric', answer: 2018, tolerance: 1 },
          { type: 'numeric', answer: 2018, tolerance: 0 },
        ],
      },
    ],
    [
      'a range written high to low',
      '::year::Which year? {#2019..2017}',
      { questions: [{ type: 'numeric', answer: 2018, tolerance: 1 }] },
    ],
    [
      'a Moodle matching question with extra wrong answers (nothing before “->”)',
      '::who::Match each to their country. {=Assad -> Syria =Putin -> Russia = -> France =  -> Iran}',
      {
        notes: [
          'Question “who” (“Match each to their country.”): the extra answers “France”, “Iran” (with nothing before “->”, which Moodle offers as wrong choices) were left out: Passage offers the right sides of the pairs only',
        ],
        questions: [
          {
            type: 'matching',
            pairs: [
              { left: 'Assad', right: 'Syria' },
              { left: 'Putin', right: 'Russia' },
            ],
          },
        ],
      },
    ],
    [
      'a number worth part marks',
      '::year::Year? {#=%100%2018:0 =%50%2018:2 ~#Look again}',
      {
        notes: [
          'Question “year” (“Year?”): part marks were left out: “2018:2” (50%); here only the right number counts',
          "Question “year” (“Year?”): the feedback on one answer (after “#”) was left out; Passage explains every answer with the question's explanation and evidence",
        ],
        questions: [{ type: 'numeric', answer: 2018, tolerance: 0 }],
      },
    ],
    [
      'feedback on number answers, and on any other number (“~#”)',
      '::year::Year? {#=2018:0#Well done =%50%2017#Close ~#Try again}',
      {
        notes: [
          'Question “year” (“Year?”): part marks were left out: “2017” (50%); here only the right number counts',
          "Question “year” (“Year?”): the feedback on 3 answers (after “#”) was left out; Passage explains every answer with the question's explanation and evidence",
        ],
        questions: [{ type: 'numeric', answer: 2018, tolerance: 0 }],
      },
    ],
    [
      'a choice marked right with “=” and given part marks as well',
      '::who::Who? {=%50%Assad ~Putin}',
      {
        notes: [
          'Question “who” (“Who?”): “Assad” is marked right with “=” and given 50% too: Moodle gives an answer after “=” full marks, so here it is the right answer (for part marks, write “~%50%Assad”)',
        ],
        questions: [{ type: 'single', choices: ['Assad', 'Putin'], answer: 'Assad' }],
      },
    ],
    [
      'a number question whose one answer earns part marks',
      '::year::Year? {#=%50%2015:1}',
      {
        notes: [
          'Question “year” (“Year?”): no answer earns full marks (the best, “2015:1”, earns 50%); here it is the right answer and earns full marks',
        ],
        questions: [{ type: 'numeric', answer: 2015, tolerance: 1 }],
      },
    ],
    [
      'a short answer whose answers all earn part marks',
      '::where::Where? {=%50%Sochi =%50%Adler =%25%Russia}',
      {
        notes: [
          'Question “where” (“Where?”): no answer earns full marks (the best, “Sochi” and “Adler”, earn 50%); here they are right answers and earn full marks',
          'Question “where” (“Where?”): part marks were left out: “Russia” (25%); add it to the accepted answers in the editor if it should count as right',
        ],
        questions: [{ type: 'short', accepted: ['Sochi', 'Adler'] }],
      },
    ],
    [
      'a short answer with nothing that earns marks',
      '::where::Where? {=%-50%Moscow}\n\n::tf::Sochi is in Russia. {T}',
      {
        leftOut: [
          'Question “where” (“Where?”): Mark the right answer with “=”: no answer earns marks, so no student could be right',
        ],
        questions: [{ id: 'tf' }],
      },
    ],
    [
      'Markdown text',
      '::who::[markdown]Who said the talks were **very** *productive*? See `Kremlin` [the record](https://kremlin.ru/x).{\n=Peskov\n~__Putin__\n####It was *Peskov*.}',
      {
        notes: [
          'Question “who” (“Who said the talks were very…”): the bold, italics, code formatting and links in it became plain text (Passage shows questions as text): check that the words alone say what the formatting did',
        ],
        questions: [
          {
            prompt:
              'Who said the talks were very productive? See Kremlin the record (https://kremlin.ru/x).',
            choices: ['Peskov', 'Putin'],
            explanation: 'It was Peskov.',
          },
        ],
      },
    ],
    [
      'HTML tags in Moodle’s own format, which Moodle shows as formatting',
      '::who::Who said it was <b>very</b> productive?<br>Choose one.{=Peskov ~Putin}\n\n::cmp::Is 3 < 4 and 5 > 2 & true? {T}',
      {
        notes: [
          'Question “who” (“Who said it was very productive? Choose…”): the bold and HTML tags in it became plain text (Passage shows questions as text): check that the words alone say what the formatting did',
        ],
        questions: [
          { prompt: 'Who said it was very productive? Choose one.' },
          { prompt: 'Is 3 < 4 and 5 > 2 & true?' },
        ],
      },
    ],
    [
      'a tag that was meant as words, which Moodle would read as formatting',
      '::p::What does the <p> tag do?{=starts a paragraph ~ends a page}',
      {
        notes: [
          'Question “p” (“What does the tag do?”): the HTML tags in it became plain text (Passage shows questions as text): check that the words alone say what the formatting did',
        ],
        questions: [{ prompt: 'What does the tag do?' }],
      },
    ],
    [
      'plain and Moodle text, kept as written',
      '::a::[plain]Is 2 * 3 > 5 **really**? {T}\n\n::b::[moodle]Is a_b_c a *name*? {F}',
      {
        questions: [{ prompt: 'Is 2 * 3 > 5 **really**?' }, { prompt: 'Is a_b_c a *name*?' }],
      },
    ],
  ])('says plainly what it did with %s', (_, text, expected) => {
    const r = importFile('slip.gift', text)
    expect(r.errors.map((e) => e.message)).toEqual(expected.errors ?? [])
    expect(r.notes.map((n) => n.message).filter((m) => !m.includes('no evidence'))).toEqual(
      expected.notes ?? [],
    )
    expect(r.leftOut.map((n) => n.message)).toEqual(expected.leftOut ?? [])
    if (expected.questions) expect(r.questions).toMatchObject(expected.questions)
  })

  it('leaves out a number question, as a short answer, when its only answer takes marks off, at that answer', () => {
    // Moodle marks no answer right in either: “2017” came in as right, with a note.
    const gift = [
      '::year::Which year? {#=%-50%2017}',
      '',
      '::where::Where? {',
      '  =%-50%Moscow',
      '}',
      '',
      '::tf::Sochi is in Russia. {T}',
    ].join('\n')
    const r = importFile('q.gift', gift)
    expect(r.questions.map((q) => q.id)).toEqual(['tf'])
    expect(r.leftOut.map((p) => problemText('q.gift', p))).toEqual([
      'q.gift:1:23: Question “year” (“Which year?”): Mark the right number with “=”: no number earns marks, so no student could be right',
      'q.gift:4:3: Question “where” (“Where?”): Mark the right answer with “=”: no answer earns marks, so no student could be right',
    ])
    expect(r.notes.filter((n) => !n.message.includes('no evidence'))).toEqual([])
  })

  it.each([
    ['\n', 'Unix'],
    ['\r\n', 'Windows'],
    ['\r', 'old Mac'],
  ])('says a blank line is missing between two questions (%j line ends), at the second', (eol) => {
    const r = importFile('run-on.gift', ['::a::Is it so?{T}', '::b::Who?{=Assad ~Putin}'].join(eol))
    // Line 2, above which the empty line goes.
    expect(r.errors).toEqual([
      {
        line: 2,
        question: 1,
        message:
          'Question “a” (“Is it so?”): it runs on into the next question: put an empty line between questions',
      },
    ])
  })

  it('warns at its line of a true/false answer with a third feedback part, as Moodle would fold it into the second', () => {
    const r = importFile(
      'tf.gift',
      '::ok::Fine {TRUE#wrong#right}\n\n::tf::Assad flew to Sochi. {TRUE#No.#Yes.#Well done}\n',
    )
    expect(r.errors).toEqual([])
    expect(r.questions.map((q) => q.id)).toEqual(['ok', 'tf'])
    // At the extra “#”, column 42.
    expect(r.notes.filter((n) => n.message.includes('feedback parts'))).toEqual([
      {
        line: 3,
        column: 42,
        question: 3,
        message:
          'Question “tf” (“Assad flew to Sochi.”): “TRUE” has 3 feedback parts after “#”, but a true/false question has two (for a wrong answer, then for a right one): Moodle would add “#Well done” to the second; remove the extra “#” or write it as “\\#”',
      },
    ])
    // Counted as Moodle counts them: two answers' feedback, the second with the extra part in it.
    expect(r.notes.map((n) => n.message)).toContain(
      "Question “tf” (“Assad flew to Sochi.”): the feedback on 2 answers (after “#”) was left out; Passage explains every answer with the question's explanation and evidence",
    )
  })

  it('lists its errors in the order of the lines they are about, whichever pass found them', () => {
    const gift =
      '::q1::Where? {=Sochi ~Moscow\n\n::q2::Who? {=Putin ~Putin ~Peskov}\n\n::q3::Year? {#20x5}\n'
    expect(importFile('mine.gift', gift).errors.map((e) => e.line)).toEqual([1, 3, 5])
    const aiken = 'Where?\nA. Sochi\nB. Sochi\nANSWER: A\n\nWho?\nA. Putin\nB. Peskov\nANSWER: D\n'
    expect(importFile('mine.aiken', aiken).errors.map((e) => e.line)).toEqual([3, 9])
  })

  it('shows how to write a number answer in the form the question uses', () => {
    const said = (block: string) =>
      importFile('mine.gift', `::t::Is it so? {T}\n\n${block}`).leftOut.map((p) => p.message)
    // “{#20x5}”: one number after “#”, as most teachers write it; not Moodle's “=” form.
    expect(said('::y::Year? {#20x5}')).toEqual([
      'Question “y” (“Year?”): Write a number as the answer, like “{#2018}”, or “{#2018:1}” for 2017 to 2019: “20x5” is not one',
    ])
    // Several answers, each after “=”, as Moodle exports them: the example is one of those.
    expect(said('::y::Year? {#=2015 =20x5:1}')).toEqual([
      'Question “y” (“Year?”): Write a number as the answer, like “=2018”, or “=2018:1” for 2017 to 2019: “20x5:1” is not one',
    ])
    // “{#}”: none written, said so, not quoted as “”.
    expect(said('::y::Year? {#}')).toEqual([
      'Question “y” (“Year?”): Write a number as the answer, like “{#2018}”, or “{#2018:1}” for 2017 to 2019: it has none',
    ])
  })

  it('refuses a weight that is no share of the marks at its line and column, with the answer written as it should be', () => {
    const refused = (block: string) =>
      importFile('mine.gift', `::t::Is it so? {T}\n\n${block}`).leftOut.map((p) =>
        problemText('mine.gift', p),
      )
    const write = 'Write the marks it earns as a number up to 100 between the “%” signs, like'
    // Moodle would keep “%x%” as the option's words: no teacher means that.
    expect(refused('::who::Who met Assad? {=Putin ~%x%Lavrov ~Peskov}')).toEqual([
      `mine.gift:3:31: Question “who” (“Who met Assad?”): ${write} “~%50%Lavrov” for half marks: “%x%” is not a number`,
    ])
    expect(refused('::who::Who met Assad? {=Putin\n  ~%%Lavrov#No\n  ~Peskov}')).toEqual([
      `mine.gift:4:3: Question “who” (“Who met Assad?”): ${write} “~%50%Lavrov” for half marks: “%%” has no number`,
    ])
    // Moodle refuses a grade over 100%; here it was a right answer, or two, as it happened.
    expect(refused('::who::Who met Assad? {~%150%Putin ~Lavrov}')).toEqual([
      `mine.gift:3:24: Question “who” (“Who met Assad?”): ${write} “~%50%Putin” for half marks: “%150%” is more than full marks`,
    ])
    expect(refused('::where::Where? {=Sochi =%x%Adler}')).toEqual([
      `mine.gift:3:25: Question “where” (“Where?”): ${write} “=%50%Adler” for half marks: “%x%” is not a number`,
    ])
    expect(refused('::year::Year? {#=2018 =%150%2017}')).toEqual([
      `mine.gift:3:23: Question “year” (“Year?”): ${write} “=%50%2017” for half marks: “%150%” is more than full marks`,
    ])
    // What Moodle reads: full marks, a penalty (named in a note), and words after “=”.
    const kept = importFile(
      'mine.gift',
      '::a::Who? {=%100%Putin ~%-50%Lavrov ~Peskov}\n\n::b::Who? {=%x%Putin ~Lavrov}',
    )
    expect(kept.leftOut).toEqual([])
    expect(kept.questions.map((q) => q.type === 'single' && q.answer)).toEqual([
      'Putin',
      '%x%Putin',
    ])
    expect(kept.notes.map((n) => n.message)).toContain(
      'Question “a” (“Who?”): marks taken off for a wrong choice were left out: “Lavrov” (-50%); here a wrong choice earns no marks and takes none away',
    )
  })

  it('names the question of each error beside its line: by its name, or by its place among the questions', () => {
    const gift =
      'Where? {=Sochi ~Moscow}\n\n::Q8 tables::What is 20 times 5? {#20x5}\n\nWhy? {~only}\n'
    expect(importFile('mine.gift', gift).leftOut).toEqual([
      {
        line: 3,
        column: 36,
        question: 3,
        message:
          'Question “Q8 tables” (“What is 20 times 5?”): Write a number as the answer, like “{#2018}”, or “{#2018:1}” for 2017 to 2019: “20x5” is not one',
      },
      {
        line: 5,
        column: 6,
        question: 5,
        message: 'Question 3 (“Why?”), options: Add at least two options, each after “=” or “~”',
      },
    ])
  })

  it.each([
    ['::q1:: {=Sochi ~Moscow}', 'Question “q1”, question: Write the question'],
    ['::q1::Where? {=Sochi ~ ~Moscow}', 'Question “q1”, option 2: Write option 2, or remove it'],
    [
      '::q1::Where? {~%50%Sochi ~%50%Sochi ~Minsk}',
      'Question “q1”, option 2: Change or remove this option: “Sochi” is already an option above',
    ],
    [
      '::q1::Where? {=Sochi =Sochi}',
      'Question “q1”, accepted answer 2: Remove this answer: “Sochi” is already accepted above',
    ],
    [
      '::q1::Who? {=a -> 1 =a -> 2}',
      'Question “q1”, pair 2 (left side): Change this left side, or remove the pair: “a” is already on the left of a pair above',
    ],
    [
      '::q1::Who? {=x -> 1 =y -> 1}',
      'Question “q1”, pairs: Give the pairs at least two different right sides',
    ],
    [
      '::q1::Year? {#5:-1}',
      'Question “q1”, tolerance: Enter the tolerance as a number of 0 or more, or leave it empty',
    ],
  ])('says what is wrong with %j in the studio’s words, not the file format’s', (gift, message) => {
    const r = importFile('q.gift', `${gift}\n\n::ok::Is it so? {T}`)
    expect(r.leftOut.map((p) => p.message)).toEqual([message])
  })

  it('lists its notes in the order of the lines they are about', () => {
    const r = importFile(
      'order.gift',
      '::a::[markdown]Is it **so**? {T}\n\n::b::Who? {=%50%Assad ~Putin}\n\n::c::Where? {=Sochi =%50%Adler}',
    )
    expect(r.notes.map((n) => n.line)).toEqual([1, 3, 5, null])
  })

  it('names a question in its notes and left-out reasons as the file does (its name, else its place), not by the id made from it', () => {
    const gift = [
      '::Sochi trip:: Where did Assad fly? {=Sochi#Yes ~Moscow}',
      'Who met him? {=Putin ~Putin}',
      '::Wo ist Sotschi?:: Where is Sochi? {=On the Black Sea ~In Siberia}',
    ].join('\n\n')
    const r = importFile('moodle.gift', gift)
    expect(r.questions.map((q) => q.id)).toEqual(['sochi-trip', 'wo-ist-sotschi'])
    expect(r.notes[0]?.message).toMatch(
      /^Question “Sochi trip” \(“Where did Assad fly\?”\): the feedback on one answer/,
    )
    expect(r.leftOut).toEqual([
      {
        line: 3,
        column: 22,
        question: 3,
        message:
          'Question 2, option 2: Change or remove this option: “Putin” is already an option above',
      },
    ])
  })

  it("takes a Moodle question's name as a label: any name gives a question with an id", () => {
    const gift = [
      '::Sochi trip:: Where did Assad fly? {=Sochi ~Moscow}',
      '::Wo ist Sotschi?:: Where is Sochi? {=On the Black Sea ~In Siberia}',
      '::Где Сочи?:: Is Sochi in Russia? {T}',
      '::Sochi trip:: Who met Assad? {=Putin ~Erdogan}',
      '::wsw_01:: Who said it? {=Putin ~Assad}',
    ].join('\n\n')
    const r = importFile('moodle.gift', gift)
    expect(r.errors).toEqual([])
    expect(r.questions.map((q) => q.id)).toEqual([
      'sochi-trip',
      'wo-ist-sotschi',
      'q3',
      'sochi-trip-2',
      'wsw_01',
    ])
  })

  // Moodle keeps both of two questions of one name; a teacher may have pasted one twice.
  it('brings in both of two GIFT questions with the same name, with a note at the second naming the first’s line', () => {
    const gift = [
      '::Sochi trip:: Where did Assad fly? {=Sochi ~Moscow}',
      '::Who met:: Who met Assad? {=Putin ~Erdogan}',
      '::Essay:: Write about the talks. {}',
      '::Sochi trip:: Where did Assad fly? {=Sochi ~Moscow}',
      '::Essay:: Write about Sochi. {=Black Sea ~Siberia}',
    ].join('\n\n')
    const r = importFile('moodle.gift', gift)
    expect(r.questions.map((q) => q.id)).toEqual(['sochi-trip', 'who-met', 'sochi-trip-2', 'Essay'])
    const same = r.notes.filter((n) => n.message.includes('same name'))
    expect(same.map((n) => problemText('moodle.gift', n))).toEqual([
      'moodle.gift:7: Question “Sochi trip”: the question at line 1 has the same name; both were brought in, so if one is a copy, delete it in the editor',
    ])
    expect(r.leftOut).toHaveLength(1)
    // The first left out for an option written twice: not “both were brought in”.
    const one = importFile('moodle.gift', gift.replace('~Moscow', '~Sochi'))
    expect(one.questions.map((q) => q.id)).toEqual(['who-met', 'sochi-trip', 'Essay'])
    expect(one.notes.map((n) => n.message).join('\n')).not.toContain('same name')
    // A third of the name: the second and third came in, and the third's note names the second.
    const three = importFile(
      'moodle.gift',
      gift.replace('~Moscow', '~Sochi') + '\n\n::Sochi trip:: Where did they meet? {=Sochi ~Kazan}',
    )
    expect(three.questions.map((q) => q.id)).toEqual([
      'who-met',
      'sochi-trip',
      'Essay',
      'sochi-trip-2',
    ])
    expect(
      three.notes
        .filter((n) => n.message.includes('same name'))
        .map((n) => problemText('moodle.gift', n)),
    ).toEqual([
      'moodle.gift:11: Question “Sochi trip”: the question at line 7 has the same name; both were brought in, so if one is a copy, delete it in the editor',
    ])
  })

  // The ids show in the class report beside each question's number, and in every export.
  it('gives ids to the questions that came in: one left out keeps neither its name nor its number from those after it', () => {
    const gift = [
      '::Essay:: Why did Assad go to Sochi? {}',
      '::Essay:: Who met Assad? {=Putin ~Lavrov}',
      'Describe the talks. {}',
      'Where did they meet? {=Sochi ~Moscow}',
      'Who spoke first? {=Putin ~Putin}',
      'In what year? {#2018}',
      '::q2:: Is Sochi in Russia? {T}',
    ].join('\n\n')
    const r = importFile('moodle.gift', gift)
    expect(leftOutCount(r)).toBe(3)
    expect(r.questions.map((q) => [q.id, q.prompt])).toEqual([
      ['Essay', 'Who met Assad?'],
      ['q2-2', 'Where did they meet?'],
      ['q3', 'In what year?'],
      ['q2', 'Is Sochi in Russia?'],
    ])
    // Problems still name a question by its place in the file, where the teacher finds it.
    expect(r.leftOut.map((p) => p.message.split(':')[0])).toEqual([
      'Question “Essay” (“Why did Assad go to Sochi?”)',
      'Question 3 (“Describe the talks.”)',
      'Question 5, option 2',
    ])
  })

  it('names a set after the Moodle category its questions share, and says when they come from several', () => {
    const text = [
      '// question: 0  name: Switch category to $course$/top/Year 9//10 revision',
      '$CATEGORY: $course$/top/Year 9//10 revision',
      '',
      '::river::Which river flooded? {=Severn ~Thames}',
      '',
      '$CATEGORY: $course$/top/Year 9//10 revision/Floods',
      '',
      '::power::About 1,600 homes lost power. {TRUE}',
    ].join('\n')
    const r = importFile('questions-2025.txt', text)
    expect(r.title).toBe('Year 9/10 revision')
    expect(r.notes.map((n) => n.message)).toContain(
      'The file holds questions from 2 Moodle categories (“Year 9/10 revision”, “Year 9/10 revision/Floods”): here they are all one set. For a set of each, export each category from Moodle on its own',
    )
    const one = importFile('questions-2025.txt', text.split('\n').slice(0, 4).join('\n'))
    expect(one.title).toBe('Year 9/10 revision')
    expect(one.notes.map((n) => n.message).join('\n')).not.toContain('categories')
  })

  it('never refuses a GIFT file for its question names', () => {
    const name = fc.string({ minLength: 1, maxLength: 40 }).filter((n) => !/[:~=#{}\\\n\r]/.test(n))
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 6 }), (names) => {
        const gift = names.map((n) => `::${n}:: Where? {=Sochi ~Moscow}`).join('\n\n')
        const r = importFile('names.gift', gift)
        expect(r.errors).toEqual([])
        const ids = r.questions.map((q) => q.id)
        expect(ids).toHaveLength(names.length)
        expect(new Set(ids).size).toBe(ids.length)
      }),
    )
  })

  it.each([
    ['notes.txt', 'My notes about Sochi.\nAssad went there.\n'],
    ['essay.gift', '::essay:: Write about the visit. {}'],
  ])('refuses %s, which has no question Passage can ask, saying what it skipped', (file, text) => {
    const r = importFile(file, text)
    expect(r.questions).toEqual([])
    expect(r.errors[0]).toEqual({ line: null, message: 'It has no question Passage can ask' })
    expect(r.errors[1]?.message).toMatch(
      /^(Question “essay” \(“.+”\): Write its answers between “\{” and “\}” to bring it in: Passage cannot mark an essay question|A description \(text only, no question\), “.+”, was not brought in; to make it a question, add its answers in “\{ \}”)$/,
    )
    expect(r.notes).toEqual([])
  })

  it('brings in 39 questions of a 40-question Moodle export and names the one it left out, with its line', () => {
    const blocks = Array.from({ length: 40 }, (_, i) =>
      i === 16 ? `::Q17 tables::What is 20 times 5? {#20x5}` : `::q${i + 1}::Is ${i} even? {T}`,
    )
    const r = importFile('moodle.gift', `// Moodle export\n\n${blocks.join('\n\n')}\n`)
    expect(r.errors).toEqual([])
    expect(r.questions).toHaveLength(39)
    expect(r.questions.map((q) => q.id)).not.toContain('q17')
    expect(r.leftOut).toEqual([
      {
        line: 35,
        column: 37,
        question: 35,
        message:
          'Question “Q17 tables” (“What is 20 times 5?”): Write a number as the answer, like “{#2018}”, or “{#2018:1}” for 2017 to 2019: “20x5” is not one',
      },
    ])
    expect(leftOutCount(r)).toBe(1)
    // An Aiken file likewise: the second question has no right answer among its options.
    const aiken = importFile(
      'quiz.aiken',
      'Where?\nA. Sochi\nB. Minsk\nANSWER: A\n\nWho?\nA. Putin\nB. Peskov\nANSWER: D\n\nWhen?\nA. May\nB. June\nANSWER: A\n',
    )
    expect(aiken.questions.map((q) => q.id)).toEqual(['q1', 'q2'])
    expect(aiken.leftOut).toEqual([
      {
        line: 9,
        question: 6,
        message:
          'Question 2 (“Who?”): Write the letter of one of its options (A, B) after “ANSWER:”: “D” is not one',
      },
    ])
  })

  it('brings in every GIFT question it can read, names each it cannot by its line, and refuses a file with none', () => {
    const good = fc.constantFrom('Is it so? {T}', 'Where? {=Sochi ~Minsk}', 'Year? {#2018:1}')
    const bad = fc.constantFrom(
      'Where? {=Sochi ~Minsk',
      'Who? {~Putin}',
      'Year? {#20x5}',
      'Write about it. {}',
      'Where? {=Sochi ~Sochi}',
    )
    // A description is neither: not a question, so not one left out either.
    const text = fc.constantFrom('Just words.', 'Read the article first.')
    const block = fc.oneof(
      good.map((text) => ({ ok: true, text })),
      bad.map((text) => ({ ok: false, text })),
      text.map((text) => ({ ok: null, text })),
    )
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 8 }), (blocks) => {
        const text = blocks.map((b, i) => `::n${i}::${b.text}`).join('\n\n')
        const r = importFile('mixed.gift', text)
        // Question i starts on line 2i + 1.
        const badLines = blocks.flatMap((b, i) => (b.ok === false ? [2 * i + 1] : []))
        const described = blocks.flatMap((b, i) => (b.ok === null ? [2 * i + 1] : []))
        if (blocks.some((b) => b.ok)) {
          // Said in one note, at the first one's line.
          expect(
            r.notes.filter((n) => /descriptions? \(/.test(n.message)).map((n) => n.line),
          ).toEqual(described.slice(0, 1))
          expect(r.errors).toEqual([])
          expect(r.questions.map((q) => q.id)).toEqual(
            blocks.flatMap((b, i) => (b.ok ? [`n${i}`] : [])),
          )
          expect([...new Set(r.leftOut.map((p) => p.line))]).toEqual(badLines)
          expect(leftOutCount(r)).toBe(badLines.length)
          for (const p of r.leftOut)
            expect(p.message).toMatch(/^Question “n\d+”( \(“[^”]*”\))?[:,] /)
        } else {
          expect(r.questions).toEqual([])
          expect(r.leftOut).toEqual([])
          expect(r.errors.length).toBeGreaterThan(0)
          for (const line of badLines) expect(r.errors.map((e) => e.line)).toContain(line)
        }
      }),
    )
  })

  it('notes Moodle descriptions (text with no answer block) as not brought in, not as questions left out', () => {
    const one = importFile('q.gift', 'Read the article first.\n\nWhere? {=Sochi ~Minsk}\n')
    expect(one.leftOut).toEqual([])
    expect(one.questions).toHaveLength(1)
    expect(one.notes[0]).toEqual({
      line: 1,
      message:
        'A description (text only, no question), “Read the article first.”, was not brought in; to make it a question, add its answers in “{ }”',
    })
    const three = importFile(
      'q.gift',
      'Part 1\n\nWhere? {=Sochi ~Minsk}\n\nPart 2\n\nWhen? {=May ~June}\n\nThe end\n',
    )
    expect(three.leftOut).toEqual([])
    expect(three.questions).toHaveLength(2)
    expect(three.notes[0]).toEqual({
      line: 1,
      message:
        '3 descriptions (text only, no question), at lines 1, 5 and 9, were not brought in; to make one a question, add its answers in “{ }”',
    })
  })

  it.each([
    ['style.txt', 'body {\n  color: red;\n}\n\n.a { margin: 0 }\n'],
    ['code.txt', 'function f(x) {\n  return x + 1\n}\n\nconst y = { a: 1 }\n'],
  ])(
    'refuses %s, braces with nothing marked as GIFT marks answers, rather than take it as short answers',
    (file, text) => {
      const r = importFile(file, text)
      expect(r.questions).toEqual([])
      expect(r.errors.map((e) => e.message)).toEqual([
        'It does not read as GIFT or Aiken: nothing in its “{ }” is marked as an answer (with “=”, “~” or “#”, or T or F). Check that this is the file exported for Moodle',
      ])
      // One answer without “=” in a file that is GIFT otherwise is the slip it is, said at its line.
      const slip = importFile(file, `Sochi is in Russia. {T}\n\n${text}`)
      expect(slip.questions.map((q) => q.type)).toEqual(['truefalse', 'short', 'short'])
    },
  )

  it('says where a broken GIFT file breaks, and brings in the questions it can read', () => {
    const r = importFile('broken.gift', fixture('broken.gift'))
    expect(r.errors).toEqual([])
    expect(r.leftOut).toEqual([
      {
        line: 1,
        column: 41,
        question: 1,
        message:
          'Question “one” (“A question with no closing brace”): a “{” has no matching “}”: write “}” after its last answer',
      },
    ])
    expect(r.questions.map((q) => q.id)).toEqual(['two'])
  })

  it('says which brace of a GIFT question is alone, at it, and what to type', () => {
    const said = (block: string) =>
      importFile('mine.gift', `::t::Is it so? {T}\n\n${block}`).leftOut.map(
        (p) => `${p.line}:${p.column} ${p.message}`,
      )
    expect(said('::a::Where? {=Sochi ~Minsk')).toEqual([
      '3:13 Question “a” (“Where?”): a “{” has no matching “}”: write “}” after its last answer',
    ])
    // Named by its words alone, where its answers start: it was “Where? =Sochi ~Minsk”.
    expect(said('::a::Where? =Sochi ~Minsk}')).toEqual([
      '3:26 Question “a” (“Where?”): a “}” has no “{” before it: write “{” before its first answer, or “\\}” for a “}” in the question',
    ])
    const hosted = importFile('talks.gift', 'Who hosted? =Putin ~Assad }\n\nWhere? {=Sochi ~Minsk}')
    expect(hosted.leftOut.map((p) => p.message)).toEqual([
      'Question 1 (“Who hosted?”): a “}” has no “{” before it: write “{” before its first answer, or “\\}” for a “}” in the question',
    ])
    // The editor's notice too, “line 1 “Who hosted? =Putin ~Assad }””.
    expect(hosted.leftOutQuestions).toEqual([{ line: 1, words: 'Who hosted?' }])
    // Where the answers cannot be told from the words, the words before the “}” stay.
    expect(said('::a::Is it so? T}')[0]).toMatch(/^3:17 Question “a” \(“Is it so\? T”\): /)
    expect(said('::a::Where? } {=Sochi ~Minsk}')).toEqual([
      '3:13 Question “a” (“Where?”): a “}” comes before its “{”: remove it, or write “\\}” for a “}” in the question',
    ])
    // A brace typed twice went into the question's words: “Where? }”.
    expect(said('::a::Where? {\n=Sochi\n~Minsk\n}}')).toEqual([
      '6:2 Question “a” (“Where?”): a “}” after its answers closes nothing: remove it, or write “\\}” for a “}” in the question',
    ])
    expect(said('::a::Where? {=Sochi ~Minsk} }')).toEqual([
      '3:29 Question “a” (“Where?”): a “}” after its answers closes nothing: remove it, or write “\\}” for a “}” in the question',
    ])
    // As it says: “\}” is a brace of the question's words.
    const fixed = importFile('mine.gift', '::a::Where \\} is it? {=Sochi ~Minsk}')
    expect(fixed.questions.map((q) => q.prompt)).toEqual(['Where } is it?'])
    const after = importFile('mine.gift', '::a::Where is it? {=Sochi ~Minsk} \\}')
    expect(after.questions.map((q) => q.prompt)).toEqual(['Where is it? _____ }'])
  })

  it('keeps a GIFT export of ours whole (ordering questions aside)', () => {
    const gift = bankToGift(shipped, passage).text
    const r = importFile('who.gift', gift)
    expect(r.errors).toEqual([])
    expect(r.title).toBe(shipped.title)
    expect(r.passageId).toBe(passage.id)
    expect(r.questions).toEqual(shipped.questions.filter((q) => q.type !== 'ordering'))
  })

  it('reads our JSON with the line of each question, and its errors with theirs', () => {
    const text = readFileSync(`${DIR}/who-said-what.json`, 'utf8')
    const r = importFile('who-said-what.json', text)
    expect(r.errors).toEqual([])
    expect(r.questions).toEqual(shipped.questions)
    expect(r.lines[0]).toBeGreaterThan(1)
    const broken = text.replace('"passMark": 0.', '"passMark": 7')
    const bad = importFile('who-said-what.json', broken)
    expect(bad.errors).toHaveLength(1)
    expect(bad.errors[0]?.line).toBe(
      broken.split('\n').findIndex((l) => l.includes('"passMark"')) + 1,
    )
  })

  it('names the place of each problem in a JSON set in words, as the editor does, never as a JSON path', () => {
    const bank = {
      ...shipped,
      questions: shipped.questions.map((q, i) =>
        i === 3 ? { ...q, type: 'single', choices: ['Sochi'], answer: 'Sochi' } : q,
      ),
      title: '',
    }
    const r = importFile('who-said-what.json', JSON.stringify(bank, null, 2))
    // In the studio's words: its names for the fields, and what to do where it has them.
    expect(r.errors.map((e) => e.message)).toEqual([
      'Title: Enter a title',
      'Question 4, options: Add at least two options',
    ])
    expect(importFile('x.json', '{"id": }').errors.map((e) => e.message)).toEqual([
      'Invalid JSON: expected a value',
    ])
    // A set that does not fit the article chosen for it, as the import page lists it.
    const q = { ...shipped.questions[0]!, evidence: ['Assad flew to Moscow.'] }
    const checked = checkBank({ ...shipped, questions: [q, q] }, passage).map(checkedProblemText)
    expect(checked).toEqual([
      'Question 2, id: “' +
        q.id +
        '” is used by an earlier question in this set: ids must be unique',
      'Question 1, quote 1: The article does not say this word for word (it matches up to “…Assad flew to ” and then differs): fix the quote in the file, or choose the article it comes from',
      'Question 2, quote 1: The article does not say this word for word (it matches up to “…Assad flew to ” and then differs): fix the quote in the file, or choose the article it comes from',
    ])
  })

  it('says a fault of a question in a JSON set as a GIFT file and the studio say it: “Question 4, option 2”, not a JSON path', () => {
    const fourth: Question = {
      ...shipped.questions[3]!,
      type: 'single',
      choices: ['Sochi', '', 'Moscow'],
      answer: 'Sochi',
    }
    const questions = shipped.questions.map((q, i) => (i === 3 ? fourth : q))
    const json = importFile('set.json', JSON.stringify({ ...shipped, questions }, null, 2))
    expect(json.leftOut.map((p) => p.message)).toEqual([
      'Question 4 (id “wsw-04”), option 2: Write option 2, or remove it',
    ])
    const gift = importFile('set.gift', '::wsw-04:: Where did they meet? {=Sochi ~ ~Moscow}')
    expect(gift.errors.map((p) => p.message)).toEqual([
      'Question “wsw-04”, option 2: Write option 2, or remove it',
    ])
    // A shared set's file refused for its set's own fields: each problem at its line, in words.
    const shared = { ...bundleOf(shipped, passage), bank: { ...shipped, passMark: 7, questions } }
    const text = JSON.stringify(shared, null, 2)
    const lines = text.split('\n')
    const r = importFile('shared.json', text)
    expect(r.errors).toEqual([
      {
        line: lines.findIndex((l) => l.includes('"passMark": 7')) + 1,
        column: expect.any(Number),
        message: 'Pass mark: Give it as a share of the marks from 0 to 1 (0.7 for 70%), not 7',
      },
      {
        line: lines.findIndex((l) => l.trim() === '"",') + 1,
        column: expect.any(Number),
        message: 'Question 4, option 2: Write option 2, or remove it',
      },
    ])
    // A right-answer list left empty, an unknown field: what to do, each named once.
    const none = {
      id: 'wsw-04',
      prompt: 'Who?',
      type: 'multiple',
      choices: ['A', 'B'],
      answers: [],
    }
    const unticked = importFile(
      'set.json',
      JSON.stringify({ ...shipped, questions: [shipped.questions[0], none] }),
    )
    expect(unticked.leftOut.map((p) => p.message)).toEqual([
      'Question 2 (id “wsw-04”), right answer: Tick at least one right answer',
    ])
    const unknown = importFile('set.json', JSON.stringify({ ...shipped, colour: 1, size: 2 }))
    expect(unknown.errors.map((p) => p.message)).toEqual([
      'Colour: Passage has no such field, nor “size”: check their spelling or remove them',
    ])
    const typed = { ...none, answers: ['A'], answer: 'A' }
    expect(
      importFile(
        'set.json',
        JSON.stringify({ ...shipped, questions: [shipped.questions[0], typed] }),
      ).leftOut.map((p) => p.message),
    ).toEqual([
      'Question 2 (id “wsw-04”), right answer: This type of question has no field “answer”: check the spelling or remove it',
    ])
    // A set that does not fit its article: what to change, as the studio says it.
    const twice = { ...fourth, choices: ['Sochi', 'Moscow', 'Sochi'] }
    const checked = checkBank({ ...shipped, questions: [twice] }, passage).map(checkedProblemText)
    expect(checked).toContain(
      'Question 1, option 3: Change or remove this option: “Sochi” is already an option above',
    )
  })

  it('brings in the questions of a JSON set that validate and names each one left out, before anything is saved', () => {
    const bank = {
      ...shipped,
      questions: shipped.questions.map((q, i) =>
        i === 3
          ? { ...q, choices: ['Sochi'] }
          : i === 9
            ? { ...q, type: 'essay', colour: 'red' }
            : q,
      ),
    }
    const text = JSON.stringify(bank, null, 2)
    const r = importFile('who-said-what.json', text)
    expect(r.errors).toEqual([])
    expect(r.questions).toEqual(shipped.questions.filter((_, i) => i !== 3 && i !== 9))
    expect(leftOutCount(r)).toBe(2)
    const lineOf = (id: string) => text.split('\n').findIndex((l) => l.includes(`"${id}"`))
    /** The line of `key` in question `id`, and the column of its value. */
    const placeOf = (id: string, key: string) => {
      const lines = text.split('\n')
      const i = lines.findIndex((l, n) => n > lineOf(id) && l.includes(`"${key}": `))
      return { line: i + 1, column: (lines[i] ?? '').indexOf(`"${key}": `) + key.length + 5 }
    }
    // At the field to change, for each of the two questions left out.
    expect(r.leftOut).toEqual([
      {
        ...placeOf('wsw-04', 'choices'),
        question: lineOf('wsw-04'),
        message: 'Question 4 (id “wsw-04”), options: Add at least two options',
      },
      {
        line: expect.any(Number),
        column: expect.any(Number),
        question: lineOf('wsw-10'),
        message: expect.stringMatching(/^Question 10 \(id “wsw-10”\)/),
      },
    ])
    expect(r.lines).toEqual(r.questions.map((q) => lineOf(q.id)))
    // A set whose own fields are broken, or with no question left, is still refused whole.
    const all = { ...shipped, questions: shipped.questions.map((q) => ({ ...q, prompt: '' })) }
    const none = importFile('who-said-what.json', JSON.stringify(all))
    expect([none.questions, none.leftOut, none.errors.length]).toEqual([[], [], 17])
  })

  it('keeps every valid question of a JSON set in order and names every broken one, whatever the mix', () => {
    const breakers: ((q: Record<string, unknown>) => Record<string, unknown>)[] = [
      (q) => ({ ...q, prompt: '' }),
      (q) => ({ ...q, type: 'essay' }),
      (q) => ({ ...q, extra: 1 }),
      (q) => ({ ...q, id: 'no spaces allowed' }),
      (q) => ({ ...q, difficulty: 9, prompt: 3 }),
      () => ({}),
      (q) => ({ ...q, explanation: 'x'.repeat(5001) }),
    ]
    // Each breaks the article of a shared set's file: the file is refused, in the form's words.
    const articleBreakers: ((p: Passage) => object)[] = [
      (p) => ({ ...p, paragraphs: [] }),
      (p) => ({ ...p, title: '', url: 'javascript:alert(1)' }),
      (p) => ({ ...p, paragraphs: [...p.paragraphs, ''] }),
      (p) => ({ ...p, paragraphs: [...p.paragraphs, 'x'.repeat(20_001)] }),
      (p) => ({ ...p, colour: 'red' }),
      (p) => ({ ...p, title: 'x'.repeat(5001) }),
    ]
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.nat(breakers.length - 1), { nil: undefined }), {
          minLength: shipped.questions.length,
          maxLength: shipped.questions.length,
        }),
        fc.boolean(),
        fc.boolean(),
        fc.option(fc.nat(articleBreakers.length - 1), { nil: undefined }),
        (how, brokenSet, shared, brokenArticle) => {
          const questions = shipped.questions.map((q, i) => {
            const b = how[i]
            return b === undefined ? q : breakers[b]!(q)
          })
          const bank = { ...shipped, questions, ...(brokenSet ? { passMark: 7 } : {}) }
          const article =
            brokenArticle === undefined ? passage : articleBreakers[brokenArticle]!(passage)
          // As a set's own file, or inside a shared set's file with its article.
          const file = shared ? { ...bundleOf(shipped, passage), bank, passage: article } : bank
          const r = importFile('set.json', JSON.stringify(file, null, 1))
          const broken = how.filter((b) => b !== undefined).length
          // An article's own file says its faults in the same words.
          const alone = importFile('passage.json', JSON.stringify(article, null, 1))
          expect(alone.errors.length > 0).toBe(brokenArticle !== undefined)
          for (const p of alone.errors) expect(p.message).not.toMatch(/\w\[\d+\]|\(at |^[a-z]/)
          if (
            brokenSet ||
            broken === shipped.questions.length ||
            (shared && brokenArticle !== undefined)
          ) {
            expect(r.questions).toEqual([])
            expect(r.leftOut).toEqual([])
            expect(r.errors.length).toBeGreaterThan(0)
            for (const p of r.errors)
              expect(p.message).not.toMatch(
                /questions[[.]|\w\[\d+\]|\(at |^[^:]+: [a-z]|[Nn]eeds at least/,
              )
            return
          }
          expect(r.errors).toEqual([])
          expect(r.questions).toEqual(shipped.questions.filter((_, i) => how[i] === undefined))
          expect(leftOutCount(r)).toBe(broken)
          // Each named by its number, in words, never by a JSON path ("questions[3].prompt").
          for (const p of r.leftOut) {
            expect(p.message).toMatch(/^Question \d+\b/)
            expect(p.message).not.toMatch(/questions[[.]|\w\[\d+\]|\(at /)
          }
        },
      ),
    )
  })

  it('brings in the valid questions of a shared set’s file too, and refuses one whose article is broken', () => {
    const bundle = bundleOf(shipped, passage) as { bank: Bank; passage: Passage }
    const questions = shipped.questions.map((q, i) => (i === 1 ? { ...q, prompt: '' } : q))
    const text = JSON.stringify({ ...bundle, bank: { ...bundle.bank, questions } }, null, 2)
    const r = importFile('shared.json', text)
    expect([r.format, r.errors, r.passage?.id]).toEqual(['bundle', [], passage.id])
    expect(r.questions).toEqual(shipped.questions.filter((_, i) => i !== 1))
    const lines = text.split('\n')
    const start = lines.findIndex((l) => l.includes('"wsw-02"'))
    const prompt = lines.findIndex((l, n) => n > start && l.includes('"prompt": ""'))
    expect(r.leftOut).toEqual([
      {
        // At the empty prompt in this file (not in the set read apart from it).
        line: prompt + 1,
        column: (lines[prompt] ?? '').indexOf('""') + 1,
        question: start,
        message: 'Question 2 (id “wsw-02”), question: Write the question',
      },
    ])
    const noArticle = { ...bundle, bank: { ...bundle.bank, questions }, passage: { id: 'x' } }
    const refused = importFile('shared.json', JSON.stringify(noArticle))
    expect([refused.questions, refused.leftOut]).toEqual([[], []])
    expect(refused.errors.length).toBeGreaterThan(0)
  })

  it('gives the line of what a shared set’s file goes past a limit in, or has that no shared set has', () => {
    const bundle = bundleOf(shipped, passage) as { bank: Bank; passage: Passage }
    /** The file's problems, each with the line and column it is at, as 1-based numbers. */
    const refused = (value: object) => {
      const text = JSON.stringify(value, null, 2)
      const r = importFile('shared.json', text)
      expect([r.questions, r.leftOut]).toEqual([[], []])
      return { errors: r.errors, lines: text.split('\n') }
    }
    const place = (lines: string[], line: string, value: string) => {
      const n = lines.findIndex((l) => l.startsWith(line))
      return { line: n + 1, column: lines[n]!.indexOf(value) + 1 }
    }
    // A paragraph of the article past 20,000 characters: said where it starts, as in an article's file.
    const wide = refused({
      ...bundle,
      passage: { ...passage, paragraphs: ['One.', 'x'.repeat(20_001)] },
    })
    expect(wide.errors).toEqual([
      {
        ...place(wide.lines, '      "xxx', '"xxx'),
        message:
          'The article, paragraph 2: Shorten it to 20,000 characters or fewer, or split it in two (it has 20,001)',
      },
    ])
    const extra = refused({ ...bundle, notes: 'for 9B' })
    expect(extra.errors).toEqual([
      {
        ...place(extra.lines, '  "notes"', '"for 9B"'),
        message: 'A shared set has no field “notes”',
      },
    ])
    const other = refused({ ...bundle, passage: { ...passage, id: 'other' } })
    expect(other.errors).toEqual([
      {
        ...place(other.lines, '    "id": "other"', '"other"'),
        message: `The set is about the article “${passage.id}”, but the article with it is “other”`,
      },
    ])
  })

  it('says what is wrong with an article’s file as the article form does, and where a file goes past what Passage keeps', () => {
    const lines = (text: string) => text.split('\n')
    const messages = (file: string, value: object) =>
      importFile(file, JSON.stringify(value, null, 2)).errors.map((e) => e.message)
    expect(messages('passage.json', { ...passage, title: '', paragraphs: [] })).toEqual([
      'Title: Enter the title of the article',
      'Paragraphs: Paste the text of the article',
    ])
    // An article or a set saved with a text this long would not be read back: refused here.
    const wide = { ...passage, paragraphs: ['One.', 'x'.repeat(20_001)] }
    const text = JSON.stringify(wide, null, 2)
    const refused = importFile('passage.json', text)
    expect([refused.passage, refused.errors]).toEqual([
      null,
      [
        {
          line: lines(text).findIndex((l) => l.includes('xxxx')) + 1,
          column: expect.any(Number),
          message:
            'Paragraph 2: Shorten it to 20,000 characters or fewer, or split it in two (it has 20,001)',
        },
      ],
    ])
    // In a set, the question is left out and the others come in, as for any fault of its own.
    const [, second, ...rest] = shipped.questions
    const long = {
      ...shipped,
      questions: [shipped.questions[0]!, { ...second!, prompt: 'x'.repeat(6000) }, ...rest],
    }
    const r = importFile('set.json', JSON.stringify(long, null, 2))
    expect(r.questions).toEqual(shipped.questions.filter((_, i) => i !== 1))
    expect(r.leftOut.map((p) => p.message)).toEqual([
      `Question 2 (id “${second!.id}”), question: Shorten it to 5,000 characters or fewer (it has 6,000)`,
    ])
    // Every question over a limit is left out, not only the first few named.
    const six = shipped.questions.map((q, i) => (i < 6 ? { ...q, prompt: 'x'.repeat(5001) } : q))
    const sixOut = importFile('set.json', JSON.stringify({ ...shipped, questions: six }, null, 2))
    expect([sixOut.questions, leftOutCount(sixOut)]).toEqual([shipped.questions.slice(6), 6])
    const many = { ...shipped, questions: Array.from({ length: 1001 }, () => shipped.questions[0]) }
    expect(messages('set.json', many)).toEqual([
      'Questions: Keep it to 1,000 items or fewer (it has 1,001)',
    ])
  })

  it('says what a GIFT file had that Passage cannot take as a JSON set’s faults are said: where (number or name, and first words), what to do, then why', () => {
    const gift = [
      '::Q1:: Who went to Sochi? {=Assad ~Putin ~Peskov}',
      'Describe the trip to Sochi in your own words. {}',
      'What year was the meeting? {#=2018 =2017}',
      '::Q4:: Pick the cities. {~Paris =Sochi =Moscow}',
      'Which city hosted {1:SHORTANSWER:=Sochi} the talks?',
      'Who spoke first? {%0%Assad}',
    ].join('\n\n')
    const r = importFile('quiz.gift', gift)
    expect(r.questions.map((q) => q.prompt)).toEqual(['Who went to Sochi?'])
    expect(r.leftOut.map((p) => p.message)).toEqual([
      'Question 2 (“Describe the trip to Sochi in your own…”): Write its answers between “{” and “}” to bring it in: Passage cannot mark an essay question',
      'Question 3 (“What year was the meeting?”): Keep one “=”, with a range if need be (“=2018:1” for 2017 to 2019): Passage takes one right number, and 2 are marked right (“2018”, “2017”)',
      'Question “Q4” (“Pick the cities.”): Keep one “=”, or give each right answer its share (~%50%…) to make it a tick-all-that-apply question: 2 answers are marked right with “=” (“Sochi”, “Moscow”), and a question with one answer to choose has one',
      'Question 5 (“Which city hosted”): Give it one set of answers in “{ }” to bring it in: Passage cannot read a cloze question (answers inside the text)',
      'Question 6 (“Who spoke first?”): Mark the right answer with “=”: no answer earns marks, so no student could be right',
    ])
  })

  it.each([
    ['export.txt', '\uFEFF<?xml version="1.0"?>\n<quiz>\n</quiz>', 'It is in Moodle XML'],
    ['export.gift', '<quiz>\n  <question type="truefalse"/>\n</quiz>', 'It is in Moodle XML'],
    ['questions.xml', '<questions/>', 'It is in Moodle XML'],
    ['quiz.txt', '%PDF-1.7\n', 'It is a PDF'],
    ['quiz.doc', 'Who flew to Sochi?', 'It is a word-processor document'],
    ['quiz.csv', 'question,answer\nWho flew to Sochi?,Assad', 'It is a spreadsheet'],
    ['quiz.txt', '<!DOCTYPE html><html><body>Who?</body></html>', 'It is a web page'],
    ['quiz.txt', 'PK\u0003\u0004\u0014\u0000', 'It is a compressed file (zip)'],
  ])('refuses %s holding %j as what it is, not as GIFT', (file, text, start) => {
    const r = importFile(file, text)
    expect([r.format, r.questions, r.errors.length]).toEqual(['other', [], 1])
    expect(r.errors[0]!.message.startsWith(`${start}, which Passage does not read: `)).toBe(true)
  })

  it('still reads a GIFT question that starts with HTML, or names XML', () => {
    const gift = ['<b>Who</b> flew to Sochi? {=Assad ~Putin}', '', 'Is XML a format? {T}'].join(
      '\n',
    )
    expect(importFile('quiz.gift', gift).questions).toHaveLength(2)
  })

  it('quotes a left-out GIFT question by its first whole words, never a word cut short', () => {
    const gift = [
      'Describe what Assad said about stability in Syria and what Putin answered. {}',
      'What did Putin say about the international {1:SHORTANSWER:=negotiations} in Geneva?',
      '::Q3:: Who went to Sochi? {=Assad ~Putin}',
    ].join('\n\n')
    expect(importFile('quiz.gift', gift).leftOut.map((p) => p.message)).toEqual([
      'Question 1 (“Describe what Assad said about…”): Write its answers between “{” and “}” to bring it in: Passage cannot mark an essay question',
      'Question 2 (“What did Putin say about the…”): Give it one set of answers in “{ }” to bring it in: Passage cannot read a cloze question (answers inside the text)',
    ])
  })

  it("brings back the questions of an unsaved set's copy the studio set aside, and names the damaged ones", () => {
    const file = 'passage-set-aside-draft-new-assad-sochi-2018-1.txt'
    const draft = { ...draftOf(shipped), passMark: '60 %' }
    const whole = importFile(file, setAsideCopy(draft))
    // It read as a set with nothing in it: “The set’s id: Is missing…”, “Format: Passage has no such field…”.
    expect(whole.errors).toEqual([])
    expect([whole.title, whole.passageId, whole.passMark]).toEqual([
      shipped.title,
      shipped.passage,
      0.6,
    ])
    expect(whole.questions).toEqual(shipped.questions)

    const [first, second, third, ...rest] = draft.questions
    const [fourth, ...others] = rest
    const damaged = {
      ...draft,
      title: '',
      questions: [
        first,
        { ...second, choices: 'Assad' },
        { ...third, type: 'essay' },
        { ...fourth, prompt: '' },
        ...others,
      ],
    }
    const some = importFile(file, setAsideCopy(damaged))
    expect(some.errors).toEqual([])
    expect(some.title).toBe('Imported set')
    expect(some.questions.map((q) => q.id)).toEqual(
      shipped.questions.filter((_, i) => i < 1 || i > 3).map((q) => q.id),
    )
    // As the set-aside notice says a damaged field, “Question 2's options are damaged”, not what
    // taking them as empty leaves to write: it read “Question 2's right answer is missing”,
    // “Question 2 (id “wsw-02”), option 1: Write option 1” and the same of option 2.
    expect(some.leftOut.map((p) => p.message)).toEqual([
      "Question 2's options are damaged",
      // By the types the studio's picker offers, as the set-aside notice now says it; it read
      // “Question 3's type is damaged”, and a file's “use one of single, multiple, truefalse…”.
      "Question 3's type is not one the studio offers: single choice, multiple choice, true/false, number, short answer, ordering or matching",
    ])
    expect(leftOutCount(some)).toBe(2)
    // A question only unfinished comes in as the form held it, to finish in the editor: it was
    // left out too, “Question 4, question: Write the question”, and what was typed in it lost.
    expect(some.form?.questions.map((q) => [q.id, q.prompt, q.choices])).toEqual(
      [first, fourth, ...others].map((q, i) => [q!.id, i === 1 ? '' : q!.prompt, q!.choices]),
    )
    // Nor is a copy of nothing but unfinished questions refused: it opens to be finished.
    const unfinished = importFile(
      file,
      setAsideCopy({ ...draft, questions: [damaged.questions[3]] }),
    )
    expect([unfinished.errors, unfinished.questions, unfinished.form?.questions.length]).toEqual([
      [],
      [],
      1,
    ])
    expect([unfinished.title, unfinished.passageId]).toEqual([shipped.title, shipped.passage])
    // With nothing left to bring in, the same words say why nothing was.
    const none = importFile(file, setAsideCopy({ ...draft, questions: [damaged.questions[1]] }))
    expect(none.errors.map((p) => p.message)).toEqual(["Question 1's options are damaged"])
    // Its questions left out are written again in the editor: no file of it to fix.
    expect([some.draft, importFile('set.json', JSON.stringify(shipped)).draft]).toEqual([
      true,
      undefined,
    ])
    // What it is, the page says once under its name; what to do, its left-out box and button.
    expect(some.notes).toEqual([])
    // Whatever a damaged copy holds, it is read, never thrown on: a question's fields damaged
    // one by one, or the whole of it something else.
    const damage = (of: object) =>
      fc.dictionary(fc.constantFrom(...Object.keys(of)), fc.jsonValue(), { maxKeys: 3 })
    fc.assert(
      fc.property(
        damage(draft),
        fc.array(
          fc.oneof(
            damage(first!).map((d) => ({ ...first, ...d })),
            fc.jsonValue(),
          ),
          {
            maxLength: 3,
          },
        ),
        (top, questions) => {
          importFile(file, setAsideCopy({ ...draft, ...top, questions }))
        },
      ),
    )
  })

  it("says which part of an unsaved set's copy it brings a question in without, one that did not read", () => {
    const dates = JSON.parse(readFileSync(`${DIR}/dates-and-timeline.json`, 'utf8')) as Bank
    const draft = draftOf(dates)
    // Numbers: a tolerance and a unit, which a question may come in without.
    const [first, second, third, fourth, fifth, ...rest] = draft.questions
    const damaged = [
      { ...first, explanation: 5, tags: [1] },
      second,
      third,
      { ...fourth, tolerance: null, unit: 7 },
      // A single choice has no pairs to miss.
      { ...fifth, difficulty: '9', pairs: 3 },
      ...rest,
    ]
    const copy = setAsideCopy({ ...draft, questions: damaged })
    const r = importFile('passage-set-aside-draft-edit-assad-sochi-2018.txt', copy)
    expect([r.questions.length, r.leftOut]).toEqual([dates.questions.length, []])
    // They came in without them, and nothing said so.
    expect(r.notes.map((p) => p.message)).toEqual([
      "Question 1's explanation is damaged: the question comes in without it",
      "Question 1's tags are damaged: the question comes in without them",
      "Question 4's tolerance is damaged: the question comes in without it",
      "Question 4's unit is damaged: the question comes in without it",
      "Question 5's difficulty is damaged: the question comes in without it",
    ])
  })

  it("brings in an unsaved set's copy whose name or article is damaged, and asks for the article", () => {
    const draft = draftOf(shipped)
    const file = 'passage-set-aside-draft-new-assad-sochi-2018-1.txt'
    // The name, out of sight in the form, is made afresh from the title as any import's is: it
    // was refused, “The set's id: The text “assad-sochi-2018//who-said-what” is not valid…”.
    const named = importFile(file, setAsideCopy({ ...draft, slug: '/who-said-what' }))
    expect([named.errors, named.questions.length, named.passageId]).toEqual([
      [],
      shipped.questions.length,
      shipped.passage,
    ])
    expect(bankOfImport(named, passage.id).id).toBe(`${passage.id}/who-said-what`)
    // Its article, asked for on the page, in the studio's words: it was refused, “The set's id:
    // The text “/who-said-what” is not valid…” and “Article: The text “” is not valid…”.
    for (const article of [5, 'Assad Sochi', undefined]) {
      const r = importFile(file, setAsideCopy({ ...draft, passage: article }))
      expect([r.errors, r.questions.length, r.passageId]).toEqual([
        [],
        shipped.questions.length,
        null,
      ])
      expect(r.notes.map((p) => p.message)).toEqual([
        `The set's article is ${article === undefined ? 'missing' : 'damaged'}: choose the article the set is about below`,
      ])
      expect(checkBank(bankOfImport(r, passage.id), passage)).toEqual([])
    }
  })

  it("says which of an unsaved set's own fields did not read, and what it comes in as", () => {
    const draft = draftOf(shipped)
    const file = 'passage-set-aside-draft-new-assad-sochi-2018-1.txt'
    const r = importFile(
      file,
      setAsideCopy({ ...draft, title: 7, description: null, passMark: 60 }),
    )
    expect([r.errors, r.questions.length, r.title, r.passMark]).toEqual([
      [],
      shipped.questions.length,
      'Imported set',
      0.7,
    ])
    // They came in so without a word: a teacher whose pass mark was 60 % had 70 % in the editor.
    expect(r.notes.map((p) => p.message)).toEqual([
      "The set's title is damaged: the set comes in named “Imported set”, to rename below",
      "The set's description is damaged: the set comes in without one",
      "The set's pass mark is damaged: the set comes in with a pass mark of 70%, to change in the editor",
    ])
    const untitled: Record<string, unknown> = { ...draft }
    delete untitled.title
    expect(importFile(file, setAsideCopy(untitled)).notes.map((p) => p.message)).toEqual([
      "The set's title is missing: the set comes in named “Imported set”, to rename below",
    ])
  })

  it("counts the questions with no evidence yet of an unsaved set's copy as the editor opens them, the unfinished ones too", () => {
    const draft = draftOf(shipped)
    const [first, second, third, ...rest] = draft.questions
    const copy = setAsideCopy({
      ...draft,
      questions: [
        { ...first, evidence: [] },
        { ...second, prompt: '', evidence: [] },
        { ...third, prompt: '', evidence: [] },
        ...rest,
      ],
    })
    const r = importFile('passage-set-aside-draft-new-assad-sochi-2018-1.txt', copy)
    expect(r.form?.questions).toHaveLength(shipped.questions.length)
    // It said “1 question has no evidence yet”, of the one finished question without it.
    expect(r.notes.map((n) => n.message)).toEqual([
      '3 questions have no evidence yet: pick the sentences in the editor',
    ])
  })

  it("makes afresh a question id of an unsaved set's copy that a set cannot hold, an id the studio never shows", () => {
    const draft = draftOf(shipped)
    const [first, second, third, ...rest] = draft.questions
    const copy = setAsideCopy({
      ...draft,
      questions: [{ ...first, id: 'has space' }, second, { ...third, id: second!.id }, ...rest],
    })
    const r = importFile('passage-set-aside-draft-edit-assad-sochi-2018.txt', copy)
    // It left the first out, “Question 1, id: The text “has space” is not valid: use letters,
    // digits, “-” and “_”…”, and “Open in the editor” refused the set for the third, “…is used
    // by an earlier question in this set: ids must be unique”: fields no teacher sees.
    expect([r.leftOut, r.questions.map((q) => q.prompt)]).toEqual([
      [],
      shipped.questions.map((q) => q.prompt),
    ])
    expect(checkBank(bankOfImport(r, passage.id), passage)).toEqual([])
  })

  it('names a left-out GIFT question with no text by its name, or says it has none; never quotes “”', () => {
    const gift = [
      '::Essay one:: {}',
      '{}',
      '::Two right:: {=Assad =Putin ~Peskov}',
      '::Cloze:: {1:SHORTANSWER:=Sochi} is where they met {=x}',
      '::Q5:: {T}\n::Q6:: Who went to Sochi? {=Assad ~Putin}',
    ].join('\n\n')
    const said = importFile('quiz.gift', gift)
    expect([...said.errors, ...said.leftOut].map((p) => p.message)).toEqual([
      'Question “Essay one”: Write its answers between “{” and “}” to bring it in: Passage cannot mark an essay question',
      'Question 2 (a question with no text): Write its answers between “{” and “}” to bring it in: Passage cannot mark an essay question',
      'Question “Two right”: Keep one “=”, or give each right answer its share (~%50%…) to make it a tick-all-that-apply question: 2 answers are marked right with “=” (“Assad”, “Putin”), and a question with one answer to choose has one',
      'Question “Cloze” (“{1:SHORTANSWER:=Sochi} is where they…”): Give it one set of answers in “{ }” to bring it in: Passage cannot read a cloze question (answers inside the text)',
      'Question “Q5”: it runs on into the next question: put an empty line between questions',
    ])
  })

  it('opens a set-aside copy once, and a copy nested thousands deep is refused, not unwrapped', () => {
    const copy = (inner: string) => `{"format":"passage-set","bank":${inner}}`
    // The copy inside is read as the set it claims to be: one with a field no set has.
    const twice = importFile('twice.json', copy(copy('{}')))
    expect(twice.errors.map((p) => p.message).join(' ')).toMatch(
      /Format: Passage has no such field/,
    )
    const n = 20_000
    const hostile = '{"format":"passage-set","bank":'.repeat(n) + '{}' + '}'.repeat(n)
    const r = importFile('deep.json', hostile)
    expect(r.questions).toEqual([])
    expect(r.errors.map((p) => p.message)).toEqual([
      expect.stringMatching(/^Nested more than 64 levels deep/),
    ])
  })

  it('reads a passage file and a shared bundle', () => {
    const p = importFile('passage.json', JSON.stringify(passage))
    expect([p.format, p.passage?.id, p.errors]).toEqual(['passage', passage.id, []])
    const b = importFile('set.json', JSON.stringify(bundleOf(shipped, passage)))
    expect([b.format, b.passage?.id, b.questions.length]).toEqual([
      'bundle',
      passage.id,
      shipped.questions.length,
    ])
  })

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('a.gift', 'a.aiken', 'a.json', 'a.txt'), (t, f) => {
        importFile(f, t)
      }),
    )
  })
})

describe('the words of an import', () => {
  it.each([
    ['broken.aiken', fixture('broken.aiken')],
    ['lower.aiken', 'Q?\na. Sochi\nb. Moscow\nANSWER: A'],
    ['tight.aiken', 'Q?\nA.Sochi\nB.Moscow\nANSWER: A'],
    ['runon.aiken', 'Q?\nA. x\nB. y\nWho met him?\nANSWER: A'],
    ['empty.aiken', ''],
    ['slip.gift', '::who::Who spoke? {~Peskov ~Lavrov}'],
    ['empty.gift', '// nothing'],
    ['notes.txt', 'My notes about Sochi.\nAssad went there.\n'],
    ['broken.gift', fixture('broken.gift')],
    ['good.gift', fixture('good.gift')],
    ['good.aiken', fixture('good.aiken')],
    ['quiz.xml', '<?xml version="1.0"?><quiz></quiz>'],
    ['set-id.json', JSON.stringify({ ...shipped, id: 'Who said' })],
    ['results.json', JSON.stringify({ kind: 'passage-results', student: { name: 'Ana' } })],
  ])(
    "%s: every message is a sentence that starts with a capital, in curly quotes, with the app's straight apostrophes, without a full stop, as the rest of the list",
    (file, text) => {
      const r = importFile(file, text)
      const messages = [...r.errors, ...r.notes].map((p) => p.message)
      expect(messages.length).toBeGreaterThan(0)
      for (const m of messages) {
        expect(m).toMatch(/^[A-Z0-9]/)
        expect(m).not.toContain('"')
        // “Moodle’s” beside “student's”: one apostrophe, the straight one the app writes.
        expect(m).not.toMatch(/\w’\w/)
        expect(m).not.toMatch(/\.$/)
      }
    },
  )
})
