/**
 * A set of the teacher's deleted from a list can be put back with “Undo”, exactly as it was saved
 * (same id, so its scores and review cards are its own again), until the teacher leaves the page
 * or changes another set.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { enableAutoUnmount, type DOMWrapper, type VueWrapper } from '@vue/test-utils'
import { freshIndexedDb } from '../../fixtures/studio/idb.ts'
import { freshPinia, mountRoute, settle } from '../progress/played.ts'
import { eventually } from '../../fixtures/eventually.ts'
import { useYoursStore } from '../../../src/stores/yours.ts'
import { createStudioDb } from '../../../src/composables/storage/studio-db.ts'
import { setRecord } from '../../../src/domain/studio/records.ts'
import type { Bank, Passage } from '../../../src/domain/bank/schema.ts'
import { ferryBank, ferryPassage } from '../../fixtures/studio/ferry.ts'

freshIndexedDb()
enableAutoUnmount(afterEach)
afterEach(() => {
  document.body.innerHTML = ''
})

const SAVED = new Date('2025-02-03T04:05:06.000Z')
const FROM = 'assad-sochi-2018/who-said-what'

async function studioWithFerry(path = '/studio') {
  const pinia = freshPinia()
  const yours = useYoursStore()
  await yours.saveArticle(ferryPassage as Passage, SAVED)
  await yours.saveSet(ferryBank as Bank, SAVED, FROM)
  const { wrapper, router } = await mountRoute(path, pinia)
  return { wrapper, router, yours }
}

const button = (w: VueWrapper | DOMWrapper<Element>, name: RegExp) =>
  w.findAll('button').find((b) => name.test(b.text()))

async function deleteSet(w: VueWrapper, title = 'Ferry check') {
  const row = () => w.findAll('.studio-list li').find((li) => li.text().includes(title))
  await eventually(() => expect(row()).toBeDefined())
  const dialog = row()!.get('dialog').element as HTMLDialogElement
  dialog.showModal = () => dialog.setAttribute('open', '')
  dialog.close = () => dialog.removeAttribute('open')
  await button(row()!, /^More/)!.trigger('click')
  await button(row()!, /^Delete/)!.trigger('click')
  expect(row()!.get('dialog').text()).not.toContain('cannot be undone')
  expect(row()!.get('dialog').text()).toContain('You can undo it until you leave the page.')
  await button(row()!, /^Delete the set$/)!.trigger('click')
  await eventually(() => expect(row()).toBeUndefined())
}

const status = (w: VueWrapper) => w.get('section[aria-labelledby="my-sets"] [role="status"]')

describe('undoing the deletion of a set', () => {
  it('puts the set back as it was saved, its title under the keyboard', async () => {
    const { wrapper } = await studioWithFerry()
    await deleteSet(wrapper)
    expect((await createStudioDb().readAll()).sets).toEqual([])
    await eventually(() =>
      expect(status(wrapper).text().replace(/\s+/g, ' ')).toBe(
        'Deleted “Ferry check”. Undo the deletion of Ferry check',
      ),
    )
    const undo = status(wrapper).get('button')
    expect(undo.text()).toBe('Undo the deletion of Ferry check')

    await undo.trigger('click')
    await eventually(() =>
      expect(
        wrapper.findAll('[aria-labelledby="my-sets"] .item-name > strong').map((s) => s.text()),
      ).toEqual(['Ferry check']),
    )
    // Same id, saved at the same time, still a copy of the set it was copied from.
    expect((await createStudioDb().readAll()).sets).toEqual([
      setRecord(ferryBank as Bank, SAVED, FROM),
    ])
    expect(status(wrapper).text()).toBe('')
    await eventually(() => expect(document.activeElement?.textContent).toBe('Ferry check'))
  })

  it('names a set with a 2 000-character title in a line or two, its title whole again on Undo', async () => {
    const long = 'W'.repeat(2000)
    const { wrapper, yours } = await studioWithFerry()
    await yours.saveSet({ ...(ferryBank as Bank), id: 'harbour-ferry/long', title: long }, SAVED)
    await deleteSet(wrapper, long)
    const cut = `${'W'.repeat(59)}…`
    await eventually(() =>
      expect(status(wrapper).text().replace(/\s+/g, ' ')).toBe(
        `Deleted “${cut}”. Undo the deletion of ${cut}`,
      ),
    )
    await status(wrapper).get('button').trigger('click')
    await eventually(() => expect(document.activeElement?.textContent).toBe(long))
  })

  it('offers Undo until the teacher changes another set or leaves the page', async () => {
    const { wrapper, router, yours } = await studioWithFerry()
    await deleteSet(wrapper)
    await eventually(() => expect(status(wrapper).find('button').exists()).toBe(true))
    // Another change: a set saved (here, the editor's Save).
    await yours.saveSet(
      { ...(ferryBank as Bank), id: 'harbour-ferry/other', title: 'Other' },
      SAVED,
    )
    await settle()
    expect(status(wrapper).text()).toBe('')

    await deleteSet(wrapper, 'Other')
    await eventually(() => expect(status(wrapper).find('button').exists()).toBe(true))
    await router.push('/')
    await settle()
    await router.push('/studio')
    await settle()
    expect(status(wrapper).text()).toBe('')
    expect(yours.deleted).toBeUndefined()
  })
})
