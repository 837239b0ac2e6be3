import { ref, readonly } from 'vue'

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
