import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { readdirSync, readFileSync } from 'node:fs'
import type { Bank, Passage, Question } from '../../../src/domain/bank/schema.ts'
import { parseBank } from '../../../src/domain/bank/parse.ts'
import { bankToGift } from '../../../src/domain/interop/gift-export.ts'
import { parseGift } from '../../../src/domain/interop/gift-parse.ts'
import { giftBank, giftToSet } from '../../../src/domain/interop/gift-bank.ts'
import { escapeGift } from '../../../src/domain/interop/gift.ts'
import { quizBank } from '../quiz/bank.ts'

const DIR = 'questions/assad-sochi-2018'
const passage = JSON.parse(readFileSync(`${DIR}/passage.json`, 'utf8')) as Passage
const shipped = readdirSync(DIR)
  .filter((f) => f !== 'passage.json')
  .map((f) => JSON.parse(readFileSync(`${DIR}/${f}`, 'utf8')) as Bank)

/** ours → GIFT → ours. */
function roundTrip(bank: Bank, withArticle?: Passage) {
  const exported = bankToGift(bank, withArticle)
  const set = giftToSet(parseGift(exported.text))
  return { exported, set, bank: giftBank(set) }
}

/** The set as GIFT can carry it: without its ordering questions. */
const carried = (bank: Bank): Bank => ({
  ...bank,
  questions: bank.questions.filter((q) => q.type !== 'ordering'),
})

