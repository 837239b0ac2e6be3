import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ShortQuestion from '../../../src/components/questions/ShortQuestion.vue'
import type { QuestionOf } from '../../../src/domain/bank/schema.ts'
import { MARKUP, controls, isDisabled, labelTexts, updates } from './helpers.ts'

const question: QuestionOf<'short'> = {
  id: 'spokesman',
  type: 'short',
  prompt: 'Who is the Kremlin spokesman?',
  accepted: ['Dmitry Peskov', 'Peskov'],
  evidence: 'Kremlin spokesman Dmitry Peskov said the visit was a working one.',
}

/** Mounted like a parent with v-model: each emitted answer comes back as the new modelValue. */
function factory(props: { modelValue?: string; disabled?: boolean; prompt?: string } = {}) {
  const wrapper = mount(ShortQuestion, {
    props: {
      question: { ...question, prompt: props.prompt ?? question.prompt },
      modelValue: props.modelValue ?? '',
      disabled: props.disabled,
      'onUpdate:modelValue': (value: string) => wrapper.setProps({ modelValue: value }),
    },
  })
  return wrapper
}

describe('a short-answer question', () => {
  it('asks the prompt as the legend, with one labelled text box', () => {
    const wrapper = factory()
    expect(wrapper.get('fieldset > legend').text()).toBe('Who is the Kremlin spokesman?')
    expect(labelTexts(wrapper)).toEqual(['Your answer (a word or two)'])
    expect(wrapper.get('input').attributes('spellcheck')).toBe('false')
    expect(wrapper.get('input').element.value).toBe('')
  })

  it('is not autocorrected by a phone’s keyboard: a name it does not know stays as typed', () => {
    // iOS turns "Peskov" into a word it knows; the grader forgives a slip, not a new word.
    const input = factory().get('input')
    expect(input.attributes('autocorrect')).toBe('off')
  })

  it('answers with exactly the text typed, case and spacing kept for the grader', async () => {
    const wrapper = factory()
    await wrapper.get('input').setValue('  dmitry PESKOV ')
    expect(updates(wrapper)).toEqual(['  dmitry PESKOV '])
  })

  it('answers with each change as the student types', async () => {
    const wrapper = factory({ modelValue: 'Pes' })
    expect(wrapper.get('input').element.value).toBe('Pes')
    await wrapper.get('input').setValue('Peskov')
    expect(updates(wrapper)).toEqual(['Peskov'])
    expect(wrapper.get('input').element.value).toBe('Peskov')
  })

  it('disables the box while disabled', () => {
    const wrapper = factory({ disabled: true, modelValue: 'Peskov' })
    expect(controls(wrapper).length).toBe(1)
    expect(controls(wrapper).every((c) => isDisabled(c.element))).toBe(true)
    expect(controls(factory()).some((c) => isDisabled(c.element))).toBe(false)
  })

  it('renders markup in the prompt as text', () => {
    const wrapper = factory({ prompt: `Who posted ${MARKUP}?` })
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.get('legend').text()).toBe(`Who posted ${MARKUP}?`)
  })

  it('shows typed markup as the value of the box, not as an element', async () => {
    const wrapper = factory()
    await wrapper.get('input').setValue(MARKUP)
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.get('input').element.value).toBe(MARKUP)
  })
})
