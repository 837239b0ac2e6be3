import { describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useQuizStore } from '../../src/stores/quiz.ts'
import { useProgressStore } from '../../src/stores/progress.ts'
import { useBanksStore } from '../../src/stores/banks.ts'
import { BANK_FILE, PASSAGE_FILE, bank, json, passage } from '../fixtures/banks.ts'
import { createStorageDoor } from '../../src/composables/storage/door.ts'
import { setStorageDoor } from '../../src/composables/storage/index.ts'
import { MemoryStorage } from '../fixtures/progress/memory-storage.ts'

const SET = 'assad-sochi-2018/who-said-what'
const OTHER = 'assad-sochi-2018/dates-and-timeline'

/** A fresh pinia, as in a new tab, with the sets the tests play loaded. */
async function freshQuiz() {
  setActivePinia(createPinia())
  const banks = useBanksStore()
  await Promise.all([banks.loadBank(SET), banks.loadBank(OTHER)])
  return useQuizStore()
}

describe('the quiz store', () => {
  it('submits a timed quiz when its time is up, and records it', async () => {
    const quiz = await freshQuiz()
    quiz.start(SET, { mode: 'test', timeLimitSec: 60 }, 'seed')
    const started = new Date(quiz.session!.startedAt)
    quiz.checkTime(new Date(started.getTime() + 59_000))
    expect(quiz.session!.status).toBe('active')
    expect(quiz.timeLeft(new Date(started.getTime() + 59_000))).toBe(1_000)

    quiz.checkTime(new Date(started.getTime() + 60_000))
    expect(quiz.session!.status).toBe('finished')
    expect(quiz.session!.finishReason).toBe('timeout')
    expect(quiz.timeLeft(new Date())).toBeNull()
    expect(useProgressStore().attemptCount).toBe(1)
    expect(quiz.recorded?.saved).toBe(true)
  })

  it('offers a saved quiz for resume after the page is hidden, and forgets it on start over', async () => {
    const quiz = await freshQuiz()
    quiz.start(SET, { mode: 'practice' }, 'seed')
    quiz.jump(3)
    quiz.saveNow()

    const reopened = await freshQuiz()
    expect(reopened.savedFor(SET)).toMatchObject({ seed: 'seed', index: 3 })
    expect(reopened.resumeSaved(SET)).toBe(true)
    expect(reopened.session?.index).toBe(3)
    reopened.discardSaved(SET)
    expect(reopened.savedFor(SET)).toBeUndefined()
  })
})

describe('a quiz in progress that storage cannot take', () => {
  it('says so as soon as it is saved, not at the results', async () => {
    const storage = new MemoryStorage()
    setStorageDoor(createStorageDoor({ backend: () => storage }))
    try {
      const quiz = await freshQuiz()
      storage.quota = 10
      quiz.start(SET, { mode: 'practice' }, 'seed')
      quiz.jump(2)
      quiz.saveNow()
      const notices = useProgressStore().notices
      expect(notices.map((n) => [n.kind, n.label])).toEqual([['quota-full', 'quiz in progress']])
    } finally {
      setStorageDoor(undefined)
    }
  })
})

describe('a quiz in progress whose set has changed since', () => {
  it('is not offered for resume: the student is told once, and it is removed', async () => {
    const quiz = await freshQuiz()
    quiz.start(SET, { mode: 'practice', shuffleQuestions: false }, 'seed')
    quiz.jump(2)
    quiz.saveNow()
    // A new version of the set drops a question the saved quiz asks.
    const key = 'passage:quiz-in-progress'
    const stored = localStorage.getItem(key)!
    const first = quiz.session!.order[0]!
    localStorage.setItem(key, stored.replaceAll(`"${first}"`, '"wsw-gone"'))

    const reopened = await freshQuiz()
    expect(reopened.savedFor(SET)).toBeUndefined()
    expect(reopened.takeChangedSaved(SET)).toBe(true)
    expect(reopened.takeChangedSaved(SET)).toBe(false)
    expect(localStorage.getItem(key)).not.toContain('wsw-gone')
  })

  it('leaves a quiz that can be resumed alone', async () => {
    const quiz = await freshQuiz()
    quiz.start(SET, { mode: 'practice' }, 'seed')
    quiz.saveNow()
    const reopened = await freshQuiz()
    expect(reopened.takeChangedSaved(SET)).toBe(false)
    expect(reopened.savedFor(SET)).toBeDefined()
  })
})

describe('switching quizzes', () => {
  it('keeps the last change of the quiz left behind for resume', async () => {
    const quiz = await freshQuiz()
    quiz.start(SET, { mode: 'practice' }, 'first')
    quiz.jump(2)
    // No pause long enough for the delayed save before another set starts.
    quiz.start(OTHER, { mode: 'practice' }, 'second')
    expect(quiz.savedFor(SET)).toMatchObject({ seed: 'first', index: 2 })
  })
})

describe('"I was right"', () => {
  const where = {
    id: 'where',
    type: 'short',
    prompt: 'Where did Assad fly?',
    accepted: ['Sochi'],
    evidence: 'Assad flew to Sochi on Thursday.',
  }
  /** A fresh pinia (a reload) with a one-question bank loaded. */
  async function reload() {
    setActivePinia(createPinia())
    await useBanksStore().load([
      { file: PASSAGE_FILE, text: json(passage()) },
      { file: BANK_FILE, text: json(bank({}, [where, { ...where, id: 'again' }])) },
    ])
    return useQuizStore()
  }

  it('is kept in the quiz in progress across a reload', async () => {
    const quiz = await reload()
    quiz.start('mini/quotes', { mode: 'practice', shuffleQuestions: false }, 'seed')
    quiz.respond('Damascus')
    expect(quiz.submit()).toBe(true)
    expect(quiz.canClaim).toBe(true)
    quiz.claim()
    expect(quiz.canClaim).toBe(false)
    expect(quiz.entry).toMatchObject({ overridden: true, result: { score: 1, correct: true } })
    quiz.saveNow()

    const reopened = await reload()
    expect(reopened.resumeSaved('mini/quotes')).toBe(true)
    expect(reopened.entry).toMatchObject({
      overridden: true,
      response: 'Damascus',
      result: { score: 1, correct: true, detail: 'You marked this right' },
    })
    expect(reopened.canClaim).toBe(false)
  })

  it('is not offered in a test', async () => {
    const quiz = await reload()
    quiz.start('mini/quotes', { mode: 'test' }, 'seed')
    quiz.respond('Damascus')
    quiz.submit()
    expect(quiz.canClaim).toBe(false)
    quiz.claim()
    expect(quiz.entry?.overridden).toBeUndefined()
  })
})

describe('practising the weakest topic', () => {
  it('starts a quiz on exactly the finished quiz’s questions of that topic, whatever the limit', async () => {
    const quiz = await freshQuiz()
    quiz.start(SET, { mode: 'test', limit: 10 }, 'seed')
    quiz.submitAll()
    const asked = quiz.session!.order
    const bank = useBanksStore().bank(SET)!
    const tag = bank.questions.find((q) => asked.includes(q.id) && q.tags?.length)!.tags![0]!
    const expected = asked.filter((id) =>
      bank.questions.find((q) => q.id === id)!.tags?.includes(tag),
    )

    quiz.practiseTopic(tag)
    expect(quiz.session!.status).toBe('active')
    expect([...quiz.session!.order].sort()).toEqual([...expected].sort())
    expect(quiz.session!.options).toMatchObject({ mode: 'test', questionIds: expected })
    expect(quiz.session!.options.limit).toBeUndefined()
  })
})
