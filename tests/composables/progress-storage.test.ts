import { beforeEach, describe, expect, it, vi } from 'vitest'
import { attemptFromSession } from '../../src/domain/progress/attempt.ts'
import type { Attempt } from '../../src/domain/progress/codec.ts'
import { merge } from '../../src/domain/progress/merge.ts'
import { parse, serialize } from '../../src/domain/progress/migrate.ts'
import { recordAttempt, trimDetail } from '../../src/domain/progress/record.ts'
import {
  emptyProgress,
  PROGRESS_VERSION,
  type ProgressDoc,
} from '../../src/domain/progress/schema.ts'
import { attemptCount, indexProgress, recentAttempts } from '../../src/domain/progress/stats.ts'
import { createStorageDoor, type StorageDoor } from '../../src/composables/storage/door.ts'
import { QUARANTINE_PREFIX, STORAGE_KEYS } from '../../src/composables/storage/keys.ts'
import {
  useProgressStorage,
  type JournalLimits,
  type ProgressStorage,
} from '../../src/composables/storage/progress.ts'
import { playedTest, quizBank } from '../fixtures/progress/bank.ts'
import { MemoryStorage, throwingStorage } from '../fixtures/progress/memory-storage.ts'
import { storedDoc } from '../fixtures/progress/stored.ts'
import V0_TEXT from '../fixtures/progress/v0.json?raw'
import { noticeDetail, noticeText } from '../../src/composables/storage/notice-text.ts'

const ARCHIVE = STORAGE_KEYS.progress
const JOURNAL = STORAGE_KEYS.progressJournal
const NOW = new Date('2024-05-18T09:00:00.000Z')
const bank = quizBank()
const otherBank = quizBank('assad-sochi-2018/other-set')
/** A journal compacted as soon as it would hold more than three attempts. */
const SMALL: JournalLimits = { attempts: 3, chars: 1_000_000 }

let storage: MemoryStorage
let door: StorageDoor

beforeEach(() => {
  storage = new MemoryStorage()
  door = createStorageDoor({ backend: () => storage, now: () => NOW, events: new EventTarget() })
})

function nth(n: number, b = bank): Attempt {
  return attemptFromSession(playedTest(n % 2 ? ['wsw-01'] : [], n * 3_600_000, b), b, `att-${n}`)
}

/** A document of the given attempts (numbers: nth), recorded under `detailPerSet`. */
function doc(ns: readonly (number | Attempt)[], detailPerSet = 50): ProgressDoc {
  return ns.reduce<ProgressDoc>(
    (d, n) => recordAttempt(d, typeof n === 'number' ? nth(n) : n, { detailPerSet }),
    emptyProgress(),
  )
}

const stored = (key: string) => storedDoc((k) => storage.getItem(k), key)

const ids = (d: ProgressDoc) =>
  recentAttempts(d, Infinity)
    .map((a) => a.id)
    .sort()

function open(limits?: JournalLimits): ProgressStorage {
  return useProgressStorage(door, limits)
}

/** Every write storage took from now on, as [key, attempts in the text written]. */
function writes(): [string, number][] {
  const taken: [string, number][] = []
  const setItem = storage.setItem.bind(storage)
  vi.spyOn(storage, 'setItem').mockImplementation((key, value) => {
    setItem(key, value)
    const read = parse(value)
    taken.push([key, read.status === 'ok' ? attemptCount(read.doc) : -1])
  })
  return taken
}

