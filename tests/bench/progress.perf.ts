/**
 * Issue benchmark: stored bytes (archive + journal) after 100 000 answers over 1 000 questions,
 * the time the progress store takes to record one more answer (`recordSession`, the path a
 * finished quiz takes) at a history of 100 vs 100 000 answers, and the time to load (and
 * migrate) the big history at startup, against JSON.parse of the same text. `npm run bench`.
 */
import { it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { createStorageDoor } from '../../src/composables/storage/door.ts'
import { setStorageDoor } from '../../src/composables/storage/index.ts'
import { STORAGE_KEYS } from '../../src/composables/storage/keys.ts'
import { JOURNAL_LIMITS, useProgressStorage } from '../../src/composables/storage/progress.ts'
import { serialize } from '../../src/domain/progress/migrate.ts'
import { recentAttempts } from '../../src/domain/progress/stats.ts'
import { simulateHistory } from '../../src/domain/progress/simulate.ts'
import type { Bank } from '../../src/domain/bank/schema.ts'
import type { ProgressDoc } from '../../src/domain/progress/schema.ts'
import { useProgressStore } from '../../src/stores/progress.ts'
import { playedTest, quizBank } from '../fixtures/progress/bank.ts'
import { MemoryStorage } from '../fixtures/progress/memory-storage.ts'
import { percentile } from './generate.ts'
import { report } from './report.ts'

const RUNS = 30
/** Enough saves for three compactions of a full journal, so the mean includes their cost. */
const SAVES = 3 * (JOURNAL_LIMITS.attempts + 1) + 5

function median(run: () => void, runs = RUNS): number {
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    run()
    samples.push(performance.now() - t)
  }
  return percentile(samples, 50)
}

const bytes = (text: string | null) => new TextEncoder().encode(text ?? '').length

/** A one-question quiz on a set the simulated history plays often, so its record is large. */
const bank: Bank = {
  ...quizBank('news-article-000/question-set-0'),
  questions: quizBank().questions.slice(0, 1),
}

interface SaveTimes {
  median: number
  mean: number
  max: number
  storage: MemoryStorage
}

/** The progress store over a storage holding `doc`, recording `SAVES` one-answer quizzes. */
function saveOneAnswer(doc: ProgressDoc, saves = SAVES): SaveTimes {
  const storage = new MemoryStorage()
  storage.setItem(STORAGE_KEYS.progress, serialize(doc))
  setStorageDoor(createStorageDoor({ backend: () => storage, events: null }))
  setActivePinia(createPinia())
  const store = useProgressStore()
  const sessions = Array.from({ length: saves }, (_, n) => playedTest([], n * 60_000, bank))
  const samples = sessions.map((session) => {
    const t = performance.now()
    const { saved } = store.recordSession(session, bank)
    const ms = performance.now() - t
    if (!saved) throw new Error('save failed')
    return ms
  })
  store.$dispose()
  setStorageDoor(undefined)
  return {
    median: percentile(samples, 50),
    mean: samples.reduce((a, b) => a + b, 0) / samples.length,
    max: Math.max(...samples),
    storage,
  }
}

/** Startup's read of archive and journal, by a fresh door (nothing remembered). */
function load(storage: MemoryStorage): void {
  useProgressStorage(createStorageDoor({ backend: () => storage, events: null })).read()
}

it('progress storage: size, save cost as history grows, startup load', () => {
  const big = simulateHistory(100_000, 1_000, 'bench')
  const small = simulateHistory(100, 1_000, 'bench')

  const heapBefore = process.memoryUsage().heapUsed
  saveOneAnswer(small, 40) // warm-up, so neither measured history pays for compiling the path
  const saveSmall = saveOneAnswer(small)
  const saveBig = saveOneAnswer(big)

  const { storage } = saveBig
  const archiveBytes = bytes(storage.getItem(STORAGE_KEYS.progress))
  const journalBytes = bytes(storage.getItem(STORAGE_KEYS.progressJournal))
  const text = storage.getItem(STORAGE_KEYS.progress) ?? ''
  const parseMs = median(() => JSON.parse(text), 10)
  const loadMs = median(() => load(storage), 10)
  const heapAfter = process.memoryUsage().heapUsed

  // A v0 document (the pre-versioning shape) with as many attempts, migrated on read.
  const attempts = recentAttempts(big, Infinity)
  const v0 = JSON.stringify({
    attempts: attempts.map((a) => ({
      set: a.setId,
      score: a.score,
      total: a.max,
      date: new Date(a.startedAt).toISOString(),
    })),
  })
  const old = new MemoryStorage()
  old.setItem(STORAGE_KEYS.progress, v0)
  const migrateMs = median(() => load(old), 5)

  const total = archiveBytes + journalBytes
  report('progress storage (100 000 answers over 1 000 questions)', [
    [
      'stored size (archive + journal)',
      `${total} B`,
      `${(total / 1_048_576).toFixed(2)} MiB = ${archiveBytes} + ${journalBytes} B; goal ≤ 1 MiB`,
    ],
    ['attempts stored', String(attempts.length + SAVES), `after ${SAVES} more one-answer saves`],
    ['save one answer at 100 answers', `${saveSmall.median.toFixed(2)} ms`, 'median'],
    [
      'save one answer at 100 000 answers',
      `${saveBig.median.toFixed(2)} ms`,
      `${(saveBig.median / saveSmall.median).toFixed(2)}× the small history; goal ≤ 2×`,
    ],
    [
      'mean save, compactions included',
      `${saveBig.mean.toFixed(2)} ms`,
      `at 100 000; ${saveSmall.mean.toFixed(2)} ms at 100 (${(saveBig.mean / saveSmall.mean).toFixed(2)}×)`,
    ],
    [
      'slowest save (a compaction)',
      `${saveBig.max.toFixed(2)} ms`,
      `at 100 000, once per ${JOURNAL_LIMITS.attempts + 1} saves; ${saveSmall.max.toFixed(2)} ms at 100`,
    ],
    [
      'load at startup',
      `${loadMs.toFixed(1)} ms`,
      `archive + journal; ${(loadMs / parseMs).toFixed(1)}× JSON.parse (${parseMs.toFixed(1)} ms)`,
    ],
    ['load + migrate a v0 document', `${migrateMs.toFixed(1)} ms`, `${attempts.length} attempts`],
    [
      'heap growth during the run',
      `${((heapAfter - heapBefore) / 1_048_576).toFixed(1)} MiB`,
      'approximate',
    ],
  ])
}, 300_000)
