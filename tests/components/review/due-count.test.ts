import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { setStorageDoor } from '../../../src/composables/storage/index.ts'
import { useReviewStore } from '../../../src/stores/review.ts'
import { useBanksStore } from '../../../src/stores/banks.ts'
import { useYoursStore } from '../../../src/stores/yours.ts'
import DueCount from '../../../src/components/review/DueCount.vue'
import { settle } from '../progress/played.ts'
import { dec, quizAnswer, storeCards } from './cards.ts'

let visibility: DocumentVisibilityState = 'visible'
Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility })

beforeEach(() => {
  setStorageDoor(undefined)
  localStorage.clear()
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] })
})
afterEach(() => {
  vi.useRealTimers()
  visibility = 'visible'
  document.body.innerHTML = ''
})

/** The header's count, with nothing due yet, and when its first card comes due. */
async function headerCount() {
  storeCards([quizAnswer('wsw-09', dec(1, 8), true), quizAnswer('wsw-01', dec(1, 8), true)])
  vi.setSystemTime(dec(1, 9))
  setActivePinia(createPinia())
  const wrapper = mount(DueCount, { props: { variant: 'header' }, attachTo: document.body })
  await useBanksStore().loadAll()
  await settle()
  const dueAt = useReviewStore().nextReview(Date.now())
  if (dueAt === undefined) throw new Error('a card should come due')
  expect(wrapper.find('.counter').exists()).toBe(false)
  return { wrapper, dueAt }
}

describe("the header's review count", () => {
  it('counts what came due while the laptop slept, a few seconds after it wakes', async () => {
    const { wrapper, dueAt } = await headerCount()
    // Asleep: the wall clock moves on, the timers do not.
    vi.setSystemTime(dueAt + 3_600_000)
    await vi.advanceTimersByTimeAsync(5_000)
    expect(wrapper.find('.counter').text()).toMatch(/^\d+ to review$/)
  })

  it('counts what came due while the tab was in the background, as soon as it is shown', async () => {
    const { wrapper, dueAt } = await headerCount()
    visibility = 'hidden'
    document.dispatchEvent(new Event('visibilitychange'))
    vi.setSystemTime(dueAt + 1_000)
    visibility = 'visible'
    document.dispatchEvent(new Event('visibilitychange'))
    await settle()
    expect(wrapper.find('.counter').text()).toMatch(/^\d+ to review$/)
  })
})

describe("the library's review banner", () => {
  async function libraryBanner(at: number) {
    storeCards([quizAnswer('wsw-09', dec(1, 8), false)])
    vi.setSystemTime(at)
    setActivePinia(createPinia())
    const wrapper = mount(DueCount, {
      props: { variant: 'library' },
      attachTo: document.body,
      global: { stubs: { RouterLink: { template: '<a class="button"><slot /></a>' } } },
    })
    // The banner waits for every set, the student's own too: both loads, or a slow one left it empty.
    await Promise.all([useBanksStore().loadAll(), useYoursStore().load()])
    await settle()
    return wrapper.get('section.due-banner')
  }

  it('is a quiet note when nothing is due, not framed in blue like a chosen answer', async () => {
    const banner = await libraryBanner(dec(1, 9))
    expect(banner.text()).toMatch(/Nothing to review today/)
    expect(banner.classes()).toContain('due-banner-quiet')
  })

  it('stays in the accent colour when something is due, with its button', async () => {
    const banner = await libraryBanner(dec(20, 9))
    expect(banner.text()).toMatch(/1 to review/)
    expect(banner.classes()).not.toContain('due-banner-quiet')
  })
})
