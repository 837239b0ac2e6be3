/**
 * Adding attempts and keeping the document bounded. Every function returns a new document and
 * leaves its input untouched. Summaries are never removed, so trimming detail never changes an
 * aggregate.
 */
import {
  compareText,
  encodeAttempt,
  newestFirst,
  timesOf,
  hasDetail,
  withoutDetail,
  type Attempt,
} from './codec.ts'
import { mergeInto, preferredText } from './merge.ts'
import { DEFAULT_LIMITS, type ProgressDoc, type ProgressLimits, type SetRecord } from './schema.ts'

function withSet(doc: ProgressDoc, setId: string, set: SetRecord): ProgressDoc {
  return { ...doc, sets: { ...doc.sets, [setId]: set } }
}

/**
 * The ids of the detailed attempts beyond the `keep` most recent. Counting comes first and
 * allocates nothing, and only detailed attempts are ordered, so adding one attempt to a set costs
 * a scan of its texts plus the limit, not a sort of its whole history.
 */
function beyondLimit(attempts: Readonly<Record<string, string>>, keep: number): string[] {
  let count = 0
  for (const id in attempts) if (hasDetail(attempts[id] as string)) count++
  if (count <= keep) return []
  const detailed: { id: string; startedAt: number; finishedAt: number }[] = []
  for (const id in attempts) {
    const text = attempts[id] as string
    if (hasDetail(text)) detailed.push({ id, ...timesOf(text) })
  }
  return detailed
    .sort(newestFirst)
    .slice(Math.max(0, keep))
    .map((d) => d.id)
}

/** Drops the detail of `ids` from `attempts`, an object this module just made. */
function dropDetail(attempts: Record<string, string>, ids: readonly string[]): void {
  for (const id of ids) attempts[id] = withoutDetail(attempts[id] as string)
}

/** A set with detail kept only for its `keep` most recent attempts. */
function trimSet(set: SetRecord, keep: number): SetRecord {
  const drop = beyondLimit(set.attempts, keep)
  if (drop.length === 0) return set
  const attempts = { ...set.attempts }
  dropDetail(attempts, drop)
  return { ...set, attempts }
}

/** Adds an attempt (an id already present is kept once) and trims its set's detail to the limit. */
export function recordAttempt(
  doc: ProgressDoc,
  attempt: Attempt,
  limits: ProgressLimits = DEFAULT_LIMITS,
): ProgressDoc {
  const { key, list, text } = encodeAttempt(attempt)
  const set = Object.hasOwn(doc.sets, attempt.setId)
    ? (doc.sets[attempt.setId] as SetRecord)
    : { lists: {}, attempts: {} }
  const known = Object.hasOwn(set.attempts, attempt.id) ? set.attempts[attempt.id] : undefined
  const lists =
    key === '' || Object.hasOwn(set.lists, key) ? set.lists : { ...set.lists, [key]: list }
  const attempts = {
    ...set.attempts,
    [attempt.id]: known === undefined ? text : preferredText(known, text),
  }
  dropDetail(attempts, beyondLimit(attempts, limits.detailPerSet))
  return withSet(doc, attempt.setId, { lists, attempts })
}

/**
 * Every attempt of `more` added to `doc` as `recordAttempt` adds one (an id already present is
 * kept once, as `merge` keeps it) and the detail of each set it added to trimmed to the limit.
 * Costs the size of `more` and of those sets, not of `doc`; returns `doc` when nothing is new.
 */
export function recordAll(
  doc: ProgressDoc,
  more: ProgressDoc,
  limits: ProgressLimits = DEFAULT_LIMITS,
): ProgressDoc {
  const merged = mergeInto(doc, more)
  let out = merged
  for (const setId of Object.keys(more.sets)) {
    const set = merged.sets[setId] as SetRecord
    if (Object.hasOwn(doc.sets, setId) && doc.sets[setId] === set) continue
    const trimmed = trimSet(set, limits.detailPerSet)
    if (trimmed !== set) out = withSet(out, setId, trimmed)
  }
  return out
}

/** Every set's detail trimmed to the limit, e.g. after a restore merged in more. */
export function trimDetail(doc: ProgressDoc, limits: ProgressLimits = DEFAULT_LIMITS): ProgressDoc {
  let out = doc
  for (const [setId, set] of Object.entries(doc.sets)) {
    const trimmed = trimSet(set, limits.detailPerSet)
    if (trimmed !== set) out = withSet(out, setId, trimmed)
  }
  return out
}

/**
 * A smaller document for when storage is full: drops the detail of the oldest quarter of the
 * attempts that still have it (at least one), across all sets, and keeps every summary. Returns
 * `doc` itself when no detail is left, so a caller retrying in a loop knows to stop.
 */
export function trimForQuota(doc: ProgressDoc): ProgressDoc {
  const detailed: {
    setId: string
    id: string
    text: string
    startedAt: number
    finishedAt: number
  }[] = []
  for (const [setId, set] of Object.entries(doc.sets)) {
    for (const [id, text] of Object.entries(set.attempts)) {
      if (hasDetail(text)) detailed.push({ setId, id, text, ...timesOf(text) })
    }
  }
  if (detailed.length === 0) return doc
  // Oldest first; the set id settles an id used in two sets.
  detailed.sort((a, b) => newestFirst(b, a) || compareText(a.setId, b.setId))
  const drop = new Map<string, Record<string, string>>()
  for (const { setId, id, text } of detailed.slice(0, Math.ceil(detailed.length / 4))) {
    const trimmed = drop.get(setId) ?? {}
    trimmed[id] = withoutDetail(text)
    drop.set(setId, trimmed)
  }
  const sets = { ...doc.sets }
  for (const [setId, trimmed] of drop) {
    const set = sets[setId] as SetRecord
    sets[setId] = { ...set, attempts: { ...set.attempts, ...trimmed } }
  }
  return { ...doc, sets }
}
