import { markRaw, shallowRef, type Component, type ShallowRef } from 'vue'

/**
 * A component fetched after the page is drawn, for extras the first load must not wait for (the
 * review counts); null until it arrives, and it stays null if it cannot be fetched (offline).
 * Lighter than defineAsyncComponent, which the first load would otherwise carry.
 */
export function useLazyComponent(
  load: () => Promise<{ default: Component }>,
): ShallowRef<Component | null> {
  const component = shallowRef<Component | null>(null)
  load().then(
    (m) => (component.value = markRaw(m.default)),
    () => {},
  )
  return component
}
