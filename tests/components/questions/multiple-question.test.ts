import { afterEach, describe, expect, it } from 'vitest'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import MultipleQuestion from '../../../src/components/questions/MultipleQuestion.vue'
import type { QuestionOf } from '../../../src/domain/bank/schema.ts'
import { MARKUP, controls, isDisabled, labelTexts, updates } from './helpers.ts'

const question: QuestionOf<'multiple'> = {
  id: 'critics',
  type: 'multiple',
  prompt: 'Who criticised Russia?',
  choices: ['United States', 'European states', 'Syria', 'Iran'],
  answers: ['United States', 'European states', 'Iran'],
  evidence: 'The United States, European states and Iran criticised Russia.',
}
const shown = ['Syria', 'Iran', 'United States', 'European states']

/** Mounted like a parent with v-model: each emitted answer comes back as the new modelValue. */
function factory(props: { modelValue?: string[]; disabled?: boolean; q?: typeof question } = {}) {
  // Attached, so a click toggles the input and fires change as in a browser.
  const wrapper = mount(MultipleQuestion, {
    props: {
      question: props.q ?? question,
      shown: props.q?.choices ?? shown,
      modelValue: props.modelValue ?? [],
      disabled: props.disabled,
      'onUpdate:modelValue': (value: string[]) => wrapper.setProps({ modelValue: value }),
    },
    attachTo: document.body,
  })
  return wrapper
}

const box = (wrapper: ReturnType<typeof factory>, choice: string) =>
  wrapper.get<HTMLInputElement>(`input[type=checkbox][value="${choice}"]`)
const ticked = (wrapper: ReturnType<typeof factory>) =>
  wrapper.findAll<HTMLInputElement>('input:checked').map((c) => c.element.value)

enableAutoUnmount(afterEach)

describe('a multiple-choice question', () => {
  it('asks the prompt as the legend, with a labelled checkbox per choice in the shown order', () => {
    const wrapper = factory()
    expect(wrapper.get('fieldset > legend').text()).toBe(
      'Who criticised Russia? Select all that apply.',
    )
    expect(labelTexts(wrapper)).toEqual([
      '1 Syria',
      '2 Iran',
      '3 United States',
      '4 European states',
    ])
    expect(ticked(wrapper)).toEqual([])
  })

  it('answers with every ticked choice, adding each click to the ones before', async () => {
    const wrapper = factory()
    await box(wrapper, 'Iran').setValue(true)
    await box(wrapper, 'United States').setValue(true)
    expect(updates(wrapper)).toEqual([['Iran'], ['Iran', 'United States']])
    expect(ticked(wrapper)).toEqual(['Iran', 'United States'])
  })

  it('drops a choice when its box is clicked again and keeps the others', async () => {
    const wrapper = factory()
    await box(wrapper, 'Iran').trigger('click')
    await box(wrapper, 'Syria').trigger('click')
    await box(wrapper, 'Iran').trigger('click')
    expect(updates(wrapper)).toEqual([['Iran'], ['Iran', 'Syria'], ['Syria']])
    expect(ticked(wrapper)).toEqual(['Syria'])
  })

  it('adds a box ticked from the keyboard to the ones already ticked', async () => {
    const wrapper = factory({ modelValue: ['European states'] })
    const iran = box(wrapper, 'Iran')
    // Space on a focused checkbox ticks it and fires change, as the browser does.
    iran.element.focus()
    iran.element.checked = true
    await iran.trigger('change')
    expect(updates(wrapper)).toEqual([['European states', 'Iran']])
    expect(ticked(wrapper)).toEqual(['Iran', 'European states'])
  })

  it('never changes the array it was given', async () => {
    const given = ['Syria']
    const wrapper = factory({ modelValue: given })
    await box(wrapper, 'Iran').setValue(true)
    expect(given).toEqual(['Syria'])
    expect(updates(wrapper)).toEqual([['Syria', 'Iran']])
  })

  it('disables every checkbox while disabled', () => {
    const wrapper = factory({ disabled: true, modelValue: ['Iran'] })
    expect(controls(wrapper).length).toBe(4)
    expect(controls(wrapper).every((c) => isDisabled(c.element))).toBe(true)
    expect(controls(factory()).some((c) => isDisabled(c.element))).toBe(false)
  })

  it('renders markup in the prompt and choices as text', async () => {
    const wrapper = factory({
      q: {
        ...question,
        prompt: `Who wrote ${MARKUP}?`,
        choices: [MARKUP, 'Putin'],
        answers: [MARKUP],
      },
    })
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.get('legend').text()).toBe(`Who wrote ${MARKUP}? Select all that apply.`)
    expect(labelTexts(wrapper)).toEqual([`1 ${MARKUP}`, '2 Putin'])
    await wrapper.findAll('input[type=checkbox]')[0]!.setValue(true)
    expect(updates(wrapper)).toEqual([[MARKUP]])
  })
})

describe('the "select all that apply" hint', () => {
  const legendText = (q: typeof question) =>
    factory({ q }).get('legend').text().replace(/\s+/g, ' ')

  it('is said once when the prompt already asks for every right choice', () => {
    const text = legendText({
      ...question,
      prompt: 'Who criticised Russia? Select all that apply.',
    })
    expect(text.match(/select all that apply/gi)).toHaveLength(1)
  })

  it('is added when the prompt does not say it', () => {
    expect(legendText(question).match(/select all that apply/gi)).toHaveLength(1)
  })
})