describe('the journal', () => {
  it('takes a save, and reads back; the archive is not written', () => {
    const progress = open()
    progress.read()
    const result = progress.save(doc([1]))
    expect(result).toMatchObject({ ok: true, trimmed: false, persistence: 'saving', notices: [] })
    expect(result.archive).toBeUndefined()
    expect(storage.getItem(ARCHIVE)).toBeNull()
    expect(stored(JOURNAL)).toEqual(doc([1]))
    expect(result.journal).toEqual(doc([1]))
    expect(open().read().value).toEqual(doc([1]))
  })

  it('is re-read before each save, so what another tab added is kept', () => {
    const tabA = open()
    const tabB = useProgressStorage(createStorageDoor({ backend: () => storage, events: null }))
    tabA.save(doc([1]))
    expect(tabB.save(doc([2])).journal).toEqual(doc([1, 2]))
    expect(ids(stored(JOURNAL))).toEqual(['att-1', 'att-2'])
  })

  it('is read with the archive at startup: the union of both', () => {
    const archive = doc([0, 1, 2])
    const journal = doc([3, 4])
    storage.setItem(ARCHIVE, serialize(archive))
    storage.setItem(JOURNAL, serialize(journal))
    const read = open().read()
    expect(read).toMatchObject({
      archive: { status: 'ok' },
      journal: { status: 'ok' },
      rewrite: false,
      persistence: 'saving',
      notices: [],
    })
    expect(read.value).toEqual(merge(archive, journal))
  })
})

describe('compaction', () => {
  it('moves the journal into the archive once it passes its bound', () => {
    const progress = open(SMALL)
    progress.read()
    for (const n of [1, 2, 3]) expect(progress.save(doc([n])).archive).toBeUndefined()
    const fourth = progress.save(doc([4]))
    expect(fourth).toMatchObject({ ok: true, archive: doc([1, 2, 3, 4]), journal: emptyProgress() })
    expect(stored(ARCHIVE)).toEqual(doc([1, 2, 3, 4]))
    expect(stored(JOURNAL)).toEqual(emptyProgress())
    // The next save goes to the journal again.
    progress.save(doc([5]))
    expect(ids(stored(JOURNAL))).toEqual(['att-5'])
    expect(ids(stored(ARCHIVE))).toHaveLength(4)
  })

  it('leaves in the journal an attempt another tab added while it wrote the archive', () => {
    const progress = open(SMALL)
    progress.read()
    for (const n of [1, 2, 3]) progress.save(doc([n]))
    const otherTab = useProgressStorage(
      createStorageDoor({ backend: () => storage, events: null }),
      { attempts: 100, chars: 1_000_000 },
    )
    const setItem = storage.setItem.bind(storage)
    let interleaved = false
    vi.spyOn(storage, 'setItem').mockImplementation((key, value) => {
      setItem(key, value)
      if (key === ARCHIVE && !interleaved) {
        interleaved = true
        expect(otherTab.save(doc([9])).ok).toBe(true)
      }
    })
    const result = progress.save(doc([4]))
    expect(interleaved).toBe(true)
    expect(ids(stored(ARCHIVE))).toEqual(['att-1', 'att-2', 'att-3', 'att-4'])
    expect(ids(stored(JOURNAL))).toEqual(['att-9'])
    expect(result.journal).toEqual(doc([9]))
  })

  it('sends a batch bigger than the journal (a restored backup) straight to the archive', () => {
    const progress = open(SMALL)
    progress.read()
    expect(progress.save(doc([1, 2, 3, 4, 5])).ok).toBe(true)
    expect(ids(stored(ARCHIVE))).toHaveLength(5)
    expect(storage.getItem(JOURNAL)).toBeNull()
  })

  it('writes a migrated archive back once, with the journal folded in', () => {
    storage.setItem(ARCHIVE, V0_TEXT)
    storage.setItem(JOURNAL, serialize(doc([1])))
    const progress = open()
    const read = progress.read()
    expect(read).toMatchObject({ rewrite: true, archive: { status: 'migrated', migratedFrom: 0 } })
    expect(attemptCount(read.value)).toBe(5)
    expect(progress.save(null)).toMatchObject({ ok: true })
    expect(JSON.parse(storage.getItem(ARCHIVE) ?? '')).toMatchObject({
      schemaVersion: PROGRESS_VERSION,
    })
    expect(attemptCount(stored(ARCHIVE))).toBe(5)
    expect(stored(JOURNAL)).toEqual(emptyProgress())
    expect(open().read()).toMatchObject({ rewrite: false, archive: { status: 'ok' } })
  })
})

