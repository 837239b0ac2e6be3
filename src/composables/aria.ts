import { ref, readonly } from 'vue'
import type { Router } from 'vue-router'

const message = ref('')

/** One app-wide polite live region: components announce, AriaAnnouncer speaks. */
export function useAnnouncer() {
  function announce(text: string) {
    // Clearing first makes a repeated message ("Incorrect", "Incorrect") be spoken again.
    message.value = ''
    requestAnimationFrame(() => {
      message.value = text
    })
  }
  return { message: readonly(message), announce }
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
