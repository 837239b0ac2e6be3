import { describe, expect, it } from 'vitest'
import { attemptFromSession } from '../../../src/domain/progress/attempt.ts'
import {
  backupFilename,
  backupText,
  makeBackup,
  previewOf,
  readBackup,
} from '../../../src/domain/progress/backup.ts'
import { applyAnswers } from '../../../src/domain/review/apply.ts'
import { emptyReview, type ReviewDoc } from '../../../src/domain/review/schema.ts'
import { answer, dec, scheduler } from '../review/helpers.ts'
import { recordAttempt } from '../../../src/domain/progress/record.ts'
import { emptyProgress, PROGRESS_VERSION } from '../../../src/domain/progress/schema.ts'
import { defaultSettings } from '../../../src/domain/progress/settings.ts'
import { at, playedTest, quizBank } from '../../fixtures/progress/bank.ts'
import V0_TEXT from '../../fixtures/progress/v0.json?raw'

const bank = quizBank()
const a1 = attemptFromSession(playedTest(['wsw-01']), bank, 'a1')
const a2 = attemptFromSession(playedTest(['wsw-02'], 3_600_000), bank, 'a2')
const a3 = attemptFromSession(
  playedTest([], 7_200_000, quizBank('mini/quotes')),
  quizBank('mini/quotes'),
  'a3',
)
const here = recordAttempt(recordAttempt(emptyProgress(), a1), a2)
const there = recordAttempt(recordAttempt(emptyProgress(), a2), a3)

function fileOf(progress = there, settings = { ...defaultSettings(), theme: 'dark' as const }) {
  return backupText(makeBackup({ progress, settings }, '1.2.3', at()))
}

describe('backups', () => {
  it('carry their format, app version and date', () => {
    const backup = JSON.parse(fileOf()) as Record<string, unknown>
    expect(backup).toMatchObject({
      kind: 'passage-backup',
      schemaVersion: 1,
      appVersion: '1.2.3',
      createdAt: '2024-05-18T09:00:00.000Z',
    })
    expect(backupFilename(at())).toBe('passage-backup-2024-05-18.json')
  })

  it('say what a restore would add, counting attempts already here once', () => {
    const read = readBackup(fileOf(), here)
    expect(read).toMatchObject({
      ok: true,
      summary: {
        attemptsInBackup: 2,
        newAttempts: 1,
        knownAttempts: 1,
        newSets: 1,
        hasSettings: true,
        appVersion: '1.2.3',
      },
    })
    expect(read.ok && read.backup.settings?.theme).toBe('dark')
    expect(read.ok && read.backup.progress).toEqual(there)
  })

  it('add nothing when restored twice', () => {
    expect(readBackup(fileOf(here), here)).toMatchObject({ ok: true, summary: { newAttempts: 0 } })
  })

  it('migrate progress written by an older version', () => {
    const old = JSON.stringify({
      kind: 'passage-backup',
      schemaVersion: 1,
      appVersion: '0.0.1',
      createdAt: '2024-03-06T00:00:00Z',
      progress: JSON.parse(V0_TEXT) as unknown,
    })
    expect(readBackup(old, here)).toMatchObject({
      ok: true,
      summary: { newAttempts: 4, migratedFrom: 0, hasSettings: false },
    })
  })

  it.each([
    ['a truncated file', () => fileOf().slice(0, 50), /not a Passage backup: it is not valid JSON/],
    // Said in words, not the engine's ("Unexpected token 'o', "not json" is not valid JSON").
    [
      'a note chosen by mistake',
      () => 'not json\nat all',
      /not a Passage backup: it is not JSON: it starts with “not json at all”\. Nothing was changed/,
    ],
    [
      'a file broken on its second line',
      () => '{"schemaVersion": 1,\n "progress" 2}',
      /not a Passage backup: it is not valid JSON \(line 2, column \d+\)/,
    ],
    ['an empty file', () => '', /not a Passage backup: it is empty/],
    [
      "another app's file",
      () => '{"hello":"world"}',
      /^This file is not a Passage backup\. Nothing was changed\.$/,
    ],
    ['a bare number', () => '7', /not a Passage backup/],
    [
      'a file from a newer app',
      () => fileOf().replace('"schemaVersion":1', '"schemaVersion":2'),
      /newer version of Passage \(format 2\)/,
    ],
    [
      'a file with newer progress',
      () =>
        fileOf().replace(
          `"progress":{"schemaVersion":${PROGRESS_VERSION}`,
          `"progress":{"schemaVersion":${PROGRESS_VERSION + 1}`,
        ),
      /progress from a newer version/,
    ],
    [
      'a file with damaged progress',
      () => fileOf().replace(/"a2":"[^"]*"/, '"a2":"broken"'),
      /damaged: its progress sets\..*\.attempts\.a2 is not in the expected format/,
    ],
    [
      'a file with damaged settings',
      () => fileOf().replace('"theme":"dark"', '"theme":"neon"'),
      /damaged: its settings theme/,
    ],
    [
      'a file without its date',
      () => fileOf().replace(/"createdAt":"[^"]*",/, ''),
      /damaged: createdAt/,
    ],
  ])('refuse %s with a clear message', (_, text, message) => {
    const read = readBackup(text(), here)
    expect(read.ok).toBe(false)
    expect(!read.ok && read.message).toMatch(message)
    expect(!read.ok && read.message).toMatch(/Nothing was changed\.$/)
  })
})

describe('the review schedule in a backup', () => {
  const review: ReviewDoc = {
    ...applyAnswers(emptyReview(), [answer('wsw-01', dec(4)), answer('wsw-02', dec(5))], scheduler),
    session: { startedAt: dec(5), scope: 'all', cards: [] },
  }
  const withReview = (r: unknown) =>
    JSON.stringify({
      ...JSON.parse(backupText(makeBackup({ progress: there }, '1.2.3', at()))),
      review: r,
    })

  it('travels with the backup: its cards, never a review half-way through', () => {
    const text = backupText(makeBackup({ progress: there, review }, '1.2.3', at()))
    const read = readBackup(text, here)
    expect(read.ok && read.summary.reviewCards).toBe(2)
    const preview = previewOf(read)
    expect(preview.ok && preview.review).toEqual({
      schemaVersion: review.schemaVersion,
      cards: review.cards,
    })
  })

  it('is left out when there is no card, and an older backup without one still restores', () => {
    const text = backupText(makeBackup({ progress: there, review: emptyReview() }, '1.2.3', at()))
    expect(JSON.parse(text)).not.toHaveProperty('review')
    const read = readBackup(text, here)
    expect(read.ok && read.summary.reviewCards).toBe(0)
  })

  it('refuses a backup whose review cards are damaged or newer, naming them', () => {
    const damaged = readBackup(withReview({ schemaVersion: 1, cards: { x: 3 } }), here)
    expect(damaged.ok ? '' : damaged.message).toMatch(
      /^This backup is damaged: its review cards .+\. Nothing was changed\.$/,
    )
    const newer = readBackup(withReview({ schemaVersion: 99, cards: {} }), here)
    expect(newer.ok ? '' : newer.message).toMatch(/newer version of Passage \(version 99\)/)
  })
})
