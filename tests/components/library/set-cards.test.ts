/** Library cards show what the student has done with each set, and continue a quiz in progress. */
import { afterEach, describe, expect, it } from 'vitest'
import { useProgressStore } from '../../../src/stores/progress.ts'
import { useQuizStore } from '../../../src/stores/quiz.ts'
import { STORAGE_KEYS } from '../../../src/composables/storage/keys.ts'
import { tooFullForCopies } from '../../fixtures/progress/memory-storage.ts'
import { createStorageDoor } from '../../../src/composables/storage/door.ts'
import { setStorageDoor } from '../../../src/composables/storage/index.ts'
import { SET_ID, freshPinia, mountRoute, played, shippedBank, DAY } from '../progress/played.ts'
import { eventually } from '../../fixtures/eventually.ts'

afterEach(() => {
  document.body.innerHTML = ''
  localStorage.clear()
  setStorageDoor(undefined)
})

const OTHER = 'assad-sochi-2018/dates-and-timeline'

async function card(path = '/') {
  const pinia = freshPinia()
  const { wrapper } = await mountRoute(path, pinia)
  const ours = () =>
    wrapper.findAll('.set-summary').find((s) => s.get('h3').text() === 'Who said what')!
  // The record arrives after the page is drawn, in place of an empty line that keeps its room.
  await eventually(() => expect(ours().find('.set-record:not([aria-hidden])').exists()).toBe(true))
  return { wrapper, ours, pinia }
}

