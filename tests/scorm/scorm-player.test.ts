/**
 * The SCORM package's page in an LMS, as learners on a shared computer meet it: each learner's
 * quiz in progress lives with their own LMS attempt, a finished result is shown and never
 * lowered, and a launch that does not count records nothing.
 */
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { catalogOf } from '../../src/domain/bank/catalog.ts'
import { loadLibrary } from '../../src/domain/bank/index.ts'
import { createStorageDoor } from '../../src/composables/storage/door.ts'
import { setStorageDoor } from '../../src/composables/storage/index.ts'
import { STORAGE_KEYS } from '../../src/composables/storage/keys.ts'
import { useSavedSessions } from '../../src/composables/storage/saved-sessions.ts'
import { createSession } from '../../src/domain/quiz/session.ts'
import ScormPlayer from '../../src/scorm/ScormPlayer.vue'
import { launch } from '../../src/scorm/launch.ts'
import { LMS_QUIZ_OPTIONS } from '../../src/scorm/suspend-data.ts'
import { useBanksStore } from '../../src/stores/banks.ts'
import { useQuizStore } from '../../src/stores/quiz.ts'
import { rightResponse } from '../fixtures/responses.ts'
import { FakeLms } from './fake-lms.ts'

const DIR = 'questions/assad-sochi-2018'
const library = loadLibrary(
  ['passage.json', 'who-said-what.json'].map((f) => ({
    file: `${DIR}/${f}`,
    text: readFileSync(`${DIR}/${f}`, 'utf8'),
  })),
)
const bank = library.banks[0]!.bank
const total = bank.questions.length

let wrapper: VueWrapper | undefined
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  setStorageDoor(undefined)
  document.body.innerHTML = ''
})

/** Opens the package in `lms` as main.ts does: launch first, then the stores and the page. */
async function open(lms: FakeLms, packed = library) {
  wrapper?.unmount()
  const launched = launch(lms.window(), packed.banks[0]!.bank, new Date())
  setActivePinia(createPinia())
  useBanksStore().replace(packed, catalogOf(packed))
  wrapper = mount(ScormPlayer, {
    props: { library: packed, problem: null, ...launched },
    attachTo: document.body,
  })
  await flushPromises()
  return { w: wrapper, quiz: useQuizStore() }
}

const text = (w: { text(): string }) => w.text().replace(/\s+/g, ' ')
const button = (w: VueWrapper, name: string) => {
  const found = w.findAll('button').find((b) => b.text() === name)
  if (!found) throw new Error(`no button “${name}” in: ${text(w)}`)
  return found
}

/** Answers the question on screen right (as the quiz store would be told) and moves on. */
function answerRight(quiz: ReturnType<typeof useQuizStore>) {
  quiz.respond(rightResponse(quiz.current!))
  expect(quiz.submit()).toBe(true)
  quiz.advance()
}

/** The page is closed: the browser fires pagehide. */
const close = () => window.dispatchEvent(new Event('pagehide'))

describe('the start page in the LMS', () => {
  it('counts a test of one question as “1 question”', async () => {
    const one = loadLibrary([
      { file: `${DIR}/passage.json`, text: readFileSync(`${DIR}/passage.json`, 'utf8') },
      {
        file: `${DIR}/who-said-what.json`,
        text: JSON.stringify({ ...bank, questions: bank.questions.slice(0, 1) }),
      },
    ])
    const { w } = await open(new FakeLms(), one)
    expect(text(w.get('.lms-start p'))).toMatch(/^1 question about the article\./)
    expect(button(w, 'Start 1 question').exists()).toBe(true)
  })
})

describe('the page on its own, outside an LMS', () => {
  it('counts practice questions skipped and never answered “skipped”, as the app does', async () => {
    setActivePinia(createPinia())
    useBanksStore().replace(library, catalogOf(library))
    wrapper = mount(ScormPlayer, { props: { library, problem: null, lms: null } })
    const quiz = useQuizStore()
    quiz.start(bank.id, { mode: 'practice', shuffleQuestions: false, shuffleChoices: true })
    quiz.skipQuestion()
    quiz.skipQuestion()
    while (quiz.session?.status === 'active') answerRight(quiz)
    await flushPromises()
    // Each is reviewed as "Skipped"; the score said "2 left blank".
    expect(text(wrapper.get('.result-count'))).toBe(
      `${total - 2} of ${total} marks · ${total - 2} of ${total} questions fully right, 2 skipped`,
    )
  })
})

