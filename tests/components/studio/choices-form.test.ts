import { afterEach, describe, expect, it } from 'vitest'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import ChoicesForm from '../../../src/components/studio/forms/ChoicesForm.vue'
import { blankQuestion, type DraftQuestion } from '../../../src/domain/studio/draft.ts'

enableAutoUnmount(afterEach)

describe('the options of a choice question', () => {
  it('tick an option as the right one when its word “Right” is clicked, not only its small box', async () => {
    const question: DraftQuestion = {
      ...blankQuestion('single', 'k1', 'q1'),
      choices: ['Sochi', 'Minsk'].map((text) => ({ text, correct: false })),
    }
    const wrapper = mount(ChoicesForm, {
      props: { question, field: 'questions[0]' },
      attachTo: document.body,
    })
    const words = wrapper.findAll('.right-tick span').filter((s) => s.text() === 'Right')
    expect(words).toHaveLength(2)
    await words[1]!.trigger('click')
    const changed = wrapper.emitted('change')?.at(-1)?.[0] as DraftQuestion | undefined
    expect(changed?.choices.map((c) => c.correct)).toEqual([false, true])
    // The box keeps the name a screen reader says.
    expect(wrapper.findAll('.right-tick input')[1]!.attributes('aria-label')).toBe(
      'Option 2 is the right answer',
    )
  })

  it('reach an option’s text box before its “Right”, in the order a phone shows them', () => {
    // On a phone the text box has the first line and “Right” is under it: Tab went to “Right”
    // first, then back up to the text. The order on screen is the page's order at every width.
    const question: DraftQuestion = {
      ...blankQuestion('single', 'k1', 'q1'),
      choices: ['Sochi', 'Minsk'].map((text) => ({ text, correct: false })),
    }
    const wrapper = mount(ChoicesForm, { props: { question, field: 'questions[0]' } })
    const option = wrapper.findAll('.edit-list > li')[1]!.element
    const named = (el: Element) =>
      el.getAttribute('aria-label') ??
      option.querySelector(`label[for="${el.id}"]`)?.textContent ??
      el.querySelector('.visually-hidden')?.textContent
    const controls = [...option.querySelectorAll('input, button')]
    expect(controls.map(named)).toEqual([
      'Option 2',
      'Option 2 is the right answer',
      'Move option 2 up',
      'Move option 2 down',
      'Remove option 2',
    ])
  })
})
