/**
 * Merging two progress documents, e.g. what another tab just saved and what this tab is about to
 * save, or a restored backup. Attempts are the unit: the result holds every attempt of either
 * side once, by id, and aggregates are computed from attempts, so nothing is counted twice.
 * merge(a, b) equals merge(b, a) and merge(a, a) equals a (as values; key order may differ).
 * `mergeInto` gives the same value at the cost of its small side only, and `withoutAttempts` is
 * its inverse for the journal: what is left of it once its attempts are in the archive.
 */
import { compareText, hasDetail, listKeyOf, withoutDetail } from './codec.ts'
import { PROGRESS_VERSION, type ProgressDoc, type SetRecord } from './schema.ts'
import { attemptCount } from './stats.ts'

/**
 * Which of two stored texts of one attempt id to keep: the one with detail, then the larger.
 * A total order, so keeping the preferred one is commutative, associative and idempotent.
 */
export function preferredText(a: string, b: string): string {
  if (a === b) return a
  const da = hasDetail(a)
  if (da !== hasDetail(b)) return da ? a : b
  return compareText(a, b) >= 0 ? a : b
}

// Two lists under one key are the same list unless a 48-bit hash collided; pick one either way.
function pickList(x: string[], y: string[]): string[] {
  if (x === y) return x
  return compareText(x.join('\n'), y.join('\n')) >= 0 ? x : y
}

function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined
}

function union<T>(
  a: Readonly<Record<string, T>>,
  b: Readonly<Record<string, T>>,
  pick: (x: T, y: T) => T,
): Record<string, T> {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort(compareText)
  const out: Record<string, T> = {}
  for (const key of keys) {
    const x = own(a, key)
    const y = own(b, key)
    out[key] = (x === undefined ? y : y === undefined ? x : pick(x, y)) as T
  }
  return out
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

/** `base` with the entries of `extra` picked in; `base` itself when none changes it. */
function fold<T>(
  base: Readonly<Record<string, T>>,
  extra: Readonly<Record<string, T>>,
  pick: (x: T, y: T) => T,
): Readonly<Record<string, T>> {
  let out: Record<string, T> | undefined
  for (const [key, y] of Object.entries(extra)) {
    const x = own(base, key)
    const kept = x === undefined ? y : pick(x, y)
    if (kept !== x) (out ??= { ...base })[key] = kept
  }
  return out ?? base
}

function foldSet(base: SetRecord, extra: SetRecord): SetRecord {
  const lists = fold(base.lists, extra.lists, pickList)
  const attempts = fold(base.attempts, extra.attempts, preferredText)
  return lists === base.lists && attempts === base.attempts ? base : { lists, attempts }
}

/**
 * merge(base, extra) as a value, at the cost of `extra` and of the sets of `base` it adds to
 * rather than of all of `base`: how a small journal joins a long history. Returns `base` itself
 * when `extra` adds nothing to it.
 */
export function mergeInto(base: ProgressDoc, extra: ProgressDoc): ProgressDoc {
  const sets = fold(base.sets, extra.sets, foldSet)
  return sets === base.sets ? base : { schemaVersion: PROGRESS_VERSION, sets }
}

/**
 * `doc` without the attempts `of` holds (same set, same id), and without the question lists and
 * sets that leaves unused: the journal once its attempts are in the archive. Any attempt `of`
 * does not hold stays, so an attempt another tab added meanwhile survives compaction.
 */
export function withoutAttempts(doc: ProgressDoc, of: ProgressDoc): ProgressDoc {
  const sets: Record<string, SetRecord> = {}
  let changed = false
  for (const [setId, set] of Object.entries(doc.sets)) {
    const gone = own(of.sets, setId)
    const kept = gone
      ? Object.entries(set.attempts).filter(([id]) => !Object.hasOwn(gone.attempts, id))
      : undefined
    if (kept === undefined || kept.length === Object.keys(set.attempts).length) {
      sets[setId] = set
      continue
    }
    changed = true
    if (kept.length === 0) continue
    const used = new Set(kept.map(([, text]) => listKeyOf(text)))
    sets[setId] = {
      lists: Object.fromEntries(Object.entries(set.lists).filter(([key]) => used.has(key))),
      attempts: Object.fromEntries(kept),
    }
  }
  return changed ? { schemaVersion: PROGRESS_VERSION, sets } : doc
}

/** What restoring a backup would do to the history already here. */
export interface RestorePlan {
  /** The backup's attempts that are not here yet, with the question lists they need: all a
   * restore adds. */
  add: ProgressDoc
  /** Attempts of the backup already here with the same results (ours are kept as they are). */
  known: number
  /** Attempts of the backup whose id is already here but whose results differ, or whose question
   * list clashes with one here: never applied, so a restore cannot rewrite history. */
  conflicts: ProgressDoc
  /** Attempts here the backup has none of (by set and id): they stay as they are. */
  onlyHere: number
}

function sameList(x: readonly string[] | undefined, y: readonly string[] | undefined): boolean {
  return (
    x !== undefined && y !== undefined && x.length === y.length && x.every((q, i) => q === y[i])
  )
}

/**
 * Splits `incoming` (a backup) into what is new here, what is already here and what clashes
 * with an attempt here. Unlike `merge`, which joins copies of one history, a restore never
 * changes an attempt already present: a copy with the same id and the same summary is the same
 * attempt (ours is kept, with or without its detail), any other copy is a conflict.
 */
export function planRestore(current: ProgressDoc, incoming: ProgressDoc): RestorePlan {
  const add: Record<string, SetRecord> = {}
  const conflicts: Record<string, SetRecord> = {}
  let known = 0
  // The backup's attempts that are here too, known or not: the rest of ours are only here.
  let both = 0
  const put = (into: Record<string, SetRecord>, setId: string, id: string, text: string) => {
    const from = incoming.sets[setId] as SetRecord
    const set = (into[setId] ??= { lists: {}, attempts: {} })
    set.attempts[id] = text
    const key = listKeyOf(text)
    if (key !== '' && Object.hasOwn(from.lists, key)) set.lists[key] = from.lists[key] as string[]
  }
  for (const [setId, set] of Object.entries(incoming.sets)) {
    const here = own(current.sets, setId)
    for (const [id, text] of Object.entries(set.attempts)) {
      const key = listKeyOf(text)
      const ourList = here && key !== '' ? own(here.lists, key) : undefined
      const listClash = ourList !== undefined && !sameList(ourList, own(set.lists, key))
      const ours = here ? own(here.attempts, id) : undefined
      if (ours !== undefined) both++
      if (ours === undefined) {
        put(listClash ? conflicts : add, setId, id, text)
      } else if (!listClash && withoutDetail(ours) === withoutDetail(text)) {
        known++
      } else {
        put(conflicts, setId, id, text)
      }
    }
  }
  return {
    add: { schemaVersion: PROGRESS_VERSION, sets: add },
    known,
    conflicts: { schemaVersion: PROGRESS_VERSION, sets: conflicts },
    onlyHere: attemptCount(current) - both,
  }
}
