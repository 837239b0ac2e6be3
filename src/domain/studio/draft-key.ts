/**
 * The key an editor draft is kept under. It says what the editor was opened on, so the draft comes
 * back when that editor opens again: a new set about an article, changes to a set of yours, a copy
 * of a set that comes with Passage, or a file just imported.
 */
export type DraftKind = 'new' | 'edit' | 'copy' | 'import'

export interface DraftKey {
  kind: DraftKind
  /** The article's id (new; empty before one is chosen), the set's id (edit, copy), or the
   * import's number. */
  of: string
}

/** `kind` and what it is of, as the key the draft is stored under. */
export function draftKeyOf(kind: DraftKind, of: string): string {
  return `${kind}:${of}`
}

/** What a stored key says, or null for a key this app did not write. */
export function readDraftKey(key: string): DraftKey | null {
  const found = /^(new|edit|copy|import):(.*)$/s.exec(key)
  return found ? { kind: found[1] as DraftKind, of: found[2]! } : null
}
