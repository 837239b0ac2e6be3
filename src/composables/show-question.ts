import { nextTick } from 'vue'

/**
 * Puts the page's question on screen the way a new page would be: scrolled to the top, with
 * focus on the question. The student may be low on the page (the start page, the results, or the
 * last question's feedback, where Next is), and the route, whose change scrolls up, stays the same.
 * Focus scrolls to the question only when its start is still out of view (a large text size).
 */
export function showQuestion(): void {
  void nextTick(() => {
    const question = document.querySelector<HTMLElement>('fieldset.question')
    if (!question) return
    window.scrollTo({ top: 0, behavior: 'instant' })
    question.focus({ preventScroll: question.getBoundingClientRect().top < window.innerHeight })
  })
}
