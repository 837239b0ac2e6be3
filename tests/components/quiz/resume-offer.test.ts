import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import ResumeOffer from '../../../src/components/quiz/ResumeOffer.vue'
import { createSession, type QuizSession } from '../../../src/domain/quiz/session.ts'
import { setResponse, submitAnswer } from '../../../src/domain/quiz/answer.ts'
import { next, skip, toggleFlag } from '../../../src/domain/quiz/navigate.ts'
import { right } from '../../domain/quiz/bank.ts'
import { at, bankOf, questions } from './play.ts'

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
})
