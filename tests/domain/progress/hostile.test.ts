/**
 * Regressions for what an attack on stored data and backups found (issue 10): every hostile
 * document is refused with a message naming what is wrong, and nothing throws.
 */
import { describe, expect, it } from 'vitest'
import {
  backupText,
  makeBackup,
  readBackup,
  type BackupRead,
} from '../../../src/domain/progress/backup.ts'
import { encodeAttempt, type Attempt } from '../../../src/domain/progress/codec.ts'
import { toDigits } from '../../../src/domain/progress/digits.ts'
import { planRestore } from '../../../src/domain/progress/merge.ts'
import { migrate, parse } from '../../../src/domain/progress/migrate.ts'
import { recordAttempt } from '../../../src/domain/progress/record.ts'
import {
  emptyProgress,
  MAX_TIME_MS,
  PROGRESS_VERSION,
  type ProgressDoc,
} from '../../../src/domain/progress/schema.ts'
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

function attempt(id: string, score: number, overrides: Partial<Attempt> = {}): Attempt {
  return {
    id,
    setId: SET,
    mode: 'test',
    startedAt: Date.parse('2024-05-01T10:00:00Z'),
    finishedAt: Date.parse('2024-05-01T10:05:00Z'),
    score,
    max: 2,
    passed: score >= 1.4,
    answers: [
      { qid: 'q1', score: Math.min(1, score), max: 1, correct: score >= 1, timeMs: 5000 },
      { qid: 'q2', score: Math.max(0, score - 1), max: 1, correct: score >= 2, timeMs: 5000 },
    ],
    detailed: false,
    ...overrides,
  }
}

const docOf = (...attempts: Attempt[]): ProgressDoc =>
  attempts.reduce((doc, a) => recordAttempt(doc, a), emptyProgress())

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
      'a start after the year 9999',
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
        'This backup is damaged: none of its progress can be read. Passage found a number out of range in one of your attempts (version 0: attempts[0].total is out of range: it must be at most 100000). Nothing was changed.',
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

describe('restoring a backup never changes an attempt already here', () => {
  const mine = attempt('same-id', 0, { passed: false })
  const forged = attempt('same-id', 2, { passed: true })

  function preview(current: ProgressDoc, backup: ProgressDoc): Extract<BackupRead, { ok: true }> {
    const read = readBackup(backupText(makeBackup({ progress: backup }, 'test', NOW)), current)
    if (!read.ok) throw new Error(read.message)
    return read
  }

  it('reports a copy with the same id and other results as a conflict, and adds only the new', () => {
    const other = attempt('other', 1)
    const read = preview(docOf(mine), docOf(forged, other))
    expect(read.summary).toMatchObject({
      attemptsInBackup: 2,
      newAttempts: 1,
      knownAttempts: 0,
      conflicts: 1,
    })
    expect(read.plan.add).toEqual(docOf(other))
    expect(read.plan.conflicts).toEqual(docOf(forged))
  })

  it('counts a copy with the same results as known, with or without its answers', () => {
    const detailed = attempt('d', 1, { detailed: true, seed: 's' })
    detailed.answers = detailed.answers.map((a) => ({ ...a, answer: '0', retryUsed: false }))
    const trimmed = { ...detailed, detailed: false }
    expect(preview(docOf(detailed), docOf(trimmed)).summary).toMatchObject({
      knownAttempts: 1,
      conflicts: 0,
      newAttempts: 0,
    })
    const read = preview(docOf(trimmed), docOf(detailed))
    expect(read.summary).toMatchObject({ knownAttempts: 1, conflicts: 0, newAttempts: 0 })
    expect(read.plan.add).toEqual(emptyProgress())
  })

  it('treats a question list that clashes with one here as a conflict', () => {
    const here = docOf(mine)
    const set = here.sets[SET]!
    const [key] = Object.keys(set.lists)
    const clash: ProgressDoc = {
      schemaVersion: PROGRESS_VERSION,
      sets: {
        [SET]: {
          lists: { [key!]: ['q1', 'q9'] },
          attempts: { newer: encodeAttempt(attempt('newer', 1)).text },
        },
      },
    }
    const plan = planRestore(here, clash)
    expect(plan.add).toEqual(emptyProgress())
    expect(Object.keys(plan.conflicts.sets[SET]!.attempts)).toEqual(['newer'])
  })
})