describe('a set’s card in the library', () => {
  it('says a set was never played and offers to start it, named by the set', async () => {
    const { ours } = await card()
    expect(ours().get('.set-record').text()).toBe('Not played yet')
    expect(ours().get('a.primary').text()).toBe('Start “Who said what”')
  })

  it('shows the best and last score and the number of attempts of a played set', async () => {
    freshPinia()
    const bank = shippedBank()
    const [a, b, c] = bank.questions.map((q) => q.id)
    // 18 questions: 3 wrong → 83 %, then 1 retried → 17.5 of 18 = 97 %, then 2 wrong → 89 %.
    const progress = useProgressStore()
    progress.recordSession(played(bank, { mode: 'test', wrong: [a!, b!, c!] }), bank)
    progress.recordSession(played(bank, { mode: 'practice', start: DAY, retried: [a!] }), bank)
    progress.recordSession(played(bank, { mode: 'test', start: 2 * DAY, wrong: [a!, b!] }), bank)
    const { ours } = await card()
    expect(ours().get('.set-record').text().replace(/\s+/g, ' ')).toBe(
      'Best 97% · Last 89% · 3 attempts',
    )
    // Beside the Start button; the tick is drawn, the word read.
    const badge = ours().get('.badge-passed')
    expect(badge.text()).toBe('✓ Passed')
    expect(badge.get('[aria-hidden="true"]').text().trim()).toBe('✓')
    expect(badge.element.previousElementSibling?.textContent).toBe('Start “Who said what”')
    expect(ours().get('a.primary').text()).toBe('Start “Who said what”')
  })

  it('counts no retry of the questions missed as a best, nor one alone as a score', async () => {
    freshPinia()
    const bank = shippedBank()
    const [a, b, c, d, e] = bank.questions.map((q) => q.id)
    // Three of the set's questions, all right: 100 % of part of the set.
    const retry = (start: number) =>
      useProgressStore().recordSession(
        played(bank, { mode: 'practice', start, only: [a!, b!, c!] }),
        bank,
      )
    retry(0)
    const first = await card()
    expect(first.ours().get('.set-record').text().replace(/\s+/g, ' ')).toBe(
      'Practised part of the set · 1 attempt',
    )
    expect(first.ours().find('.badge-passed').exists()).toBe(false)

    // Then the whole set, 18 questions with 2 wrong: 89 % (88.9); then the retry at 100 % again.
    freshPinia()
    useProgressStore().recordSession(
      played(bank, { mode: 'test', start: DAY, wrong: [d!, e!] }),
      bank,
    )
    retry(2 * DAY)
    const { ours } = await card()
    // One quiz of the whole set: its score, once, not the same 89 % as best and last.
    expect(ours().get('.set-record').text().replace(/\s+/g, ' ')).toBe('Score 89% · 3 attempts')
  })

  it('says the score of a set played once, once, and has no "Passed" badge until an attempt reaches the pass mark', async () => {
    freshPinia()
    const bank = shippedBank()
    const ids = bank.questions.map((q) => q.id)
    // 18 questions, 6 answered right and the rest left: 33 %, under the set's pass mark.
    useProgressStore().recordSession(played(bank, { mode: 'test', unanswered: ids.slice(6) }), bank)
    const { ours } = await card()
    // Played once: its score said once; it read “Best 33% · Last 33% · 1 attempt”.
    expect(ours().get('.set-record').text().replace(/\s+/g, ' ')).toBe('Score 33% · 1 attempt')
    expect(ours().find('.badge-passed').exists()).toBe(false)
  })

  it('offers "Continue" instead of "Start" while a quiz of the set is in progress', async () => {
    freshPinia()
    const quiz = useQuizStore()
    quiz.start(SET_ID, { mode: 'practice' }, 'seed')
    quiz.jump(4)
    quiz.saveNow()
    const { ours, wrapper } = await card()
    expect(ours().get('a.primary').text()).toBe('Continue “Who said what”')
    // Only that set: the others still start.
    const others = wrapper
      .findAll('.set-summary')
      .filter((s) => s.get('h3').text() !== 'Who said what')
    expect(others.every((s) => s.get('a.primary').text().startsWith('Start “'))).toBe(true)
  })

  it.each([
    ['alone', []],
    ['beside another set’s quiz, which still continues', ['assad-sochi-2018/dates-and-timeline']],
  ])('offers "Start" for a damaged quiz in progress set aside %s', async (_, others) => {
    freshPinia()
    const quiz = useQuizStore()
    for (const id of [SET_ID, ...others]) {
      quiz.start(id, { mode: 'practice' }, 'seed')
      quiz.jump(4)
      quiz.saveNow()
    }
    // Its shown options lost (a hand edit, an older build): the notice says it cannot be continued.
    const doc = JSON.parse(localStorage.getItem(STORAGE_KEYS.quizInProgress)!) as {
      sessions: Record<string, { shown: unknown }>
    }
    doc.sessions[SET_ID]!.shown = null
    localStorage.setItem(STORAGE_KEYS.quizInProgress, JSON.stringify(doc))
    const { ours, wrapper } = await card()
    await eventually(() => expect(ours().get('a.primary').text()).toBe('Start “Who said what”'))
    expect(ours().get('.set-record').text()).toBe('Not played yet')
    const continued = wrapper
      .findAll('.set-summary a.primary')
      .filter((a) => a.text().startsWith('Continue'))
    expect(continued).toHaveLength(others.length)
  })

  it('offers "Start" for a damaged quiz storage is too full to set aside, as its notice says', async () => {
    freshPinia()
    const quiz = useQuizStore()
    for (const id of [SET_ID, OTHER]) {
      quiz.start(id, { mode: 'practice' }, 'seed')
      quiz.saveNow()
    }
    const doc = JSON.parse(localStorage.getItem(STORAGE_KEYS.quizInProgress)!) as {
      sessions: Record<string, { shown: unknown }>
    }
    doc.sessions[SET_ID]!.shown = null
    localStorage.setItem(STORAGE_KEYS.quizInProgress, JSON.stringify(doc))
    // Storage has no room for the set-aside copy: the damaged document stays under its key, kept
    // from being written over until the copy (held in memory) is downloaded or discarded.
    setStorageDoor(createStorageDoor({ backend: () => tooFullForCopies() }))
    const { ours, wrapper, pinia } = await card()
    const notices = useProgressStore(pinia).notices
    expect(notices.map((n) => [n.kind, n.stored, n.lost?.map((l) => l.setId)])).toEqual([
      ['quarantined', false, [SET_ID]],
    ])
    // It said Continue (and “Started, not finished yet”) until the copy was discarded.
    await eventually(() => expect(ours().get('a.primary').text()).toBe('Start “Who said what”'))
    expect(ours().get('.set-record').text()).toBe('Not played yet')
    const other = wrapper
      .findAll('.set-summary')
      .find(
        (c) =>
          c.get('h3').text() !== 'Who said what' &&
          c.get('a.primary').text().startsWith('Continue'),
      )
    expect(other?.get('h3').text()).toBe('Dates and timeline')
  })
})

describe('the article page', () => {
  it('ends with "Start a quiz", listing the article’s sets', async () => {
    const { wrapper } = await card('/read/assad-sochi-2018')
    const section = wrapper.get('section.start-quiz')
    expect(section.get('h2').text()).toBe('Start a quiz')
    const titles = section.findAll('.set-summary h3').map((h) => h.text())
    expect(titles).toContain('Who said what')
    expect(section.findAll('a.primary').map((a) => a.text())).toEqual(
      titles.map((t) => `Start “${t}”`),
    )
  })
})
