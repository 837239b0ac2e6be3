/**
 * The editor's draft as a page goes (a reload, a closed tab) with its last change not yet in
 * IndexedDB: a write started then does not finish, so the draft is handed over in this tab's
 * sessionStorage, synchronously, and the editor opened next in the tab takes it. Read back as
 * untrusted, like every stored record; anything unreadable is dropped (the IndexedDB draft stays).
 */
import { browserStorage, type StorageBackend } from '../storage/backend.ts'
import { parseDraftRecord, recordText, type DraftRecord } from '../../domain/studio/records.ts'

const PREFIX = 'passage:studio-draft-handoff:'

export function handOverDraft(
  key: string,
  record: DraftRecord,
  storage: StorageBackend | null = browserStorage('sessionStorage'),
): void {
  try {
    storage?.setItem(PREFIX + key, recordText(record))
  } catch {
    // Storage full or off: the write to IndexedDB started beside it is all there is.
  }
}

/** The draft handed over for `key`, once: it is removed as it is read. */
export function takeHandedOverDraft(
  key: string,
  storage: StorageBackend | null = browserStorage('sessionStorage'),
): DraftRecord | undefined {
  try {
    const text = storage?.getItem(PREFIX + key)
    if (text == null) return undefined
    storage?.removeItem(PREFIX + key)
    const parsed = parseDraftRecord(text)
    return parsed.status === 'ok' ? parsed.doc : undefined
  } catch {
    return undefined
  }
}
