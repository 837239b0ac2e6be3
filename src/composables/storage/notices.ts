/**
 * What the user is told about storage, in their words. Stores turn read and update results into
 * notices with these helpers, so every document reports the same way and the UI shows one list.
 */
import type { DocSpec, ReadResult, UpdateError, UpdateResult } from './door.ts'

export type NoticeKind =
  'quarantined' | 'newer' | 'unavailable' | 'quota-trimmed' | 'quota-full' | 'migrated'

export interface StorageNotice {
  /** Stable per kind and key: a repeated problem shows once, and `dismiss(id)` removes it. */
  id: string
  kind: NoticeKind
  /**
   * quarantined: the quarantine key to download or discard; otherwise the document's key
   * (none for 'unavailable', which concerns every document).
   */
  key?: string
  message: string
}

type Doc = Pick<DocSpec<unknown>, 'key' | 'label' | 'whenSetAside'>

/** How a write ended, as far as the user is concerned. */
export interface WriteOutcome {
  /** Storage was full and older detail was dropped to make room. */
  trimmed: boolean
  error?: UpdateError
}

function notice(kind: NoticeKind, key: string, message: string): StorageNotice {
  return { id: `${kind}:${key}`, kind, key, message }
}

/** The notices a read calls for: set aside, newer, unavailable or migrated. */
export function readNotices(doc: Doc, read: ReadResult<unknown>): StorageNotice[] {
  switch (read.status) {
    case 'quarantined': {
      const key = read.quarantineKey ?? doc.key
      const why = read.reason ? ` (${read.reason})` : ''
      return [
        notice(
          'quarantined',
          key,
          read.quarantineStored === false
            ? `Your saved ${doc.label} could not be read${why}, and storage is too full to set it aside. It is kept until you close this tab: download it, or discard it so Passage can save again.`
            : `Your saved ${doc.label} could not be read${why}, so Passage set it aside and ${doc.whenSetAside ?? 'started fresh'}. Download it to keep a copy, or discard it.`,
        ),
      ]
    }
    case 'newer':
      return [
        notice(
          'newer',
          doc.key,
          `Your ${doc.label} was saved by a newer version of Passage (version ${read.version}). It is left untouched and this version will not save changes to it; update Passage to carry on.`,
        ),
      ]
    case 'unavailable':
      // One notice whichever document hit it: storage is off for all of them at once.
      return [
        {
          id: 'unavailable',
          kind: 'unavailable',
          message:
            'This browser is not letting Passage save anything (private browsing, or storage turned off). Your progress and settings will not be saved after you close this tab: download a backup to keep your progress.',
        },
      ]
    case 'migrated':
      return [
        notice(
          'migrated',
          doc.key,
          `Your ${doc.label} was updated from an older version of Passage (version ${read.migratedFrom}); nothing was lost.`,
        ),
      ]
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
  if (result.trimmed) {
    out.push(
      notice(
        'quota-trimmed',
        doc.key,
        'Storage is full, so Passage removed the answers of your oldest attempts; every score and statistic is kept. Download a backup to keep everything.',
      ),
    )
  }
  if (result.error === 'quota') {
    out.push(
      notice(
        'quota-full',
        doc.key,
        `Storage is full and your ${doc.label} could not be saved. It is kept until you close this tab: download a backup now.`,
      ),
    )
  }
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
