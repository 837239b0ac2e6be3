/**
 * What the user is told about storage, in their words. Stores turn read and update results into
 * notices with these helpers, so every document reports the same way and the UI shows one list.
 */
import type { DocSpec, ReadResult, UpdateError, UpdateResult } from './door.ts'
import type { LeftOut } from '../../domain/progress/salvage.ts'

export type NoticeKind =
  | 'quarantined'
  | 'newer'
  | 'unavailable'
  | 'quota-trimmed'
  | 'quota-full'
  | 'migrated'
  /** Attempts storage had refused are saved now (there was room again). */
  | 'saved'

export interface StorageNotice {
  /** Stable per kind and key: a repeated problem shows once, and `dismiss(id)` removes it. */
  id: string
  kind: NoticeKind
  /**
   * quarantined: the quarantine key to download or discard; otherwise the document's key
   * (none for 'unavailable', which concerns every document).
   */
  key?: string
  /**
   * What the words say (`noticeText` in ./notice-text.ts, loaded with the notices' component, so
   * the first page carries no sentences): the document in the student's words, why it could not
   * be read, the version it came from or was saved by, what Passage did instead.
   */
  label?: string
  reason?: string
  version?: number
  whenSetAside?: string
  /** quarantined: false when storage was too full to keep the unreadable copy. */
  stored?: boolean
  /** quarantined: the copy is of a quiz kept in the tab, which nothing waits on to save. */
  inTab?: boolean
  /** quarantined: the attempts the part kept left out, to name them in the student's words. */
  lost?: readonly LeftOut[]
  /** quota-trimmed: the review history was shortened, not the answers of attempts. */
  review?: boolean
}

type Doc = Pick<DocSpec<unknown>, 'key' | 'label' | 'whenSetAside'>

/** What reading carries on with when the part of a set-aside document that still reads is kept. */
const SALVAGED = 'kept everything in it that could still be read'

/** How a write ended, as far as the user is concerned. */
export interface WriteOutcome {
  /** Storage was full and older detail was dropped to make room. */
  trimmed: boolean
  error?: UpdateError
}

function notice(
  kind: NoticeKind,
  key: string,
  words: Omit<StorageNotice, 'id' | 'kind' | 'key'>,
): StorageNotice {
  return { id: `${kind}:${key}`, kind, key, ...words }
}

/** The notices a read calls for: set aside, newer, unavailable or migrated. */
export function readNotices(doc: Doc, read: ReadResult<unknown>): StorageNotice[] {
  const label = doc.label
  switch (read.status) {
    case 'quarantined':
      return [
        notice('quarantined', read.quarantineKey ?? doc.key, {
          label,
          reason: read.reason,
          stored: read.quarantineStored !== false,
          whenSetAside: read.salvaged ? SALVAGED : doc.whenSetAside,
          ...(read.lost ? { lost: read.lost } : {}),
        }),
      ]
    case 'newer':
      return [notice('newer', doc.key, { label, version: read.version })]
    case 'unavailable':
      // One notice whichever document hit it: storage is off for all of them at once.
      return [{ id: 'unavailable', kind: 'unavailable' }]
    case 'migrated':
      return [notice('migrated', doc.key, { label, version: read.migratedFrom })]
    default:
      return []
  }
}

/** The notices an update calls for: those of its read, plus trimming or a failed save. */
export function updateNotices(doc: Doc, result: UpdateResult<unknown>): StorageNotice[] {
  return withNotices(readNotices(doc, result.read), writeNotices(doc, result))
}

/** The notices the end of a write calls for: trimmed to fit, not saved, or storage off. */
export function writeNotices(doc: Doc, result: WriteOutcome): StorageNotice[] {
  const out: StorageNotice[] = []
  if (result.trimmed) out.push(notice('quota-trimmed', doc.key, { label: doc.label }))
  if (result.error === 'quota') out.push(notice('quota-full', doc.key, { label: doc.label }))
  if (result.error === 'unavailable') {
    out.push(...readNotices(doc, { value: null, status: 'unavailable' }))
  }
  return out
}

/** `list` plus the notices in `more` it does not already show. */
export function withNotices(
  list: readonly StorageNotice[],
  more: readonly StorageNotice[],
): StorageNotice[] {
  const out = [...list]
  for (const n of more) if (!out.some((m) => m.id === n.id)) out.push(n)
  return out
}
