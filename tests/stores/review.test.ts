import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import type { ReviewAnswer } from '../../src/domain/review/apply.ts'
import { decodeLog, logSeconds } from '../../src/domain/review/card.ts'
import { createScheduler } from '../../src/domain/review/fsrs.ts'
import { REVIEW_VERSION } from '../../src/domain/review/schema.ts'
import { createStorageDoor, type StorageDoor } from '../../src/composables/storage/door.ts'
import { setStorageDoor } from '../../src/composables/storage/index.ts'
import { QUARANTINE_PREFIX, STORAGE_KEYS } from '../../src/composables/storage/keys.ts'
import { useProgressStore } from '../../src/stores/progress.ts'
import { useBanksStore } from '../../src/stores/banks.ts'
import { useReviewStore } from '../../src/stores/review.ts'
import { useQuizStore } from '../../src/stores/quiz.ts'
import { useSettingsStore } from '../../src/stores/settings.ts'
import { MemoryStorage, throwingStorage } from '../fixtures/progress/memory-storage.ts'
import { loadShippedBanks, shippedLibrary } from '../fixtures/shipped.ts'
import { noticeText } from '../../src/composables/storage/notice-text.ts'

const KEY = STORAGE_KEYS.review
const WSW = 'assad-sochi-2018/who-said-what'
const scheduler = createScheduler({ retention: 0.9 })
const stores: { $dispose(): void }[] = []
const dec = (day: number, hour = 9) => new Date(2025, 11, day, hour).getTime()

function openTab(door: StorageDoor = createStorageDoor()) {
  setStorageDoor(door)
  setActivePinia(createPinia())
  loadShippedBanks()
  const review = useReviewStore()
  stores.push(review, useProgressStore(), useSettingsStore())
  return review
}

function answer(qid: string, at: number, over: Partial<ReviewAnswer> = {}): ReviewAnswer {
  return {
    setId: WSW,
    qid,
    at,
    source: 'review',
    correct: true,
    retryUsed: false,
    timeMs: 4000,
    sure: false,
    ...over,
  }
}

/** Another tab wrote `key`: the browser fires `storage` in this one. */
function otherTabWrote(key: string | null, newValue: string | null) {
  window.dispatchEvent(new StorageEvent('storage', { key, newValue }))
}

const logOf = (review: ReturnType<typeof useReviewStore>, qid: string) =>
  decodeLog(review.cards.find((c) => c.qid === qid)?.log ?? '')

beforeEach(() => setStorageDoor(undefined))
afterEach(() => {
  for (const store of stores.splice(0)) store.$dispose()
  setStorageDoor(undefined)
})

