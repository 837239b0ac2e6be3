import type { Router } from 'vue-router'

/**
 * A click listener for a bar of plain `#/…` links: it follows each through the router as a
 * RouterLink would (so a page's "leave without saving?" question can stop it), with one listener
 * for the bar instead of a router link each, which a first page draws sooner. A click with a
 * modifier key or another button is left to the browser (a new tab or window).
 */
export function followLinks(router: Router): (event: MouseEvent) => void {
  return (event) => {
    const link = (event.target as Element | null)?.closest?.('a[href^="#/"]')
    if (!(link instanceof HTMLAnchorElement) || event.defaultPrevented || event.button !== 0) return
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    // As a RouterLink does: a failure has already gone to the router's error handlers.
    router.push(link.hash.slice(1)).catch(() => undefined)
  }
}
