import { beforeEach, describe, expect, it } from 'vitest'
import { mount, flushPromises } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import LibraryView from '../../src/views/LibraryView.vue'
import { routes } from '../../src/router/index.ts'
import { useBanksStore } from '../../src/stores/banks.ts'
import { setStorageDoor } from '../../src/composables/storage/index.ts'
import { BANK_FILE, PASSAGE_FILE, bank, json, passage, single } from '../fixtures/banks.ts'
import { quizAnswer, storeCards } from './review/cards.ts'
import { freshPinia } from './progress/played.ts'
import { useQuizStore } from '../../src/stores/quiz.ts'
import { eventually } from '../fixtures/eventually.ts'

beforeEach(() => setStorageDoor(undefined))

/** The library as first drawn, before anything fetched after the first frame has arrived. */
async function mountLibraryFirstFrame() {
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push('/')
  const wrapper = mount(LibraryView, { global: { plugins: [pinia, router] } })
  return { wrapper, banks: useBanksStore() }
}

async function mountLibrary() {
  const mounted = await mountLibraryFirstFrame()
  await flushPromises()
  return mounted
}

describe('the library', () => {
  it('lists the shipped article with each set, its question count and types', async () => {
    const { wrapper } = await mountLibrary()
    expect(wrapper.get('h2').text()).toBe("Syria's Assad Flies to Russia for Talks With Putin")
    // The date as a reader says it; the machine-readable one stays on <time>.
    expect(wrapper.get('.byline').text()).toBe(
      'Reuters via The Moscow Times · 18\u00a0May\u00a02018',
    )
    expect(wrapper.get('.byline time').attributes('datetime')).toBe('2018-05-18')
    const sets = wrapper.findAll('.set-summary')
    expect(sets.length).toBeGreaterThanOrEqual(3)
    const titles = sets.map((s) => s.get('h3').text())
    expect(titles).toContain('Who said what')
    for (const set of sets) {
      expect(set.get('.set-meta').text()).toMatch(/^\d+ questions · pass mark \d+%\s+\d+ [a-z/ ]+/)
      // Each Start link is named by its set, so a list of links tells them apart.
      expect(set.get('a').text()).toBe(`Start “${set.get('h3').text()}”`)
    }
    expect(wrapper.find('.load-failures').exists()).toBe(false)
    // Each type's count reads as words for one and for several (it said “5 number”).
    const dates = sets.find((s) => s.get('h3').text() === 'Dates and timeline')!
    // The count and the pass mark together, the kinds of question after them: the pass mark came
    // last, after all the kinds, nine lines from the count at 320 px and 200 % text.
    expect(dates.get('.set-meta').text().replace(/\s+/g, ' ')).toBe(
      '13 questions · pass mark 70% 3 single choice, 3 true/false, 5 number questions, ' +
        '1 short answer, 1 ordering question',
    )
    expect(dates.get('.set-types').text()).toBe(
      '3 single choice, 3 true/false, 5 number questions, 1 short answer, 1 ordering question',
    )
  })

  it('shows a broken bank as "could not load" with its errors, and keeps the good ones', async () => {
    const { wrapper, banks } = await mountLibrary()
    await banks.load([
      { file: PASSAGE_FILE, text: json(passage()) },
      { file: BANK_FILE, text: json(bank()) },
      {
        file: 'questions/mini/broken.json',
        text: json(
          bank({ id: 'mini/broken', title: 'Broken set' }, [
            { ...single, id: 'x', answer: 'Peskov' },
          ]),
        ),
      },
    ])
    await flushPromises()
    expect(wrapper.findAll('.set-summary').map((s) => s.get('h3').text())).toEqual(['Quotes'])
    const failure = wrapper.get('.load-failures')
    expect(failure.get('h2').text()).toBe('Could not load')
    expect(failure.get('h3').text()).toContain('Broken set')
    expect(failure.get('li code').text()).toMatch(
      /^questions\/mini\/broken\.json:\d+:\d+ questions\[0\]\.answer: “Peskov” is not one of the choices/,
    )
  })

  it('names a file that could not be read once, by its path', async () => {
    const { wrapper, banks } = await mountLibrary()
    await banks.load([
      { file: PASSAGE_FILE, text: json(passage()) },
      { file: 'questions/mini/unreadable.json', text: '{ "id": ' },
    ])
    await flushPromises()
    const heading = wrapper.get('.load-failures h3').text()
    expect(heading.split('questions/mini/unreadable.json')).toHaveLength(2)
  })

  it('renders bank text as text, never as HTML', async () => {
    const { wrapper, banks } = await mountLibrary()
    await banks.load([
      { file: PASSAGE_FILE, text: json(passage()) },
      { file: BANK_FILE, text: json(bank({ title: '<img src=x onerror=alert(1)>Quotes' })) },
    ])
    await flushPromises()
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.get('.set-summary h3').text()).toBe('<img src=x onerror=alert(1)>Quotes')
  })

  it("holds the place of each set's record from the first frame, so Start does not move", async () => {
    const { wrapper } = await mountLibraryFirstFrame()
    const first = wrapper.get('.set-summary')
    const space = first.get('.set-record')
    expect(space.attributes('aria-hidden')).toBe('true')
    expect(space.text()).toBe('')
    // The record takes the same element's place: one line, the same class.
    await eventually(() => expect(first.get('.set-record').text()).toBe('Not played yet'))
    expect(first.findAll('.set-record')).toHaveLength(1)
    expect(first.get('.set-record').attributes('aria-hidden')).toBeUndefined()
  })

  it("holds the review banner's place from the first frame for a learner with cards", async () => {
    const tenDaysAgo = Date.now() - 10 * 86_400_000
    storeCards(['wsw-01', 'wsw-02', 'wsw-03'].map((qid) => quizAnswer(qid, tenDaysAgo, false)))
    const { wrapper } = await mountLibraryFirstFrame()
    const space = wrapper.get('.due-banner')
    expect(space.classes()).toContain('due-banner-space')
    expect(space.attributes('aria-hidden')).toBe('true')
    expect(wrapper.find('[aria-label="Review"]').exists()).toBe(false)

    await eventually(() => expect(wrapper.find('section[aria-label="Review"]').exists()).toBe(true))
    const banner = wrapper.get('section[aria-label="Review"]')
    expect(wrapper.findAll('.due-banner')).toHaveLength(1)
    expect(banner.classes()).not.toContain('due-banner-space')
    expect(banner.attributes('aria-hidden')).toBeUndefined()
    // What a reader hears: the count and the link, not the invisible copy that sizes the banner.
    const shown = banner.get('.due-banner-row:not([aria-hidden])')
    expect(shown.get('p').text().replace(/\s+/g, ' ')).toBe('3 to review from 1 set')
    expect(shown.get('a').text()).toBe('Review now')
    const sizer = banner.get('.due-banner-sizer')
    expect(sizer.attributes('aria-hidden')).toBe('true')
    // Its words are CSS content: the page's text, which find and copy read, holds the count once.
    expect(sizer.text()).toBe('')
    expect(banner.text().match(/to review/g)).toHaveLength(1)
  })

  it('says a set whose quiz is under way was started, beside its Continue button', async () => {
    // A quiz saved as a quiz is saved: a document that does not read is set aside, and says Start.
    freshPinia()
    useQuizStore().start('assad-sochi-2018/dates-and-timeline', { mode: 'practice' }, 'seed')
    useQuizStore().saveNow()
    const { wrapper } = await mountLibraryFirstFrame()
    const card = wrapper
      .findAll('.set-summary')
      .find((c) => c.get('h3').text() === 'Dates and timeline')!
    expect(card.get('a.button').text()).toMatch(/^Continue/)
    await eventually(() => expect(card.get('.set-record').text()).toBe('Started, not finished yet'))
    const other = wrapper
      .findAll('.set-summary')
      .find((c) => c.get('h3').text() !== 'Dates and timeline')!
    expect(other.get('a.button').text()).toMatch(/^Start/)
    expect(other.get('.set-record').text()).toBe('Not played yet')
  })

  it('holds no space for a new learner, who has no review cards', async () => {
    const { wrapper } = await mountLibraryFirstFrame()
    expect(wrapper.find('.due-banner').exists()).toBe(false)
    await flushPromises()
    await eventually(() => expect(wrapper.get('.set-record').text()).toBe('Not played yet'))
    expect(wrapper.find('.due-banner').exists()).toBe(false)
  })
})
