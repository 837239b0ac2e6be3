import { afterEach, describe, expect, it } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import OrderingQuestion from '../../../src/components/questions/OrderingQuestion.vue'
import type { QuestionOf } from '../../../src/domain/bank/schema.ts'
import { MARKUP, controls, isDisabled, updates } from './helpers.ts'

const question: QuestionOf<'ordering'> = {
  id: 'visits',
  type: 'ordering',
  prompt: "Put Assad's trips in the order they happened.",
  items: ['Moscow', 'Sochi', 'Tehran'],
  evidence: 'He went to Moscow, then Sochi, then Tehran.',
}
/** The scrambled order the quiz shows the items in, which is the starting response. */
const shown = ['Sochi', 'Tehran', 'Moscow']

/** Mounted like a parent with v-model, and attached so focus can be checked. */
function factory(props: { modelValue?: string[]; disabled?: boolean; q?: typeof question } = {}) {
  const wrapper = mount(OrderingQuestion, {
    props: {
      question: props.q ?? question,
      modelValue: props.modelValue ?? shown,
      disabled: props.disabled,
      'onUpdate:modelValue': (value: string[]) => wrapper.setProps({ modelValue: value }),
    },
    attachTo: document.body,
  })
  return wrapper
}
type Wrapper = ReturnType<typeof factory>

enableAutoUnmount(afterEach)

const row = (wrapper: Wrapper, index: number) => wrapper.findAll('ol > li')[index]!
const item = (wrapper: Wrapper, index: number) => row(wrapper, index).get('.order-item')
const up = (wrapper: Wrapper, index: number) => row(wrapper, index).get('[data-move=up]')
const down = (wrapper: Wrapper, index: number) => row(wrapper, index).get('[data-move=down]')
/** The items as the student sees them, top to bottom. */
const onScreen = (wrapper: Wrapper) => wrapper.findAll('.order-item').map((i) => i.text())
const announced = (wrapper: Wrapper) => wrapper.get('[aria-live=polite]').text()

/** Moves focus there first, as a keyboard user does before pressing a key or a button. */
async function focused<T extends { element: Element }>(target: T): Promise<T> {
  ;(target.element as HTMLElement).focus()
  await flushPromises()
  return target
}

