/**
 * An editor's unsaved work asked about before it is left: a route change asks `question()` with the
 * browser's confirm, and a reload or a closed tab gets the browser's own prompt, while `changed()`
 * says there is something to lose. The router's own guard, not onBeforeRouteLeave, keeps that code
 * out of the first load. Used by the set editor and the article form.
 */
import { onBeforeUnmount, onMounted } from 'vue'
import type { Router } from 'vue-router'

export function useLeaveGuard(router: Router, changed: () => boolean, question: () => string) {
  const beforeUnload = (e: BeforeUnloadEvent) => {
    if (changed()) e.preventDefault()
  }
  onMounted(() => window.addEventListener('beforeunload', beforeUnload))
  const removeGuard = router.beforeEach(() => !changed() || window.confirm(question()))
  onBeforeUnmount(() => {
    window.removeEventListener('beforeunload', beforeUnload)
    removeGuard()
  })
}
