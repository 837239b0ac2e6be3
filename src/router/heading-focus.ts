import { START_LOCATION, type Router } from 'vue-router'

/**
 * Moves focus to the new page's heading after each navigation, so a screen-reader user hears where
 * they landed and Tab goes on from the top of the page. Two cases keep focus where it is:
 * - the same page with another query (the worksheet's options, a review link's scope once it has
 *   started): nothing new to announce, and the control the reader was using stays focused;
 * - a page that has put focus on something of its own by then (a review started by a link focuses
 *   its first card): the page knows better than the heading.
 */
export function focusHeadingOnNewPage(router: Router, doc: Document = document): void {
  router.afterEach((to, from, failure) => {
    if (failure) return
    if (from !== START_LOCATION && to.path === from.path) return
    const before = doc.activeElement
    requestAnimationFrame(() => {
      const main = doc.querySelector('main')
      const now = doc.activeElement
      if (now && now !== before && now !== doc.body && main?.contains(now)) return
      // Not scrolled to: the router has put the page where it opens (its top, or where the reader
      // was on it when they come Back).
      main?.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true })
    })
  })
}
