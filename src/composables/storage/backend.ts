/**
 * What the door needs from a Storage, and how to get the browser's without crashing: in private
 * modes, with storage disabled or in a sandboxed frame, merely reading `window.localStorage`
 * throws a SecurityError, and some browsers throw on every write.
 */

/** The part of the Web Storage API the door uses; tests pass a Map-backed stub. */
export type StorageBackend = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>

/**
 * The browser's localStorage (or this tab's sessionStorage), or null when there is none or
 * touching it throws.
 */
export function browserStorage(
  kind: 'localStorage' | 'sessionStorage' = 'localStorage',
): StorageBackend | null {
  try {
    return typeof window === 'undefined' ? null : window[kind]
  } catch {
    return null
  }
}

/** Whether an error from setItem means "storage is full" (names differ by browser). */
export function isQuotaError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false
  const { name, code } = e as { name?: unknown; code?: unknown }
  return (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014
  )
}
