import { onScopeDispose, onUpdated, readonly, ref, watch, type Ref } from 'vue'

/** Whether an element sticks, by its computed position (a media query or a class may change it). */
export const isSticky = (el: HTMLElement): boolean => getComputedStyle(el).position === 'sticky'

/**
 * Keeps a CSS variable on the page's root (`--sticky-top`, `--sticky-bottom`) at the height of a
 * bar while it sticks to that edge of the window, and removes it while it does not or once the
 * caller is gone. The page's `scroll-padding-*` reads it, so what the keyboard or a moved focus
 * goes to is scrolled into view beside the bar, not under it, whatever its height: the practice
 * buttons take two rows on a 320 px phone or at a large text size, the studio's toolbar wraps.
 *
 * `sticks` is read again whenever what it reads changes (it may be reactive, like a media query).
 * With `everyUpdate`, the caller's own updates measure too: a ResizeObserver reports after the
 * frame's layout, too late for focus moved in the same update as the bar changed (the verdict
 * after "Check answer"). Leave it off where updates are many and the bar's size rarely changes
 * with them (an editor's every keystroke).
 *
 * With `coverAtMost`, the ref returned says whether the bar takes more than that share of the
 * window's height, kept up to date as the bar changes size and as the window is resized: a bar
 * that sticks should not cover what it sticks over (at 200 % text on a 320 × 568 phone the
 * practice buttons, two rows of two lines each, took 60 % of the screen). Without it, never.
 */
export function useStickyBar(
  bar: Readonly<Ref<HTMLElement | undefined>>,
  variable: '--sticky-top' | '--sticky-bottom',
  {
    sticks = isSticky,
    everyUpdate = false,
    coverAtMost,
  }: { sticks?: (el: HTMLElement) => boolean; everyUpdate?: boolean; coverAtMost?: number } = {},
): Readonly<Ref<boolean>> {
  const root = document.documentElement
  const tooTall = ref(false)
  const set = () => {
    const el = bar.value
    if (coverAtMost !== undefined)
      tooTall.value = !!el && el.offsetHeight > coverAtMost * window.innerHeight
    if (el && sticks(el)) root.style.setProperty(variable, `${el.offsetHeight}px`)
    else root.style.removeProperty(variable)
  }
  // The bar changes height as it starts or stops sticking (its padding) and with its contents.
  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(set) : undefined
  if (everyUpdate) onUpdated(set)
  watch(
    [bar, () => (bar.value ? sticks(bar.value) : false)],
    ([el], [before]) => {
      if (before && before !== el) observer?.unobserve(before)
      if (el) observer?.observe(el)
      set()
    },
    { immediate: true, flush: 'post' },
  )
  // The window's height counts too, where the bar's share of it does.
  if (coverAtMost !== undefined) window.addEventListener('resize', set)
  onScopeDispose(() => {
    observer?.disconnect()
    window.removeEventListener('resize', set)
    root.style.removeProperty(variable)
  })
  return readonly(tooTall)
}