describe('Moodle GIFT export', () => {
  it.each(shipped.map((b) => [b.title, b] as const))(
    'gives "%s" back from GIFT, all but its ordering questions',
    (_title, bank) => {
      const { bank: back, set, exported } = roundTrip(bank, passage)
      expect(back).toEqual(carried(bank))
      expect(set.problems).toEqual([])
      expect(set.article).toEqual({
        id: passage.id,
        title: passage.title,
        paragraphs: passage.paragraphs,
      })
      // What comes back is a valid set again.
      expect(parseBank('back.json', JSON.stringify(back)).ok).toBe(true)
      // Questions are named by their number, as the worksheet and the class report number them.
      const ordering = bank.questions.flatMap((q, i) => (q.type === 'ordering' ? [i + 1] : []))
      if (ordering.length === 1) {
        expect(exported.notes[0]).toBe(
          `Left out question ${ordering[0]}: GIFT has no ordering questions`,
        )
      }
      for (const note of exported.notes) expect(note).not.toMatch(/[a-z]+-\d\d/)
      expect(exported.notes).toContain(
        "Each explanation and evidence quote is in its question's general feedback",
      )
    },
  )

  it('writes its notes and its comment lines as Moodle writes its own, with no full stop at the end', () => {
    const bank = quizBank()
    const odd: Bank = {
      ...bank,
      questions: bank.questions.map((q) => (q.type === 'numeric' ? { ...q, unit: 'km' } : q)),
    }
    const { text, notes } = bankToGift(odd, passage)
    expect(notes).toHaveLength(3)
    for (const note of notes) expect(note).not.toMatch(/\.$/)
    const comments = text.split('\n').filter((l) => l.startsWith('//'))
    expect(comments[0]).toMatch(/^\/\/ .+\(Import → GIFT format\)$/)
    for (const line of comments) expect(line).not.toMatch(/\.$/)
    // …and the file still comes back whole through the import.
    expect(parseGift(text).problems).toEqual([])
  })

  it('writes each type as Moodle reads it', () => {
    const { text } = bankToGift(quizBank())
    expect(text).toContain(
      '::who::Who said stability is improving?{\n\t=Assad\n\t~Putin\n\t~Peskov\n',
    )
    expect(text).toContain(
      '\t~%33.33333%United States\n\t~%33.33333%European states\n\t~%-33.33333%Syria\n\t~%33.33333%Iran\n',
    )
    expect(text).toContain('::announced::The meeting was announced in advance.{\n\tFALSE\n')
    expect(text).toContain('::year::In which year did Russia enter the conflict?{\n\t#2015\n')
    expect(text).toContain('{\n\t=Dmitry Peskov\n\t=Peskov\n')
    expect(text).toContain('\t=quote A -> Assad\n\t=quote B -> Putin\n')
    expect(text).toContain('\t####Evidence\\: “Assad told Putin.”\n}')
    expect(text).toContain('// [id:who] [tag:quotes]\n')
    expect(text).toContain('$CATEGORY: $course$/top/Passage/Quiz tests\n')
    expect(text).not.toContain('::visits::')
  })

  it.each([
    ['a = b', 'a \\= b'],
    ['{x}', '\\{x\\}'],
    ['~#:', '\\~\\#\\:'],
    ['back\\slash', 'back\\\\slash'],
    ['two\nlines', 'two\\nlines'],
  ])('escapes %j', (text, escaped) => {
    expect(escapeGift(text)).toBe(escaped)
  })

  it('reads a GIFT file written by hand, as Moodle would', () => {
    const text = [
      '// a comment',
      "::Grant::Who's buried in Grant's tomb?{~Grant ~Jefferson =no one#Right!}",
      '',
      "Grant is buried in Grant's tomb.{FALSE}",
      '',
      'When was Grant born?{#1822:5}',
      '',
      'Match the capitals.{=Canada -> Ottawa =Italy -> Rome =Japan -> Tokyo}',
      '',
      "Who's buried in Grant's tomb?{=no one =nobody####Nobody is buried there.}",
      '',
      'Which are primes?{~%50%2 ~%50%3 ~%-100%4}',
      '',
      'Broken{=a',
    ].join('\n')
    const parsed = parseGift(text)
    expect(parsed.items.map((i) => [i.name, i.kind])).toEqual([
      ['Grant', 'multichoice'],
      [null, 'truefalse'],
      [null, 'numerical'],
      [null, 'match'],
      [null, 'shortanswer'],
      [null, 'multichoice'],
    ])
    // Each answer with its place, to point a problem at it: “=no one” is line 2, column 58.
    expect(parsed.items[0]?.answers[2]).toEqual({
      text: 'no one',
      weight: 1,
      feedback: 'Right!',
      at: { line: 2, column: 58 },
    })
    expect(parsed.items[2]?.numbers).toEqual([
      { value: 1822, tolerance: 5, weight: 1, written: '1822:5', at: { line: 6, column: 23 } },
    ])
    expect(parsed.items[5]?.answers.map((a) => a.weight)).toEqual([0.5, 0.5, -1])
    expect(parsed.problems).toEqual([
      {
        line: 14,
        column: 7,
        question: 14,
        message:
          'Question 7 (“Broken”): a “{” has no matching “}”: write “}” after its last answer',
      },
    ])
    const set = giftToSet(parsed)
    expect(set.questions.map((q) => q.type)).toEqual([
      'single',
      'truefalse',
      'numeric',
      'matching',
      'short',
      'multiple',
    ])
    expect(set.questions[4]).toMatchObject({
      explanation: 'Nobody is buried there.',
      accepted: ['no one', 'nobody'],
    })
    expect(set.problems.filter((p) => p.message.includes('no evidence'))).toHaveLength(6)
  })

  it('skips a Moodle cloze question, one gap or several, instead of taking its code as an answer', () => {
    const text = [
      'Assad met Putin in {1:SHORTANSWER:=Sochi} last year.',
      '',
      'Russia joined in {:MC:~2011~=2015} and met in {1:SA:=Sochi}.',
      '',
      'Where did they meet?{=Sochi}',
    ].join('\n')
    const parsed = parseGift(text)
    expect(parsed.items.map((i) => i.kind)).toEqual(['shortanswer'])
    expect(parsed.items[0]?.answers.map((a) => a.text)).toEqual(['Sochi'])
    expect(parsed.problems).toEqual([
      {
        line: 1,
        question: 1,
        message:
          'Question 1 (“Assad met Putin in”): Give it one set of answers in “{ }” to bring it in: Passage cannot read a cloze question (answers inside the text)',
      },
      {
        line: 3,
        question: 3,
        message:
          'Question 2 (“Russia joined in”): Give it one set of answers in “{ }” to bring it in: Passage cannot read a cloze question (answers inside the text)',
      },
    ])
  })

  it('leaves out what GIFT would misread, and says so', () => {
    const bank = quizBank(['who', 'spokesman', 'quotes'])
    const spoiled: Bank = {
      ...bank,
      questions: bank.questions.map((q) => (q.type === 'short' ? { ...q, accepted: ['A->B'] } : q)),
    }
    const { exported, bank: back } = roundTrip(spoiled)
    expect(exported.exported).toEqual(['who', 'quotes'])
    expect(exported.notes[0]).toContain('Left out question 2: an answer contains "->"')
    expect(back.questions.map((q) => q.id)).toEqual(['who', 'quotes'])
  })

  it('names questions by their number in its notes, never by their ids', () => {
    const bank = quizBank()
    const withUnits: Bank = {
      ...bank,
      questions: bank.questions.map((q) => (q.type === 'numeric' ? { ...q, unit: 'km' } : q)),
    }
    const { notes } = bankToGift(withUnits)
    // year is question 4, visits 6.
    expect(notes).toEqual([
      'Left out question 6: GIFT has no ordering questions',
      'Moodle does not show the unit of question 4: write it in the question if students need it',
      "Each explanation and evidence quote is in its question's general feedback",
    ])
  })

  it('marks text with “<” or “&” as plain, so Moodle does not show it as HTML, and reads it back as written', () => {
    const bank = quizBank()
    const q = { ...bank.questions[0]!, prompt: 'What does <b> do in “A & B”?' }
    const { text } = bankToGift({ ...bank, questions: [q] })
    expect(text).toContain('::[plain]What does <b> do in “A & B”?{')
    expect(giftToSet(parseGift(text)).questions[0]).toMatchObject({ prompt: q.prompt })
  })

  it('never throws on any text', () => {
    const sample = bankToGift(quizBank()).text
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({
            unit: fc.constantFrom(
              '{',
              '}',
              '=',
              '~',
              '#',
              ':',
              '\\',
              '\n',
              'a',
              '-',
              '>',
              '%',
              '/',
              '[markdown]',
              '[html]',
              '*',
              '_',
              '`',
              '<b>',
              '\r\n',
            ),
          }),
          fc
            .tuple(fc.nat(sample.length - 1), fc.string({ maxLength: 3 }))
            .map(([at, s]) => sample.slice(0, at) + s + sample.slice(at + 1)),
        ),
        (text) => {
          const set = giftToSet(parseGift(text))
          expect(Array.isArray(set.questions)).toBe(true)
          // Every problem, formatting notes included, points at a line of the file, and a column
          // of that line (at most just after its end) at a character that starts a part: no
          // escape's second half, no space.
          const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
          for (const p of set.problems) {
            expect(p.line).toBeGreaterThanOrEqual(1)
            expect(p.line).toBeLessThanOrEqual(lines.length)
            if (p.column === undefined) continue
            const line = [...(lines[p.line - 1] ?? '')]
            expect(p.column).toBeGreaterThanOrEqual(1)
            expect(p.column).toBeLessThanOrEqual(line.length + 1)
            expect(line[p.column - 1] ?? '').not.toMatch(/\s/)
          }
        },
      ),
    )
  })
})

