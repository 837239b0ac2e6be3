/**
 * Which set record a set was copied from, and which of its cards the copy changed. Answering a
 * card copies its set (documents are values nobody changes), and the index uses this to swap the
 * changed cards into the cards it decoded for the original, instead of walking every card again.
 */
import type { SetCards } from './schema.ts'

export interface Lineage {
  from: SetCards
  /** Question ids whose text the copy changed or added. */
  changed: Set<string>
}

const lineage = new WeakMap<SetCards, Lineage>()

/** A copy of `from` to change; say which cards change with `changedIn`. */
export function copySet(from: SetCards): SetCards {
  const copy = { ...from }
  lineage.set(copy, { from, changed: new Set() })
  return copy
}

/** Notes that `copy` (from `copySet`) changed the card of `qid`. */
export function changedIn(copy: SetCards, qid: string): void {
  lineage.get(copy)?.changed.add(qid)
}

/** Where `set` was copied from, if this run of the app copied it. */
export function lineageOf(set: SetCards): Lineage | undefined {
  return lineage.get(set)
}
