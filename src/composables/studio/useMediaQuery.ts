import { onScopeDispose, ref } from 'vue'

/** Whether a media query matches now, kept up to date. */
export function useMediaQuery(query: string) {
  const list = typeof matchMedia === 'undefined' ? null : matchMedia(query)
  const matches = ref(list?.matches ?? false)
  const update = (e: MediaQueryListEvent) => (matches.value = e.matches)
  list?.addEventListener('change', update)
  onScopeDispose(() => list?.removeEventListener('change', update))
  return matches
}
