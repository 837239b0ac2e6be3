/**
 * The door to the teacher's own sets, articles and editor drafts, kept in IndexedDB so they never
 * compete with progress for localStorage's few megabytes. It follows the localStorage door's
 * rules: every record is a versioned document read through migrations (`domain/studio/records`);
 * one that cannot be read is moved to the `quarantine` store (in the same transaction, so it is
 * never lost) and reported; one from a newer version is left untouched and never overwritten;
 * no IndexedDB (private modes, old browsers) reads as unavailable instead of crashing.
 * Other tabs hear of every change on `STUDIO_CHANNEL` (see `studio-peek.ts`).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import type { MigrateResult } from '../../domain/progress/versioned.ts'
import {
  parseArticleRecord,
  parseDraftRecord,
  parseSetRecord,
  recordText,
  type ArticleRecord,
  type DraftRecord,
  type SetRecord,
} from '../../domain/studio/records.ts'
import { isQuotaError } from './backend.ts'

import { STUDIO_CHANNEL, STUDIO_DB_NAME } from './studio-peek.ts'

/** The database's own structure (its stores); records inside carry their own versions. */
export const STUDIO_DB_VERSION = 1

export interface QuarantinedRecord {
  id?: number
  /** The store and key the record was read from. */
  from: 'sets' | 'articles' | 'drafts'
  key: string
  /** When it was set aside (ISO). */
  at: string
  reason: string
  /** The record as it was stored, for download. */
  text: string
}

interface StudioSchema extends DBSchema {
  sets: { key: string; value: string }
  articles: { key: string; value: string }
  drafts: { key: string; value: string }
  quarantine: { key: number; value: QuarantinedRecord }
}

type RecordStore = 'sets' | 'articles' | 'drafts'
const STORES = ['sets', 'articles', 'drafts', 'quarantine'] as const

export interface StudioRead {
  status: 'ok' | 'unavailable'
  sets: SetRecord[]
  articles: ArticleRecord[]
  /** Records moved to quarantine by this read. */
  setAside: QuarantinedRecord[]
  /** Records from a newer version of Passage: left as they are, not shown, never overwritten. */
  newer: { from: RecordStore; key: string; version: number }[]
}

/** A draft as read back: the record, or the copy set aside because it did not read; neither when none is kept. */
export interface DraftRead {
  record?: DraftRecord
  setAside?: QuarantinedRecord
}

export type StudioWriteError = 'unavailable' | 'newer' | 'quota' | 'failed'
export type StudioWrite = { ok: true } | { ok: false; error: StudioWriteError }

export interface StudioDb {
  readAll(): Promise<StudioRead>
  putSet(record: SetRecord): Promise<StudioWrite>
  deleteSet(id: string): Promise<StudioWrite>
  putArticle(record: ArticleRecord): Promise<StudioWrite>
  /** Deletes an article and, in the same transaction, the sets listed. */
  deleteArticle(id: string, sets: readonly string[]): Promise<StudioWrite>
  /** The draft kept under `key`: one that does not read is moved to quarantine, as `setAside`. */
  getDraft(key: string): Promise<DraftRead>
  /** Every draft that reads, newest first; one that does not is moved to quarantine. */
  listDrafts(): Promise<{ key: string; record: DraftRecord }[]>
  putDraft(key: string, record: DraftRecord): Promise<StudioWrite>
  deleteDraft(key: string): Promise<StudioWrite>
  listQuarantine(): Promise<QuarantinedRecord[]>
  discardQuarantine(id: number): Promise<StudioWrite>
}

export interface StudioDbOptions {
  /** Whether there is an IndexedDB (tests pass `() => undefined` for a browser without one). */
  factory?: () => IDBFactory | undefined
  now?: () => Date
}

const PARSERS: Record<RecordStore, (text: string) => MigrateResult<unknown>> = {
  sets: parseSetRecord,
  articles: parseArticleRecord,
  drafts: parseDraftRecord,
}

/** The key a record must be stored under, so a record copied under another key is caught. */
function keyOf(store: RecordStore, doc: unknown): string | undefined {
  if (store === 'sets') return (doc as SetRecord).bank.id
  if (store === 'articles') return (doc as ArticleRecord).passage.id
  return undefined
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}

function browserFactory(): IDBFactory | undefined {
  try {
    return typeof indexedDB === 'undefined' ? undefined : indexedDB
  } catch {
    return undefined
  }
}

