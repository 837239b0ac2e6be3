/**
 * Undo and redo for an editing session. Every change records the new document; typing into one
 * field is one step however many keys it took (changes with the same `group` less than
 * `MERGE_MS` apart replace the last step instead of adding one). Time comes in as an argument.
 */

export interface History<T> {
  past: readonly T[]
  present: T
  future: readonly T[]
  /** The field the last change was typed into, or null when it was a one-off action. */
  group: string | null
  /** When the last change was recorded, in ms. */
  at: number
}

/** Changes to the same field closer than this are one undo step. */
export const MERGE_MS = 1000
/** Steps kept; the oldest go first. */
export const HISTORY_LIMIT = 200

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], group: null, at: -Infinity }
}

/** `next` as the new present; `group` names the field being typed into (null for actions). */
export function record<T>(h: History<T>, next: T, group: string | null, now: number): History<T> {
  if (next === h.present) return h
  if (group !== null && group === h.group && now - h.at < MERGE_MS)
    return { ...h, present: next, future: [], at: now }
  const past = [...h.past, h.present].slice(-HISTORY_LIMIT)
  return { past, present: next, future: [], group, at: now }
}

export function undo<T>(h: History<T>): History<T> {
  const previous = h.past[h.past.length - 1]
  if (h.past.length === 0) return h
  return {
    past: h.past.slice(0, -1),
    present: previous as T,
    future: [h.present, ...h.future],
    group: null,
    at: -Infinity,
  }
}

export function redo<T>(h: History<T>): History<T> {
  if (h.future.length === 0) return h
  const [next, ...future] = h.future
  return { past: [...h.past, h.present], present: next as T, future, group: null, at: -Infinity }
}
