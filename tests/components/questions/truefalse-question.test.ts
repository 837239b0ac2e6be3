import { afterEach, describe, expect, it } from 'vitest'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import TrueFalseQuestion from '../../../src/components/questions/TrueFalseQuestion.vue'
import type { QuestionOf } from '../../../src/domain/bank/schema.ts'
import { MARKUP, controls, isDisabled, labelTexts, updates } from './helpers.ts'
import { heard, seen } from '../../fixtures/heard.ts'

const question: QuestionOf<'truefalse'> = {
  id: 'announced',
  type: 'truefalse',
  prompt: 'The meeting was announced in advance.',
  answer: false,
  evidence: 'The visit was not announced in advance.',
}

/** Mounted like a parent with v-model: each emitted answer comes back as the new modelValue. */
function factory(
  props: { modelValue?: boolean | null; disabled?: boolean; prompt?: string; tried?: boolean } = {},
) {
  // Attached, so a click toggles the input and fires change as in a browser.
  const wrapper = mount(TrueFalseQuestion, {
    props: {
      question: { ...question, prompt: props.prompt ?? question.prompt },
      modelValue: props.modelValue ?? null,
      disabled: props.disabled,
      ...(props.tried !== undefined && { tried: props.tried }),
      'onUpdate:modelValue': (value: boolean | null) => wrapper.setProps({ modelValue: value }),
    },
    attachTo: document.body,
  })
  return wrapper
}

const radio = (wrapper: ReturnType<typeof factory>, label: 'True' | 'False') => {
  const id = wrapper
    .findAll('label')
    .find((l) => l.text().endsWith(label))!
    .attributes('for')
  return wrapper.get<HTMLInputElement>(`input[id="${id}"]`)
}

enableAutoUnmount(afterEach)

describe('a true/false question', () => {
  it('states the claim in the legend, with labelled True and False radios', () => {
    const wrapper = factory()
    expect(wrapper.get('fieldset > legend').text()).toBe(
      'True or false? The meeting was announced in advance.',
    )
    expect(labelTexts(wrapper)).toEqual(['1 True', '2 False'])
    expect(wrapper.findAll('input:checked')).toHaveLength(0)
  })

  it('answers false, a boolean and not the text "false", when False is clicked', async () => {
    const wrapper = factory()
    await radio(wrapper, 'False').trigger('click')
    expect(updates(wrapper)).toEqual([false])
    expect(radio(wrapper, 'False').element.checked).toBe(true)
  })

  it('answers true when the label True is clicked', async () => {
    const wrapper = factory()
    await wrapper.findAll('label')[0]!.trigger('click')
    expect(updates(wrapper)).toEqual([true])
  })

  it('answers true when the arrow keys move the selection to True', async () => {
    const wrapper = factory({ modelValue: false })
    const yes = radio(wrapper, 'True')
    yes.element.checked = true
    await yes.trigger('change')
    expect(updates(wrapper)).toEqual([true])
    expect(radio(wrapper, 'False').element.checked).toBe(false)
  })

  it('shows the answer it is given as the checked radio', () => {
    expect(radio(factory({ modelValue: true }), 'True').element.checked).toBe(true)
    expect(radio(factory({ modelValue: false }), 'False').element.checked).toBe(true)
    expect(radio(factory({ modelValue: false }), 'True').element.checked).toBe(false)
  })

  it('disables both radios while disabled', () => {
    const wrapper = factory({ disabled: true })
    expect(controls(wrapper).length).toBe(2)
    expect(controls(wrapper).every((c) => isDisabled(c.element))).toBe(true)
    expect(controls(factory()).some((c) => isDisabled(c.element))).toBe(false)
  })

  // A quiz an earlier Passage saved after a true/false's second try (before such a question lost
  // it) shows that try's feedback again: the first pick is there to read beside the second's mark.
  it.each([
    [true, 'True', 0],
    [false, 'False', 1],
  ] as const)(
    'shows a first pick of %s as tried, and not to be picked again',
    (tried, name, at) => {
      const wrapper = factory({ tried })
      const choice = wrapper.findAll('.choice')[at]!
      expect(seen(choice)).toBe(`${at + 1} ${name} You tried this`)
      expect(heard(wrapper.findAll('label')[at]!)).toBe(`${name} — you tried this`)
      expect(isDisabled(wrapper.findAll('input')[at]!.element)).toBe(true)
      expect(controls(wrapper).filter((c) => isDisabled(c.element))).toHaveLength(1)
    },
  )

  it('shows neither option as tried on a first try: False is not taken for a tried false', () => {
    const wrapper = factory()
    expect(wrapper.text()).not.toContain('tried')
    expect(controls(wrapper).some((c) => isDisabled(c.element))).toBe(false)
  })

  it('renders markup in the claim as text', () => {
    const wrapper = factory({ prompt: `${MARKUP} was posted.` })
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.get('legend').text()).toBe(`True or false? ${MARKUP} was posted.`)
  })
})
