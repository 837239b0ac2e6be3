/**
 * The one door to storage. Everything Passage saves goes through `read` and `update` with a
 * DocSpec saying how that document parses, migrates, serializes and shrinks. The door never
 * loses data: unreadable text is copied to a quarantine key before anything may overwrite it
 * (or, if even that copy fails, kept in memory and the original left alone); data from a newer
 * version is never written over; a full storage is answered by trimming, not by dropping.
 */
import type { LeftOut } from '../../domain/progress/salvage.ts'
import type { MigrateResult } from '../../domain/progress/versioned.ts'
import { browserStorage, isQuotaError, type StorageBackend } from './backend.ts'
import {
  isQuarantineKey,
  newQuarantineKey,
  QUARANTINE_PREFIX,
  STORAGE_KEYS,
  STORAGE_PREFIX,
} from './keys.ts'

/** How one stored document is read and written. */
export interface DocSpec<T> {
  key: string
  /** What the document is, for people: "progress", "settings", "quiz in progress". */
  label: string
  /** Text to the current version (JSON, migrations, validation). */
  parse(text: string): MigrateResult<T>
  serialize(doc: T): string
  /** The document to start with when there is none (or none readable). */
  empty(): T
  /** A smaller document for a full storage; returns its input when nothing more can go. */
  trim?(doc: T): T
  /** What the user is told reading carries on with when this document is set aside; the
   * default is "started fresh". */
  whenSetAside?: string
  /**
   * What can still be used of text that does not read as a whole (one damaged attempt among
   * hundreds), to carry on with instead of `empty()` once the text is set aside; undefined when
   * nothing can. `lost` names what was left out (attempts, for progress), so the student can be
   * told which.
   */
  salvage?(text: string): { value: T; lost?: readonly LeftOut[] } | undefined
  /**
   * Documents are values nobody changes, and parse(serialize(doc)) gives doc back: the door may
   * keep the last text it read or wrote under this key with its document, and hand that document
   * out again while the stored text is the same instead of parsing and validating it again.
   */
  immutable?: boolean
}

export type ReadStatus = 'ok' | 'empty' | 'migrated' | 'quarantined' | 'newer' | 'unavailable'

export interface ReadResult<T> {
  /** The document to use: what was stored, or `empty()` when that cannot be used. */
  value: T
  status: ReadStatus
  /** quarantined: where the unreadable text is kept (in storage, or in memory only). */
  quarantineKey?: string
  /** quarantined: false when storage refused the copy and the text lives in memory only. */
  quarantineStored?: boolean
  /** quarantined: why the text could not be read. */
  reason?: string
  /** quarantined: `value` is what the spec's salvage kept of the text, not `empty()`. */
  salvaged?: true
  /** quarantined and salvaged: what the salvage left out, when it says. */
  lost?: readonly LeftOut[]
  /** migrated: the version the stored document had. */
  migratedFrom?: number
  /** newer: the version the stored document claims. */
  version?: number
}

export type UpdateError = 'unavailable' | 'newer' | 'quota' | 'blocked'

export interface UpdateResult<T> {
  ok: boolean
  /** What was written; on failure, what would have been (keep it in memory). Absent when the
   * update could not even start (unavailable, newer, blocked). */
  value?: T
  /** Storage was full and the spec's trim made the document smaller to fit. */
  trimmed: boolean
  /** ok: the length of the text written, in characters (UTF-16 code units, as quotas count). */
  size?: number
  /** unavailable: storage is off; newer: the stored data must not be touched; quota: still too
   * big after trimming everything trimmable; blocked: unreadable data awaits download or discard. */
  error?: UpdateError
  /** The read the update started from, for its notices (quarantine, migration). */
  read: ReadResult<T>
}

export interface QuarantineEntry {
  key: string
  /** When it was quarantined (ISO), from the key. */
  at: string
  /** Length of the kept text in characters. */
  size: number
  /** false when storage refused the copy: download it before closing the tab. */
  stored: boolean
  /** The document it came from, when known. */
  from?: string
}

export interface StorageChange {
  key: string | null
  /** The key was removed, or the whole storage cleared (e.g. "erase all" in another tab). */
  removed: boolean
}

export interface StorageDoor {
  read<T>(spec: DocSpec<T>): ReadResult<T>
  update<T>(spec: DocSpec<T>, fn: (current: T) => T): UpdateResult<T>
  /** Whether storage can be reached at all right now. */
  available(): boolean
  listQuarantine(): QuarantineEntry[]
  /** The stored (or memory-kept) text of any key, for download; null when there is none. */
  readRaw(key: string): string | null
  /**
   * Sets aside unreadable text of `from` found outside this storage (a tab's own copy), as a read
   * sets aside its document's: in storage, or in memory when storage refuses it.
   */
  setAside(from: string, raw: string): { key: string; stored: boolean }
  /** Removes a key; for a quarantine key, also the unreadable original it was copied from. */
  remove(key: string): boolean
  /** Removes every Passage key, quarantine included. */
  eraseAll(): boolean
  /** Calls `cb` when another tab changes `key` (or one of `keys`); returns the unsubscribe. */
  subscribe(keys: string | readonly string[], cb: (change: StorageChange) => void): () => void
}

