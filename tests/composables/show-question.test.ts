import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { showQuestion } from '../../src/composables/show-question.ts'

/** A quiz page whose question starts `questionTop` px from the top of the screen when at the top. */
function page(questionTop: number) {
  document.body.innerHTML = `<h1>Set</h1><div class="quiz-main"><p class="quiz-progress">Question 1 of 3</p><form><fieldset class="question" tabindex="-1"></fieldset></form></div>`
  const question = document.querySelector<HTMLElement>('fieldset.question')!
  const quiz = document.querySelector<HTMLElement>('.quiz-main')!
  vi.spyOn(question, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, questionTop, 300, 200))
  const focus = vi.spyOn(question, 'focus')
  const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => {})
  // jsdom has no layout, and so no scrollIntoView.
  const intoView = vi.fn()
  quiz.scrollIntoView = intoView
  return { question, focus, scrollTo, intoView }
}

afterEach(() => {
  vi.restoreAllMocks()
  document.body.innerHTML = ''
})

describe('showQuestion', () => {
  it('scrolls the page to its top, then focuses the question without scrolling again', async () => {
    const { question, focus, scrollTo, intoView } = page(260)
    showQuestion()
    // After the render that brings the question in, not before.
    expect(scrollTo).not.toHaveBeenCalled()
    await nextTick()
    expect(scrollTo).toHaveBeenCalledWith({ top: 0, behavior: 'instant' })
    expect(intoView).not.toHaveBeenCalled()
    expect(focus).toHaveBeenCalledWith({ preventScroll: true })
    expect(document.activeElement).toBe(question)
    expect(scrollTo.mock.invocationCallOrder[0]).toBeLessThan(focus.mock.invocationCallOrder[0]!)
  })

  it('starts at the quiz itself when the header and title fill most of the screen', async () => {
    const { focus, intoView } = page(window.innerHeight * 0.75)
    showQuestion()
    await nextTick()
    expect(intoView).toHaveBeenCalledWith({ block: 'start', behavior: 'instant' })
    expect(focus).toHaveBeenCalledWith({ preventScroll: true })
    expect(intoView.mock.invocationCallOrder[0]).toBeLessThan(focus.mock.invocationCallOrder[0]!)
  })

  it('leaves the page where it is when there is no question on it', async () => {
    document.body.innerHTML = '<h1>Results</h1>'
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => {})
    showQuestion()
    await nextTick()
    expect(scrollTo).not.toHaveBeenCalled()
  })
})
