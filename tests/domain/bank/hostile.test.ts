/**
 * Regressions for what an attack on bank files found (issue 10): problems are located in time
 * linear in the file, deep nesting is refused without a stack overflow, and no value from a file
 * is repeated whole in a message.
 */
import { describe, expect, it } from 'vitest'
import { loadLibrary, type SourceFile } from '../../../src/domain/bank/index.ts'
import { parseLocated, textIndexes } from '../../../src/domain/bank/locate.ts'
import { benchBank, benchPassage } from '../../bench/generate.ts'
import {
  BANK_FILE,
  PASSAGE_FILE,
  bank,
  json,
  lineOf,
  passage,
  single,
} from '../../fixtures/banks.ts'

const passageFile: SourceFile = { file: PASSAGE_FILE, text: json(passage()) }
const good: SourceFile = { file: BANK_FILE, text: json(bank()) }

describe('a hostile bank file is reported, and the other sets still load', () => {
  it('nested 100 000 levels deep', () => {
    const deep = `{"id": "mini/deep", "questions": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`
    const library = loadLibrary([
      passageFile,
      good,
      { file: 'questions/mini/deep.json', text: deep },
    ])
    expect(library.banks.map((b) => b.bank.id)).toEqual(['mini/quotes'])
    expect(library.failures[0]?.issues).toEqual([
      {
        file: 'questions/mini/deep.json',
        line: 1,
        column: 34 + 63, // the 64th "[" opens level 65
        path: '(file)',
        message:
          'nested more than 64 levels deep: a question bank needs only a few, so this is not one',
      },
    ])
  })

  it('nested deeply after a string left open, as a parser recovering from errors reads it', () => {
    const text = `{"id": "mini/x\n${'['.repeat(100_000)}`
    const library = loadLibrary([passageFile, good, { file: 'questions/mini/x.json', text }])
    expect(library.banks).toHaveLength(1)
    expect(library.failures[0]?.issues[0]?.message).toMatch(/^nested more than 64 levels deep/)
  })

  it('naming a passage "constructor", which every object inherits', () => {
    const text = json(bank({ id: 'constructor/x', passage: 'constructor' }))
    const library = loadLibrary([passageFile, good, { file: 'questions/constructor/x.json', text }])
    expect(library.banks).toHaveLength(1)
    expect(library.failures[0]?.issues[0]?.message).toBe(
      'no passage “constructor” was loaded (known: “mini”): add questions/constructor/passage.json or fix the id',
    )
  })

  it('with a 5 MB answer: the message quotes its start and says how long it is', () => {
    const huge = 'P'.repeat(5_000_000)
    const text = json(bank({ id: 'mini/huge' }, [{ ...single, id: 'h1', answer: huge }]))
    const library = loadLibrary([passageFile, { file: 'questions/mini/huge.json', text }])
    const [issue] = library.failures[0]?.issues ?? []
    expect(issue?.message).toBe(
      `“${'P'.repeat(60)}”… (5,000,000 characters) is not one of the choices (“Assad”, “Putin”)`,
    )
  })

  it('with 50 000 unknown fields in one question: the message names three', () => {
    const fields = Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`f${i}`, i]))
    const text = json(bank({ id: 'mini/fields' }, [{ ...single, ...fields }]))
    const [issue] = loadLibrary([passageFile, { file: 'questions/mini/f.json', text }]).failures[0]!
      .issues
    expect(issue?.message).toBe(
      'unknown field “f0”, “f1”, “f2” and 49997 more: check the spelling or remove it',
    )
    expect(issue?.line).toBe(lineOf(text, '"f0"'))
  })
})

describe('locating a problem', () => {
  it('points at the last of two equal keys, the one JSON.parse keeps', () => {
    const text = '{\n  "a": 1,\n  "a": 2\n}'
    const located = parseLocated(text)
    if (!located.ok) throw new Error('valid JSON')
    expect(located.json.value).toEqual({ a: 2 })
    expect(located.json.locate(['a'])).toEqual({ line: 3, column: 8 })
    expect(located.json.locate(['a'], { key: true })).toEqual({ line: 3, column: 3 })
  })

  it('finds keys written with escapes, after a byte-order mark', () => {
    const text = '\uFEFF{\n  "x": [0, {"\\u0061b": true}]\n}'
    const located = parseLocated(text)
    if (!located.ok) throw new Error('valid JSON')
    expect(located.json.locate(['x', 1, 'ab'])).toEqual({ line: 2, column: 24 })
    expect(located.json.locate(['x', 1, 'nope'])).toEqual({ line: 2, column: 12 })
    expect(located.json.locate(['x', 7])).toEqual({ line: 2, column: 8 })
  })

  it.each([
    ['{\n  "a": 1,\n  "b": 2,\n}\n', 3, 9, '}'],
    ['{ "choices": ["Assad", "Putin", ] }', 1, 31, ']'],
    ['[1, 2,\n\t\n  ]', 1, 6, ']'],
  ])('says where a comma after the last item is, to remove it: %j', (text, line, column, close) => {
    expect(parseLocated(text)).toEqual({
      ok: false,
      error: {
        line,
        column,
        message: `invalid JSON: a comma after the last item: remove the "," before "${close}"`,
      },
    })
  })

  it('finds a member of an object with many keys', () => {
    const value = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}`, i]))
    const located = parseLocated(JSON.stringify(value, null, 1))
    if (!located.ok) throw new Error('valid JSON')
    expect(located.json.locate(['k42'])).toEqual({ line: 44, column: 9 })
  })
})

describe('the work of reporting problems', () => {
  it('locates 50 000 problems with one pass over the file, and a clean file with none', () => {
    // Questions with five problems each. Locating each problem by rescanning the text made the
    // cost grow with the square of the problems (~150× the valid bank at 50 000 of them): the
    // text is now indexed once, when there is a first problem to place, and never otherwise.
    const valid = benchBank(10_000)
    const broken = {
      ...valid,
      questions: valid.questions.map((q) => ({
        ...q,
        difficulty: 9,
        answr: 1,
        prompt: ' ',
        tags: [1],
        explanation: 5,
      })),
    }
    const files = (b: unknown): SourceFile[] => [
      { file: 'questions/bench/passage.json', text: json(benchPassage) },
      { file: 'questions/bench/big.json', text: json(b) },
    ]
    const before = textIndexes.built
    expect(loadLibrary(files(valid)).failures).toEqual([])
    expect(textIndexes.built).toBe(before)

    const problems = loadLibrary(files(broken)).failures.flatMap((f) => f.issues)
    expect(problems).toHaveLength(50_000)
    expect(problems[49_999]).toMatchObject({ path: 'questions[9999].answr' })
    expect(problems[0]).toMatchObject({ path: 'questions[0].prompt', line: expect.any(Number) })
    expect(textIndexes.built).toBe(before + 1)
  }, 120_000)
})
