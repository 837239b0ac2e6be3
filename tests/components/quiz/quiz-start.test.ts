import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import QuizStart from '../../../src/components/quiz/QuizStart.vue'
import { setMeta } from '../../../src/domain/bank/catalog.ts'
import type { Question } from '../../../src/domain/bank/schema.ts'
import { useBanksStore } from '../../../src/stores/banks.ts'
import { BANK_FILE, PASSAGE_FILE, bank, json, passage, single } from '../../fixtures/banks.ts'
import { eventually } from '../../fixtures/eventually.ts'

const TWO: Question[] = [single, { ...single, id: 'q2' }]

/** The start page of a set of `questions`, loaded in the banks store as the app loads it. */
async function factory(questions: Question[] = TWO) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const b = bank({}, questions)
  await useBanksStore().load([
    { file: PASSAGE_FILE, text: json(passage()) },
    { file: BANK_FILE, text: json(b) },
  ])
  return mount(QuizStart, {
    props: { set: setMeta(b) },
    global: { plugins: [pinia] },
    attachTo: document.body,
  })
}

/** The "More options" button. */
const moreButton = (w: Awaited<ReturnType<typeof factory>>) =>
  w.findAll('button').find((b) => b.text().startsWith('More options'))!

/** Opens or closes "More options" with a click on its button. */
async function toggleMore(w: Awaited<ReturnType<typeof factory>>, open: boolean) {
  const button = moreButton(w)
  if ((button.attributes('aria-expanded') === 'true') !== open) await button.trigger('click')
  expect(button.attributes('aria-expanded')).toBe(String(open))
  // Opened the first time, its options arrive as a chunk of their own.
  if (open) await eventually(() => expect(button.attributes('aria-controls')).toBeDefined())
}

/** What "More options" opens, once drawn. */
const moreRegion = (w: Awaited<ReturnType<typeof factory>>) =>
  w.get(`#${CSS.escape(moreButton(w).attributes('aria-controls') ?? '')}`)

afterEach(() => {
  document.body.innerHTML = ''
})

