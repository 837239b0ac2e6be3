import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { attemptFromSession } from '../../src/domain/progress/attempt.ts'
import type { Attempt } from '../../src/domain/progress/codec.ts'
import { makeBackup, backupText } from '../../src/domain/progress/backup.ts'
import { serialize } from '../../src/domain/progress/migrate.ts'
import { recordAttempt } from '../../src/domain/progress/record.ts'
import { emptyProgress, type ProgressDoc } from '../../src/domain/progress/schema.ts'
import { simulateHistory } from '../../src/domain/progress/simulate.ts'
import { attemptCount, recentAttempts } from '../../src/domain/progress/stats.ts'
import { createStorageDoor } from '../../src/composables/storage/door.ts'
import { setStorageDoor } from '../../src/composables/storage/index.ts'
import { STORAGE_KEYS } from '../../src/composables/storage/keys.ts'
import { JOURNAL_LIMITS } from '../../src/composables/storage/progress.ts'
import { useProgressStore } from '../../src/stores/progress.ts'
import { useSettingsStore } from '../../src/stores/settings.ts'
import { playedTest, quizBank } from '../fixtures/progress/bank.ts'
import { MemoryStorage } from '../fixtures/progress/memory-storage.ts'
import { storedDoc, storedIds as idsIn } from '../fixtures/progress/stored.ts'
import { noticeText } from '../../src/composables/storage/notice-text.ts'

// The progress store over the archive + journal layout: what a save writes, what a tab reads,
// and what two tabs sharing one storage end up with.

const ARCHIVE = STORAGE_KEYS.progress
const JOURNAL = STORAGE_KEYS.progressJournal
const HOUR = 3_600_000
const bank = quizBank()
const stores: { $dispose(): void }[] = []

/** A store in a fresh pinia over `storage`, like one browser tab. */
function openTab(storage: MemoryStorage, events: EventTarget | null = null) {
  setStorageDoor(createStorageDoor({ backend: () => storage, events }))
  setActivePinia(createPinia())
  const progress = useProgressStore()
  stores.push(progress, useSettingsStore())
  return progress
}

const stored = (storage: MemoryStorage, key: string) => storedDoc((k) => storage.getItem(k), key)
const storedIds = (storage: MemoryStorage) => idsIn((k) => storage.getItem(k))

function attempt(n: number): Attempt {
  return attemptFromSession(playedTest(n % 2 ? ['wsw-01'] : [], n * HOUR), bank, `att-${n}`)
}

function docOf(ns: readonly number[]): ProgressDoc {
  return ns.reduce((d, n) => recordAttempt(d, attempt(n)), emptyProgress())
}

beforeEach(() => {
  setStorageDoor(undefined)
})

afterEach(() => {
  for (const store of stores.splice(0)) store.$dispose()
  setStorageDoor(undefined)
})

describe('saving one attempt', () => {
  /** What one recorded quiz writes over an archive of `answers` answers: [key, characters]. */
  function oneSave(answers: number): [string, number][] {
    const storage = new MemoryStorage()
    storage.setItem(ARCHIVE, serialize(simulateHistory(answers, 1_000, 'journal')))
    const progress = openTab(storage)
    const before = progress.attemptCount
    const written: [string, number][] = []
    const setItem = storage.setItem.bind(storage)
    vi.spyOn(storage, 'setItem').mockImplementation((key, value) => {
      written.push([key, value.length])
      setItem(key, value)
    })
    // A set the simulated history plays, so the attempt joins a long record.
    const played = quizBank('news-article-000/question-set-0')
    expect(progress.recordSession(playedTest(['wsw-01'], 0, played), played).saved).toBe(true)
    expect(progress.attemptCount).toBe(before + 1)
    return written
  }

  it('writes the journal only, as much at 100 000 answers as at 100', () => {
    const small = oneSave(100)
    const big = oneSave(100_000)
    expect(small.map(([key]) => key)).toEqual([JOURNAL])
    expect(big.map(([key]) => key)).toEqual([JOURNAL])
    const [smallChars, bigChars] = [small[0]?.[1] ?? NaN, big[0]?.[1] ?? NaN]
    expect(bigChars).toBeLessThan(1_000)
    // The same journal holding the same attempt: only the attempt's random id may differ.
    expect(Math.abs(bigChars - smallChars)).toBeLessThan(16)
  }, 30_000)
})

describe('reading at startup', () => {
  it('shows the archive and the journal together', () => {
    const storage = new MemoryStorage()
    storage.setItem(ARCHIVE, serialize(docOf([0, 1, 2])))
    storage.setItem(JOURNAL, serialize(docOf([3, 4])))
    const progress = openTab(storage)
    expect(progress.attemptCount).toBe(5)
    expect(progress.recent(5).map((a) => a.id)).toEqual([
      'att-4',
      'att-3',
      'att-2',
      'att-1',
      'att-0',
    ])
    expect(progress.statsOf(bank.id)?.attempts).toBe(5)
    expect(progress.notices).toEqual([])
  })
})

