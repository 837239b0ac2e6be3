import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import ResumeOffer from '../../../src/components/quiz/ResumeOffer.vue'
import { createSession, type QuizSession } from '../../../src/domain/quiz/session.ts'
import { setResponse, submitAnswer } from '../../../src/domain/quiz/answer.ts'
import { next, skip, toggleFlag } from '../../../src/domain/quiz/navigate.ts'
import { right } from '../../domain/quiz/bank.ts'
import { at, bankOf, questions } from './play.ts'
import QuizRunner from '../../../src/components/quiz/QuizRunner.vue'
import { useBanksStore } from '../../../src/stores/banks.ts'
import { useQuizStore } from '../../../src/stores/quiz.ts'
import {
  BANK_FILE,
  PASSAGE_FILE,
  bank as miniBank,
  json,
  matching as match,
  passage,
  single,
} from '../../fixtures/banks.ts'

const bank = bankOf([questions.who, questions.critics, questions.announced, questions.year])

/** A practice quiz of four, taken as far as `steps`. */
function practice(steps: (s: QuizSession) => QuizSession) {
  const fresh = createSession(
    bank,
    { mode: 'practice', shuffleQuestions: false, shuffleChoices: false },
    'abc',
    at(0),
  )
  return steps(fresh)
}

const second = { ...single, id: 'q2', prompt: 'Who flew to Sochi?' }

function offer(session: QuizSession) {
  setActivePinia(createPinia())
  return mount(ResumeOffer, { props: { session } })
}

const text = (w: ReturnType<typeof offer>) => w.get('p').text().replace(/\s+/g, ' ')

describe('the offer to resume a quiz', () => {
  // After two skips and a reload it said “question 3 of 4, 0 answered”, as if nothing was left behind.
  it('says how many questions were skipped, beside those answered', () => {
    const skipped = practice((s) => skip(skip(s, at(1000)), at(2000)))
    expect(text(offer(skipped))).toBe('Practice: question 3 of 4, 0 answered, 2 skipped.')
  })

  // A test with question 2 flagged said “Test: question 3 of 4, 1 answered.”, the flag forgotten.
  it('says how many questions of a test are flagged to come back to', () => {
    const test = createSession(
      bank,
      { mode: 'test', shuffleQuestions: false, shuffleChoices: false },
      'abc',
      at(0),
    )
    const answered = submitAnswer(
      setResponse(test, test.order[0]!, right.who),
      bank,
      at(1000),
      'en',
    )
    const flagged = toggleFlag(next(answered.session, at(2000)), test.order[1]!)
    expect(text(offer(next(flagged, at(3000))))).toBe(
      'Test: question 3 of 4, 1 answered, 1 flagged.',
    )
  })

  it('says nothing of skips when there are none', () => {
    const answered = practice(
      (s) => submitAnswer(setResponse(s, s.order[0]!, right.who), bank, at(1000), 'en').session,
    )
    expect(text(offer(answered))).toBe('Practice: question 1 of 4, 1 answered.')
  })

  // A test left with a matching question half done was offered back as “1 answered” where its
  // bar said “Answered, 2 of 3” and the line above it “1 left blank”: the half done one was in
  // neither count. Practice fills its bar with checked answers only, and so counts the offer.
  it.each([
    ['test', '2 of 3', 'Test: question 2 of 3, 1 answered, 1 partly answered.'],
    ['practice', '1 of 3', 'Practice: question 2 of 3, 1 answered.'],
  ] as const)(
    'counts a %s’s question partly answered as its bar counts it',
    async (mode, bar, said) => {
      setActivePinia(createPinia())
      await useBanksStore().load([
        { file: PASSAGE_FILE, text: json(passage()) },
        { file: BANK_FILE, text: json(miniBank({}, [match, single, second])) },
      ])
      const quiz = useQuizStore()
      quiz.start('mini/quotes', { mode, shuffleQuestions: false }, 'seed')
      const runner = mount(QuizRunner, { attachTo: document.body })
      await flushPromises()
      // One pair of two matched, then the second question answered.
      await runner.get('select').setValue('flew to Sochi')
      quiz.jump(1)
      quiz.respond('Assad')
      quiz.submit()
      await flushPromises()
      expect(runner.get('progress').attributes('aria-valuetext')).toBe(bar)
      const left = quiz.session!
      runner.unmount()
      expect(text(mount(ResumeOffer, { props: { session: left } }))).toBe(said)
    },
  )
})
