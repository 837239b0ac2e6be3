import { beforeEach, describe, expect, it, vi } from 'vitest'
import { attemptFromSession } from '../../src/domain/progress/attempt.ts'
import type { Attempt } from '../../src/domain/progress/codec.ts'
import { parse, serialize } from '../../src/domain/progress/migrate.ts'
import { recordAttempt, trimDetail } from '../../src/domain/progress/record.ts'
import { emptyProgress, type ProgressDoc } from '../../src/domain/progress/schema.ts'
import { indexProgress, recentAttempts } from '../../src/domain/progress/stats.ts'
import { createStorageDoor, type StorageDoor } from '../../src/composables/storage/door.ts'
import {
  newQuarantineKey,
  QUARANTINE_PREFIX,
  STORAGE_KEYS,
  STORAGE_PREFIX,
} from '../../src/composables/storage/keys.ts'
import { progressSpec } from '../../src/composables/storage/specs.ts'
import { playedTest, quizBank } from '../fixtures/progress/bank.ts'
import { MemoryStorage, throwingStorage } from '../fixtures/progress/memory-storage.ts'
import V0_TEXT from '../fixtures/progress/v0.json?raw'

const KEY = STORAGE_KEYS.progress
const NOW = new Date('2024-05-18T09:00:00.000Z')
const bank = quizBank()

let storage: MemoryStorage
let door: StorageDoor

beforeEach(() => {
  storage = new MemoryStorage()
  door = createStorageDoor({ backend: () => storage, now: () => NOW, events: new EventTarget() })
})

function nth(n: number): Attempt {
  return attemptFromSession(playedTest(n % 2 ? ['wsw-01'] : [], n * 3_600_000), bank, `att-${n}`)
}

function history(count: number): ProgressDoc {
  return Array.from({ length: count }, (_, n) => nth(n)).reduce(
    (doc, a) => recordAttempt(doc, a),
    emptyProgress(),
  )
}

function quarantineKeys(): string[] {
  return [...storage.items.keys()].filter((k) => k.startsWith(QUARANTINE_PREFIX))
}

describe('keys', () => {
  it('all live under one prefix', () => {
    for (const key of [...Object.values(STORAGE_KEYS), QUARANTINE_PREFIX]) {
      expect(key.startsWith(STORAGE_PREFIX)).toBe(true)
    }
    expect(STORAGE_PREFIX).toBe('passage:')
  })

  it('name quarantine copies by time, uniquely', () => {
    const taken = new Set(['passage:quarantine:2024-05-18T09:00:00.000Z'])
    expect(newQuarantineKey(NOW, () => false)).toBe('passage:quarantine:2024-05-18T09:00:00.000Z')
    expect(newQuarantineKey(NOW, (k) => taken.has(k))).toBe(
      'passage:quarantine:2024-05-18T09:00:00.000Z~1',
    )
  })
})