describe('a shared computer', () => {
  it('never offers the next learner the quiz the previous one left', async () => {
    const a = new FakeLms()
    const first = await open(a)
    await button(first.w, `Start ${total} questions`).trigger('click')
    for (let i = 0; i < 3; i++) answerRight(first.quiz)
    close()
    // A's quiz went to A's attempt in the LMS, and nothing of it stayed in the browser.
    expect(a.cmi['cmi.core.exit']).toBe('suspend')
    expect(a.cmi['cmi.suspend_data']).toMatch(/^\["P1",/)
    expect(localStorage.getItem(STORAGE_KEYS.quizInProgress)).toBeNull()

    const b = await open(new FakeLms())
    expect(text(b.w)).not.toContain('You have a quiz in progress')
    expect(button(b.w, `Start ${total} questions`).exists()).toBe(true)

    // A comes back to the same attempt (the LMS says "resume"): A's quiz is there.
    const back = await open(
      new FakeLms({
        'cmi.core.entry': 'resume',
        'cmi.core.lesson_status': 'incomplete',
        'cmi.suspend_data': a.cmi['cmi.suspend_data']!,
      }),
    )
    expect(text(back.w)).toContain(`Test: question 4 of ${total}, 3 answered.`)
    await button(back.w, 'Resume').trigger('click')
    expect(text(back.w)).toContain(`Question 4 of ${total}`)
  })

  it('does not offer a copy an earlier build left in the browser, and removes it', async () => {
    const left = createSession(bank, { ...LMS_QUIZ_OPTIONS }, 'someone-else', new Date())
    useSavedSessions(createStorageDoor()).put({ ...left, index: 3 })
    expect(localStorage.getItem(STORAGE_KEYS.quizInProgress)).toContain('someone-else')

    const { w } = await open(new FakeLms())
    expect(text(w)).not.toContain('You have a quiz in progress')
    expect(localStorage.getItem(STORAGE_KEYS.quizInProgress) ?? '').not.toContain('someone-else')
  })

  it('starts afresh, and says so, when the quiz the LMS kept cannot be read', async () => {
    const { w } = await open(
      new FakeLms({ 'cmi.core.entry': 'resume', 'cmi.suspend_data': '["P1","nope"' }),
    )
    expect(text(w)).toContain('this page cannot read, so the test starts again from the beginning')
    expect(text(w)).not.toContain('You have a quiz in progress')
    expect(button(w, `Start ${total} questions`).exists()).toBe(true)
  })

  it('resumes only an attempt the LMS says is being resumed', async () => {
    const a = new FakeLms()
    const first = await open(a)
    await button(first.w, `Start ${total} questions`).trigger('click')
    answerRight(first.quiz)
    close()
    // A new attempt (ab-initio) of a learner whose LMS still hands back old suspend_data.
    const { w } = await open(new FakeLms({ 'cmi.suspend_data': a.cmi['cmi.suspend_data']! }))
    expect(text(w)).not.toContain('You have a quiz in progress')
  })
})

describe('coming back after finishing', () => {
  /** A learner who passed with 90%, whose 17 answers the LMS holds as interactions 0–16. */
  const passed = () =>
    new FakeLms({
      'cmi.core.lesson_status': 'passed',
      'cmi.core.score.raw': '90',
      'cmi.core.entry': '',
      ...Object.fromEntries(bank.questions.map((q, n) => [`cmi.interactions.${n}.id`, q.id])),
    })

  it('shows the earlier result, and taking the test again never lowers it', async () => {
    const lms = passed()
    const { w, quiz } = await open(lms)
    expect(text(w)).toContain('Your earlier result')
    expect(text(w)).toContain('You scored 90% and passed.')
    expect(text(w)).toContain('Your course keeps your best score')
    await button(w, 'Take the test again').trigger('click')
    quiz.submitAll()
    await flushPromises()

    expect(lms.cmi['cmi.core.score.raw']).toBe('90')
    expect(lms.cmi['cmi.core.lesson_status']).toBe('passed')
    expect(text(w)).toContain('Your course keeps your earlier, better score.')
    // The new answers come after the 17 the LMS held, none refused.
    expect(lms.interactions).toBe(2 * total)
    expect(lms.cmi['cmi.interactions.0.id']).toBe(bank.questions[0]!.id)
    expect(lms.calls.filter((c) => c[0] === 'LMSSetValue' && lms.cmi[c[1]!] !== c[2])).toEqual([])
    // Nothing was answered: no response, not the words "Left blank".
    const responses = Object.entries(lms.cmi).filter(([k]) => k.endsWith('.student_response'))
    expect(responses.map(([, v]) => v)).toEqual(Array(total).fill(''))
  })

  it('raises the score when the new one is better', async () => {
    const lms = new FakeLms({ 'cmi.core.lesson_status': 'failed', 'cmi.core.score.raw': '12.5' })
    const { w, quiz } = await open(lms)
    // 12.5 to the nearest whole percent, as every page rounds.
    expect(text(w)).toContain('You scored 13% and did not pass.')
    await button(w, 'Take the test again').trigger('click')
    for (let i = 0; i < 4; i++) answerRight(quiz)
    quiz.submitAll()
    await flushPromises()
    expect(Number(lms.cmi['cmi.core.score.raw'])).toBeGreaterThan(12.5)
    expect(lms.cmi['cmi.suspend_data']).toBe('')
    expect(text(w)).toContain('Your result has been sent to your course.')
  })
})

describe('a launch that does not count', () => {
  it.each([
    [{ 'cmi.core.lesson_mode': 'review' }, 'Your course opened this test for review'],
    [
      { 'cmi.core.lesson_mode': 'browse' },
      'Your course opened this test to look through (browse mode)',
    ],
    [{ 'cmi.core.credit': 'no-credit' }, 'This time the test does not count for credit'],
  ])('%o records nothing, and says so', async (start, why) => {
    const lms = new FakeLms({
      ...start,
      'cmi.core.lesson_status': 'passed',
      'cmi.core.score.raw': '80',
    })
    const { w, quiz } = await open(lms)
    expect(text(w)).toContain(`${why}: you can take it, but your answers and score are not sent`)
    expect(text(w)).toContain('You scored 80% and passed.')
    await button(w, 'Take the test again').trigger('click')
    answerRight(quiz)
    quiz.submitAll()
    await flushPromises()
    expect(text(w)).toContain('This result was not sent to your course.')
    expect(lms.sets).toEqual([])
    expect(lms.calls.at(-1)).toEqual(['LMSFinish'])
  })
})