describe('the review store', () => {
  it('records answers, saves them, and reads them back in a new tab', () => {
    const review = openTab()
    expect(review.record([answer('wsw-01', dec(1), { source: 'quiz' })], scheduler)).toBe(true)
    expect(review.cards).toHaveLength(1)
    const again = openTab()
    expect(again.cards.map((c) => c.key)).toEqual([`${WSW}#wsw-01`])
  })

  it('queues due cards, most overdue first, and says when the next one is', () => {
    const review = openTab()
    review.record(
      [
        answer('wsw-01', dec(1), { source: 'quiz', correct: false }),
        answer('wsw-02', dec(1, 8), { source: 'quiz', correct: false }),
        answer('wsw-03', dec(1), { source: 'quiz' }),
      ],
      scheduler,
    )
    expect(review.queue(dec(1, 12))).toEqual([])
    expect(review.nextReview(dec(1, 12))).toBe(dec(2, 8))
    expect(review.queue(dec(2)).map((c) => c.qid)).toEqual(['wsw-02', 'wsw-01'])
    expect(review.queue(dec(2), { kind: 'tag', tag: 'dates' }).map((c) => c.qid)).toEqual([])
  })

  it('leaves out cards whose question is no longer in the library', () => {
    const review = openTab()
    review.record([answer('gone-99', dec(1), { source: 'quiz', correct: false })], scheduler)
    expect(review.cards).toHaveLength(1)
    expect(review.queue(dec(5))).toEqual([])
  })

  it("asks the questions of the student's own sets once they are loaded, as the shipped ones", () => {
    const review = openTab()
    const own = 'assad-sochi-2018/my-copy'
    review.record(
      ['wsw-01', 'wsw-02'].map((q) =>
        answer(q, dec(1), { setId: own, source: 'quiz', correct: false }),
      ),
      scheduler,
    )
    // A copy of “Who said what” saved in the studio, as the yours store hands it over.
    const shipped = shippedLibrary().banks.find((b) => b.bank.id === WSW)!.bank
    useBanksStore().setYours({
      passages: {},
      banks: [{ ...structuredClone(shipped), id: own, title: 'My copy' }],
      articles: [],
      sets: [],
    })
    // Both came back “Nothing due” (the review page) and unlisted (the dashboard), for good.
    expect(review.queue(dec(5)).map((c) => c.key)).toEqual([`${own}#wsw-01`, `${own}#wsw-02`])
    expect(review.questionOf({ setId: own, qid: 'wsw-02' })?.id).toBe('wsw-02')
  })

  it('applies the daily new-card limit from settings', () => {
    const review = openTab()
    useSettingsStore().setNewPerDay(1)
    review.record(
      ['wsw-01', 'wsw-02', 'wsw-03'].map((q) =>
        answer(q, dec(1), { source: 'quiz', correct: false }),
      ),
      scheduler,
    )
    expect(review.queue(dec(2)).map((c) => c.qid)).toEqual(['wsw-01'])
  })

  it('creates a card for every question answered when a quiz finishes', () => {
    const review = openTab()
    const quiz = useQuizStore()
    stores.push(quiz)
    quiz.start(WSW, { mode: 'test', limit: 3, shuffleQuestions: false })
    quiz.submitAll()
    // The first question was left blank: no card. Nothing answered, nothing recorded.
    expect(review.cards).toEqual([])
    quiz.start(WSW, { mode: 'practice', limit: 2, shuffleQuestions: false })
    const q = quiz.current!
    if (q.type !== 'single') throw new Error('expected a single-choice first question')
    quiz.respond(q.answer)
    quiz.submit()
    quiz.advance()
    quiz.skipQuestion()
    expect(quiz.finished).toBe(true)
    expect(review.cards.map((c) => c.qid)).toEqual([q.id])
    expect(logOf(review, q.id).map((e) => [e.source, e.grade])).toEqual([['quiz', 'good']])
  })

  it("logs a quiz's right second try as a second try", () => {
    const review = openTab()
    const quiz = useQuizStore()
    stores.push(quiz)
    quiz.start(WSW, { mode: 'practice', limit: 1, shuffleQuestions: false })
    const q = quiz.current!
    if (q.type !== 'single') throw new Error('expected a single-choice first question')
    const wrong = q.choices.find((c) => c !== q.answer)!
    quiz.respond(wrong)
    quiz.submit()
    quiz.retry()
    quiz.respond(q.answer)
    quiz.submit()
    quiz.advance()
    expect(quiz.finished).toBe(true)
    expect(logOf(review, q.id).map((e) => [e.source, e.grade, e.retry])).toEqual([
      ['quiz', 'hard', true],
    ])
  })

  it('keeps a second try a second try when another tab wrote over it', () => {
    const a = openTab()
    a.record([answer('wsw-03', dec(1), { source: 'quiz' })], scheduler)
    const b = openTab()
    const before = localStorage.getItem(KEY)
    b.record([answer('wsw-01', dec(2), { retryUsed: true })], scheduler)
    // Tab a writes on top of what it last read, losing b's answer; b puts it back.
    localStorage.setItem(KEY, before!)
    otherTabWrote(KEY, before)
    expect(logOf(openTab(), 'wsw-01').map((e) => [e.grade, e.retry])).toEqual([['hard', true]])
  })

  it('keeps the answers of two tabs reviewing at once', () => {
    const a = openTab()
    a.record([answer('wsw-01', dec(1), { source: 'quiz' })], scheduler)
    const b = openTab()
    const before = localStorage.getItem(KEY)
    b.record([answer('wsw-02', dec(2))], scheduler)
    // Tab a writes on top of what it last read, as if b's write had not reached it yet…
    localStorage.setItem(KEY, before!)
    // …then b's storage event arrives in a, and a's in b: b notices its answer is gone.
    otherTabWrote(KEY, before)
    expect(JSON.parse(localStorage.getItem(KEY)!).cards[WSW]).toHaveProperty('wsw-02')
    expect(b.cards.map((c) => c.qid).sort()).toEqual(['wsw-01', 'wsw-02'])
  })

  it("marks the browser's clock where it changes, not per answer, and keeps another tab's marks", () => {
    const clock = (t: number) => 0 - new Date(t).getTimezoneOffset()
    const marks = () => (JSON.parse(localStorage.getItem(KEY)!) as { zones?: unknown }).zones
    // Cards answered on the 1st with the clock elsewhere (before flying here, say).
    const elsewhere = clock(dec(1)) === 540 ? -300 : 540
    const away = [logSeconds(dec(1)), elsewhere]
    localStorage.setItem(
      KEY,
      JSON.stringify({ schemaVersion: REVIEW_VERSION, cards: {}, zones: [away] }),
    )
    const a = openTab()
    const b = openTab()
    const before = localStorage.getItem(KEY)
    b.record([answer('wsw-01', dec(2))], scheduler)
    b.record([answer('wsw-02', dec(2, 10)), answer('wsw-03', dec(2, 11))], scheduler)
    const here = [logSeconds(dec(2)), clock(dec(2))]
    expect(marks()).toEqual([away, here])
    // Tab a writes on top of what it last read, losing b's answers; b puts them back, mark too.
    localStorage.setItem(KEY, before!)
    otherTabWrote(KEY, before)
    expect(marks()).toEqual([away, here])
    a.refresh()
    expect(a.doc.zones).toEqual([away, here])
  })

  it('counts an answer given twice (say, re-applied after a lost write) once', () => {
    const review = openTab()
    const one = answer('wsw-01', dec(2))
    review.record([one], scheduler)
    review.record([one], scheduler)
    expect(logOf(review, 'wsw-01')).toHaveLength(1)
  })

  it('keeps the review session for a reload, and ends it', () => {
    const review = openTab()
    const session = { startedAt: dec(2), scope: 'all', cards: [`${WSW}#wsw-01`] }
    review.saveSession(session)
    expect(openTab().session).toEqual(session)
    openTab().saveSession(undefined)
    expect(openTab().session).toBeUndefined()
  })

  it('sets unreadable cards aside with a notice, and starts clean', () => {
    localStorage.setItem(KEY, '{"schemaVersion":1,"cards":')
    const review = openTab()
    const progress = useProgressStore()
    const notice = progress.notices.find((n) => n.kind === 'quarantined')
    expect(noticeText(notice!)).toMatch(/^Your saved reviews could not be read/)
    expect(notice?.key?.startsWith(QUARANTINE_PREFIX)).toBe(true)
    expect(review.cards).toEqual([])
    expect(review.record([answer('wsw-01', dec(1))], scheduler)).toBe(true)
    expect(localStorage.getItem(notice!.key!)).toBe('{"schemaVersion":1,"cards":')
  })

  it('leaves cards from a newer version alone, and reviews in memory', () => {
    const newer = `{"schemaVersion":${REVIEW_VERSION + 1},"cards":{},"decks":[]}`
    localStorage.setItem(KEY, newer)
    const review = openTab()
    expect(review.persistence).toBe('read-only')
    expect(review.record([answer('wsw-01', dec(1))], scheduler)).toBe(false)
    expect(review.cards).toHaveLength(1)
    expect(localStorage.getItem(KEY)).toBe(newer)
  })

  it('reviews in memory when storage is off', () => {
    const review = openTab(createStorageDoor({ backend: () => throwingStorage() }))
    expect(review.persistence).toBe('unavailable')
    expect(review.record([answer('wsw-01', dec(1))], scheduler)).toBe(false)
    expect(review.cards).toHaveLength(1)
  })

  it('forgets every card when all data is erased, in this tab or another', () => {
    const review = openTab()
    review.record([answer('wsw-01', dec(1))], scheduler)
    useProgressStore().eraseAll()
    expect(review.cards).toEqual([])
    review.record([answer('wsw-02', dec(1))], scheduler)
    localStorage.clear()
    otherTabWrote(null, null)
    expect(review.cards).toEqual([])
    expect(localStorage.getItem(KEY)).toBeNull()
  })
})

