/**
 * The editor's draft as a page goes (a reload, a closed tab) with its last change not yet in
 * IndexedDB: a write started then does not finish, so the draft is handed over in this tab's
 * sessionStorage, synchronously, and the editor opened next in the tab takes it. Read back as
 * untrusted, like every stored record; anything unreadable is dropped (the IndexedDB draft stays).
 */
import { browserStorage, type StorageBackend } from '../storage/backend.ts'
import { readItem, removeItem, writeItem } from '../storage/quiet.ts'
import { parseDraftRecord, recordText, type DraftRecord } from '../../domain/studio/records.ts'

const PREFIX = 'passage:studio-draft-handoff:'

export function handOverDraft(
  key: string,
  record: DraftRecord,
  storage: StorageBackend | null = browserStorage('sessionStorage'),
): void {
  // Storage full or off: the write to IndexedDB started beside it is all there is.
  writeItem(storage, PREFIX + key, recordText(record))
}

/** The draft handed over for `key`, once: it is removed as it is read. */
export function takeHandedOverDraft(
  key: string,
  storage: StorageBackend | null = browserStorage('sessionStorage'),
): DraftRecord | undefined {
  const text = readItem(storage, PREFIX + key)
  if (text === null) return undefined
  removeItem(storage, PREFIX + key)
  try {
    const parsed = parseDraftRecord(text)
    return parsed.status === 'ok' ? parsed.doc : undefined
  } catch {
    return undefined
  }
}