describe('reading', () => {
  it('starts empty when nothing is stored', () => {
    expect(door.read(progressSpec)).toEqual({ value: emptyProgress(), status: 'empty' })
  })

  it('reads the current version', () => {
    const doc = history(2)
    storage.setItem(KEY, serialize(doc))
    expect(door.read(progressSpec)).toEqual({ value: doc, status: 'ok' })
  })

  it('migrates the v0 fixture, and writes v1 only when it saves', () => {
    storage.setItem(KEY, V0_TEXT)
    const read = door.read(progressSpec)
    expect(read).toMatchObject({ status: 'migrated', migratedFrom: 0 })
    expect(recentAttempts(read.value, 10)).toHaveLength(4)
    expect(storage.getItem(KEY)).toBe(V0_TEXT)
    const result = door.update(progressSpec, (doc) => recordAttempt(doc, nth(1)))
    expect(result.ok).toBe(true)
    const stored = parse(storage.getItem(KEY) ?? '')
    expect(stored.status === 'ok' && recentAttempts(stored.doc, 10)).toHaveLength(5)
  })

  describe.each([
    ['an empty string', ''],
    ['null', 'null'],
    ['truncated JSON', serialize(history(1)).slice(0, 40)],
    ['a number', '42'],
    ['an object of another shape', '{"volume":11,"muted":false}'],
    ['a foreign app’s text', 'dark-mode=1'],
    ['6 MB of junk', '\u0000junk'.repeat(1_200_000)],
  ])('%s under the key', (_, raw) => {
    it('is copied to a quarantine key and reported, original untouched', () => {
      storage.setItem(KEY, raw)
      const read = door.read(progressSpec)
      expect(read).toMatchObject({
        status: 'quarantined',
        value: emptyProgress(),
        quarantineKey: 'passage:quarantine:2024-05-18T09:00:00.000Z',
        quarantineStored: true,
      })
      expect(read.reason).toBeTruthy()
      expect(storage.getItem('passage:quarantine:2024-05-18T09:00:00.000Z')).toBe(raw)
      expect(storage.getItem(KEY)).toBe(raw)
    })

    it('is copied once, however often it is read', () => {
      storage.setItem(KEY, raw)
      door.read(progressSpec)
      const later = createStorageDoor({
        backend: () => storage,
        now: () => new Date(NOW.getTime() + 5000),
      })
      expect(later.read(progressSpec).quarantineKey).toBe(
        'passage:quarantine:2024-05-18T09:00:00.000Z',
      )
      expect(quarantineKeys()).toHaveLength(1)
    })

    it('is replaced by a clean document on the next save, the copy kept', () => {
      storage.setItem(KEY, raw)
      const result = door.update(progressSpec, (doc) => recordAttempt(doc, nth(1)))
      expect(result).toMatchObject({ ok: true, read: { status: 'quarantined' } })
      expect(parse(storage.getItem(KEY) ?? '').status).toBe('ok')
      expect(door.readRaw(quarantineKeys()[0] ?? '')).toBe(raw)
    })
  })

  it('leaves data from a newer version alone: read-only, not quarantined', () => {
    const newer = '{"schemaVersion":99,"sets":{},"streaks":[1,2,3]}'
    storage.setItem(KEY, newer)
    expect(door.read(progressSpec)).toEqual({
      value: emptyProgress(),
      status: 'newer',
      version: 99,
    })
    expect(door.update(progressSpec, (d) => recordAttempt(d, nth(1)))).toMatchObject({
      ok: false,
      error: 'newer',
    })
    expect(storage.getItem(KEY)).toBe(newer)
    expect(quarantineKeys()).toEqual([])
  })

  it('keeps unreadable text in memory when storage refuses the copy, and blocks overwriting it', () => {
    const junk = 'x'.repeat(5_000)
    storage.setItem(KEY, junk)
    storage.quota = storage.used() + 100
    const read = door.read(progressSpec)
    expect(read).toMatchObject({ status: 'quarantined', quarantineStored: false })
    const key = read.quarantineKey ?? ''
    expect(door.readRaw(key)).toBe(junk)
    expect(door.listQuarantine()).toEqual([
      { key, at: '2024-05-18T09:00:00.000Z', size: 5_000, stored: false, from: KEY },
    ])
    expect(door.update(progressSpec, (d) => recordAttempt(d, nth(1)))).toMatchObject({
      ok: false,
      error: 'blocked',
    })
    expect(storage.getItem(KEY)).toBe(junk)
    // Discarding it (after a download) lets saving resume.
    expect(door.remove(key)).toBe(true)
    expect(storage.getItem(KEY)).toBeNull()
    expect(door.update(progressSpec, (d) => recordAttempt(d, nth(1))).ok).toBe(true)
  })

  it('discarding a stored copy also clears the broken original it came from', () => {
    storage.setItem(KEY, '{"broken"')
    const { quarantineKey = '' } = door.read(progressSpec)
    expect(door.listQuarantine()).toMatchObject([{ key: quarantineKey, stored: true, size: 9 }])
    door.remove(quarantineKey)
    expect(storage.items.size).toBe(0)
    expect(door.read(progressSpec).status).toBe('empty')
  })
})

describe('unavailable storage', () => {
  it.each([
    ['every call throws', () => throwingStorage()],
    [
      'touching localStorage throws',
      () => {
        throw new DOMException('denied', 'SecurityError')
      },
    ],
    ['there is none', () => null],
  ])('is reported when %s, and nothing throws', (_, backend) => {
    const off = createStorageDoor({ backend, events: null })
    expect(off.available()).toBe(false)
    expect(off.read(progressSpec)).toEqual({ value: emptyProgress(), status: 'unavailable' })
    expect(off.update(progressSpec, (d) => recordAttempt(d, nth(1)))).toMatchObject({
      ok: false,
      error: 'unavailable',
    })
    expect(off.listQuarantine()).toEqual([])
    expect(off.eraseAll()).toBe(false)
  })

  it('is reported when only writing fails for another reason than quota', () => {
    storage.setItem = () => {
      throw new DOMException('denied', 'SecurityError')
    }
    const result = door.update(progressSpec, (d) => recordAttempt(d, nth(1)))
    expect(result).toMatchObject({ ok: false, error: 'unavailable' })
    expect(result.value && recentAttempts(result.value, 1)[0]?.id).toBe('att-1')
  })
})

