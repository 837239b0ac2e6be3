import type { Router } from 'vue-router'

/**
 * Runs `task` once the first page is painted (the frame after the router's first navigation), so
 * what it fetches — storage notices, the service worker — never competes with that page.
 */
export function afterFirstPage(router: Router, task: () => void): void {
  void router.isReady().then(
    () => afterPaint(task),
    () => task(),
  )
}

/** Runs `task` after the next frame is painted (a task queued from the frame's callback). */
export function afterPaint(task: () => void): void {
  requestAnimationFrame(() => setTimeout(task, 0))
}
