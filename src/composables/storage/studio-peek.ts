/**
 * A look into the teacher's IndexedDB without loading the door (`studio-db.ts`, with `idb` and
 * the validator): most people never write a set, and their library should not pay for reading
 * one. Also the channel other tabs announce changes on.
 */

export const STUDIO_DB_NAME = 'passage-studio'
export const STUDIO_CHANNEL = 'passage-studio'

/**
 * true when a set or article is stored, or a record set aside to be told of; false when none is;
 * null when there is no IndexedDB.
 */
export function studioHasRecords(): Promise<boolean | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest
    try {
      if (typeof indexedDB === 'undefined') return resolve(null)
      request = indexedDB.open(STUDIO_DB_NAME)
    } catch {
      return resolve(null)
    }
    // No database yet: abort, so that merely looking does not create an empty one.
    request.onupgradeneeded = () => request.transaction?.abort()
    request.onerror = () => resolve(request.error?.name === 'AbortError' ? false : null)
    request.onsuccess = () => {
      const db = request.result
      const stores = ['sets', 'articles', 'quarantine'].filter((s) =>
        db.objectStoreNames.contains(s),
      )
      if (stores.length === 0) {
        db.close()
        return resolve(false)
      }
      try {
        const tx = db.transaction(stores, 'readonly')
        const counts = stores.map((s) => tx.objectStore(s).count())
        tx.oncomplete = () => {
          db.close()
          resolve(counts.some((c) => c.result > 0))
        }
        tx.onerror = tx.onabort = () => {
          db.close()
          resolve(null)
        }
      } catch {
        db.close()
        resolve(null)
      }
    }
  })
}

/** Calls `cb` when another tab changes the teacher's sets; returns the unsubscribe. */
export function onStudioChange(cb: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {}
  const channel = new BroadcastChannel(STUDIO_CHANNEL)
  channel.onmessage = () => cb()
  return () => channel.close()
}