describe('the GIFT round trip for any set', () => {
  // Texts as a bank holds them: trimmed, not empty, full of what GIFT escapes.
  const text = fc
    .string({
      unit: fc.constantFrom(
        'a',
        'B',
        ' ',
        '=',
        '~',
        '#',
        '{',
        '}',
        ':',
        '\\',
        '%',
        '[',
        ']',
        '"',
        '/',
        'é',
        '\n',
        '-',
      ),
      minLength: 1,
      maxLength: 12,
    })
    .map((s) => s.trim().replace(/\n\n+/g, '\n').replace(/->/g, '-'))
    .filter((s) => s !== '')
  const id = fc.stringMatching(/^[a-z][a-z0-9_-]{0,6}$/)
  const number = fc
    .double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 })
    .map((n) => n + 0)
  const base = {
    prompt: text,
    evidence: fc.oneof(text, fc.uniqueArray(text, { minLength: 1, maxLength: 3 })),
    explanation: fc.option(text, { nil: undefined }),
    // A tag is one line: Moodle's [tag:…] cannot hold a line break.
    tags: fc.option(
      fc.uniqueArray(
        text.map((t) => t.replace(/\n/g, ' ')),
        { minLength: 1, maxLength: 2 },
      ),
      { nil: undefined },
    ),
    difficulty: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
  }
  const choices = fc.uniqueArray(text, { minLength: 2, maxLength: 5 })
  const question: fc.Arbitrary<Omit<Question, 'id'>> = fc.oneof(
    fc
      .record({ ...base, type: fc.constant('single' as const), choices })
      .chain((q) => fc.constantFrom(...q.choices).map((answer) => ({ ...q, answer }))),
    fc
      .record({ ...base, type: fc.constant('multiple' as const), choices })
      .chain((q) => fc.subarray(q.choices, { minLength: 1 }).map((answers) => ({ ...q, answers }))),
    fc.record({ ...base, type: fc.constant('truefalse' as const), answer: fc.boolean() }),
    fc.record({
      ...base,
      type: fc.constant('numeric' as const),
      answer: number,
      tolerance: fc.option(number.map(Math.abs), { nil: undefined }),
      unit: fc.option(text, { nil: undefined }),
    }),
    fc.record({
      ...base,
      type: fc.constant('short' as const),
      accepted: fc.uniqueArray(text, { minLength: 1, maxLength: 3 }),
    }),
    fc.record({
      ...base,
      type: fc.constant('matching' as const),
      pairs: fc
        .uniqueArray(text, { minLength: 2, maxLength: 4 })
        .chain((lefts) =>
          fc
            .tuple(...lefts.map(() => text))
            .map((rights) => lefts.map((left, i) => ({ left, right: rights[i] as string }))),
        ),
    }),
  )

  /** Drops fields that are undefined, as JSON would. */
  const clean = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

  it('ours → GIFT → ours gives the same set', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(id, { minLength: 1, maxLength: 5 }),
        fc.array(question, { minLength: 5, maxLength: 5 }),
        text,
        fc.option(text, { nil: undefined }),
        (ids, qs, title, description) => {
          const bank = clean({
            schemaVersion: 2 as const,
            id: 'x/y',
            title,
            passage: 'x',
            description,
            passMark: 0.5,
            questions: ids.map((qid, i) => ({ id: qid, ...qs[i] })) as Question[],
          }) as Bank
          expect(roundTrip(bank).bank).toEqual(bank)
        },
      ),
      {
        numRuns: 200,
        examples: [
          // A right answer whose words start with “%…%”: Moodle reads no weight after “=”.
          [
            ['a'],
            [
              {
                prompt: 'a',
                evidence: 'a',
                explanation: undefined,
                tags: undefined,
                difficulty: undefined,
                type: 'single',
                choices: ['%%a', 'a'],
                answer: '%%a',
              } as Omit<Question, 'id'>,
            ],
            'a',
            undefined,
          ],
        ],
      },
    )
  })
})
