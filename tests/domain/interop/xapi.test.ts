import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { quizBank, right, wrong } from '../quiz/bank.ts'
import { played } from '../../fixtures/attempts.ts'
import {
  isoDuration,
  uuidFrom,
  xapiStatements,
  type XapiStatement,
} from '../../../src/domain/interop/xapi.ts'

// ajv-formats is CommonJS with a default export.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv
const schema = JSON.parse(
  readFileSync('tests/fixtures/xapi/statement.schema.json', 'utf8'),
) as object
const validate = addFormats(
  new Ajv({ allErrors: true, strict: true, strictRequired: false }),
).compile(schema)

const bank = quizBank()
const bankOf = (id: string) => (id === bank.id ? bank : undefined)

function statements(): XapiStatement[] {
  return xapiStatements(
    'Ana',
    [
      played(bank, right, { id: 'good1' }),
      played(bank, wrong, { id: 'bad22', start: 600, seconds: 75 }),
    ],
    bankOf,
    'en',
  )
}

describe('xAPI 1.0.3 statements', () => {
  it('are valid statements by the schema written from the spec', () => {
    for (const s of statements()) {
      expect(validate(s), JSON.stringify(validate.errors)).toBe(true)
      const { raw, min, max, scaled } = s.result.score
      expect(min).toBeLessThan(max)
      expect(raw).toBeGreaterThanOrEqual(min)
      expect(raw).toBeLessThanOrEqual(max)
      expect(scaled).toBeCloseTo(raw / max)
      for (const list of ['choices', 'source', 'target'] as const) {
        const ids = s.object.definition[list]?.map((c) => c.id) ?? []
        expect(new Set(ids).size).toBe(ids.length)
      }
    }
  })

  it('say `answered` per question and `completed` per attempt', () => {
    const all = statements()
    expect(all).toHaveLength(16)
    expect(all.map((s) => s.verb.display['en-US'])).toEqual([
      ...Array<string>(7).fill('answered'),
      'completed',
      ...Array<string>(7).fill('answered'),
      'completed',
    ])
    const completed = all[15]!
    expect(completed.object.id).toBe(
      'https://passage.invalid/xapi/sets/assad-sochi-2018/quiz-tests',
    )
    expect(completed.result).toMatchObject({
      // Only the ordering earns anything: Sochi is in its place, 1 of 3.
      score: { raw: 1 / 3, min: 0, max: 7, scaled: 1 / 21 },
      success: false,
      completion: true,
      duration: 'PT8M45S',
    })
    expect(
      all.filter((s) => s.context.registration === completed.context.registration),
    ).toHaveLength(8)
  })

  it.each([
    ['as attempts say it now', { unanswered: true }],
    ['as attempts before progress version 3 said it, by an empty answer', {}],
  ])(
    'say nothing was answered for a question left blank (%s), and count it in the score',
    (_how, mark) => {
      const a = played(bank, right, { id: 'blank' })
      const [first, ...rest] = a.answers
      const blank = { ...first!, score: 0, correct: false, answer: '', ...mark }
      const attempt = { ...a, answers: [blank, ...rest], score: a.score - 1 }
      const all = xapiStatements('Ana', [attempt], bankOf, 'en')
      expect(all.map((s) => s.verb.display['en-US'])).toEqual([
        ...Array<string>(rest.length).fill('answered'),
        'completed',
      ])
      expect(all.some((s) => s.object.id.endsWith(`/${blank.qid}`))).toBe(false)
      expect(all.at(-1)?.result.score).toMatchObject({ raw: a.score - 1, max: a.max })
    },
  )

  it('identify the student by the display name only', () => {
    for (const s of statements()) {
      expect(s.actor).toEqual({
        objectType: 'Agent',
        name: 'Ana',
        account: { homePage: 'https://passage.invalid/xapi/', name: 'Ana' },
      })
    }
  })

  it.each([
    ['who', 'choice', ['a'], 'a', 'b'],
    ['critics', 'choice', ['a[,]b[,]d'], 'a[,]b[,]d', 'c'],
    ['announced', 'true-false', ['false'], 'false', 'true'],
    ['year', 'numeric', ['2015'], '2015', '2014'],
    ['spokesman', 'fill-in', ['Dmitry Peskov', 'Peskov'], 'peskov', 'Putin'],
    ['visits', 'sequencing', ['a[,]b[,]c'], 'a[,]b[,]c', 'b[,]c[,]a'],
    ['quotes', 'matching', ['a[.]a[,]b[.]b'], 'a[.]a[,]b[.]b', 'a[.]b[,]b[.]a'],
  ])('describe %s as %s with its right and given responses', (qid, type, pattern, good, bad) => {
    const all = statements()
    const mine = all.filter((s) => s.object.id.endsWith(`/questions/${qid}`))
    expect(mine).toHaveLength(2)
    expect(mine[0]?.object.definition).toMatchObject({
      interactionType: type,
      correctResponsesPattern: pattern,
      type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
    })
    expect(mine[0]?.result).toMatchObject({ response: good, success: true, duration: 'PT10S' })
    expect(mine[1]?.result).toMatchObject({ response: bad, success: false, duration: 'PT1M15S' })
  })

  it('are the same statements, with the same ids, every time', () => {
    const ids = statements().map((s) => s.id)
    expect(statements().map((s) => s.id)).toEqual(ids)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('still describe answers to a set that is not loaded', () => {
    const [s] = xapiStatements('Bo', [played(bank, right)], () => undefined, 'en')
    expect(validate(s)).toBe(true)
    expect(s?.object.definition.interactionType).toBe('other')
    expect(s?.result.response).toBeUndefined()
  })

  it.each([
    [0, 'PT0S'],
    [59, 'PT59S'],
    [60, 'PT1M'],
    [3725, 'PT1H2M5S'],
    [7200, 'PT2H'],
  ])('write %i s as %s', (seconds, text) => {
    expect(isoDuration(seconds)).toBe(text)
  })

  it('make UUIDs of the version 4 layout', () => {
    expect(uuidFrom('x')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    )
  })
})
