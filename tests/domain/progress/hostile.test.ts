/**
 * Regressions for what an attack on stored data and backups found (issue 10): every hostile
 * document is refused with a message naming what is wrong, and nothing throws.
 */
import { describe, expect, it } from 'vitest'
import { readBackup } from '../../../src/domain/progress/backup.ts'
import { toDigits } from '../../../src/domain/progress/digits.ts'
import { migrate, parse } from '../../../src/domain/progress/migrate.ts'
import { emptyProgress, MAX_TIME_MS } from '../../../src/domain/progress/schema.ts'
import { passedOf, recentAttempts } from '../../../src/domain/progress/stats.ts'
import { runMigrations } from '../../../src/domain/progress/versioned.ts'

const SET = 'assad-sochi-2018/who-said-what'
const NOW = new Date('2024-05-18T10:00:00Z')

/** A v1 document holding one attempt stored as `text`. */
function v1With(text: string, lists: Record<string, string[]> = {}): string {
  return JSON.stringify({ schemaVersion: 1, sets: { [SET]: { lists, attempts: { a1: text } } } })
}

function reasonOf(text: string): string {
  const read = parse(text)
  if (read.status !== 'invalid') throw new Error(`expected invalid, got ${read.status}`)
  return read.reason
}

function backupOf(progress: unknown): string {
  return JSON.stringify({
    kind: 'passage-backup',
    schemaVersion: 1,
    appVersion: 'test',
    createdAt: NOW.toISOString(),
    progress,
  })
}

describe('stored progress out of range is refused, naming the field', () => {
  const v0 = (score: number, total: number) =>
    JSON.stringify({ attempts: [{ set: SET, score, total, date: '2024-05-18T10:00:00Z' }] })

  it.each([
    [
      'a version 0 total too large to store',
      v0(1e14, 1e14),
      /^version 0: attempts\[0\]\.total is out of range: it must be at most 100000$/,
    ],
    [
      'a version 0 total of 1e400 (Infinity)',
      v0(1, 1).replace('"total":1', '"total":1e400'),
      /^version 0: attempts\[0\]\.total/,
    ],
    [
      'a start after the last date a browser can show',
      v1With(`.${toDigits(MAX_TIME_MS / 1000 + 1)}.0.u1.0/1`),
      /^attempt a1 of .* has a start time out of range$/,
    ],
    [
      'a duration ending after it',
      v1With(`.${toDigits(1_700_000_000)}.${toDigits(MAX_TIME_MS / 1000)}.u1.0/1`),
      /has a duration out of range$/,
    ],
    [
      'a start of 200 digits (Infinity)',
      v1With(`.${'z'.repeat(200)}.0.u1.0/1`),
      /has a start time out of range$/,
    ],
    [
      'a score above its maximum',
      v1With(`.${toDigits(1_700_000_000)}.1.u1.${toDigits(121)}/1`),
      /has a score above its maximum$/,
    ],
    [
      'a maximum of 200 digits',
      v1With(`.${toDigits(1_700_000_000)}.1.u1.0/${'z'.repeat(200)}`),
      /has a maximum score out of range$/,
    ],
    [
      'nesting 100 000 levels deep',
      `{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
      /^it is nested more than 64 levels deep$/,
    ],
  ])('%s', (_, text, reason) => {
    expect(reasonOf(text)).toMatch(reason)
  })

  it('keeps a megabyte-long key out of the message', () => {
    const key = 'x'.repeat(5_000_000)
    const reason = reasonOf(JSON.stringify({ schemaVersion: 1, sets: { [key]: {} } }))
    expect(reason.length).toBeLessThan(200)
    expect(reason).toContain('…')
  })

  it('turns anything a migration step throws into a reason, never an exception', () => {
    const result = runMigrations(
      { v: 0 },
      {
        current: 1,
        versionOf: () => 0,
        steps: {
          0: () => {
            throw new RangeError('Cannot encode 1e16')
          },
        },
        validate: (doc) => ({ ok: true, doc }),
      },
    )
    expect(result).toEqual({
      status: 'invalid',
      reason: 'it could not be read (RangeError: Cannot encode 1e16)',
    })
  })

  it('gives the same message for the document inside a backup, and changes nothing', () => {
    const read = readBackup(backupOf(JSON.parse(v0(1e14, 1e14))), emptyProgress())
    expect(read).toEqual({
      ok: false,
      message:
        'This backup is damaged: its progress version 0: attempts[0].total is out of range: it must be at most 100000. Nothing was changed.',
    })
  })

  it('still migrates a long version 0 history, in linear time', () => {
    const attempts = Array.from({ length: 10_000 }, (_, i) => ({
      set: SET,
      score: i % 18,
      total: 18,
      date: new Date(Date.parse('2024-01-01T00:00:00Z') + i * 60_000).toISOString(),
    }))
    const result = migrate({ attempts })
    expect(result.status).toBe('ok')
    expect(result.status === 'ok' && recentAttempts(result.doc, Infinity)).toHaveLength(10_000)
  })
})

describe('what a page shows as passed', () => {
  it.each([
    ['derived from the score when the pass mark is known', 0, true, 0.7, false],
    ['derived the other way too', 0.8, false, 0.7, true],
    ['the stored flag without a pass mark', 0.3, true, undefined, true],
    ['a full score always passes', 1, false, undefined, true],
    ['not recorded stays not recorded', 1, null, 0.7, null],
    ['exactly on the mark after thirds add up', 2 / 3 + 1 / 30, false, 0.7, true],
  ] as const)('%s', (_, fraction, stored, passMark, shown) => {
    expect(passedOf(fraction, stored, passMark)).toBe(shown)
  })
})
