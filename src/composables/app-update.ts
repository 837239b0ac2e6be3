/**
 * The service worker (vite-plugin-pwa, Workbox): after one visit Passage works offline. A new
 * version installs in the background and waits; the student is asked, and only their click
 * reloads, so a quiz is never interrupted. Registered after the first page, in its own chunk.
 */
import { ref } from 'vue'

/** A new version is installed and waiting for the student's reload. */
export const updateReady = ref(false)
/** Everything is stored for offline use (the first visit has finished caching). */
export const offlineReady = ref(false)

let applyUpdate: ((reloadPage?: boolean) => Promise<void>) | undefined

/** Registers the service worker; a no-op where there is none (file://, old browsers). */
export async function startServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator) || window.location.protocol === 'file:') return
  const { registerSW } = await import('virtual:pwa-register')
  applyUpdate = registerSW({
    immediate: true,
    onNeedRefresh: () => (updateReady.value = true),
    onOfflineReady: () => (offlineReady.value = true),
  })
}

/** Switches to the waiting version and reloads (the quiz in progress is saved on the way out). */
export async function reloadToUpdate(): Promise<void> {
  // Another tab may have switched already: then nothing waits, the new version is in charge, and
  // a plain reload brings it in (waiting for a switch that has happened would leave the button dead).
  const registration = applyUpdate ? await navigator.serviceWorker.getRegistration() : undefined
  if (!applyUpdate || !registration?.waiting) {
    window.location.reload()
    return
  }
  // The plugin reloads only in a page that had a service worker when it opened; a first visit
  // that stayed open across a deploy must reload too, once the new version has taken over.
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
    once: true,
  })
  void applyUpdate(true)
}
