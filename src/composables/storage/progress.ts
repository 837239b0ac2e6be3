/**
 * The student's history through the door, as two documents of one format: the **archive**
 * (`passage:progress`: every attempt up to the last compaction, rewritten rarely) and the
 * **journal** (`passage:progress:journal`: the attempts recorded since, a few kilobytes).
 * A save re-reads and rewrites the journal only, so it costs the same at 100 answers as at
 * 100 000. Once the journal passes its bound, or storage is full, its attempts are compacted into
 * the archive. What is stored is archive ∪ journal; both are unions by attempt id, so however two
 * tabs interleave, and whichever of them compacts, no attempt is lost or counted twice.
 */
import { mergeInto, withoutAttempts } from '../../domain/progress/merge.ts'
import { serialize } from '../../domain/progress/migrate.ts'
import { recordAll, trimDetail } from '../../domain/progress/record.ts'
import {
  DEFAULT_LIMITS,
  emptyProgress,
  type ProgressDoc,
  type ProgressLimits,
} from '../../domain/progress/schema.ts'
import { attemptCount } from '../../domain/progress/stats.ts'
import type { ReadResult, ReadStatus, StorageChange, StorageDoor, UpdateError } from './door.ts'
import { useStorageDoor } from './index.ts'
import { readNotices, withNotices, writeNotices, type StorageNotice } from './notices.ts'
import { progressJournalSpec, progressSpec } from './specs.ts'

/** When the journal is compacted into the archive: as soon as it would hold more than this. */
export interface JournalLimits {
  attempts: number
  /** Characters of stored text. */
  chars: number
}

/** 64 attempts or 32 K characters: a save writes at most this, whatever the history. */
export const JOURNAL_LIMITS: Readonly<JournalLimits> = Object.freeze({
  attempts: 64,
  chars: 32_768,
})

export type ProgressPersistence = 'saving' | 'read-only' | 'unavailable'

export interface ProgressRead {
  /** Everything stored: the archive with the journal's attempts added. */
  value: ProgressDoc
  archive: ReadResult<ProgressDoc>
  journal: ReadResult<ProgressDoc>
  /** An older version was migrated, or a damaged one read in part: save (even with nothing to
   * add) to write it back once. */
  rewrite: boolean
  persistence: ProgressPersistence
  notices: StorageNotice[]
}

export interface ProgressSave {
  ok: boolean
  error?: UpdateError
  /** Storage was full and the oldest detail in the archive was dropped to make room. */
  trimmed: boolean
  /** ok: the journal as it is now stored. */
  journal?: ProgressDoc
  /** ok, when the save compacted: the archive as written (every attempt stored but `journal`'s). */
  archive?: ProgressDoc
  persistence: ProgressPersistence
  notices: StorageNotice[]
}

export interface ProgressStorage {
  /** Archive ∪ journal. `changed`, the key a `storage` event named: when only the journal
   * changed, the archive last read or written is used again rather than read. */
  read(limits?: ProgressLimits, changed?: string | null): ProgressRead
  /** Adds `pending` (null: nothing, just write back what `read` said to rewrite). */
  save(pending: ProgressDoc | null, limits?: ProgressLimits): ProgressSave
  /** Calls `cb` when another tab changes the archive or the journal. */
  subscribe(cb: (change: StorageChange) => void): () => void
}

type Read = ReadResult<ProgressDoc>

function persistenceOf(...statuses: ReadStatus[]): ProgressPersistence {
  return statuses.includes('unavailable')
    ? 'unavailable'
    : statuses.includes('newer')
      ? 'read-only'
      : 'saving'
}

/** Whether a read document should be written again: migrated, or broken and safely copied. */
function stale(read: Read | undefined): boolean {
  return (
    read?.status === 'migrated' ||
    (read?.status === 'quarantined' && read.quarantineStored === true)
  )
}

/** Whether the door will write over what `read` found (not newer, not an unsaved broken text). */
function writable(read: Read): boolean {
  return (
    read.status !== 'newer' &&
    read.status !== 'unavailable' &&
    !(read.status === 'quarantined' && read.quarantineStored === false)
  )
}

/** The notices of reading both documents; a newer journal beside a newer archive says it once. */
function readsNotices(archive: Read | undefined, journal: Read | undefined): StorageNotice[] {
  const a = archive ? readNotices(progressSpec, archive) : []
  const bothNewer = archive?.status === 'newer' && journal?.status === 'newer'
  return withNotices(a, journal && !bothNewer ? readNotices(progressJournalSpec, journal) : [])
}