describe('two tabs over one storage', () => {
  it.each([['first'], ['second']])(
    'both recording keep both attempts when the %s compacts',
    (which) => {
      const storage = new MemoryStorage()
      const tabA = openTab(storage)
      const tabB = openTab(storage)
      const a = tabA.recordSession(playedTest(['wsw-01']), bank).attempt
      const b = tabB.recordSession(playedTest([], HOUR), bank).attempt
      const compacting = which === 'first' ? tabA : tabB
      const more = Array.from(
        { length: JOURNAL_LIMITS.attempts },
        (_, n) => compacting.recordSession(playedTest([], (n + 2) * HOUR), bank).attempt,
      )
      // The journal passed its bound: both tabs' first attempts are in the archive now.
      const archived = recentAttempts(stored(storage, ARCHIVE), Infinity).map((x) => x.id)
      expect(archived).toEqual(expect.arrayContaining([a.id, b.id]))
      expect(attemptCount(stored(storage, JOURNAL))).toBeLessThan(JOURNAL_LIMITS.attempts)
      const all = [a, b, ...more].map((x) => x.id).sort()
      expect(storedIds(storage)).toEqual(all)
      // Each tab hears the other through the storage event and shows everything.
      for (const tab of [tabA, tabB]) {
        tab.refresh()
        expect(tab.attemptCount).toBe(all.length)
      }
      // The other tab goes on saving into the emptied journal.
      const other = compacting === tabA ? tabB : tabA
      const c = other.recordSession(playedTest([], 99 * HOUR), bank).attempt
      expect(storedIds(storage)).toEqual([...all, c.id].sort())
    },
  )

  it('a tab hearing that the journal changed shows the other tab’s attempt', () => {
    const storage = new MemoryStorage()
    storage.setItem(ARCHIVE, serialize(docOf([0, 1])))
    const tabA = openTab(storage, window)
    const tabB = openTab(storage, window)
    const b = tabB.recordSession(playedTest([], 5 * HOUR), bank).attempt
    expect(tabA.attemptCount).toBe(2)
    window.dispatchEvent(
      new StorageEvent('storage', { key: JOURNAL, newValue: storage.getItem(JOURNAL) }),
    )
    expect(tabA.attemptCount).toBe(3)
    expect(tabA.recent(1)).toEqual([b])
  })
})

describe('an unreadable journal', () => {
  it('is set aside and reported while the archive’s history stays in use', () => {
    const storage = new MemoryStorage()
    const archiveText = serialize(docOf([0, 1, 2]))
    storage.setItem(ARCHIVE, archiveText)
    storage.setItem(JOURNAL, '{"schemaVersion":1,"sets":')
    const progress = openTab(storage)
    expect(progress.attemptCount).toBe(3)
    expect(progress.persistence).toBe('saving')
    const notice = progress.notices.find((n) => n.kind === 'quarantined')
    expect(noticeText(notice!)).toMatch(
      /recent progress could not be read.*kept the rest of your history\. Download it/,
    )
    const key = notice?.key ?? ''
    expect(progress.quarantined.map((q) => q.key)).toEqual([key])
    expect(progress.quarantineText(key)).toBe('{"schemaVersion":1,"sets":')
    expect(progress.recordSession(playedTest([], 9 * HOUR), bank).saved).toBe(true)
    expect(progress.attemptCount).toBe(4)
    expect(storage.getItem(ARCHIVE)).toBe(archiveText)
    expect(progress.discardQuarantine(key)).toBe(true)
    expect(progress.notices).toEqual([])
    expect(storedIds(storage)).toHaveLength(4)
  })
})

describe('backups and erasing', () => {
  it('a backup holds the journal’s attempts; erase all clears the journal; restore brings them back', () => {
    const storage = new MemoryStorage()
    const progress = openTab(storage)
    const a = progress.recordSession(playedTest(['wsw-01']), bank).attempt
    const b = progress.recordSession(playedTest([], HOUR), bank).attempt
    const { text } = progress.exportBackup()
    expect(text).toContain(a.id)
    expect(text).toContain(b.id)
    expect(progress.eraseAll()).toBe(true)
    expect(storage.getItem(JOURNAL)).toBeNull()
    expect(storage.getItem(ARCHIVE)).toBeNull()
    expect(progress.restore(text)).toMatchObject({ ok: true, saved: true })
    expect(storedIds(storage)).toEqual([a.id, b.id].sort())
  })

  it('a backup bigger than the journal is restored straight into the archive', () => {
    const storage = new MemoryStorage()
    const progress = openTab(storage)
    const history = simulateHistory(1_000, 1_000, 'restore')
    const count = attemptCount(history)
    expect(count).toBeGreaterThan(JOURNAL_LIMITS.attempts)
    // Made once its last attempt was over: a backup holds nothing dated after it was made.
    const [last] = recentAttempts(history, 1)
    const text = backupText(makeBackup({ progress: history }, 'test', new Date(last!.finishedAt)))
    expect(progress.restore(text)).toMatchObject({ ok: true, saved: true })
    expect(attemptCount(stored(storage, ARCHIVE))).toBe(count)
    expect(storage.getItem(JOURNAL)).toBeNull()
    expect(progress.attemptCount).toBe(count)
  })
})
