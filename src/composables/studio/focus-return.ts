import { onMounted } from 'vue'
import type { RouteLocationNormalized, Router } from 'vue-router'

/** The page the reader came from, as the page being entered last heard it from the router. */
let cameFrom = ''

/** For the page's `beforeRouteEnter`: notes where the reader is coming from. */
export function noteCameFrom(_to: RouteLocationNormalized, from: RouteLocationNormalized) {
  cameFrom = from.path
}

/**
 * Back on a list from a page one of its links opened (a set's Edit or Share, by Back or by that
 * page's own "Back to the studio"), the keyboard is put back on that link rather than on the
 * page's heading, which may be a long way above it. Focused before the router's heading focus
 * looks, so it keeps away; scrolled to once the router has put the page where it opens. Any other
 * arrival (a reload, the header's link from elsewhere) keeps the heading.
 */
export function useFocusReturn(router: Router, lists: () => (HTMLElement | undefined)[]) {
  const href = cameFrom === '' ? '' : router.resolve(cameFrom).href
  cameFrom = ''
  onMounted(() => {
    if (href === '') return
    const link = lists()
      .flatMap((list) => [...(list?.querySelectorAll('a') ?? [])])
      .find((a) => a.getAttribute('href') === href)
    if (!link) return
    link.focus({ preventScroll: true })
    requestAnimationFrame(() => {
      const box = link.getBoundingClientRect()
      if (document.activeElement === link && (box.top < 0 || box.bottom > window.innerHeight))
        link.scrollIntoView({ block: 'center' })
    })
  })
}
