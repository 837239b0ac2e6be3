import { onMounted } from 'vue'
import type { RouteLocationNormalized, Router } from 'vue-router'

/** The page the reader came from, as the page being entered last heard it from the router. */
let cameFrom = ''

/** For the page's `beforeRouteEnter`: notes where the reader is coming from. */
export function noteCameFrom(_to: RouteLocationNormalized, from: RouteLocationNormalized) {
  cameFrom = from.path
}

/**
 * Back on a list from a page one of its links opened (a set's Edit, Share or Print, by Back or by
 * that page's own "Back to the studio"), the keyboard is put back on that link rather than on the
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
    // A link folded away behind a disclosure (a set's Print, behind “More”): its button instead.
    const panel = link.getClientRects().length ? null : link.closest<HTMLElement>('[id]')
    const target =
      (panel && document.querySelector<HTMLElement>(`[aria-controls="${panel.id}"]`)) ?? link
    target.focus({ preventScroll: true })
    requestAnimationFrame(() => {
      const box = target.getBoundingClientRect()
      if (document.activeElement === target && (box.top < 0 || box.bottom > window.innerHeight))
        target.scrollIntoView({ block: 'center' })
    })
  })
}
