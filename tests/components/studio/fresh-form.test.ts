import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, type VueWrapper } from '@vue/test-utils'
import { freshIndexedDb } from '../../fixtures/studio/idb.ts'
import { freshPinia, mountRoute, settle } from '../progress/played.ts'
import { useYoursStore } from '../../../src/stores/yours.ts'
import { blankDraft } from '../../../src/domain/studio/draft.ts'
import { draftKeyOf } from '../../../src/domain/studio/draft-key.ts'
import { draftRecord } from '../../../src/domain/studio/records.ts'
import { readableDate } from '../../../src/components/progress/format.ts'

freshIndexedDb()
// An editor left mounted would answer the next test's `pagehide` with its own draft.
enableAutoUnmount(afterEach)
afterEach(() => {
  document.body.innerHTML = ''
})

const NEW = '/studio/new/assad-sochi-2018'
const status = (w: VueWrapper) => w.get('.editor-status').text().replace(/\s+/g, ' ')
const fieldErrors = (w: VueWrapper) => w.findAll('.input-error').map((e) => e.text())

/** Moves the keyboard from `from` to `to`, as Tab or a click does. */
async function move(w: VueWrapper, from: string, to: string) {
  const target = w.get(to).element as HTMLElement
  await w.get(from).trigger('focusout', { relatedTarget: target })
  target.focus()
  await settle()
}