describe('answers a full storage refused', () => {
  it('are saved once there may be room (the tab shown again), and the notice is taken back', () => {
    const storage = new MemoryStorage()
    const review = openTab(createStorageDoor({ backend: () => storage }))
    const progress = useProgressStore()
    const full = () => progress.notices.filter((n) => n.kind === 'quota-full').map((n) => n.label)
    storage.quota = 0
    expect(review.record([answer('wsw-01', dec(1))], scheduler)).toBe(false)
    expect(full()).toEqual(['reviews'])

    // The student freed room elsewhere and comes back to this tab.
    storage.quota = Infinity
    document.dispatchEvent(new Event('visibilitychange'))
    expect(storage.getItem(KEY)).toContain('wsw-01')
    expect(full()).toEqual([])
  })
})

describe('an answer its card’s full log cannot keep, while storage refuses it', () => {
  it('counts once on screen, however many writes storage refuses after it', () => {
    const storage = new MemoryStorage()
    const review = openTab(createStorageDoor({ backend: () => storage }))
    const hourly = Array.from({ length: 32 }, (_, i) => answer('wsw-01', dec(2, 0) + i * 3_600_000))
    review.record(hourly, scheduler)
    const reps = () => review.cards.find((c) => c.qid === 'wsw-01')?.state.reps
    storage.quota = 0
    // Answered before every one of the 32 entries its log keeps: counted, and not logged.
    expect(review.record([answer('wsw-01', dec(1), { source: 'quiz' })], scheduler)).toBe(false)
    expect([reps(), logOf(review, 'wsw-01').length]).toEqual([33, 32])
    // Storage refuses the next answer and a retry too: the 1st counted again each time, 34, 35.
    expect(review.record([answer('wsw-02', dec(3))], scheduler)).toBe(false)
    document.dispatchEvent(new Event('visibilitychange'))
    expect(reps()).toBe(33)
    storage.quota = Infinity
    document.dispatchEvent(new Event('visibilitychange'))
    expect(reps()).toBe(33)
    expect(openTab(createStorageDoor({ backend: () => storage })).cards[0]?.state.reps).toBe(33)
  })
})