describe('a full storage', () => {
  it('keeps the attempt just finished, trimming the oldest detail and no aggregate', () => {
    const before = history(40)
    storage.setItem(KEY, serialize(before))
    // Room for the stored document plus a little: the new attempt with its detail does not fit.
    storage.quota = storage.used() + 20
    const latest = nth(40)
    const result = door.update(progressSpec, (doc) => recordAttempt(doc, latest))
    expect(result).toMatchObject({ ok: true, trimmed: true })
    const stored = parse(storage.getItem(KEY) ?? '')
    if (stored.status !== 'ok') throw new Error('stored progress unreadable')
    const attempts = recentAttempts(stored.doc, 100)
    expect(attempts).toHaveLength(41)
    expect(attempts[0]).toEqual(latest)
    expect(attempts.at(-1)?.detailed).toBe(false)
    const full = recordAttempt(before, latest)
    expect([...indexProgress(stored.doc).sets]).toEqual([...indexProgress(full).sets])
    expect([...indexProgress(stored.doc).questions]).toEqual([...indexProgress(full).questions])
  })

  it('reports quota and hands back the full document when even summaries do not fit', () => {
    const before = serialize(trimDetail(history(3), { detailPerSet: 0 }))
    storage.setItem(KEY, before)
    storage.quota = storage.used()
    const result = door.update(progressSpec, (doc) => recordAttempt(doc, nth(3)))
    expect(result).toMatchObject({ ok: false, error: 'quota' })
    expect(result.value && recentAttempts(result.value, 1)[0]).toEqual(nth(3))
    expect(storage.getItem(KEY)).toBe(before)
  })
})

describe('other tabs', () => {
  it('are heard through the storage event, for the key subscribed to only', () => {
    const events = new EventTarget()
    const tab = createStorageDoor({ backend: () => storage, events })
    const cb = vi.fn()
    const stop = tab.subscribe(KEY, cb)
    events.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: '{}' }))
    events.dispatchEvent(
      new StorageEvent('storage', { key: STORAGE_KEYS.settings, newValue: '{}' }),
    )
    events.dispatchEvent(new StorageEvent('storage', { key: null }))
    expect(cb.mock.calls).toEqual([[{ key: KEY, removed: false }], [{ key: null, removed: true }]])
    stop()
    events.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: '{}' }))
    expect(cb).toHaveBeenCalledTimes(2)
  })

  it('listen on window by default', () => {
    const tab = createStorageDoor({ backend: () => storage })
    const cb = vi.fn()
    const stop = tab.subscribe(KEY, cb)
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: null }))
    stop()
    expect(cb).toHaveBeenCalledWith({ key: KEY, removed: true })
  })
})

describe('eraseAll', () => {
  it('removes every Passage key and nothing else', () => {
    storage.setItem(KEY, serialize(history(1)))
    storage.setItem(STORAGE_KEYS.settings, '{}')
    storage.setItem(`${QUARANTINE_PREFIX}x`, 'junk')
    storage.setItem('another-app:theme', 'dark')
    expect(door.eraseAll()).toBe(true)
    expect([...storage.items.keys()]).toEqual(['another-app:theme'])
  })
})

describe('documents declared immutable', () => {
  /** The progress spec, counting its parses. */
  function counted() {
    return { ...progressSpec, parse: vi.fn((text: string) => progressSpec.parse(text)) }
  }

  it('are parsed once per stored text, and what the door wrote is not parsed again', () => {
    const spec = counted()
    storage.setItem(KEY, serialize(history(2)))
    const first = door.read(spec)
    expect(door.read(spec).value).toBe(first.value)
    expect(spec.parse).toHaveBeenCalledTimes(1)
    const written = door.update(spec, (d) => recordAttempt(d, nth(2)))
    expect(door.read(spec)).toEqual({ value: written.value, status: 'ok' })
    expect(spec.parse).toHaveBeenCalledTimes(1)
    // Another tab's text is parsed: the memory is of one text, compared in full.
    storage.setItem(KEY, serialize(history(1)))
    expect(door.read(spec).value).toEqual(history(1))
    expect(spec.parse).toHaveBeenCalledTimes(2)
  })

  it('are still set aside when unreadable, however often they are read', () => {
    const spec = counted()
    storage.setItem(KEY, '{"broken"')
    expect(door.read(spec)).toMatchObject({ status: 'quarantined' })
    expect(door.read(spec)).toMatchObject({ status: 'quarantined' })
    expect(quarantineKeys()).toHaveLength(1)
  })

  it('are forgotten by eraseAll', () => {
    const spec = counted()
    storage.setItem(KEY, serialize(history(1)))
    door.read(spec)
    door.eraseAll()
    expect(door.read(spec).status).toBe('empty')
    storage.setItem(KEY, serialize(history(1)))
    door.read(spec)
    expect(spec.parse).toHaveBeenCalledTimes(2)
  })
})

describe('subscribing to several keys', () => {
  it('hears each of them, and "clear" once', () => {
    const events = new EventTarget()
    const tab = createStorageDoor({ backend: () => storage, events })
    const cb = vi.fn()
    tab.subscribe([KEY, STORAGE_KEYS.progressJournal], cb)
    for (const key of [KEY, STORAGE_KEYS.progressJournal, STORAGE_KEYS.settings, null]) {
      events.dispatchEvent(new StorageEvent('storage', { key, newValue: null }))
    }
    expect(cb.mock.calls).toEqual([
      [{ key: KEY, removed: true }],
      [{ key: STORAGE_KEYS.progressJournal, removed: true }],
      [{ key: null, removed: true }],
    ])
  })
})
