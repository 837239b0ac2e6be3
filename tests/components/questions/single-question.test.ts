import { afterEach, describe, expect, it } from 'vitest'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import SingleQuestion from '../../../src/components/questions/SingleQuestion.vue'
import type { QuestionOf } from '../../../src/domain/bank/schema.ts'
import { MARKUP, controls, isDisabled, labelTexts, updates } from './helpers.ts'

const question: QuestionOf<'single'> = {
  id: 'who',
  type: 'single',
  prompt: 'Who said stability is improving?',
  choices: ['Assad', 'Putin', 'Peskov'],
  answer: 'Assad',
  evidence: '"Stability is improving," Assad told Putin.',
}
const shown = ['Peskov', 'Assad', 'Putin']

/** Mounted like a parent with v-model: each emitted answer comes back as the new modelValue. */
function factory(
  props: { modelValue?: string | null; disabled?: boolean; q?: typeof question } = {},
) {
  // Attached, so a click toggles the input and fires change as in a browser.
  const wrapper = mount(SingleQuestion, {
    props: {
      question: props.q ?? question,
      shown: props.q?.choices ?? shown,
      modelValue: props.modelValue ?? null,
      disabled: props.disabled,
      'onUpdate:modelValue': (value: string | null) => wrapper.setProps({ modelValue: value }),
    },
    attachTo: document.body,
  })
  return wrapper
}

const radio = (wrapper: ReturnType<typeof factory>, choice: string) =>
  wrapper.get<HTMLInputElement>(`input[type=radio][value="${choice}"]`)

enableAutoUnmount(afterEach)

describe('a single-choice question', () => {
  it('asks the prompt as the legend, with a labelled radio per choice in the shown order', () => {
    const wrapper = factory()
    expect(wrapper.get('fieldset > legend').text()).toBe('Who said stability is improving?')
    expect(labelTexts(wrapper)).toEqual(['1 Peskov', '2 Assad', '3 Putin'])
    expect(
      wrapper.findAll<HTMLInputElement>('input[type=radio]').map((r) => r.element.checked),
    ).toEqual([false, false, false])
  })

  it('answers with the text of the clicked choice, and again when another is clicked', async () => {
    const wrapper = factory()
    await radio(wrapper, 'Assad').trigger('click')
    await radio(wrapper, 'Putin').trigger('click')
    expect(updates(wrapper)).toEqual(['Assad', 'Putin'])
    expect(wrapper.findAll('input:checked').map((r) => r.attributes('value'))).toEqual(['Putin'])
  })

  it('chooses a choice when its label is clicked', async () => {
    const wrapper = factory()
    await wrapper.findAll('label')[2]!.trigger('click')
    expect(updates(wrapper)).toEqual(['Putin'])
  })

  it('answers with setValue on a radio too', async () => {
    const wrapper = factory()
    await radio(wrapper, 'Peskov').setValue()
    expect(updates(wrapper)).toEqual(['Peskov'])
  })

  it('changes its answer when the arrow keys move the selection to another radio', async () => {
    const wrapper = factory({ modelValue: 'Assad' })
    // An arrow key checks the next radio in the group and fires change, as the browser does.
    const putin = radio(wrapper, 'Putin')
    putin.element.checked = true
    await putin.trigger('change')
    expect(updates(wrapper)).toEqual(['Putin'])
    expect(radio(wrapper, 'Assad').element.checked).toBe(false)
  })

  it('shows the answer it is given as the checked radio', () => {
    const wrapper = factory({ modelValue: 'Putin' })
    expect(wrapper.findAll('input:checked').map((r) => r.attributes('value'))).toEqual(['Putin'])
  })

  it('groups its radios so only one can be chosen', () => {
    const names = factory()
      .findAll('input[type=radio]')
      .map((r) => r.attributes('name'))
    expect(names[0]).toBeTruthy()
    expect(new Set(names).size).toBe(1)
  })

  it('disables every radio while disabled', () => {
    const wrapper = factory({ disabled: true, modelValue: 'Assad' })
    expect(controls(wrapper).length).toBe(3)
    expect(controls(wrapper).every((c) => isDisabled(c.element))).toBe(true)
    expect(controls(factory()).some((c) => isDisabled(c.element))).toBe(false)
  })

  it('renders markup in the prompt and choices as text', async () => {
    const wrapper = factory({
      q: {
        ...question,
        prompt: `Who wrote ${MARKUP}?`,
        choices: [MARKUP, 'Putin'],
        answer: MARKUP,
      },
    })
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.get('legend').text()).toBe(`Who wrote ${MARKUP}?`)
    expect(labelTexts(wrapper)).toEqual([`1 ${MARKUP}`, '2 Putin'])
    await wrapper.findAll('input[type=radio]')[0]!.setValue()
    expect(updates(wrapper)).toEqual([MARKUP])
  })
})