describe('an answer a full storage trimmed from its card’s log', () => {
  it('counts once when another tab writes, not given again as if that write lost it', () => {
    const storage = new MemoryStorage()
    const review = openTab(createStorageDoor({ backend: () => storage }))
    review.record([answer('wsw-01', dec(1), { source: 'quiz' })], scheduler)
    review.record([answer('wsw-01', dec(2), { correct: false })], scheduler)
    review.record([answer('wsw-01', dec(3))], scheduler)
    // Storage is all but full: the write of the answer on the 4th drops the oldest entry, the 1st.
    storage.quota = storage.used() + 3
    review.record([answer('wsw-01', dec(4))], scheduler)
    const card = () => review.cards.find((c) => c.qid === 'wsw-01')!
    const days = () => decodeLog(card().log).map((e) => new Date(e.at).getDate())
    expect([card().state.reps, days()]).toEqual([4, [2, 3, 4]])
    // Another tab writes; this one looks for answers of its own that write lost. The 1st was
    // given again: counted a fifth time and logged again, the dashboard's count of the 1st back.
    storage.quota = Infinity
    otherTabWrote(KEY, storage.getItem(KEY))
    expect([card().state.reps, card().state.lapses, days()]).toEqual([4, 1, [2, 3, 4]])
    expect(openTab(createStorageDoor({ backend: () => storage })).cards[0]?.state.reps).toBe(4)
  })
})

describe('a backup downloaded while storage refuses review answers', () => {
  it('holds them: it is what keeps them', () => {
    const storage = new MemoryStorage()
    const review = openTab(createStorageDoor({ backend: () => storage }))
    storage.quota = 0
    expect(review.record([answer('wsw-01', dec(1))], scheduler)).toBe(false)
    const { text } = useProgressStore().exportBackup()
    expect(text).toContain('wsw-01')
  })
})