/** Progress storage over `door`; `journal` sets when to compact (tests make it small). */
export function useProgressStorage(
  door: StorageDoor = useStorageDoor(),
  journalLimits: Readonly<JournalLimits> = JOURNAL_LIMITS,
): ProgressStorage {
  /** The archive as last read or written here: a save needs its status, not its text. */
  let archive: Read | undefined
  let journal: Read | undefined

  /** `chars`, the document's length, is asked for only when its attempts are within bounds. */
  function over(doc: ProgressDoc, chars: () => number): boolean {
    return attemptCount(doc) > journalLimits.attempts || chars() > journalLimits.chars
  }

  function read(limits: ProgressLimits = DEFAULT_LIMITS, changed?: string | null): ProgressRead {
    const a = changed === progressJournalSpec.key && archive ? archive : door.read(progressSpec)
    const j = door.read(progressJournalSpec)
    archive = a
    journal = j
    return {
      value: recordAll(a.value, j.value, limits),
      archive: a,
      journal: j,
      rewrite: [a, j].some(
        // What still read of a set-aside document is written back at once: discarding the copy
        // later (which removes the broken original with it) then loses none of it.
        (r) => r.status === 'migrated' || (r.salvaged === true && r.quarantineStored === true),
      ),
      persistence: persistenceOf(a.status, j.status),
      notices: readsNotices(a, j),
    }
  }

  function failed(result: { error?: UpdateError }, notices: StorageNotice[]): ProgressSave {
    const error = result.error ?? 'unavailable'
    return {
      ok: false,
      error,
      trimmed: false,
      persistence: error === 'newer' ? 'read-only' : error === 'unavailable' ? error : 'saving',
      notices: withNotices(notices, writeNotices(progressSpec, { trimmed: false, error })),
    }
  }

  /**
   * Writes archive = trimDetail(archive ∪ journal ∪ `more`), then takes out of the journal
   * exactly the attempts the archive now holds, re-reading it first so an attempt another tab
   * added meanwhile stays. A full storage first gets the journal's room (its attempts are in
   * what is being written), then trims the archive's oldest detail; if even that fails the
   * journal is put back as it was.
   */
  function compact(more: ProgressDoc, limits: ProgressLimits): ProgressSave {
    const j0 = door.read(progressJournalSpec)
    if (j0.status === 'newer') return failed({ error: 'newer' }, readsNotices(undefined, j0))
    const journalOpen = writable(j0)
    const extra = mergeInto(j0.value, more)
    const fold = (stored: ProgressDoc) => trimDetail(mergeInto(stored, extra), limits)
    let a = door.update(progressSpec, fold)
    const held = attemptCount(j0.value) > 0
    if (!a.ok && a.error === 'quota' && journalOpen && held) {
      if (door.update(progressJournalSpec, () => emptyProgress()).ok) {
        a = door.update(progressSpec, fold)
        if (!a.ok) door.update(progressJournalSpec, (now) => mergeInto(now, j0.value))
      }
    }
    const notices = readsNotices(a.read, j0)
    if (!a.ok || !a.value) {
      archive = a.read
      return failed(a, notices)
    }
    const archived = a.value
    archive = { value: archived, status: 'ok' }
    let left = j0.value
    if (journalOpen && (held || stale(j0))) {
      const j1 = door.update(progressJournalSpec, (now) => withoutAttempts(now, archived))
      if (j1.ok && j1.value) left = j1.value
    }
    journal = { value: left, status: 'ok' }
    return {
      ok: true,
      trimmed: a.trimmed,
      archive: archived,
      journal: left,
      persistence: 'saving',
      notices: withNotices(notices, writeNotices(progressSpec, a)),
    }
  }

  function save(
    pending: ProgressDoc | null,
    limits: ProgressLimits = DEFAULT_LIMITS,
  ): ProgressSave {
    // Data from a newer version is left alone, journal included: this version is read-only.
    if (archive?.status === 'newer') return failed({ error: 'newer' }, [])
    const more = pending ?? emptyProgress()
    const compacted = (): ProgressSave | undefined => {
      const result = compact(more, limits)
      // An archive that cannot be written yet (its broken text is kept in memory only) leaves
      // the journal to hold everything, past its bound if need be.
      return result.ok || result.error !== 'blocked' ? result : undefined
    }
    if (stale(archive)) return compacted() ?? saveToJournal(more, limits)
    if (!pending && !stale(journal)) {
      return { ok: true, trimmed: false, persistence: 'saving', notices: [] }
    }
    // A restored backup, say, goes straight to the archive rather than through the journal.
    // A restored backup of a million attempts is not serialized just to be measured.
    if (over(more, () => serialize(more).length)) return compacted() ?? saveToJournal(more, limits)
    return saveToJournal(more, limits)
  }

  function saveToJournal(more: ProgressDoc, limits: ProgressLimits): ProgressSave {
    const w = door.update(progressJournalSpec, (now) => recordAll(now, more, limits))
    const notices = readsNotices(undefined, w.read)
    if (!w.ok || !w.value) {
      if (w.error !== 'quota' && w.error !== 'blocked') return failed(w, notices)
      // No room for the journal (or it is blocked): the attempt goes to the archive instead.
      const result = compact(more, limits)
      return { ...result, notices: withNotices(notices, result.notices) }
    }
    journal = { value: w.value, status: 'ok' }
    const saved: ProgressSave = {
      ok: true,
      trimmed: false,
      journal: w.value,
      persistence: 'saving',
      notices,
    }
    if (!over(w.value, () => w.size ?? 0)) return saved
    // The journal passed its bound: compact now. The attempt is saved whatever happens here.
    const result = compact(emptyProgress(), limits)
    return result.ok ? { ...result, notices: withNotices(notices, result.notices) } : saved
  }

  return {
    read,
    save,
    subscribe: (cb) => door.subscribe([progressSpec.key, progressJournalSpec.key], cb),
  }
}
