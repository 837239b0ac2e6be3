import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import QuestionPreview from '../../../src/components/studio/QuestionPreview.vue'
import type { Question, QuestionOf } from '../../../src/domain/bank/schema.ts'

enableAutoUnmount(afterEach)

const ordering: QuestionOf<'ordering'> = {
  id: 'visits',
  type: 'ordering',
  prompt: "Put Assad's trips in the order they happened.",
  items: ['Moscow', 'Sochi', 'Tehran'],
  evidence: 'He went to Moscow, then Sochi, then Tehran.',
}

/** A single-choice question whose first option, Sochi, is picked first; right when `answer` is it. */
const whereTheyMet = (answer: string): QuestionOf<'single'> => ({
  id: answer,
  type: 'single',
  prompt: 'Where did they meet?',
  choices: ['Sochi', 'Moscow'],
  answer,
})

const preview = (question: Question = ordering) =>
  mount(QuestionPreview, { props: { question }, attachTo: document.body })
type Wrapper = ReturnType<typeof preview>
/** The items top to bottom, without their position numbers. */
const onScreen = (wrapper: Wrapper) =>
  wrapper.findAll('.order-item').map((i) => i.text().replace(/^\d+\.\s*/, ''))

describe('the question preview', () => {
  it('says how a quiz orders what it shows only for a question with options or items', () => {
    const hint = (question: Question) => preview(question).get('.hint').text()
    const number: QuestionOf<'numeric'> = {
      id: 'n',
      type: 'numeric',
      prompt: 'How many?',
      answer: 37,
    }
    const statement: QuestionOf<'truefalse'> = {
      id: 't',
      type: 'truefalse',
      prompt: 'It rained.',
      answer: true,
    }
    const single: QuestionOf<'single'> = {
      id: 's',
      type: 'single',
      prompt: 'Who?',
      choices: ['A', 'B'],
      answer: 'A',
    }
    expect(hint(number)).toBe('Preview: as students see it.')
    expect(hint(statement)).toBe('Preview: as students see it.')
    expect(hint(single)).toBe('Preview: as students see it (in a quiz the options are shuffled).')
    expect(hint(ordering)).toBe(
      'Preview: as students see it (each quiz scrambles the items its own way).',
    )
  })

  it('moves focus to the feedback on Check, and back to the question on Try again, as a quiz does', async () => {
    const wrapper = preview(whereTheyMet('Sochi'))
    await wrapper.get('input[type=radio]').setValue(true)
    const check = wrapper.get('button[type=submit]')
    ;(check.element as HTMLElement).focus()
    await check.trigger('submit')
    await nextTick()
    // The Check button has gone: focus is on the verdict, not dropped to the page's top.
    expect(document.activeElement).toBe(wrapper.get('.feedback h2').element)
    expect(document.activeElement?.textContent).toContain('Correct')
    const again = wrapper.get('.quiz-actions button')
    expect(again.text()).toBe('Try again')
    await again.trigger('click')
    await nextTick()
    await nextTick()
    // The question, its legend read, as a quiz's second try puts it; not its first option alone.
    expect(document.activeElement).toBe(wrapper.get('fieldset.question').element)
  })

  it('puts the focus in a typed answer’s box on Try again, as a quiz does', async () => {
    const count: QuestionOf<'numeric'> = {
      id: 'n',
      type: 'numeric',
      prompt: 'How many?',
      answer: 3,
    }
    const wrapper = preview(count)
    await wrapper.get('input[type=text]').setValue('2')
    await wrapper.get('form').trigger('submit')
    await nextTick()
    await wrapper.get('.quiz-actions button').trigger('click')
    await nextTick()
    await nextTick()
    expect(document.activeElement).toBe(wrapper.get('input[type=text]').element)
  })

  it('names each open preview’s feedback by its own verdict, where a set has several open', async () => {
    // Two previews in one page, as a set's editor shows them.
    const page = mount(
      defineComponent({
        render: () => [
          h(QuestionPreview, { question: whereTheyMet('Sochi') }),
          h(QuestionPreview, { question: whereTheyMet('Moscow') }),
        ],
      }),
      { attachTo: document.body },
    )
    const [right, wrong] = page.findAllComponents(QuestionPreview)
    if (!right || !wrong) throw new Error('two previews expected')
    for (const w of [right, wrong]) {
      await w.get('input[type=radio]').setValue(true)
      await w.get('form').trigger('submit')
    }
    await nextTick()
    // Each box is labelled by its own heading: one id shared by both named the second box
    // "Correct" too, and sent focus after its Check to the first box's verdict.
    const named = [right, wrong].map((w) => {
      const box = w.get('section.feedback').element
      const id = box.getAttribute('aria-labelledby') ?? ''
      return document.querySelectorAll(`[id="${id}"]`).length === 1
        ? document.getElementById(id)?.textContent?.trim()
        : `${id} is used more than once`
    })
    expect(named).toEqual(['✓ Correct', '✗ Incorrect'])
    expect(document.activeElement).toBe(wrong.get('.feedback h2').element)
  })

  it('shows an ordering question’s items scrambled, as a quiz first shows them', () => {
    const items = onScreen(preview())
    expect([...items].sort()).toEqual(ordering.items)
    // None in its place, so pressing Check without moving anything earns nothing for free.
    items.forEach((item, i) => expect(item).not.toBe(ordering.items[i]))
  })

  it('marks an ordering question put in order as correct', async () => {
    const wrapper = preview()
    // Move each item up until the list reads in the set's order.
    for (const [target, item] of ordering.items.entries()) {
      for (let from = onScreen(wrapper).indexOf(item); from > target; from--)
        await wrapper.findAll('[data-move=up]')[from]!.trigger('click')
    }
    expect(onScreen(wrapper)).toEqual(ordering.items)
    await wrapper.get('form').trigger('submit')
    expect(wrapper.text()).toContain('Correct')
    expect(wrapper.text()).not.toContain('Incorrect')
  })
})
