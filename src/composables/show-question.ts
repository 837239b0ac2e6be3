import { nextTick } from 'vue'

/**
 * What takes the focus on a question (new, or back from the article): its typed answer's box where
 * it has one, the question otherwise; one match, the first in document order. The runners' focus
 * and showQuestion's read it, so the rule lives here.
 */
export const QUESTION_FOCUS =
  'fieldset.question:not(:has(input[type=text]:not(:disabled))),fieldset.question input[type=text]:not(:disabled)'

/**
 * Puts the page's question on screen the way a new page would be: scrolled to the top, with
 * focus on the question. The student may be low on the page (the start page, the results, or the
 * last question's feedback, where Next is), and the route, whose change scrolls up, stays the same.
 * When the header and title fill most of the screen (a large text size on a phone), the page
 * starts at the quiz's own top instead (its timer and progress line), so the question is in view.
 * A typed answer's box takes the focus instead, as Duolingo's and Quizlet's do, so the student
 * types at once; its name starts with the prompt, so a screen reader loses nothing. The student
 * sees it too (WCAG 2.4.11): the box is scrolled into view. `secondTry`: as focusQuestion's.
 */
export function showQuestion(secondTry = false): void {
  void nextTick(() => {
    const question = document.querySelector<HTMLElement>('fieldset.question')
    if (!question) return
    window.scrollTo({ top: 0, behavior: 'instant' })
    if (question.getBoundingClientRect().top > window.innerHeight / 2)
      (question.closest('.quiz-main') ?? question).scrollIntoView({
        block: 'start',
        behavior: 'instant',
      })
    const target = focusQuestion(document, secondTry, { preventScroll: true })!
    // Under a long prompt (or a large text size on a phone), the box is scrolled up from below
    // the screen's bottom, no further: the question's top stays in view where both fit. With its
    // unit, which goes under it at 320 px and 200 % text: "visits" was below the screen.
    if (target != question)
      (target.closest('.input-with-unit') ?? target).scrollIntoView({
        block: 'nearest',
        behavior: 'instant',
      })
  })
}

/**
 * Focuses what QUESTION_FOCUS picks in `root`. `secondTry`: the box still holds the first try's
 * answer, kept on purpose; its text is selected, as a search box's or Quizlet's retry is, so
 * typing replaces it ("2" then "3" gave "23") and the arrow keys still edit it.
 */
export function focusQuestion(
  root: ParentNode | undefined,
  secondTry: boolean,
  options?: FocusOptions,
): HTMLElement | null | undefined {
  const target = root?.querySelector<HTMLElement>(QUESTION_FOCUS)
  target?.focus(options)
  if (secondTry && target instanceof HTMLInputElement) target.select()
  return target
}
