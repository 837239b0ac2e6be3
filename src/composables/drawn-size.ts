import { onMounted, onScopeDispose, shallowRef, type Ref } from 'vue'

/** An element's laid-out width and the size of its text, in CSS pixels. */
export interface DrawnSize {
  width: number
  em: number
}

/**
 * The width `target` is laid out at and its text size, followed as it is resized. For SVG charts
 * drawn in CSS pixels (a viewBox as wide as the chart is on screen): their text is then the page's
 * size on a phone as on a desktop, and grows with the reader's text size, where a fixed viewBox
 * shrank it on a phone and blew it up on a wide screen. `fallback` until the element is measured,
 * and where nothing is laid out (unit tests).
 */
export function useDrawnSize(
  target: Readonly<Ref<Element | null | undefined>>,
  fallback: DrawnSize,
): Readonly<Ref<DrawnSize>> {
  const size = shallowRef<DrawnSize>(fallback)
  const measure = () => {
    const el = target.value
    if (!el) return
    // Whole pixels: a fraction that changes with the drawing would redraw it for nothing.
    const width = Math.round(el.getBoundingClientRect().width)
    const em = parseFloat(getComputedStyle(el).fontSize)
    if (!(width > 0 && em > 0)) return
    if (width !== size.value.width || em !== size.value.em) size.value = { width, em }
  }
  let observer: ResizeObserver | undefined
  onMounted(() => {
    measure()
    if (typeof ResizeObserver !== 'function' || !target.value) return
    observer = new ResizeObserver(measure)
    observer.observe(target.value)
  })
  onScopeDispose(() => observer?.disconnect())
  return size
}
