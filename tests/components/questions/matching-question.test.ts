import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import MatchingQuestion from '../../../src/components/questions/MatchingQuestion.vue'
import type { QuestionOf } from '../../../src/domain/bank/schema.ts'
import { MARKUP, controls, isDisabled, labelTexts, updates } from './helpers.ts'

const question: QuestionOf<'matching'> = {
  id: 'quotes',
  type: 'matching',
  prompt: 'Who said what?',
  pairs: [
    { left: '“Stability is improving”', right: 'Assad' },
    { left: '“A working visit”', right: 'Peskov' },
    { left: '“Good results”', right: 'Assad' },
  ],
  evidence: '"Stability is improving," Assad told Putin.',
}
/** The distinct right sides, in the order the quiz shows them. */
const shown = ['Peskov', 'Assad']
const blank = { '“Stability is improving”': '', '“A working visit”': '', '“Good results”': '' }

/** Mounted like a parent with v-model: each emitted answer comes back as the new modelValue. */
function factory(
  props: { modelValue?: Record<string, string>; disabled?: boolean; q?: typeof question } = {},
) {
  const wrapper = mount(MatchingQuestion, {
    props: {
      question: props.q ?? question,
      shown: props.q ? [...new Set(props.q.pairs.map((p) => p.right))] : shown,
      modelValue: props.modelValue ?? blank,
      disabled: props.disabled,
      'onUpdate:modelValue': (value: Record<string, string>) =>
        wrapper.setProps({ modelValue: value }),
    },
  })
  return wrapper
}

const selects = (wrapper: ReturnType<typeof factory>) =>
  wrapper.findAll<HTMLSelectElement>('select')
/** What each select shows as chosen, top to bottom. */
const chosen = (wrapper: ReturnType<typeof factory>) =>
  selects(wrapper).map((s) => s.element.selectedOptions[0]?.text)

describe('a matching question', () => {
  it('asks the prompt as the legend, with one labelled select per left side', () => {
    const wrapper = factory()
    expect(wrapper.get('fieldset > legend').text()).toBe(
      'Who said what? Choose a match for each item; a match may be used more than once.',
    )
    expect(labelTexts(wrapper)).toEqual([
      '“Stability is improving”',
      '“A working visit”',
      '“Good results”',
    ])
  })

  it('offers "Choose…" then every shown right side, in the shown order, in each select', () => {
    const wrapper = factory()
    for (const select of selects(wrapper)) {
      const options = select.findAll('option').map((o) => [o.attributes('value'), o.text()])
      expect(options).toEqual([
        ['', 'Choose…'],
        ['Peskov', 'Peskov'],
        ['Assad', 'Assad'],
      ])
    }
    expect(chosen(wrapper)).toEqual(['Choose…', 'Choose…', 'Choose…'])
  })

  it('answers with the full record, the other choices kept, as each select changes', async () => {
    const wrapper = factory()
    await selects(wrapper)[1]!.setValue('Peskov')
    await selects(wrapper)[0]!.setValue('Assad')
    await selects(wrapper)[2]!.setValue('Assad')
    expect(updates(wrapper)).toEqual([
      { '“Stability is improving”': '', '“A working visit”': 'Peskov', '“Good results”': '' },
      { '“Stability is improving”': 'Assad', '“A working visit”': 'Peskov', '“Good results”': '' },
      {
        '“Stability is improving”': 'Assad',
        '“A working visit”': 'Peskov',
        '“Good results”': 'Assad',
      },
    ])
    expect(chosen(wrapper)).toEqual(['Assad', 'Peskov', 'Assad'])
  })

  it('changes a choice from the keyboard (arrow keys on a select fire change)', async () => {
    const wrapper = factory({ modelValue: { ...blank, '“Good results”': 'Peskov' } })
    const select = selects(wrapper)[2]!
    select.element.selectedIndex = 2
    await select.trigger('change')
    expect(updates(wrapper)).toEqual([{ ...blank, '“Good results”': 'Assad' }])
  })

  it('can go back to "Choose…", answering with an empty match', async () => {
    const wrapper = factory({ modelValue: { ...blank, '“A working visit”': 'Peskov' } })
    await selects(wrapper)[1]!.setValue('')
    expect(updates(wrapper)).toEqual([blank])
    expect(chosen(wrapper)).toEqual(['Choose…', 'Choose…', 'Choose…'])
  })

  it('shows the answer it is given, treating a missing left as not chosen yet', () => {
    const wrapper = factory({ modelValue: { '“A working visit”': 'Assad' } })
    expect(chosen(wrapper)).toEqual(['Choose…', 'Assad', 'Choose…'])
  })

  it('never changes the record it was given', async () => {
    const given = { ...blank }
    const wrapper = factory({ modelValue: given })
    await selects(wrapper)[0]!.setValue('Peskov')
    expect(given).toEqual(blank)
  })

  it('disables every select while disabled', () => {
    const wrapper = factory({ disabled: true })
    expect(controls(wrapper).length).toBe(3)
    expect(controls(wrapper).every((c) => isDisabled(c.element))).toBe(true)
    expect(controls(factory()).some((c) => isDisabled(c.element))).toBe(false)
  })

  it('renders markup in the prompt and both sides as text', async () => {
    const wrapper = factory({
      q: {
        ...question,
        prompt: `Match ${MARKUP}`,
        pairs: [
          { left: MARKUP, right: 'Assad' },
          { left: 'Peskov said', right: MARKUP },
        ],
      },
      modelValue: {},
    })
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.get('legend').text()).toContain(`Match ${MARKUP}`)
    expect(labelTexts(wrapper)).toEqual([MARKUP, 'Peskov said'])
    await selects(wrapper)[0]!.setValue(MARKUP)
    expect(updates(wrapper)).toEqual([{ [MARKUP]: MARKUP }])
    expect(chosen(wrapper)[0]).toBe(MARKUP)
  })
})