export interface DoorOptions {
  /** Where to store; called on every access because storage can come and go. */
  backend?: () => StorageBackend | null
  /** Names quarantine keys; the default is the real clock. */
  now?: () => Date
  /** Where `storage` events arrive; the default is `window`. */
  events?: EventTarget | null
}

/** A storage door over `options.backend` (the browser's localStorage by default). */
export function createStorageDoor(options: DoorOptions = {}): StorageDoor {
  const backend = options.backend ?? browserStorage
  const now = options.now ?? (() => new Date())
  const events = options.events === undefined ? defaultEvents() : options.events
  /** Quarantined text storage refused to copy: quarantine key → origin and text. */
  const memory = new Map<string, { from: string; raw: string }>()
  /** For immutable specs: the last text read or written under a key, and what it parses to. */
  const known = new Map<string, { raw: string; parsed: MigrateResult<unknown> }>()

  function parseText<T>(spec: DocSpec<T>, raw: string): MigrateResult<T> {
    if (!spec.immutable) return spec.parse(raw)
    const last = known.get(spec.key)
    // Equal texts are usually the very same string, and comparing them is far cheaper than
    // parsing: this is what lets a small save ignore how big a neighbouring document is.
    if (last?.raw === raw) return last.parsed as MigrateResult<T>
    const parsed = spec.parse(raw)
    known.set(spec.key, { raw, parsed })
    return parsed
  }

  function storage(): StorageBackend | null {
    try {
      return backend()
    } catch {
      return null
    }
  }

  function storedKeys(store: StorageBackend): string[] {
    const keys: string[] = []
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i)
      if (key !== null && key.startsWith(STORAGE_PREFIX)) keys.push(key)
    }
    return keys
  }

  /** The quarantine key already holding exactly this text from this document, if any. */
  function existingCopy(store: StorageBackend, from: string, raw: string): string | undefined {
    for (const [key, entry] of memory) if (entry.from === from && entry.raw === raw) return key
    return storedKeys(store).find((key) => isQuarantineKey(key) && store.getItem(key) === raw)
  }

  /** Copies `raw` of `from` under a quarantine key, reusing one that holds it; the key. */
  function copyAside(store: StorageBackend, from: string, raw: string): string {
    const existing = existingCopy(store, from, raw)
    if (existing) return existing
    const key = newQuarantineKey(
      now(),
      (k) => memory.has(k) || safe(() => store.getItem(k) !== null, true),
    )
    try {
      store.setItem(key, raw)
    } catch {
      // Typically a full storage (the broken text may be megabytes): kept for download.
      memory.set(key, { from, raw })
    }
    return key
  }

  /** Keeps `raw` aside; reloading the same broken text again reuses the first copy. */
  function quarantine<T>(
    store: StorageBackend,
    spec: DocSpec<T>,
    raw: string,
    reason: string,
  ): ReadResult<T> {
    const kept = spec.salvage?.(raw)
    const done = (quarantineKey: string): ReadResult<T> => ({
      value: kept ? kept.value : spec.empty(),
      status: 'quarantined',
      quarantineKey,
      quarantineStored: !memory.has(quarantineKey),
      reason,
      ...(kept === undefined ? {} : { salvaged: true as const }),
      ...(kept?.lost?.length ? { lost: kept.lost } : {}),
    })
    // Kept in memory when storage refuses the copy, the original is left in place: `update`
    // refuses to overwrite it until the copy is discarded.
    return done(copyAside(store, spec.key, raw))
  }

  function setAside(from: string, raw: string): { key: string; stored: boolean } {
    const store = storage()
    let key: string | undefined
    try {
      if (store) key = copyAside(store, from, raw)
    } catch {
      // Storage that cannot even be looked through: the copy is kept in memory.
    }
    if (key === undefined) {
      key = newQuarantineKey(now(), (k) => memory.has(k))
      memory.set(key, { from, raw })
    }
    return { key, stored: !memory.has(key) }
  }

  function read<T>(spec: DocSpec<T>): ReadResult<T> {
    const unavailable: ReadResult<T> = { value: spec.empty(), status: 'unavailable' }
    const store = storage()
    if (!store) return unavailable
    let raw: string | null
    try {
      raw = store.getItem(spec.key)
    } catch {
      return unavailable
    }
    if (raw === null) return { value: spec.empty(), status: 'empty' }
    const parsed = parseText(spec, raw)
    switch (parsed.status) {
      case 'ok':
        return parsed.migratedFrom === undefined
          ? { value: parsed.doc, status: 'ok' }
          : { value: parsed.doc, status: 'migrated', migratedFrom: parsed.migratedFrom }
      case 'newer':
        return { value: spec.empty(), status: 'newer', version: parsed.version }
      case 'invalid':
        try {
          return quarantine(store, spec, raw, parsed.reason)
        } catch {
          return unavailable
        }
    }
  }

  function update<T>(spec: DocSpec<T>, fn: (current: T) => T): UpdateResult<T> {
    const before = read(spec)
    const fail = (error: UpdateError, value?: T): UpdateResult<T> =>
      value === undefined
        ? { ok: false, trimmed: false, error, read: before }
        : { ok: false, trimmed: false, error, value, read: before }
    if (before.status === 'unavailable') return fail('unavailable')
    if (before.status === 'newer') return fail('newer')
    if (before.quarantineKey !== undefined && memory.has(before.quarantineKey))
      return fail('blocked')
    const store = storage()
    if (!store) return fail('unavailable')
    const wanted = fn(before.value)
    let next = wanted
    let trimmed = false
    for (;;) {
      try {
        const text = spec.serialize(next)
        store.setItem(spec.key, text)
        if (spec.immutable) known.set(spec.key, { raw: text, parsed: { status: 'ok', doc: next } })
        return { ok: true, value: next, trimmed, size: text.length, read: before }
      } catch (e) {
        if (!isQuotaError(e)) return fail('unavailable', wanted)
        const smaller = spec.trim?.(next)
        if (smaller === undefined || smaller === next) return fail('quota', wanted)
        next = smaller
        trimmed = true
      }
    }
  }

  function listQuarantine(): QuarantineEntry[] {
    const entries: QuarantineEntry[] = [...memory].map(([key, { from, raw }]) => ({
      key,
      at: key.slice(QUARANTINE_PREFIX.length),
      size: raw.length,
      stored: false,
      from,
    }))
    const store = storage()
    if (store) {
      safe(() => {
        for (const key of storedKeys(store).filter(isQuarantineKey)) {
          const raw = store.getItem(key) ?? ''
          entries.push({
            key,
            at: key.slice(QUARANTINE_PREFIX.length),
            size: raw.length,
            stored: true,
          })
        }
      }, undefined)
    }
    return entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  }

  function readRaw(key: string): string | null {
    const kept = memory.get(key)
    if (kept) return kept.raw
    const store = storage()
    return store ? safe(() => store.getItem(key), null) : null
  }

  function remove(key: string): boolean {
    const store = storage()
    const raw = readRaw(key)
    const kept = memory.get(key)
    memory.delete(key)
    known.clear()
    if (!store) return kept !== undefined
    return safe(() => {
      if (isQuarantineKey(key) && raw !== null) {
        // The broken original may still sit under its key (nothing was saved since); discarding
        // the copy discards it too, or the next read would quarantine it all over again.
        const origins = kept ? [kept.from] : Object.values(STORAGE_KEYS)
        for (const from of origins) if (store.getItem(from) === raw) store.removeItem(from)
      }
      store.removeItem(key)
      return true
    }, false)
  }

  function eraseAll(): boolean {
    memory.clear()
    known.clear()
    const store = storage()
    if (!store) return false
    return safe(() => {
      for (const key of storedKeys(store)) store.removeItem(key)
      return true
    }, false)
  }

  function subscribe(
    keys: string | readonly string[],
    cb: (change: StorageChange) => void,
  ): () => void {
    if (!events) return () => {}
    const watched: readonly string[] = typeof keys === 'string' ? [keys] : keys
    const listener = (e: Event) => {
      const { key: changed, newValue } = e as StorageEvent
      if (changed !== null && !watched.includes(changed)) return
      cb({ key: changed, removed: changed === null || newValue === null })
    }
    events.addEventListener('storage', listener)
    return () => events.removeEventListener('storage', listener)
  }

  return {
    read,
    update,
    available: () => {
      const store = storage()
      return store !== null && safe(() => (store.key(0), true), false)
    },
    listQuarantine,
    readRaw,
    setAside,
    remove,
    eraseAll,
    subscribe,
  }
}

function defaultEvents(): EventTarget | null {
  return typeof window === 'undefined' ? null : window
}

/** `fn()`, or `fallback` when storage throws (it may vanish or refuse at any moment). */
function safe<R>(fn: () => R, fallback: R): R {
  try {
    return fn()
  } catch {
    return fallback
  }
}
