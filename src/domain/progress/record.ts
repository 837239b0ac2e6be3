/**
 * Adding attempts and keeping the document bounded. Every function returns a new document and
 * leaves its input untouched. Summaries are never removed, so trimming detail never changes an
 * aggregate.
 */
import {
  compareText,
  encodeAttempt,
  newestFirst,
  finishedAtOf,
  hasDetail,
  withoutDetail,
  type Attempt,
} from './codec.ts'
import { DEFAULT_LIMITS, type ProgressDoc, type ProgressLimits, type SetRecord } from './schema.ts'

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

function withSet(doc: ProgressDoc, setId: string, set: SetRecord): ProgressDoc {
  return { ...doc, sets: { ...doc.sets, [setId]: set } }
}

/** A set with detail kept only for its `keep` most recent attempts. */
function trimSet(set: SetRecord, keep: number): SetRecord {
  const detailed = Object.entries(set.attempts)
    .filter(([, text]) => hasDetail(text))
    .map(([id, text]) => ({ id, text, finishedAt: finishedAtOf(text) }))
  if (detailed.length <= keep) return set
  const attempts = { ...set.attempts }
  for (const { id, text } of detailed.sort(newestFirst).slice(Math.max(0, keep))) {
    attempts[id] = withoutDetail(text)
  }
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
  return withSet(doc, attempt.setId, trimSet({ lists, attempts }, limits.detailPerSet))
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
  const detailed: { setId: string; id: string; text: string; finishedAt: number }[] = []
  for (const [setId, set] of Object.entries(doc.sets)) {
    for (const [id, text] of Object.entries(set.attempts)) {
      if (hasDetail(text)) detailed.push({ setId, id, text, finishedAt: finishedAtOf(text) })
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
