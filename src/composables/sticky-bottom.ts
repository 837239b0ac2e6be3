import { onScopeDispose, onUpdated, watch, type Ref } from 'vue'

/**
 * For a component's bar: keeps `--sticky-bottom` on the page's root at the height of `bar` while
 * it sticks to the bottom of the window (its computed position is sticky), and removes it
 * otherwise or once the caller is gone. The page's `scroll-padding-bottom` reads it, so what focus moves to (the verdict after a
 * check) is scrolled into view above the bar, not under it, whatever the bar's height: on a
 * 320 px phone, or at a large text size, its buttons take two rows.
 */
export function useStickyBottom(bar: Readonly<Ref<HTMLElement | undefined>>): void {
  const root = document.documentElement
  const set = () => {
    const el = bar.value
    if (el && getComputedStyle(el).position === 'sticky')
      root.style.setProperty('--sticky-bottom', `${el.offsetHeight}px`)
    else root.style.removeProperty('--sticky-bottom')
  }
  // The bar changes height when it starts or stops sticking (its padding) and with its buttons.
  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(set) : undefined
  // A resize is reported after the frame's layout, too late for a focus moved as the bar changed
  // (the verdict after "Check answer"): the caller's own updates measure it before that.
  onUpdated(set)
  watch(
    bar,
    (el, before) => {
      if (before) observer?.unobserve(before)
      if (el) observer?.observe(el)
      set()
    },
    { immediate: true, flush: 'post' },
  )
  onScopeDispose(() => {
    observer?.disconnect()
    root.style.removeProperty('--sticky-bottom')
  })
}
