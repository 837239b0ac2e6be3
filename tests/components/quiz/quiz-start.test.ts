import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import QuizStart from '../../../src/components/quiz/QuizStart.vue'
import { setMeta } from '../../../src/domain/bank/catalog.ts'
import { bank, single } from '../../fixtures/banks.ts'

function factory() {
  return mount(QuizStart, {
    props: { set: setMeta(bank({}, [single, { ...single, id: 'q2' }])) },
    attachTo: document.body,
  })
}

/** The "More options" button. */
const moreButton = (w: ReturnType<typeof factory>) =>
  w.findAll('button').find((b) => b.text().startsWith('More options'))!

/** Opens or closes "More options" with a click on its button. */
async function toggleMore(w: ReturnType<typeof factory>, open: boolean) {
  const button = moreButton(w)
  if ((button.attributes('aria-expanded') === 'true') !== open) await button.trigger('click')
  expect(button.attributes('aria-expanded')).toBe(String(open))
  // Opened the first time, its options arrive as a chunk of their own.
  if (open) await vi.waitFor(() => expect(button.attributes('aria-controls')).toBeDefined())
}

/** What "More options" opens, once drawn. */
const moreRegion = (w: ReturnType<typeof factory>) =>
  w.get(`#${CSS.escape(moreButton(w).attributes('aria-controls') ?? '')}`)

afterEach(() => {
  document.body.innerHTML = ''
})

describe('the start form', () => {
  it('asks for the mode in a group of its own, with shuffling as a separate choice after it', async () => {
    const w = factory()
    const group = w.get('fieldset')
    expect(group.get('legend').text()).toBe('How do you want to take it?')
    expect(group.findAll('input').map((i) => i.attributes('type'))).toEqual(['radio', 'radio'])
    const shuffle = w.get<HTMLInputElement>('input[type=checkbox]')
    expect(w.get(`label[for="${shuffle.attributes('id')}"]`).text()).toBe('Shuffle the questions')
    expect(shuffle.element.closest('fieldset')).toBeNull()
    expect(shuffle.element.checked).toBe(true)
    await shuffle.setValue(false)
    await w.get('form').trigger('submit')
    expect(w.emitted('start')?.[0]?.[0]).toMatchObject({ shuffleQuestions: false })
  })

  it('takes a quiz code under "More options", so a class can share one order', async () => {
    const w = factory()
    await toggleMore(w, true)
    const field = moreRegion(w).get('input[type=text]')
    expect(w.get(`label[for="${field.attributes('id')}"]`).text()).toBe('Quiz code (optional)')
    await field.setValue('  xtq2gah4 ')
    await w.get('form').trigger('submit')
    expect(w.emitted('start')?.[0]?.[1]).toBe('xtq2gah4')
  })

  it('draws "More options" when first opened and keeps what was chosen there when closed', async () => {
    const w = factory()
    expect(moreButton(w).attributes('aria-expanded')).toBe('false')
    expect(moreButton(w).attributes('aria-controls')).toBeUndefined()
    expect(w.find('input[type=text]').exists()).toBe(false)
    await toggleMore(w, true)
    await moreRegion(w).get('input[type=text]').setValue('abc')
    await toggleMore(w, false)
    expect(moreRegion(w).isVisible()).toBe(false)
    await toggleMore(w, true)
    expect(moreRegion(w).isVisible()).toBe(true)
    expect(moreRegion(w).get<HTMLInputElement>('input[type=text]').element.value).toBe('abc')
    await w.get('form').trigger('submit')
    expect(w.emitted('start')?.[0]?.[1]).toBe('abc')
  })

  it('opens "More options" without submitting the form', async () => {
    const w = factory()
    await toggleMore(w, true)
    expect(w.emitted('start')).toBeUndefined()
  })

  it('leaves the code to chance when the field is empty', async () => {
    const w = factory()
    await w.get('form').trigger('submit')
    expect(w.emitted('start')?.[0]?.[1]).toBeUndefined()
  })
})
