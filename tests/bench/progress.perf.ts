/**
 * Issue benchmark: stored bytes after 100 000 answers over 1 000 questions, the time to save one
 * more answer at a history of 100 vs 100 000 answers (as a ratio), and the time to load (and
 * migrate) the big document at startup, against JSON.parse of the same text. `npm run bench`.
 */
import { it } from 'vitest'
import { createStorageDoor } from '../../src/composables/storage/door.ts'
import { progressSpec } from '../../src/composables/storage/specs.ts'
import { STORAGE_KEYS } from '../../src/composables/storage/keys.ts'
import { serialize } from '../../src/domain/progress/migrate.ts'
import { recordAttempt } from '../../src/domain/progress/record.ts'
import { recentAttempts } from '../../src/domain/progress/stats.ts'
import { simulateHistory } from '../../src/domain/progress/simulate.ts'
import type { Attempt } from '../../src/domain/progress/codec.ts'
import type { ProgressDoc } from '../../src/domain/progress/schema.ts'
import { MemoryStorage } from '../fixtures/progress/memory-storage.ts'
import { percentile } from './generate.ts'
import { report } from './report.ts'

const RUNS = 30

function median(run: () => void, runs = RUNS): number {
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    run()
    samples.push(performance.now() - t)
  }
  return percentile(samples, 50)
}

/** Median time for the store's write path (re-read, merge in one attempt, write) over `doc`. */
function saveOneAnswer(doc: ProgressDoc): number {
  const storage = new MemoryStorage()
  storage.setItem(STORAGE_KEYS.progress, serialize(doc))
  const door = createStorageDoor({ backend: () => storage, events: null })
  const template = recentAttempts(doc, 1)[0]!
  let n = 0
  return median(() => {
    const attempt: Attempt = {
      ...template,
      id: `bench${String(n++).padStart(5, '0')}`,
      answers: template.answers.slice(0, 1),
    }
    const result = door.update(progressSpec, (stored) => recordAttempt(stored, attempt))
    if (!result.ok) throw new Error(`save failed: ${result.error}`)
  })
}

it('progress storage: size, save cost as history grows, startup load', () => {
  const big = simulateHistory(100_000, 1_000, 'bench')
  const small = simulateHistory(100, 1_000, 'bench')
  const text = serialize(big)
  const bytes = new TextEncoder().encode(text).length

  const heapBefore = process.memoryUsage().heapUsed
  const saveSmall = saveOneAnswer(small)
  const saveBig = saveOneAnswer(big)

  const storage = new MemoryStorage()
  storage.setItem(STORAGE_KEYS.progress, text)
  const door = createStorageDoor({ backend: () => storage, events: null })
  const parseMs = median(() => JSON.parse(text), 10)
  const loadMs = median(() => door.read(progressSpec), 10)
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
  storage.setItem(STORAGE_KEYS.progress, v0)
  const migrateMs = median(() => door.read(progressSpec), 5)

  report('progress storage (100 000 answers over 1 000 questions)', [
    ['stored size', `${bytes} B`, `${(bytes / 1_048_576).toFixed(2)} MiB; goal ≤ 1 MiB`],
    ['attempts stored', String(attempts.length), ''],
    ['save one answer at 100 answers', `${saveSmall.toFixed(2)} ms`, 'median'],
    [
      'save one answer at 100 000 answers',
      `${saveBig.toFixed(2)} ms`,
      `${(saveBig / saveSmall).toFixed(1)}× the small history; goal ≤ 2×`,
    ],
    [
      'load at startup',
      `${loadMs.toFixed(1)} ms`,
      `${(loadMs / parseMs).toFixed(1)}× JSON.parse (${parseMs.toFixed(1)} ms)`,
    ],
    ['load + migrate a v0 document', `${migrateMs.toFixed(1)} ms`, `${attempts.length} attempts`],
    [
      'heap growth during the run',
      `${((heapAfter - heapBefore) / 1_048_576).toFixed(1)} MiB`,
      'approximate',
    ],
  ])
}, 300_000)
