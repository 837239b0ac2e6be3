import { onScopeDispose, ref } from 'vue'

/**
 * Which items of a folded list (the review's questions) are open, by id: the student opens one,
 * or all of those on screen at once. With `onPaper`, the items it names print open (paper has
 * nothing to click: folded, a printed review was its questions without their answers), and the
 * screen's folds come back once printing is done.
 */
export function useFolds(onPaper?: () => readonly string[]) {
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
  if (onPaper && typeof window !== 'undefined') {
    let onScreen: ReadonlySet<string> | undefined
    const print = () => {
      onScreen ??= opened.value
      opened.value = new Set([...opened.value, ...onPaper()])
    }
    const printed = () => {
      if (onScreen) opened.value = onScreen
      onScreen = undefined
    }
    window.addEventListener('beforeprint', print)
    window.addEventListener('afterprint', printed)
    onScopeDispose(() => {
      window.removeEventListener('beforeprint', print)
      window.removeEventListener('afterprint', printed)
    })
  }
  return { opened, toggle, setAll }
}
