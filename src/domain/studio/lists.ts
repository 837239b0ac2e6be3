/** Immutable list edits the editor's add, remove and reorder buttons (and keys) are made of. */

/** `list` with the item at `from` moved to `to` (both clamped to the list). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list]
  if (from < 0 || from >= out.length) return out
  const target = Math.max(0, Math.min(out.length - 1, to))
  const [item] = out.splice(from, 1)
  out.splice(target, 0, item as T)
  return out
}

/** `list` without the item at `index`. */
export function removeItem<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index)
}

/** `list` with `item` put at `index`. */
export function replaceItem<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((old, i) => (i === index ? item : old))
}

/** `list` with `item` inserted at `index` (the end by default). */
export function insertItem<T>(list: readonly T[], item: T, index = list.length): T[] {
  const out = [...list]
  out.splice(index, 0, item)
  return out
}
