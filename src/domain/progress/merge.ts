/**
 * Merging two progress documents, e.g. what another tab just saved and what this tab is about to
 * save, or a restored backup. Attempts are the unit: the result holds every attempt of either
 * side once, by id, and aggregates are computed from attempts, so nothing is counted twice.
 * merge(a, b) equals merge(b, a) and merge(a, a) equals a (as values; key order may differ).
 */
import { compareText } from './codec.ts'
import { preferredText } from './record.ts'
import { PROGRESS_VERSION, type ProgressDoc, type SetRecord } from './schema.ts'

function union<T>(
  a: Readonly<Record<string, T>>,
  b: Readonly<Record<string, T>>,
  pick: (x: T, y: T) => T,
): Record<string, T> {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort(compareText)
  const out: Record<string, T> = {}
  for (const key of keys) {
    const x = Object.hasOwn(a, key) ? a[key] : undefined
    const y = Object.hasOwn(b, key) ? b[key] : undefined
    out[key] = (x === undefined ? y : y === undefined ? x : pick(x, y)) as T
  }
  return out
}

// Two lists under one key are the same list unless a 48-bit hash collided; pick one either way.
function pickList(x: string[], y: string[]): string[] {
  return compareText(x.join('\n'), y.join('\n')) >= 0 ? x : y
}

function mergeSets(x: SetRecord, y: SetRecord): SetRecord {
  return {
    lists: union(x.lists, y.lists, pickList),
    attempts: union(x.attempts, y.attempts, preferredText),
  }
}

/** Every attempt of either document once; an attempt kept with detail on one side keeps it. */
export function merge(a: ProgressDoc, b: ProgressDoc): ProgressDoc {
  return { schemaVersion: PROGRESS_VERSION, sets: union(a.sets, b.sets, mergeSets) }
}
