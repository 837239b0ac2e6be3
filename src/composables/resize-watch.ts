import { onBeforeUnmount } from 'vue'

/**
 * Calls `measure` whenever one of `elements()` is resized, and returns `observe`, which measures
 * now and watches the elements `elements()` gives now (call it once mounted, and after each update
 * that may have changed them). Without ResizeObserver (unit tests), `observe` only measures.
 */
export function useResizeWatch(
  elements: () => Iterable<Element | null | undefined>,
  measure: () => void,
): () => void {
  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : undefined
  onBeforeUnmount(() => observer?.disconnect())
  return () => {
    observer?.disconnect()
    for (const el of elements()) if (el) observer?.observe(el)
    measure()
  }
}
