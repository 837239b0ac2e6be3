import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import NumericQuestion from '../../../src/components/questions/NumericQuestion.vue'
import type { QuestionOf } from '../../../src/domain/bank/schema.ts'
import { MARKUP, controls, isDisabled, labelTexts, updates } from './helpers.ts'

const question: QuestionOf<'numeric'> = {
  id: 'year',
  type: 'numeric',
  prompt: 'In which year did Russia enter the conflict?',
  answer: 2015,
  evidence: 'Russia entered the conflict in 2015.',
}

/** Mounted like a parent with v-model: each emitted answer comes back as the new modelValue. */
function factory(props: { modelValue?: string; disabled?: boolean; q?: typeof question } = {}) {
  const wrapper = mount(NumericQuestion, {
    props: {
      question: props.q ?? question,
      modelValue: props.modelValue ?? '',
      disabled: props.disabled,
      'onUpdate:modelValue': (value: string) => wrapper.setProps({ modelValue: value }),
    },
  })
  return wrapper
}

describe('a number question', () => {
  it('asks the prompt as the legend, with one labelled text box for a number', () => {
    const wrapper = factory()
    expect(wrapper.get('fieldset > legend').text()).toBe(
      'In which year did Russia enter the conflict?',
    )
    expect(labelTexts(wrapper)).toEqual(['Your answer (a number)'])
    const input = wrapper.get('input')
    expect(input.attributes('type')).toBe('text')
    expect(input.attributes('inputmode')).toBe('decimal')
    expect(input.element.value).toBe('')
  })

  it('is marked invalid and described by the error under the question, and by its unit', async () => {
    const wrapper = mount(NumericQuestion, {
      props: { question: { ...question, unit: 'km' }, modelValue: 'two', errorId: 'the-error' },
    })
    const input = wrapper.get('input')
    expect(input.attributes('aria-invalid')).toBe('true')
    const [unit, error] = input.attributes('aria-describedby')!.split(' ')
    expect(wrapper.get(`#${unit}`).text()).toBe('km')
    expect(error).toBe('the-error')
    await wrapper.setProps({ errorId: undefined })
    expect(input.attributes('aria-invalid')).toBeUndefined()
    expect(input.attributes('aria-describedby')).toBe(unit)
  })

  it('answers with exactly the text typed, untrimmed and unparsed', async () => {
    const wrapper = factory()
    await wrapper.get('input').setValue(' 2,015 ')
    expect(updates(wrapper)).toEqual([' 2,015 '])
  })

  it('answers with each change as the student types and corrects', async () => {
    const wrapper = factory()
    const input = wrapper.get('input')
    await input.setValue('201')
    await input.setValue('2015')
    await input.setValue('')
    expect(updates(wrapper)).toEqual(['201', '2015', ''])
  })

  it('shows the answer it is given, and the unit beside the box', () => {
    const wrapper = factory({ modelValue: '12.5', q: { ...question, answer: 12.5, unit: 'km' } })
    expect(wrapper.get('input').element.value).toBe('12.5')
    expect(wrapper.get('.input-with-unit').text()).toBe('km')
    // Screen readers hear the unit with the box, not only sighted users beside it.
    const unitId = wrapper.get('input').attributes('aria-describedby')
    expect(wrapper.get(`[id="${unitId}"]`).text()).toBe('km')
    expect(factory().get('.input-with-unit').text()).toBe('')
  })

  it('disables the box while disabled', () => {
    const wrapper = factory({ disabled: true, modelValue: '2015' })
    expect(controls(wrapper).length).toBe(1)
    expect(controls(wrapper).every((c) => isDisabled(c.element))).toBe(true)
    expect(controls(factory()).some((c) => isDisabled(c.element))).toBe(false)
  })

  it('renders markup in the prompt and unit as text', () => {
    const wrapper = factory({ q: { ...question, prompt: `How many ${MARKUP}?`, unit: MARKUP } })
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.get('legend').text()).toBe(`How many ${MARKUP}?`)
    expect(wrapper.get('.input-with-unit').text()).toBe(MARKUP)
  })
})
