/**
 * When a new version is deployed while a tab is open (or a dev cache went stale), the chunks the
 * open page asks for no longer exist. Instead of a blank page, the app says so and offers a reload.
 */
import { ref } from 'vue'
import type { Router } from 'vue-router'

/** True once a chunk of this build failed to load: the page shows "Passage was updated". */
export const staleBuild = ref(false)
/** The page the student was going to when it happened, to open after the reload. */
let wanted: string | undefined

const CHUNK_ERRORS = [
  'Failed to fetch dynamically imported module', // Chromium
  'error loading dynamically imported module', // Firefox
  'Importing a module script failed', // Safari
  'Unable to preload CSS', // Vite's preload helper
  'Failed to load module script',
]

/** Whether `error` says one of the app's own chunks could not be fetched. */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error)
  return CHUNK_ERRORS.some((text) => message.includes(text))
}

/** Marks the build stale when `error` is a failed chunk; returns whether it was one. */
export function noteChunkError(error: unknown): boolean {
  if (!isChunkLoadError(error)) return false
  staleBuild.value = true
  return true
}

/** Watches navigation, preloads and lazy components for chunks that fail to load. */
export function watchForStaleBuild(router: Router, target: Window = window): void {
  router.onError((error, to) => {
    if (noteChunkError(error)) wanted = to.fullPath
  })
  // Not prevented: the error goes on to the router (which knows the page asked for) or the caller.
  target.addEventListener('vite:preloadError', () => (staleBuild.value = true))
  target.addEventListener('unhandledrejection', (event) => {
    if (noteChunkError(event.reason)) event.preventDefault()
  })
}

/** Reloads the page, at the page the student was going to if a navigation failed. */
export function reloadStaleBuild(target: Window = window): void {
  if (wanted) target.history.replaceState(target.history.state, '', `#${wanted}`)
  target.location.reload()
}
