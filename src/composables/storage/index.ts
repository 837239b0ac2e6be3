/**
 * The app's storage door. Stores and composables get it here rather than creating their own, so
 * a test can swap in a door over a stub storage (`setStorageDoor`) before creating a store.
 */
import { createStorageDoor, type StorageDoor } from './door.ts'

let current: StorageDoor | undefined

/** The storage door in use (over the browser's localStorage unless a test set another). */
export function useStorageDoor(): StorageDoor {
  current ??= createStorageDoor()
  return current
}

/** Replaces the door stores will use from now on; undefined goes back to the browser's. */
export function setStorageDoor(door: StorageDoor | undefined): void {
  current = door
}
