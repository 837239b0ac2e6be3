import { onScopeDispose, readonly, ref, watchEffect, type Ref } from 'vue'

/**
 * Whether the window is at least `px()` CSS pixels wide, kept up to date as it is resized and as
 * `px()` changes (a larger text size needs a wider window for the same layout).
 */
export function useMinWidth(px: () => number): Readonly<Ref<boolean>> {
  const matches = ref(false)
  let query: MediaQueryList | undefined
  const update = () => (matches.value = query?.matches ?? false)
  const stop = watchEffect(() => {
    query?.removeEventListener('change', update)
    query = typeof matchMedia === 'function' ? matchMedia(`(min-width: ${px()}px)`) : undefined
    query?.addEventListener('change', update)
    update()
  })
  onScopeDispose(() => {
    stop()
    query?.removeEventListener('change', update)
  })
  return readonly(matches)
}
