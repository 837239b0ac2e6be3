import { describe, expect, it } from 'vitest'
import { merge } from '../../../src/domain/progress/merge.ts'
import { migrate, parse, serialize } from '../../../src/domain/progress/migrate.ts'
import { emptyProgress, PROGRESS_VERSION } from '../../../src/domain/progress/schema.ts'
import { questionStats, recentAttempts, setStats } from '../../../src/domain/progress/stats.ts'
import { runMigrations, type VersionedFormat } from '../../../src/domain/progress/versioned.ts'
// As raw text: the fixture is what a v0 build left in localStorage.
import V0_TEXT from '../../fixtures/progress/v0.json?raw'
// What the build before "I was right" saved: version 1, with retry marks.
import V1_TEXT from '../../fixtures/progress/v1.json?raw'

const WSW = 'assad-sochi-2018/who-said-what'
const DT = 'assad-sochi-2018/dates-and-timeline'

function migratedV0() {
  const result = parse(V0_TEXT)
  if (result.status !== 'ok')
    throw new Error(`v0 fixture did not migrate: ${JSON.stringify(result)}`)
  return result
}

describe('migrating version 0 (tests/fixtures/progress/v0.json)', () => {
  it('keeps every attempt, with its score, set and date', () => {
    const { doc, migratedFrom } = migratedV0()
    expect(migratedFrom).toBe(0)
    expect(doc.schemaVersion).toBe(PROGRESS_VERSION)
    expect(setStats(doc, WSW)).toEqual({
      setId: WSW,
      attempts: 2,
      partial: 0,
      passed: 0,
      best: 15.5 / 18,
      last: 15.5 / 18,
      mean: (12 / 18 + 15.5 / 18) / 2,
      first: 12 / 18,
      lastPlayed: Date.parse('2024-03-04T18:40:12.000Z'),
      firstPlayed: Date.parse('2024-03-02T10:15:00.000Z'),
      // A v0 entry kept no answers: how many questions it asked is not known.
      asked: 0,
    })
    // The two identical v0 entries are two attempts, not one.
    expect(setStats(doc, DT)?.attempts).toBe(2)
    const [latest] = recentAttempts(doc, 1)
    expect(latest).toMatchObject({ setId: DT, mode: 'unknown', passed: null, max: 18, score: 9 })
    expect(latest?.answers).toEqual([])
  })

  it('has no per-question results to invent', () => {
    expect(questionStats(migratedV0().doc, WSW, 'wsw-01')).toBeUndefined()
  })

  it('gives the same ids every time, so two tabs migrating at once do not duplicate', () => {
    const a = migratedV0().doc
    const b = migratedV0().doc
    expect(a).toEqual(b)
    expect(merge(a, b)).toEqual(a)
  })

  it('writes a current document that reads back unchanged', () => {
    const { doc } = migratedV0()
    expect(parse(serialize(doc))).toEqual({ status: 'ok', doc })
  })

  it('refuses a v0 document with a wrong field instead of guessing', () => {
    const bad = {
      attempts: [{ set: WSW, score: 'twelve', total: 18, date: '2024-03-02T10:15:00Z' }],
    }
    const result = migrate(bad)
    expect(result.status).toBe('invalid')
    expect(result.status === 'invalid' && result.reason).toMatch(/^version 0: attempts\[0\]\.score/)
  })
})

describe('migrating version 1 (tests/fixtures/progress/v1.json)', () => {
  const PRACTICE = 'old-practice'

  it('keeps the document as it was, as the current version', () => {
    const result = parse(V1_TEXT)
    const v1 = JSON.parse(V1_TEXT) as { sets: unknown }
    expect(result).toEqual({
      status: 'ok',
      doc: { schemaVersion: PROGRESS_VERSION, sets: v1.sets },
      migratedFrom: 1,
    })
  })

  it('reads its retries, and no answer as marked right', () => {
    const result = parse(V1_TEXT)
    if (result.status !== 'ok') throw new Error(JSON.stringify(result))
    const attempts = recentAttempts(result.doc, 5)
    expect(attempts.map((a) => a.id).sort()).toEqual(['old-practice', 'old-test'])
    const practice = attempts.find((a) => a.id === PRACTICE)
    expect(practice?.answers[0]).toMatchObject({ qid: 'wsw-01', retryUsed: true, score: 0.5 })
    for (const a of attempts.flatMap((x) => x.answers)) expect(a.overridden).toBeUndefined()
    expect(parse(serialize(result.doc))).toEqual({ status: 'ok', doc: result.doc })
  })
})

describe('migrating version 3 (before the asked order was kept)', () => {
  // Version 3 as a build of session 21 stored it: detail is seed, marks and answers, no order.
  const V3 = {
    schemaVersion: 3,
    sets: {
      [WSW]: {
        lists: { AAAAAAAA: ['wsw-01', 'wsw-02'] },
        attempts: { old: 'AAAAAAAA.1.1.t1.000000#seed||0|01' },
      },
    },
  }

  it('keeps the document as it was; its attempts have answers and no asked order', () => {
    const result = migrate(V3)
    expect(result).toEqual({
      status: 'ok',
      doc: { schemaVersion: PROGRESS_VERSION, sets: V3.sets },
      migratedFrom: 3,
    })
    if (result.status !== 'ok') return
    const [old] = recentAttempts(result.doc, 1)
    expect(old?.answers.map((a) => a.answer)).toEqual(['0', '01'])
    expect(old?.asked).toBeUndefined()
  })
})

