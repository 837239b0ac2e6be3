/**
 * What the progress, attempt and settings pages compute from a progress document, done with the
 * same functions they call, so a property can check thousands of documents without mounting
 * (pages.test.ts mounts the real pages for fewer). Throws when anything a page shows is broken.
 */
import { expect } from 'vitest'
import type { Bank } from '../../src/domain/bank/schema.ts'
import { backupText, makeBackup, readBackup } from '../../src/domain/progress/backup.ts'
import { emptyProgress, type ProgressDoc } from '../../src/domain/progress/schema.ts'
import {
  indexProgress,
  passCount,
  questionStats,
  recentAttempts,
} from '../../src/domain/progress/stats.ts'
import { attemptItems } from '../../src/components/progress/attempt-items.ts'
import {
  attemptVerdict,
  isoDate,
  percent,
  readableDate,
  readableDuration,
  scorePercent,
} from '../../src/components/progress/format.ts'
import { hardQuestions } from '../../src/components/progress/hard-questions.ts'
import { tagAccuracy } from '../../src/components/progress/tag-accuracy.ts'

function expectPercent(n: number): void {
  expect(Number.isInteger(n) && n >= 0 && n <= 100, `${n} is a percent`).toBe(true)
}

function expectDate(ms: number): void {
  expect(isoDate(ms)).toMatch(/^\d{4}-\d\d-\d\dT/)
  expect(readableDate(ms)).not.toBe('Invalid Date')
}

/** Renders, as data, every page that shows `doc`; `bankOf` gives the loaded sets. */
export function renderPages(doc: ProgressDoc, bankOf: (setId: string) => Bank | undefined): void {
  const index = indexProgress(doc)
  // Progress: one card per set, topics, recent attempts.
  for (const stats of index.sets.values()) {
    const bank = bankOf(stats.setId)
    const figures = [stats.best, stats.last, stats.mean, stats.first]
    // All four, or none while every attempt was at part of the set.
    expect(figures.every((f) => f === null) || figures.every((f) => f !== null)).toBe(true)
    expect(stats.partial).toBeLessThanOrEqual(stats.attempts)
    for (const f of figures) if (f !== null) expectPercent(percent(f))
    expectDate(stats.lastPlayed)
    const passed = passCount(doc, stats.setId, bank?.passMark)
    expect(passed).toBeLessThanOrEqual(stats.attempts)
    for (const a of recentAttempts(doc, 50, stats.setId)) {
      expectPercent(scorePercent(a))
      attemptVerdict(a, bank?.passMark)
    }
    if (bank) hardQuestions(bank, (qid) => questionStats(doc, stats.setId, qid))
  }
  const banks = [...index.sets.keys()].flatMap((id) => bankOf(id) ?? [])
  tagAccuracy(banks, (setId, qid) => questionStats(doc, setId, qid))
  // The review of each attempt.
  for (const a of recentAttempts(doc, Infinity)) {
    expectDate(a.startedAt)
    expectDate(a.finishedAt)
    expect(readableDuration(a.finishedAt - a.startedAt)).toMatch(/^(\d+|under 1) (s|min)/)
    expectPercent(scorePercent(a))
    for (const item of attemptItems(a, bankOf(a.setId))) {
      expect(typeof (item.yourAnswer ?? '')).toBe('string')
    }
  }
  // Settings: a backup of it can be made, and restores as it is. Made once its last attempt was
  // over: a backup holds nothing dated after it was made.
  const made = Math.max(0, ...recentAttempts(doc, Infinity).map((a) => a.finishedAt))
  const read = readBackup(
    backupText(makeBackup({ progress: doc }, 'fuzz', new Date(made))),
    emptyProgress(),
  )
  expect(read.ok && read.summary.newAttempts).toBe(index.stored.length)
}