describe('a new set in the studio, GOV.UK’s way', () => {
  it('says nothing is wrong before the teacher has typed anything', async () => {
    const { wrapper } = await mountRoute(NEW, freshPinia())
    expect(status(wrapper)).toBe('')
    expect(fieldErrors(wrapper)).toEqual([])
    expect(wrapper.find('.error-summary').exists()).toBe(false)
  })

  it('shows a question’s errors once the teacher leaves it, not while its prompt is written', async () => {
    const { wrapper } = await mountRoute(NEW, freshPinia())
    await wrapper.get('#f-title').setValue('Half done')
    await move(wrapper, '#f-title', '#f-description')
    // The title is right; the untouched question says nothing yet, on its card or in the count.
    expect(fieldErrors(wrapper)).toEqual([])
    expect(status(wrapper)).toBe('Not saved to your library yet')

    await wrapper.get('#f-questions-0-prompt').setValue('Where did Assad fly?')
    await move(wrapper, '#f-questions-0-prompt', '#f-questions-0-choices-0')
    expect(fieldErrors(wrapper)).toEqual([])

    await move(wrapper, '#f-questions-0-choices-0', '#new-question-type')
    expect(fieldErrors(wrapper)).toEqual([
      'Error: Choose the right answer',
      'Error: Write option 1',
      'Error: Write option 2',
    ])
    expect(status(wrapper)).toBe('⚠ 3 problems to fix · not saved to your library yet')
  })

  it('lists every problem at the top when a save is refused', async () => {
    const { wrapper } = await mountRoute(NEW, freshPinia())
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Save to my library')!
      .trigger('click')
    await settle()
    expect(wrapper.findAll('.error-summary li')).toHaveLength(5)
    expect(fieldErrors(wrapper)).toHaveLength(5)
    expect(status(wrapper)).toBe('⚠ 5 problems to fix')
  })

  it('shows the problems of a draft kept from before: the teacher has already acted', async () => {
    const pinia = freshPinia()
    const draft = { ...blankDraft('assad-sochi-2018'), title: 'Kept' }
    await useYoursStore().putDraft(
      draftKeyOf('new', 'assad-sochi-2018'),
      draftRecord(draft, new Date(), undefined, false),
    )
    const { wrapper } = await mountRoute(NEW, pinia)
    expect(wrapper.text()).toContain('Restored the changes you had not saved')
    expect(status(wrapper)).toBe('⚠ 4 problems to fix · not saved to your library yet')
    expect(fieldErrors(wrapper)).toHaveLength(4)

    // A question added now is new: it says nothing until it is left, as on a fresh form.
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Add a question')!
      .trigger('click')
    await settle()
    expect(wrapper.findAll('.question-editor')).toHaveLength(2)
    expect(fieldErrors(wrapper)).toHaveLength(4)
    // The count says what the cards say: the new question's 4 wait with its card (not 8).
    expect(status(wrapper)).toBe('⚠ 4 problems to fix · not saved to your library yet')
    await wrapper.get('#f-questions-1-prompt').setValue('Where did Assad fly?')
    await move(wrapper, '#f-questions-1-prompt', '#new-question-type')
    expect(fieldErrors(wrapper)).toHaveLength(7)
    expect(status(wrapper)).toBe('⚠ 7 problems to fix · not saved to your library yet')
    expect(fieldErrors(wrapper).slice(4)).toEqual([
      'Error: Choose the right answer',
      'Error: Write option 1',
      'Error: Write option 2',
    ])
  })

  it('keeps “No problems” off a set being edited while a question just added waits to be left', async () => {
    const { wrapper } = await mountRoute(
      '/studio/edit/assad-sochi-2018/dates-and-timeline',
      freshPinia(),
    )
    expect(status(wrapper)).toBe('✓ No problems')
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Add a question')!
      .trigger('click')
    await settle()
    // Its card is quiet, and so is the count: no “⚠ 4 problems to fix” over a question not begun,
    // and no “No problems” a save would refuse.
    expect(fieldErrors(wrapper)).toEqual([])
    expect(status(wrapper)).toBe('Not saved to your library yet')
    const added = wrapper.findAll('.question-editor').length - 1
    await wrapper.get(`#f-questions-${added}-prompt`).setValue('Where did Assad fly?')
    await move(wrapper, `#f-questions-${added}-prompt`, '#new-question-type')
    expect(fieldErrors(wrapper)).toHaveLength(3)
    expect(status(wrapper)).toBe('⚠ 3 problems to fix · not saved to your library yet')
  })

  it('keeps the time of the teacher’s last change when a draft is only opened again', async () => {
    const key = draftKeyOf('new', 'assad-sochi-2018')
    const edited = new Date('2026-03-02T09:15:00Z')
    const draft = { ...blankDraft('assad-sochi-2018'), title: 'Kept' }
    freshPinia()
    await useYoursStore().putDraft(key, draftRecord(draft, edited, undefined, false))
    const said = `Restored the changes you had not saved (${readableDate(edited.getTime())})`

    // Opened, looked at and left (a reload, a closed tab) without a change…
    const first = await mountRoute(NEW, freshPinia())
    expect(first.wrapper.text()).toContain(said)
    window.dispatchEvent(new Event('pagehide'))
    await settle()
    first.wrapper.unmount()

    // …it still says when it was last edited, not when it was last opened.
    const { wrapper } = await mountRoute(NEW, freshPinia())
    expect(wrapper.text()).toContain(said)
    expect((await useYoursStore().getDraft(key))?.savedAt).toBe(edited.toISOString())
  })

  it('keeps what was typed before the kept draft was looked for, when the page goes at once', async () => {
    // The browser is slow to answer whether a draft was kept (IndexedDB opening on a busy phone):
    // the teacher types and reloads before it has.
    const pinia = freshPinia()
    vi.spyOn(useYoursStore(), 'getDraft').mockReturnValue(new Promise(() => {}))
    const first = await mountRoute(NEW, pinia)
    await first.wrapper.get('#f-title').setValue('Typed at once')
    window.dispatchEvent(new Event('pagehide'))
    first.wrapper.unmount()

    const { wrapper } = await mountRoute(NEW, freshPinia())
    expect(wrapper.text()).toContain('Restored the changes you had not saved')
    expect((wrapper.get('#f-title').element as HTMLInputElement).value).toBe('Typed at once')
  })

  it('keeps a question typed past the limit in the draft, and says to shorten it', async () => {
    const pinia = freshPinia()
    const first = await mountRoute(NEW, pinia)
    const long = `${'Where did Assad fly? '.repeat(285)}End.`
    expect(long.length).toBe(5_989)
    await first.wrapper.get('#f-questions-0-prompt').setValue(long)
    window.dispatchEvent(new Event('pagehide'))
    await settle()
    first.wrapper.unmount()

    // Read back as the page reloads, and again from the browser's database.
    const { wrapper } = await mountRoute(NEW, freshPinia())
    expect(wrapper.text()).toContain('Restored the changes you had not saved')
    expect((wrapper.get('#f-questions-0-prompt').element as HTMLTextAreaElement).value).toBe(long)
    expect(fieldErrors(wrapper)).toContain(
      'Error: Shorten it to 5,000 characters or fewer (it has 5,989)',
    )
    const kept = await useYoursStore().getDraft(draftKeyOf('new', 'assad-sochi-2018'))
    expect(kept?.draft.questions[0]?.prompt).toBe(long)
  })
})