describe('an ordering question', () => {
  it('asks the prompt as the legend and lists the items in the order given, numbered', () => {
    const wrapper = factory()
    expect(wrapper.get('fieldset > legend').text()).toBe(
      "Put Assad's trips in the order they happened.",
    )
    expect(onScreen(wrapper)).toEqual(['1. Sochi', '2. Tehran', '3. Moscow'])
    expect(wrapper.get('ol').attributes('aria-describedby')).toBe(
      wrapper.get('p.hint').attributes('id'),
    )
    expect(announced(wrapper)).toBe('')
  })

  it('names each Up and Down button after its item', () => {
    const wrapper = factory()
    expect(wrapper.findAll('button').map((b) => b.attributes('aria-label'))).toEqual([
      'Move “Sochi” up',
      'Move “Sochi” down',
      'Move “Tehran” up',
      'Move “Tehran” down',
      'Move “Moscow” up',
      'Move “Moscow” down',
    ])
  })

  it('disables Up on the first item and Down on the last, and nothing else', () => {
    const wrapper = factory()
    const disabled = wrapper.findAll('button').map((b) => b.attributes('disabled') !== undefined)
    expect(disabled).toEqual([true, false, false, false, false, true])
  })

  it('moves an item up with its Up button and answers with the whole new order', async () => {
    const wrapper = factory()
    await up(wrapper, 2).trigger('click')
    expect(updates(wrapper)).toEqual([['Sochi', 'Moscow', 'Tehran']])
    expect(onScreen(wrapper)).toEqual(['1. Sochi', '2. Moscow', '3. Tehran'])
    expect(announced(wrapper)).toBe('“Moscow” moved to position 2 of 3.')
  })

  it('leaves no "moved to position" in the question once it is checked', async () => {
    const wrapper = factory()
    await up(wrapper, 2).trigger('click')
    expect(announced(wrapper)).toBe('“Moscow” moved to position 2 of 3.')
    // Read again after the verdict, the question held the last move's news as if it were new.
    await wrapper.setProps({ disabled: true })
    expect(announced(wrapper)).toBe('')
  })

  it('says how to move the items only while they can move', async () => {
    const wrapper = factory()
    const list = () => wrapper.get('ol.ordering')
    expect(wrapper.get('.hint').text()).toContain('Use the Up and Down buttons')
    expect(list().attributes('aria-describedby')).toBe(wrapper.get('.hint').attributes('id'))
    // Checked, the items stay put: a hint naming moves that do nothing would mislead.
    await wrapper.setProps({ disabled: true })
    expect(wrapper.find('.hint').exists()).toBe(false)
    expect(list().attributes('aria-describedby')).toBeUndefined()
  })

  it('moves an item down with its Down button', async () => {
    const wrapper = factory()
    await down(wrapper, 0).trigger('click')
    expect(updates(wrapper)).toEqual([['Tehran', 'Sochi', 'Moscow']])
    expect(announced(wrapper)).toBe('“Sochi” moved to position 2 of 3.')
  })

  it('reaches the right order through a sequence of moves', async () => {
    const wrapper = factory()
    await up(wrapper, 2).trigger('click')
    await up(wrapper, 1).trigger('click')
    await down(wrapper, 1).trigger('click')
    expect(updates(wrapper)).toEqual([
      ['Sochi', 'Moscow', 'Tehran'],
      ['Moscow', 'Sochi', 'Tehran'],
      ['Moscow', 'Tehran', 'Sochi'],
    ])
    expect(announced(wrapper)).toBe('“Sochi” moved to position 3 of 3.')
    await up(wrapper, 2).trigger('click')
    expect(onScreen(wrapper)).toEqual(['1. Moscow', '2. Sochi', '3. Tehran'])
  })

  it('moves the focused item with Alt+ArrowUp and Alt+ArrowDown, keeping focus on it', async () => {
    const wrapper = factory()
    await (await focused(item(wrapper, 1))).trigger('keydown', { key: 'ArrowUp', altKey: true })
    await flushPromises()
    expect(updates(wrapper)).toEqual([['Tehran', 'Sochi', 'Moscow']])
    expect(announced(wrapper)).toBe('“Tehran” moved to position 1 of 3.')
    expect(document.activeElement).toBe(item(wrapper, 0).element)

    await item(wrapper, 0).trigger('keydown', { key: 'ArrowDown', altKey: true })
    await flushPromises()
    await item(wrapper, 1).trigger('keydown', { key: 'ArrowDown', altKey: true })
    await flushPromises()
    expect(updates(wrapper).at(-1)).toEqual(['Sochi', 'Moscow', 'Tehran'])
    expect(announced(wrapper)).toBe('“Tehran” moved to position 3 of 3.')
    expect(document.activeElement).toBe(item(wrapper, 2).element)
  })

  it('leaves arrow keys without Alt, and Alt+arrows past either end, alone', async () => {
    const wrapper = factory()
    await item(wrapper, 1).trigger('keydown', { key: 'ArrowUp' })
    await item(wrapper, 1).trigger('keydown', { key: 'ArrowDown' })
    await item(wrapper, 0).trigger('keydown', { key: 'ArrowUp', altKey: true })
    await item(wrapper, 2).trigger('keydown', { key: 'ArrowDown', altKey: true })
    expect(updates(wrapper)).toEqual([])
    expect(announced(wrapper)).toBe('')
  })

  it('keeps focus on the button used, now on the moved item’s row', async () => {
    const wrapper = factory()
    await (await focused(down(wrapper, 0))).trigger('click')
    await flushPromises()
    expect(document.activeElement).toBe(down(wrapper, 1).element)
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Move “Sochi” down')
  })

  it('moves focus to the other button when the item reaches the top or the bottom', async () => {
    const wrapper = factory()
    // Up is disabled on the first row, so it cannot keep focus there.
    await (await focused(up(wrapper, 1))).trigger('click')
    await flushPromises()
    expect(onScreen(wrapper)).toEqual(['1. Tehran', '2. Sochi', '3. Moscow'])
    expect(document.activeElement).toBe(down(wrapper, 0).element)

    await (await focused(down(wrapper, 1))).trigger('click')
    await flushPromises()
    expect(onScreen(wrapper)).toEqual(['1. Tehran', '2. Moscow', '3. Sochi'])
    expect(document.activeElement).toBe(up(wrapper, 2).element)
  })

  it('moves an item dragged onto another item’s place', async () => {
    const wrapper = factory()
    await row(wrapper, 2).trigger('dragstart')
    await row(wrapper, 0).trigger('drop')
    expect(updates(wrapper)).toEqual([['Moscow', 'Sochi', 'Tehran']])
    expect(announced(wrapper)).toBe('“Moscow” moved to position 1 of 3.')
  })

  it('disables every button, takes the items out of the Tab order, and ignores keys and drops while disabled', async () => {
    const wrapper = factory({ disabled: true })
    const buttons = wrapper.findAll('button')
    expect(buttons).toHaveLength(6)
    expect(buttons.every((b) => isDisabled(b.element))).toBe(true)
    const tabStops = (w: typeof wrapper) =>
      w.findAll<HTMLElement>('.order-item').filter((i) => i.element.tabIndex >= 0)
    expect(tabStops(wrapper)).toHaveLength(0)
    expect(tabStops(factory())).toHaveLength(3)
    expect(wrapper.findAll('li').map((li) => li.attributes('draggable'))).toEqual([
      'false',
      'false',
      'false',
    ])
    await item(wrapper, 1).trigger('keydown', { key: 'ArrowUp', altKey: true })
    await row(wrapper, 2).trigger('dragstart')
    await row(wrapper, 0).trigger('drop')
    expect(updates(wrapper)).toEqual([])
    expect(onScreen(wrapper)).toEqual(['1. Sochi', '2. Tehran', '3. Moscow'])
    expect(controls(factory()).filter((c) => isDisabled(c.element))).toHaveLength(2)
  })

  it('renders markup in the prompt and items as text', async () => {
    const wrapper = factory({
      q: { ...question, prompt: `Order ${MARKUP}`, items: [MARKUP, 'Sochi'] },
      modelValue: ['Sochi', MARKUP],
    })
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.get('legend').text()).toBe(`Order ${MARKUP}`)
    expect(onScreen(wrapper)).toEqual(['1. Sochi', `2. ${MARKUP}`])
    await up(wrapper, 1).trigger('click')
    expect(announced(wrapper)).toBe(`“${MARKUP}” moved to position 1 of 2.`)
    expect(wrapper.find('img').exists()).toBe(false)
  })
})