describe('a full storage', () => {
  it('compacts, frees the journal’s room and trims the oldest detail: the attempt is saved', () => {
    // An old history whose detail is long gone: trimming it cannot make room.
    const archive = doc(
      Array.from({ length: 40 }, (_, n) => n),
      0,
    )
    storage.setItem(ARCHIVE, serialize(archive))
    storage.setItem(JOURNAL, serialize(doc([40, 41, 42])))
    storage.quota = storage.used() + 20
    const progress = open()
    progress.read()
    const taken = writes()
    // The first attempt of another set: its question list and set come with it.
    const latest = nth(43, otherBank)
    const result = progress.save(doc([latest]))
    expect(result).toMatchObject({ ok: true, trimmed: true })
    // No room for the journal, nor for the archive beside it: the journal is emptied first.
    expect(taken).toEqual([
      [JOURNAL, 0],
      [ARCHIVE, 44],
      [JOURNAL, 0],
    ])
    expect(result.notices.map((n) => n.kind)).toEqual(['quota-trimmed'])
    const all = stored(ARCHIVE)
    expect(attemptCount(all)).toBe(44)
    expect(attemptCount(stored(JOURNAL))).toBe(0)
    const detailed = recentAttempts(all, 4).map((a) => a.detailed)
    expect(recentAttempts(all, 1)[0]).toEqual(latest)
    expect(detailed.filter(Boolean).length).toBeLessThan(4)
    expect(detailed).toEqual([...detailed].sort().reverse()) // the oldest detail went first
    const full = doc([...Array.from({ length: 43 }, (_, n) => n), latest])
    expect([...indexProgress(all).sets]).toEqual([...indexProgress(full).sets])
    expect([...indexProgress(all).questions]).toEqual([...indexProgress(full).questions])
  })

  it('puts the journal back as it was when even summaries do not fit, and says so', () => {
    const none = { detailPerSet: 0 }
    storage.setItem(ARCHIVE, serialize(trimDetail(doc([0, 1, 2]), none)))
    const journalText = serialize(doc([3], 0))
    storage.setItem(JOURNAL, journalText)
    const archiveText = storage.getItem(ARCHIVE)
    storage.quota = storage.used()
    const progress = open()
    progress.read()
    const more = doc([nth(4, otherBank), nth(5, otherBank), nth(6)], 0)
    const taken = writes()
    const result = progress.save(more, none)
    expect(taken).toEqual([
      [JOURNAL, 0],
      [JOURNAL, 1],
    ])
    expect(result).toMatchObject({ ok: false, error: 'quota', persistence: 'saving' })
    expect(result.notices.map((n) => n.kind)).toEqual(['quota-full'])
    expect(storage.getItem(ARCHIVE)).toBe(archiveText)
    expect(storage.getItem(JOURNAL)).toBe(journalText)
  })
})

describe('an unreadable journal', () => {
  it('is set aside and reported, and the archive’s history stays in use', () => {
    const archive = doc([0, 1, 2])
    storage.setItem(ARCHIVE, serialize(archive))
    storage.setItem(JOURNAL, '{"schemaVersion":1,"sets":')
    const progress = open()
    const read = progress.read()
    expect(read).toMatchObject({
      archive: { status: 'ok' },
      journal: { status: 'quarantined', quarantineStored: true },
      persistence: 'saving',
    })
    expect(read.value).toEqual(archive)
    expect(read.notices).toHaveLength(1)
    expect(noticeText(read.notices[0]!)).toMatch(
      /^Your saved recent progress could not be read, so Passage set it aside and kept the rest of your history\./,
    )
    expect(noticeDetail(read.notices[0]!)).toMatch(
      /^Passage found that it is not valid JSON \(.+\)\.$/,
    )
    const copy = read.notices[0]?.key ?? ''
    expect(copy.startsWith(QUARANTINE_PREFIX)).toBe(true)
    expect(storage.getItem(copy)).toBe('{"schemaVersion":1,"sets":')
    // Saving replaces the broken journal; the copy and the archive are kept.
    expect(progress.save(doc([3])).ok).toBe(true)
    expect(stored(JOURNAL)).toEqual(doc([3]))
    expect(stored(ARCHIVE)).toEqual(archive)
    expect(storage.getItem(copy)).toBe('{"schemaVersion":1,"sets":')
  })

  it('that storage is too full to copy is left alone; saves go to the archive meanwhile', () => {
    const junk = 'x'.repeat(5_000)
    storage.setItem(ARCHIVE, serialize(doc([0])))
    storage.setItem(JOURNAL, junk)
    storage.quota = storage.used() + 400
    const progress = open()
    expect(progress.read().journal).toMatchObject({
      status: 'quarantined',
      quarantineStored: false,
    })
    expect(progress.save(doc([1])).ok).toBe(true)
    expect(storage.getItem(JOURNAL)).toBe(junk)
    expect(ids(stored(ARCHIVE))).toEqual(['att-0', 'att-1'])
  })
})