describe('migrating version 4 (before a second try’s first answer was kept)', () => {
  // Version 4 as a build of session 42 stored it: a practice attempt whose wsw-01 was tried twice
  // (mark 1), its detail ending with the asked order and no first answer.
  const V4 = {
    schemaVersion: 4,
    sets: {
      [WSW]: {
        lists: { AAAAAAAA: ['wsw-01', 'wsw-02'] },
        attempts: { old: 'AAAAAAAA.1.1.p1.000000#seed|10|0|01|10' },
      },
    },
  }

  it('keeps the document as it was; the question tried twice reads without a first answer', () => {
    const result = migrate(V4)
    expect(result).toEqual({
      status: 'ok',
      doc: { schemaVersion: PROGRESS_VERSION, sets: V4.sets },
      migratedFrom: 4,
    })
    if (result.status !== 'ok') return
    const [old] = recentAttempts(result.doc, 1)
    expect(old?.answers[0]).toMatchObject({ qid: 'wsw-01', retryUsed: true, answer: '0' })
    expect(old?.answers[0]?.firstAnswer).toBeUndefined()
    expect(old?.asked).toEqual(['wsw-02', 'wsw-01'])
  })
})

describe('migrating version 5 (before a practice’s blanks not skipped were told apart)', () => {
  // Version 5 as a build of session 47 stored it: a practice that ran out of time with wsw-02 never
  // reached, stored as a blank like any other; its page and Progress said "Skipped".
  const V5 = {
    schemaVersion: 5,
    sets: {
      [WSW]: {
        lists: { AAAAAAAA: ['wsw-01', 'wsw-02'] },
        attempts: { old: 'AAAAAAAA.1.1.p0.0000gX#seed||0|' },
      },
    },
  }

  it('keeps the document as it was; its blank reads as skipped, as it did', () => {
    const result = migrate(V5)
    expect(result).toEqual({
      status: 'ok',
      doc: { schemaVersion: PROGRESS_VERSION, sets: V5.sets },
      migratedFrom: 5,
    })
    if (result.status !== 'ok') return
    const [old] = recentAttempts(result.doc, 1)
    expect(old?.answers[1]).toMatchObject({ qid: 'wsw-02', unanswered: true })
    expect(old?.answers[1]?.notSkipped).toBeUndefined()
  })
})

describe('reading stored progress', () => {
  it('reads the current version as it is', () => {
    expect(migrate(emptyProgress())).toEqual({ status: 'ok', doc: emptyProgress() })
  })

  it('leaves a newer version alone and says which', () => {
    expect(parse('{"schemaVersion":7,"whatever":[]}')).toEqual({ status: 'newer', version: 7 })
  })

  it.each([
    ['an empty string', ''],
    ['null', 'null'],
    ['truncated JSON', V0_TEXT.slice(0, 80)],
    ['a number', '42'],
    ['another shape', '{"theme":"dark","volume":3}'],
    ['a list', '[1,2,3]'],
    [
      'a v1 document with a broken attempt',
      '{"schemaVersion":1,"sets":{"a/b":{"lists":{},"attempts":{"x":"nope"}}}}',
    ],
    ['a version 1 document that is a list', '{"schemaVersion":1,"sets":[]}'],
    [
      'a v1 document naming a missing list',
      '{"schemaVersion":1,"sets":{"a/b":{"lists":{},"attempts":{"x":"AAAAAAAA.1.1.p1.000"}}}}',
    ],
    ['6 MB of junk', 'x'.repeat(6 * 1024 * 1024)],
  ])('calls %s invalid, with a reason', (_, text) => {
    const result = parse(text)
    expect(result.status).toBe('invalid')
    expect(result.status === 'invalid' && result.reason.length).toBeGreaterThan(5)
  })
})

describe('the migration registry', () => {
  // A made-up format with versions 0–2 shows how a v2 slots in: one more step, and every older
  // version still reaches the current one step by step.
  const format: VersionedFormat<{ v: 2; n: number }> = {
    current: 2,
    versionOf: (raw) => (raw as { v?: number }).v ?? 0,
    steps: {
      0: (d) => ({ ok: true, doc: { v: 1, n: (d as { count: number }).count } }),
      1: (d) => ({ ok: true, doc: { v: 2, n: (d as { n: number }).n * 10 } }),
    },
    validate: (d) => ({ ok: true, doc: d as { v: 2; n: number } }),
  }

  it.each([
    [{ count: 3 }, { status: 'ok', doc: { v: 2, n: 30 }, migratedFrom: 0 }],
    [
      { v: 1, n: 4 },
      { status: 'ok', doc: { v: 2, n: 40 }, migratedFrom: 1 },
    ],
    [
      { v: 2, n: 5 },
      { status: 'ok', doc: { v: 2, n: 5 } },
    ],
    [{ v: 3 }, { status: 'newer', version: 3 }],
  ])('runs %j up to the current version', (raw, expected) => {
    expect(runMigrations(raw, format)).toEqual(expected)
  })

  it('stops at a missing step instead of skipping it', () => {
    const gap = { ...format, steps: { 0: format.steps[0]! } }
    expect(runMigrations({ v: 1, n: 1 }, gap)).toMatchObject({ status: 'invalid' })
  })
})
