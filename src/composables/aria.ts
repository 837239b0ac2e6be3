import { ref, readonly } from 'vue'
import type { Router } from 'vue-router'

const message = ref('')
let pending = 0

/** One app-wide polite live region: components announce, AriaAnnouncer speaks. */
export function useAnnouncer() {
  function announce(text: string) {
    // Clearing first makes a repeated message ("Incorrect", "Incorrect") be spoken again.
    clear()
    pending = requestAnimationFrame(() => (message.value = text))
  }
  /** Empties the region, and drops a message not yet put in it (a spent frame's id is harmless). */
  function clear() {
    cancelAnimationFrame(pending)
    message.value = ''
  }
  return { message: readonly(message), announce, clear }
}

/**
 * A new page starts with nothing said (its heading takes focus and speaks for it): the last page's
 * verdict is never found in the live region of the next.
 */
export function clearOnNavigation(router: Router): void {
  router.afterEach((to, from) => {
    if (to.path !== from.path) message.value = ''
  })
}
