import { ref } from 'vue'

/**
 * Which items of a folded list (the review's questions) are open, by id: the student opens one,
 * or all of those on screen at once.
 */
export function useFolds() {
  const opened = ref<ReadonlySet<string>>(new Set())
  /** Records an item opened or closed (a <details> toggle event). */
  function toggle(id: string, open: boolean) {
    if (open === opened.value.has(id)) return
    const next = new Set(opened.value)
    if (open) next.add(id)
    else next.delete(id)
    opened.value = next
  }
  /** Opens exactly `ids`, or closes everything when `open` is false. */
  function setAll(open: boolean, ids: readonly string[]) {
    opened.value = new Set(open ? ids : [])
  }
  return { opened, toggle, setAll }
}
