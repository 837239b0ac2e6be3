import { afterEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import QuizTimer from '../../../src/components/quiz/QuizTimer.vue'

afterEach(() => {
  document.body.innerHTML = ''
})

describe('the quiz timer', () => {
  it('keeps the keyboard on its button when it pauses and resumes', async () => {
    const w = mount(QuizTimer, {
      props: { remainingMs: 97_000, paused: false },
      attachTo: document.body,
    })
    const button = () => w.findAll('button')[0]!
    button().element.focus()
    await button().trigger('click')
    expect(w.emitted('pause')).toHaveLength(1)
    await w.setProps({ paused: true })
    expect(button().text()).toBe('Resume')
    expect(document.activeElement).toBe(button().element)
    await button().trigger('click')
    expect(w.emitted('resume')).toHaveLength(1)
    await w.setProps({ paused: false })
    expect(button().text()).toBe('Pause')
    expect(document.activeElement).toBe(button().element)
  })

  it('reads the time and the pause apart', () => {
    const w = mount(QuizTimer, { props: { remainingMs: 97_000, paused: true } })
    expect(w.get('p > span .visually-hidden').text()).toBe('1 minute 37 seconds left (paused)')
  })

  // "0:58" and "4:10" read aloud can be a time of day ("zero fifty-eight"): a screen reader hears
  // the time left in words, and the compact clock is for the eye only.
  it.each([
    [58_000, '0:58', '58 seconds left'],
    [250_000, '4:10', '4 minutes 10 seconds left'],
    [60_000, '1:00', '1 minute left'],
  ])('shows %s ms as %s and says "%s"', (ms, seen, heard) => {
    const w = mount(QuizTimer, { props: { remainingMs: ms, paused: false } })
    const clock = w.get('strong')
    expect(clock.text()).toBe(seen)
    expect(clock.element.closest('[aria-hidden="true"]')).not.toBeNull()
    const words = w.get('p > span .visually-hidden')
    expect(words.text()).toBe(heard)
    expect(words.element.closest('[aria-hidden="true"]')).toBeNull()
  })
})
