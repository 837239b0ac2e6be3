import { START_LOCATION, type RouteLocationNormalized, type RouterScrollBehavior } from 'vue-router'

/** Frames to wait, at most, for a page coming back to grow tall enough for its old position. */
const WAIT_FRAMES = 30

/**
 * Resolves once the page is tall enough to scroll down to `top`: a page coming back fills in some
 * of its parts a frame or two after it is drawn (the library's due counts), and scrolled at once
 * it would stop short. A page that never gets there (it has less in it now) is scrolled as far as
 * it goes after {@link WAIT_FRAMES} frames.
 */
export function roomFor(top: number, win: Window = window): Promise<void> {
  return new Promise((resolve) => {
    let frames = WAIT_FRAMES
    const check = () => {
      const room = win.document.documentElement.scrollHeight - win.innerHeight
      if (room >= top || frames-- <= 0) resolve()
      else win.requestAnimationFrame(check)
    }
    check()
  })
}

/**
 * Where a page opens, as a browser would open it:
 * - Back, Forward, or a reload: where the reader was on it (the router keeps the position in the
 *   history entry);
 * - the same page with another query (the worksheet's options, a review's scope): where it is, so
 *   the control in use stays under the reader's finger;
 * - the first page of a visit: where the browser put it (at the top), without a scroll that would
 *   lay the page out once more before its first paint;
 * - any other page: at its top.
 */
export const scrollBehavior: RouterScrollBehavior = (
  to: RouteLocationNormalized,
  from: RouteLocationNormalized,
  saved,
) => {
  if (saved) return roomFor(saved.top ?? 0).then(() => saved)
  if (from === START_LOCATION) return false
  if (to.path === from.path) return false
  return { top: 0 }
}
