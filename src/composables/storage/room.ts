/**
 * When a save storage refused may fit now: the student freed room somewhere else and came back
 * to this tab (it is shown again), or another tab changed storage (erased, discarded, saved).
 * Stores holding what storage refused try again then, rather than only at their next save.
 */

/** Calls `retry` whenever storage may have room again; returns the stop. */
export function onRoomMaybe(retry: () => void): () => void {
  if (typeof window === 'undefined') return () => {}
  const onShown = () => {
    if (document.visibilityState === 'visible') retry()
  }
  document.addEventListener('visibilitychange', onShown)
  window.addEventListener('storage', retry)
  return () => {
    document.removeEventListener('visibilitychange', onShown)
    window.removeEventListener('storage', retry)
  }
}
