import { onScopeDispose, watch, type Ref } from 'vue'

/**
 * Keeps `--sticky-top` on the page's root at the height of a bar that sticks to the top of the
 * window (0 while `sticks()` is false), for as long as the caller is mounted. The page's
 * `scroll-padding-top` and other sticky panels read it, so a control the keyboard moves to is
 * scrolled into view below the bar, not under it, and a panel stops under the bar.
 */
export function useStickyOffset(
  bar: Readonly<Ref<HTMLElement | undefined>>,
  sticks: () => boolean,
): void {
  const root = document.documentElement
  const set = () => {
    const height = sticks() ? (bar.value?.offsetHeight ?? 0) : 0
    root.style.setProperty('--sticky-top', `${height}px`)
  }
  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(set) : undefined
  watch(
    [bar, sticks],
    ([el], [before]) => {
      if (before && before !== el) observer?.unobserve(before)
      if (el) observer?.observe(el)
      set()
    },
    { immediate: true, flush: 'post' },
  )
  onScopeDispose(() => {
    observer?.disconnect()
    root.style.removeProperty('--sticky-top')
  })
}
