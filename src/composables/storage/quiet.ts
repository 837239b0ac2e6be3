/**
 * Storage a page keeps for itself (a tab's handover, a form as typed), where a refusal is not
 * reported: no storage, storage off or full reads as nothing kept and writes as nothing changed.
 * Not in backend.ts, which the first page loads: the pages that use these are lazy (the quiz's
 * finished-quiz.ts, on the first page, keeps its own try for the same reason).
 */
import type { StorageBackend } from './backend.ts'

/**
 * What `storage` holds under `key`, or null when there is no storage or it refuses to be read.
 */
export function readItem(storage: StorageBackend | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null
  } catch {
    return null
  }
}

/**
 * Keeps `text` under `key`, unless the storage is missing, full or off: then nothing changes.
 * Whether it was kept.
 */
export function writeItem(storage: StorageBackend | null, key: string, text: string): boolean {
  if (!storage) return false
  try {
    storage.setItem(key, text)
    return true
  } catch {
    // Refused: what was there before stays, and the caller's other copy is all there is.
    return false
  }
}

/** Removes `key`, unless there is no storage or it refuses. */
export function removeItem(storage: StorageBackend | null, key: string): void {
  try {
    storage?.removeItem(key)
  } catch {
    // Nothing kept, nothing to remove.
  }
}
