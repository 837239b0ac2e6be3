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
    expect(w.get('span').text()).toBe('Time left: 1:37 (paused)')
  })
})