describe('data this version must not write over', () => {
  it('a newer journal makes progress read-only and is left untouched', () => {
    const newer = '{"schemaVersion":9,"sets":{}}'
    storage.setItem(ARCHIVE, serialize(doc([0])))
    storage.setItem(JOURNAL, newer)
    const progress = open()
    const read = progress.read()
    expect(read.persistence).toBe('read-only')
    expect(read.notices.map((n) => [n.kind, n.key])).toEqual([['newer', JOURNAL]])
    expect(progress.save(doc([1]))).toMatchObject({ ok: false, error: 'newer' })
    expect(storage.getItem(JOURNAL)).toBe(newer)
    expect(stored(ARCHIVE)).toEqual(doc([0]))
  })

  it('a newer archive: the journal is not written either, and it is said once', () => {
    const newer = '{"schemaVersion":9,"sets":{}}'
    storage.setItem(ARCHIVE, newer)
    const progress = open()
    const read = progress.read()
    expect(read.persistence).toBe('read-only')
    expect(read.notices.map((n) => n.kind)).toEqual(['newer'])
    expect(progress.save(doc([1]))).toMatchObject({
      ok: false,
      error: 'newer',
      persistence: 'read-only',
    })
    expect(storage.getItem(JOURNAL)).toBeNull()
    expect(storage.getItem(ARCHIVE)).toBe(newer)
  })
})

describe('unavailable storage', () => {
  it('reads both documents as unavailable and fails a save without throwing', () => {
    const progress = useProgressStorage(
      createStorageDoor({ backend: throwingStorage, events: null }),
    )
    const read = progress.read()
    expect(read).toMatchObject({ value: emptyProgress(), persistence: 'unavailable' })
    expect(read.notices.map((n) => n.kind)).toEqual(['unavailable'])
    expect(progress.save(doc([1]))).toMatchObject({
      ok: false,
      error: 'unavailable',
      persistence: 'unavailable',
    })
  })
})

describe('other tabs', () => {
  it('are heard for both keys', () => {
    const events = new EventTarget()
    const progress = useProgressStorage(createStorageDoor({ backend: () => storage, events }))
    const cb = vi.fn()
    const stop = progress.subscribe(cb)
    for (const key of [ARCHIVE, JOURNAL, STORAGE_KEYS.settings]) {
      events.dispatchEvent(new StorageEvent('storage', { key, newValue: '{}' }))
    }
    stop()
    events.dispatchEvent(new StorageEvent('storage', { key: JOURNAL, newValue: '{}' }))
    expect(cb.mock.calls).toEqual([
      [{ key: ARCHIVE, removed: false }],
      [{ key: JOURNAL, removed: false }],
    ])
  })

  it('changing only the journal does not make the archive be read again', () => {
    storage.setItem(ARCHIVE, serialize(doc([0, 1])))
    const progress = open()
    progress.read()
    storage.setItem(JOURNAL, serialize(doc([2])))
    const getItem = vi.spyOn(storage, 'getItem')
    expect(ids(progress.read(undefined, JOURNAL).value)).toEqual(['att-0', 'att-1', 'att-2'])
    expect(getItem.mock.calls.map(([key]) => key)).toEqual([JOURNAL])
  })
})
