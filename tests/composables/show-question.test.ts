import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { showQuestion } from '../../src/composables/show-question.ts'

function page(questionTop: number) {
  document.body.innerHTML = `<h1>Set</h1><fieldset class="question" tabindex="-1"></fieldset>`
  const question = document.querySelector<HTMLElement>('fieldset.question')!
  vi.spyOn(question, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, questionTop, 300, 200))
  const focus = vi.spyOn(question, 'focus')
  const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => {})
  return { question, focus, scrollTo }
}

afterEach(() => {
  vi.restoreAllMocks()
  document.body.innerHTML = ''
})

describe('showQuestion', () => {
  it('scrolls the page to its top and focuses the question without scrolling again', async () => {
    const { question, focus, scrollTo } = page(260)
    showQuestion()
    // After the render that brings the question in, not before.
    expect(scrollTo).not.toHaveBeenCalled()
    await nextTick()
    expect(scrollTo).toHaveBeenCalledWith({ top: 0, behavior: 'instant' })
    expect(focus).toHaveBeenCalledWith({ preventScroll: true })
    expect(document.activeElement).toBe(question)
    expect(scrollTo.mock.invocationCallOrder[0]).toBeLessThan(focus.mock.invocationCallOrder[0]!)
  })

  it('lets focus scroll to a question that starts below the screen even at the top', async () => {
    const { focus } = page(window.innerHeight + 40)
    showQuestion()
    await nextTick()
    expect(focus).toHaveBeenCalledWith({ preventScroll: false })
  })

  it('leaves the page where it is when there is no question on it', async () => {
    document.body.innerHTML = '<h1>Results</h1>'
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => {})
    showQuestion()
    await nextTick()
    expect(scrollTo).not.toHaveBeenCalled()
  })
})
