/**
 * Pages with nothing on them yet (Review, the study dashboard, Progress) name a quiz left
 * half-way and lead back to it first: the questions a student answered there are not lost.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import { useQuizStore } from '../../../src/stores/quiz.ts'
import { STORAGE_KEYS } from '../../../src/composables/storage/keys.ts'
import { tooFullForCopies } from '../../fixtures/progress/memory-storage.ts'
import { createStorageDoor } from '../../../src/composables/storage/door.ts'
import { setStorageDoor } from '../../../src/composables/storage/index.ts'
import { useProgressStore } from '../../../src/stores/progress.ts'
import { SET_ID, freshPinia, landedOn, mountRoute } from '../progress/played.ts'
import { dec, quizAnswer, storeCards } from '../review/cards.ts'
import { eventually } from '../../fixtures/eventually.ts'

afterEach(() => {
  document.body.innerHTML = ''
  localStorage.clear()
  setStorageDoor(undefined)
})

/** Starts a practice quiz of `setId`, goes to its fifth question and leaves it there. */
function leaveHalfWay(setId = SET_ID) {
  const quiz = useQuizStore()
  quiz.start(setId, { mode: 'practice' }, 'seed')
  quiz.jump(4)
  quiz.saveNow()
}

/** The page's way-on buttons: their words, and whether each is the primary one. */
async function actions(wrapper: VueWrapper) {
  await eventually(() => expect(wrapper.find('.quiz-actions').exists()).toBe(true))
  return wrapper.findAll('.quiz-actions a').map((a) => [a.text(), a.classes().includes('primary')])
}

/** What the page says in words, its headings and buttons aside. */
function said(wrapper: VueWrapper) {
  return wrapper.findAll('p:not(.quiz-actions)').map((p) => p.text().replace(/\s+/g, ' '))
}

describe.each([
  {
    path: '/review',
    its: 'its questions join your review',
    choose: 'Choose a quiz',
    empty: /^Finish a quiz and every question you answered comes back here/,
  },
  {
    path: '/dashboard',
    its: 'its questions join your review',
    choose: 'Choose a quiz',
    empty: /^Nothing here yet: every question you answer in a quiz joins your reviews, and/,
  },
  {
    path: '/progress',
    its: 'its score appears here',
    choose: 'Choose a first quiz',
    empty: /^Nothing here yet: your scores appear once you finish a quiz/,
  },
])('$path with nothing on it yet', ({ path, its, choose, empty }) => {
  it('names a quiz left half-way, and Continue opens it', async () => {
    const pinia = freshPinia()
    leaveHalfWay()
    const { wrapper, router } = await mountRoute(path, pinia)
    expect(await actions(wrapper)).toEqual([
      ['Continue “Who said what”', true],
      ['Choose another quiz', false],
    ])
    // One thing said: not "Nothing here yet" (read as "nothing was kept") above it.
    expect(said(wrapper)).toEqual([
      `You have a quiz under way, “Who said what”: ${its} when you finish it.`,
    ])
    await wrapper.get('.quiz-actions a.primary').trigger('click')
    await landedOn(router, 'quiz')
    expect(router.currentRoute.value.params).toEqual({
      passageId: 'assad-sochi-2018',
      setSlug: 'who-said-what',
    })
  })

  it.each([
    ['', localStorage],
    [', also when storage is too full for the set-aside copy', tooFullForCopies()],
  ])(
    'names no quiz set aside as damaged, beside the notice that it cannot be continued%s',
    async (_, backend) => {
      freshPinia()
      leaveHalfWay()
      const doc = JSON.parse(localStorage.getItem(STORAGE_KEYS.quizInProgress)!) as {
        sessions: Record<string, { shown: unknown }>
      }
      doc.sessions[SET_ID]!.shown = null
      localStorage.setItem(STORAGE_KEYS.quizInProgress, JSON.stringify(doc))
      setStorageDoor(createStorageDoor({ backend: () => backend }))
      // A new visit finds it damaged (its shown options lost), as the storage notice says.
      const pinia = freshPinia()
      const { wrapper } = await mountRoute(path, pinia)
      expect(await actions(wrapper)).toEqual([[choose, true]])
      expect(said(wrapper)).toEqual([expect.stringMatching(empty)])
      // The page's own store: a timer of the quiz left half-way may have made another one active.
      expect(useProgressStore(pinia).notices.map((n) => [n.kind, n.stored])).toEqual([
        ['quarantined', backend === localStorage],
      ])
    },
  )

  it('with no quiz under way, offers the library alone', async () => {
    const { wrapper } = await mountRoute(path, freshPinia())
    expect(await actions(wrapper)).toEqual([[choose, true]])
    expect(said(wrapper)).toEqual([expect.stringMatching(empty)])
  })
})

it('counts two quizzes under way and offers to continue each, in the library’s order', async () => {
  const pinia = freshPinia()
  leaveHalfWay()
  leaveHalfWay('assad-sochi-2018/dates-and-timeline')
  const { wrapper } = await mountRoute('/review', pinia)
  expect(await actions(wrapper)).toEqual([
    ['Continue “Dates and timeline”', true],
    ['Continue “Who said what”', false],
    ['Choose another quiz', false],
  ])
  expect(said(wrapper)).toEqual([
    'You have 2 quizzes under way: their questions join your review when you finish them.',
  ])
})

it('Progress with questions in review but no quiz finished names the quiz under way, Continue first', async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  try {
    vi.setSystemTime(dec(4, 12))
    // Two answers in review (one due now), from a practice the student left half-way.
    storeCards([quizAnswer('wsw-01', dec(3, 8), false), quizAnswer('wsw-02', dec(3, 8), true)])
    const pinia = freshPinia()
    leaveHalfWay()
    const { wrapper, router } = await mountRoute('/progress', pinia)
    // Not "they appear once you finish a quiz", as if the quiz under way were not there; and one
    // message in one paragraph, as on the dashboard and Review, not a second, greyed one below.
    expect(said(wrapper)).toEqual([
      'You have a quiz under way, “Who said what”: its score appears here when you finish it. ' +
        'You also have 2 questions in review, 1 due now.',
    ])
    expect(await actions(wrapper)).toEqual([
      ['Continue “Who said what”', true],
      ['Review now', false],
      ['Study dashboard', false],
      ['Choose another quiz', false],
    ])
    await wrapper.get('.quiz-actions a.primary').trigger('click')
    await landedOn(router, 'quiz')
  } finally {
    vi.useRealTimers()
  }
})