describe('the start form', () => {
  it('asks for the mode in a group of its own, with shuffling as a separate choice after it', async () => {
    const w = await factory()
    const group = w.get('fieldset')
    expect(group.get('legend').text()).toBe('How do you want to take it?')
    expect(group.findAll('input').map((i) => i.attributes('type'))).toEqual(['radio', 'radio'])
    const shuffle = w.get<HTMLInputElement>('input[type=checkbox]')
    expect(w.get(`label[for="${shuffle.attributes('id')}"]`).text()).toBe('Shuffle the questions')
    expect(shuffle.element.closest('fieldset')).toBeNull()
    expect(shuffle.element.checked).toBe(true)
    await shuffle.setValue(false)
    await w.get('form').trigger('submit')
    // Unshuffled questions still shuffle their options: Progress lists a past attempt's options
    // in the order shown by replaying the shuffle (shuffledChoices in domain/progress/codec.ts).
    expect(w.emitted('start')?.[0]?.[0]).toMatchObject({
      shuffleQuestions: false,
      shuffleChoices: true,
    })
  })

  it('takes a quiz code under "More options", so a class can share one order', async () => {
    const w = await factory()
    await toggleMore(w, true)
    const field = moreRegion(w).get('input[type=text]')
    expect(w.get(`label[for="${field.attributes('id')}"]`).text()).toBe('Quiz code (optional)')
    await field.setValue('  xtq2gah4 ')
    await w.get('form').trigger('submit')
    expect(w.emitted('start')?.[0]?.[1]).toBe('xtq2gah4')
  })

  it('draws "More options" when first opened and keeps what was chosen there when closed', async () => {
    const w = await factory()
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

  it('says on Start how many questions the chosen topics and difficulties leave', async () => {
    const tagged = (id: string, tags: string[], difficulty: number): Question => ({
      ...single,
      id,
      tags,
      difficulty,
    })
    const w = await factory([
      tagged('q1', ['dates'], 1),
      tagged('q2', ['dates', 'people'], 2),
      tagged('q3', ['people'], 2),
    ])
    const start = () => w.get('button[type=submit]').text()
    expect(start()).toBe('Start 3 questions')
    await toggleMore(w, true)
    const box = (label: string) =>
      moreRegion(w)
        .findAll('input[type=checkbox]')
        .find((i) => w.get(`label[for="${i.attributes('id')}"]`).text() === label)!
    await box('dates').setValue(true)
    await eventually(() => expect(start()).toBe('Start 2 questions'))
    expect(moreRegion(w).get('select option').text()).toBe('All 2')
    await box('1').setValue(true)
    await flushPromises()
    expect(start()).toBe('Start 1 question')
    // Nothing left: Start says no number, and the options say why.
    await box('dates').setValue(false)
    await box('people').setValue(true)
    await flushPromises()
    expect(start()).toBe('Start')
    // It read “All 0”, a number of questions that is none.
    expect(moreRegion(w).get('select option').text()).toBe('All')
    expect(moreRegion(w).get('[role=status]').text()).toBe(
      'No question has these topics and difficulties: untick some.',
    )
  })

  it('tells minutes out of range below the field, in the words of Settings, and starts nothing', async () => {
    const w = await factory()
    await toggleMore(w, true)
    const region = moreRegion(w)
    const timed = region
      .findAll('input[type=checkbox]')
      .find((i) => w.get(`label[for="${i.attributes('id')}"]`).text() === 'Time limit')!
    await timed.setValue(true)
    const minutes = region.get<HTMLInputElement>('input[type=number]')
    // Start as a click sends it: the browser checks the fields first (a `submit` event would not).
    const start = () => w.get<HTMLButtonElement>('button[type=submit]').element.click()
    for (const typed of ['500', '0', '']) {
      await minutes.setValue(typed)
      start()
      await flushPromises()
      expect(w.emitted('start')).toBeUndefined()
      const error = region.get('.input-error')
      expect(error.text()).toBe('Error: Type a whole number of minutes from 1 to 180.')
      expect(minutes.attributes('aria-invalid')).toBe('true')
      expect(minutes.attributes('aria-describedby')?.split(' ')).toContain(error.attributes('id'))
      expect(document.activeElement).toBe(minutes.element)
    }
    // Closed, More options opens again to show why Start did nothing.
    await toggleMore(w, false)
    start()
    await flushPromises()
    expect(moreButton(w).attributes('aria-expanded')).toBe('true')
    expect(document.activeElement).toBe(minutes.element)
    expect(w.emitted('start')).toBeUndefined()

    await minutes.setValue('25')
    expect(region.find('.input-error').exists()).toBe(false)
    expect(minutes.attributes('aria-invalid')).toBeUndefined()
    start()
    await flushPromises()
    expect(w.emitted('start')?.[0]?.[0]).toMatchObject({ timeLimitSec: 1500 })
  })

  it('takes an emptied minutes field as a state of the form, not a wrong type', async () => {
    const warn = vi.spyOn(console, 'warn')
    const w = await factory()
    await toggleMore(w, true)
    const region = moreRegion(w)
    await region
      .findAll('input[type=checkbox]')
      .find((i) => w.get(`label[for="${i.attributes('id')}"]`).text() === 'Time limit')!
      .setValue(true)
    const minutes = region.get<HTMLInputElement>('input[type=number]')
    await minutes.setValue('')
    await flushPromises()
    expect(minutes.element.value).toBe('')
    expect(region.find('.input-error').exists()).toBe(false)
    // It said “Invalid prop: type check failed for prop "minutes". Expected Number … got String”.
    expect(warn).not.toHaveBeenCalled()
    await minutes.setValue('20')
    w.get<HTMLButtonElement>('button[type=submit]').element.click()
    await flushPromises()
    expect(w.emitted('start')?.[0]?.[0]).toMatchObject({ timeLimitSec: 1200 })
    warn.mockRestore()
  })

  it('opens "More options" without submitting the form', async () => {
    const w = await factory()
    await toggleMore(w, true)
    expect(w.emitted('start')).toBeUndefined()
  })

  it('leaves the code to chance when the field is empty', async () => {
    const w = await factory()
    await w.get('form').trigger('submit')
    expect(w.emitted('start')?.[0]?.[1]).toBeUndefined()
  })
})
