import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import { eventually } from '../../fixtures/eventually.ts'
import QuestionPreview from '../../../src/components/studio/QuestionPreview.vue'
import type { Question, QuestionOf } from '../../../src/domain/bank/schema.ts'
import { SAME_AS_FIRST_TRY } from '../../../src/domain/quiz/retry.ts'

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
/** The buttons under the question, by their words. */
const actions = (wrapper: Wrapper) => wrapper.findAll('.quiz-actions button').map((b) => b.text())
/** The options picked. */
const picked = (wrapper: Wrapper) =>
  wrapper
    .findAll<HTMLInputElement>('input[type=radio]')
    .filter((r) => r.element.checked)
    .map((r) => r.element.value)

const count: QuestionOf<'numeric'> = { id: 'n', type: 'numeric', prompt: 'How many?', answer: 3 }
const threePlaces: QuestionOf<'single'> = {
  id: 'p',
  type: 'single',
  prompt: 'Where did they meet?',
  choices: ['Sochi', 'Moscow', 'Tehran'],
  answer: 'Sochi',
}
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

  it('moves focus to the feedback on Check, and back to the question on Answer again, as a quiz does', async () => {
    const wrapper = preview(whereTheyMet('Sochi'))
    await wrapper.get('input[type=radio]').setValue(true)
    const check = wrapper.get('button[type=submit]')
    ;(check.element as HTMLElement).focus()
    await check.trigger('submit')
    // The Check button has gone: focus is on the verdict, not dropped to the page's top.
    await eventually(() => expect(document.activeElement).toBe(wrapper.get('.feedback h2').element))
    expect(document.activeElement?.textContent).toContain('Correct')
    // Right: no second try, as in a quiz; the teacher may answer it afresh, as a new student.
    expect(actions(wrapper)).toEqual(['Answer again'])
    await wrapper.get('.quiz-actions button').trigger('click')
    // The question, its legend read, as a quiz's question puts it; not its first option alone.
    await eventually(() =>
      expect(document.activeElement).toBe(wrapper.get('fieldset.question').element),
    )
    expect(picked(wrapper)).toEqual([])
  })

  it('offers a wrong answer the second try a quiz offers: the answer kept, its text selected', async () => {
    const wrapper = preview(count)
    await wrapper.get('input[type=text]').setValue('2')
    await wrapper.get('form').trigger('submit')
    // The answer held back, as practice holds it while the second try is on offer.
    expect(wrapper.get('.feedback').text()).not.toContain('Right answer')
    expect(actions(wrapper)).toEqual(['Try again', 'Show the answer'])
    await wrapper.get('.quiz-actions button').trigger('click')
    const box = wrapper.get('input[type=text]').element as HTMLInputElement
    await eventually(() => expect(document.activeElement).toBe(box))
    // What a quiz says beside its counter, where the preview has no counter.
    expect(wrapper.findAll('.hint').map((h) => h.text())).toContain(
      'Second try, for half the marks.',
    )
    // Typing replaces the first answer, as in a quiz's second try ("2" then "3" gave "23").
    expect([box.value, box.selectionStart, box.selectionEnd]).toEqual(['2', 0, 1])
    // The same answer again is refused, as a quiz refuses it, not spent on a second wrong check.
    await wrapper.get('form').trigger('submit')
    expect(wrapper.get('[role=alert]').text()).toBe(SAME_AS_FIRST_TRY)
    await wrapper.get('input[type=text]').setValue('3')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.get('.feedback h2').text()).toContain('— right on the second try')
    expect(actions(wrapper)).toEqual(['Answer again'])
    await wrapper.get('.quiz-actions button').trigger('click')
    expect(wrapper.text()).not.toContain('Second try')
  })

  it('says “Second try.” without “for half the marks” after a first try worth half, as a quiz does', async () => {
    const wrapper = preview({
      id: 'both',
      type: 'multiple',
      prompt: 'Who went to the meeting?',
      choices: ['Assad', 'Putin', 'Peskov'],
      answers: ['Assad', 'Putin'],
    })
    await wrapper.get('input[value=Assad]').setValue(true)
    await wrapper.get('form').trigger('submit')
    await wrapper.get('.quiz-actions button').trigger('click')
    expect(wrapper.findAll('.hint').map((h) => h.text())).toContain('Second try.')
    expect(wrapper.text()).not.toContain('half the marks')
  })

  it('starts a single choice’s second try from none, the first pick shown as tried', async () => {
    const wrapper = preview(threePlaces)
    await wrapper.get('input[value=Moscow]').setValue(true)
    await wrapper.get('form').trigger('submit')
    await wrapper.get('.quiz-actions button').trigger('click')
    await eventually(() =>
      expect(document.activeElement).toBe(wrapper.get('fieldset.question').element),
    )
    expect(picked(wrapper)).toEqual([])
    expect(wrapper.get('input[value=Moscow]').attributes()).toHaveProperty('disabled')
  })

  it('offers no second try at a pick between two, and gives the answer at once, as a quiz does', async () => {
    const wrapper = preview(whereTheyMet('Moscow'))
    await wrapper.get('input[type=radio]').setValue(true)
    await wrapper.get('form').trigger('submit')
    expect(wrapper.get('.feedback').text()).toContain('Right answer: Moscow')
    expect(actions(wrapper)).toEqual(['Answer again'])
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