export function createStudioDb(options: StudioDbOptions = {}): StudioDb {
  const factory = options.factory ?? browserFactory
  const now = options.now ?? (() => new Date())
  let opening: Promise<IDBPDatabase<StudioSchema> | null> | undefined
  const channel =
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(STUDIO_CHANNEL)

  function open(version?: number) {
    return openDB<StudioSchema>(STUDIO_DB_NAME, version, {
      upgrade(database) {
        // Whatever the version says, every store must be there: one made without them (by
        // another program, a hand in devtools, a test) would otherwise refuse every draft.
        for (const store of STORES)
          if (!database.objectStoreNames.contains(store))
            database.createObjectStore(store, store === 'quarantine' ? { autoIncrement: true } : {})
      },
      blocking() {
        // A newer tab wants to upgrade the database: step aside so it can.
        void db().then((d) => d?.close())
        opening = undefined
      },
    })
  }

  function db(): Promise<IDBPDatabase<StudioSchema> | null> {
    opening ??= (async () => {
      if (!factory()) return null
      try {
        // A database a newer Passage has moved on is opened as it is (its records say their
        // own versions); one missing a store gets it in one step up.
        const found = await open(STUDIO_DB_VERSION).catch((e: unknown) => {
          if ((e as { name?: unknown } | null)?.name === 'VersionError') return open()
          throw e
        })
        if (STORES.every((store) => found.objectStoreNames.contains(store))) return found
        const version = found.version + 1
        found.close()
        return await open(version)
      } catch {
        return null
      }
    })()
    return opening
  }

  function changed() {
    channel?.postMessage('changed')
  }

  async function write(run: (d: IDBPDatabase<StudioSchema>) => Promise<StudioWrite>) {
    const d = await db()
    if (!d) return { ok: false, error: 'unavailable' } as const
    try {
      const result = await run(d)
      if (result.ok) changed()
      return result
    } catch (e) {
      return { ok: false, error: isQuotaError(e) ? 'quota' : 'failed' } as const
    }
  }

  async function readAll(): Promise<StudioRead> {
    const empty: StudioRead = { status: 'ok', sets: [], articles: [], setAside: [], newer: [] }
    const d = await db()
    if (!d) return { ...empty, status: 'unavailable' }
    const out = empty
    const tx = d.transaction(['sets', 'articles', 'quarantine'], 'readwrite')
    for (const store of ['articles', 'sets'] as const) {
      const os = tx.objectStore(store)
      const [keys, values] = await Promise.all([os.getAllKeys(), os.getAll()])
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i]!
        const text = textOf(values[i])
        const parsed = PARSERS[store](text)
        if (parsed.status === 'newer') {
          out.newer.push({ from: store, key, version: parsed.version })
          continue
        }
        const wrongKey = parsed.status === 'ok' && keyOf(store, parsed.doc) !== key
        if (parsed.status === 'ok' && !wrongKey) {
          if (store === 'sets') out.sets.push(parsed.doc as SetRecord)
          else out.articles.push(parsed.doc as ArticleRecord)
          continue
        }
        const reason =
          parsed.status === 'invalid' ? parsed.reason : `it is stored under another name (${key})`
        const kept: QuarantinedRecord = { from: store, key, at: now().toISOString(), reason, text }
        // Its key is how the notice's "Download it" and "Discard it" find it again.
        const id = await tx.objectStore('quarantine').add(kept)
        await os.delete(key)
        out.setAside.push({ ...kept, id })
      }
    }
    await tx.done
    if (out.setAside.length) changed()
    return out
  }

  /** The draft under `key`, or, when it does not read, its copy moved to quarantine in one step. */
  async function draftIn(d: IDBPDatabase<StudioSchema>, key: string): Promise<DraftRead> {
    const tx = d.transaction(['drafts', 'quarantine'], 'readwrite')
    const value = await tx.objectStore('drafts').get(key)
    const parsed = value === undefined ? undefined : parseDraftRecord(textOf(value))
    if (parsed?.status !== 'invalid') {
      await tx.done
      return parsed?.status === 'ok' ? { record: parsed.doc } : {}
    }
    const kept: QuarantinedRecord = {
      from: 'drafts',
      key,
      at: now().toISOString(),
      reason: parsed.reason,
      text: textOf(value),
    }
    const id = await tx.objectStore('quarantine').add(kept)
    await tx.objectStore('drafts').delete(key)
    await tx.done
    return { setAside: { ...kept, id } }
  }

  /** Refuses to overwrite a record a newer Passage wrote. */
  async function put(store: RecordStore, key: string, text: string): Promise<StudioWrite> {
    return write(async (d) => {
      const tx = d.transaction(store, 'readwrite')
      const existing = await tx.store.get(key)
      if (existing !== undefined && PARSERS[store](textOf(existing)).status === 'newer') {
        tx.abort()
        await tx.done.catch(() => undefined)
        return { ok: false, error: 'newer' }
      }
      await tx.store.put(text, key)
      await tx.done
      return { ok: true }
    })
  }

  async function remove(stores: RecordStore[], keys: Record<RecordStore, string[]>) {
    return write(async (d) => {
      const tx = d.transaction(stores, 'readwrite')
      for (const store of stores)
        for (const key of keys[store]) await tx.objectStore(store).delete(key)
      await tx.done
      return { ok: true }
    })
  }

  return {
    readAll,
    putSet: (record) => put('sets', record.bank.id, recordText(record)),
    deleteSet: (id) => remove(['sets'], { sets: [id], articles: [], drafts: [] }),
    putArticle: (record) => put('articles', record.passage.id, recordText(record)),
    deleteArticle: (id, sets) =>
      remove(['sets', 'articles'], { sets: [...sets], articles: [id], drafts: [] }),
    async listDrafts() {
      const d = await db()
      if (!d) return []
      try {
        const tx = d.transaction('drafts', 'readonly')
        const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()])
        const out: { key: string; record: DraftRecord }[] = []
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i]!
          const parsed = parseDraftRecord(textOf(values[i]))
          if (parsed.status === 'ok') out.push({ key, record: parsed.doc })
          // One that does not read is set aside (and so told of), not left out unseen.
          else if (parsed.status === 'invalid') {
            const { record } = await draftIn(d, key)
            if (record) out.push({ key, record })
          }
        }
        return out.sort((a, b) => (a.record.savedAt < b.record.savedAt ? 1 : -1))
      } catch {
        return []
      }
    },
    async getDraft(key) {
      const d = await db()
      if (!d) return {}
      try {
        return await draftIn(d, key)
      } catch {
        return {}
      }
    },
    putDraft: (key, record) => put('drafts', key, recordText(record)),
    deleteDraft: (key) => remove(['drafts'], { sets: [], articles: [], drafts: [key] }),
    async listQuarantine() {
      const d = await db()
      if (!d) return []
      const tx = d.transaction('quarantine')
      const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()])
      return values.map((v, i) => ({ ...v, id: keys[i] }))
    },
    discardQuarantine: (id) =>
      write(async (d) => {
        await d.delete('quarantine', id)
        return { ok: true }
      }),
  }
}
