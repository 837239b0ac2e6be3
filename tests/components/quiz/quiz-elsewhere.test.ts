import { describe, expect, it } from 'vitest'
import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import QuizElsewhere from '../../../src/components/quiz/QuizElsewhere.vue'
import { createSession } from '../../../src/domain/quiz/session.ts'
import { setResponse, submitAnswer } from '../../../src/domain/quiz/answer.ts'
import { next, skip, toggleFlag } from '../../../src/domain/quiz/navigate.ts'
import { right } from '../../domain/quiz/bank.ts'
import { at, bankOf, questions } from './play.ts'

const bank = bankOf([questions.who, questions.critics, questions.announced, questions.year])

/** A practice quiz of four, the first question answered and the second on screen. */
function oneAnswered() {
  const s = createSession(
    bank,
    { mode: 'practice', shuffleQuestions: false, shuffleChoices: false },
    'abc',
    at(0),
  )
  const answered = submitAnswer(setResponse(s, s.order[0]!, right.who), bank, at(1000), 'en')
  return next(answered.session, at(2000))
}

function shown(
  why: 'moved' | 'replaced' | 'finished' | 'dropped' | 'changed',
  session = oneAnswered(),
) {
  setActivePinia(createPinia())
  return mount(QuizElsewhere, {
    props: { why, session },
    attachTo: document.body,
    global: { stubs: { RouterLink: RouterLinkStub } },
  })
}

describe('a quiz that went on in another tab', () => {
  it('offers to take it back when it goes on there, and focuses the news', () => {
    const view = shown('moved')
    expect(view.get('h2').text()).toBe('This quiz went on in another tab')
    expect(document.activeElement).toBe(view.get('h2').element)
    expect(view.findAll('button').map((b) => b.text())).toEqual(['Continue here'])
    void view.get('button').trigger('click')
    expect(view.emitted('continueHere')).toHaveLength(1)
    view.unmount()
  })

  it('lets the student choose between a new quiz saved elsewhere and this one', () => {
    const view = shown('replaced')
    expect(view.text()).toContain('keep this one (1 answered so far), which replaces it')
    const [other, mine] = view.findAll('button')
    expect([other!.text(), mine!.text()]).toEqual([
      'Continue the other quiz here',
      'Keep this quiz',
    ])
    void mine!.trigger('click')
    expect(view.emitted('keepThis')).toHaveLength(1)
    view.unmount()
  })

  it('points to the result once finished there, with no way to finish it twice', () => {
    const view = shown('finished')
    expect(view.text()).toContain('Its result is in your progress.')
    expect(view.findComponent(RouterLinkStub).props('to')).toEqual({ name: 'progress' })
    expect(view.findAll('button').map((b) => b.text())).toEqual(['Start a new quiz'])
    view.unmount()
  })

  it('keeps this page’s answers on offer when the quiz was set aside there', () => {
    const view = shown('dropped')
    expect(view.text()).toContain('This page still has your quiz (1 answered) if you want')
    expect(view.findAll('button').map((b) => b.text())).toEqual([
      'Go on with this quiz',
      'Start a new quiz',
    ])
    void view.findAll('button')[1]!.trigger('click')
    expect(view.emitted('leave')).toHaveLength(1)
    view.unmount()
  })

  // As the resume offer counts them: the cards said “1 answer” of a quiz with 2 skipped.
  it('counts the questions skipped and flagged in this tab’s quiz beside its answers', () => {
    const skippedTwo = skip(skip(oneAnswered(), at(3000)), at(4000))
    expect(shown('replaced', skippedTwo).text()).toContain(
      'keep this one (1 answered, 2 skipped so far), which replaces it',
    )
    expect(shown('dropped', skippedTwo).text()).toContain(
      'This page still has your quiz (1 answered, 2 skipped) if you want to go on with it.',
    )
    // And the questions flagged to come back to, as the resume offer counts them.
    const flagged = toggleFlag(oneAnswered(), bank.questions[0]!.id)
    expect(shown('replaced', flagged).text()).toContain(
      'keep this one (1 answered, 1 flagged so far), which replaces it',
    )
  })

  // “Continue here” on a quiz this page's set cannot play did nothing: the card stayed as it was.
  it('says so when the other tab’s quiz cannot go on here, with focus on the news', async () => {
    const view = shown('moved')
    const button = view.get('button')
    ;(button.element as HTMLButtonElement).focus()
    await view.setProps({ why: 'changed' })
    await flushPromises()
    expect(view.get('h2').text()).toBe("The other tab's quiz cannot go on here")
    expect(view.get('p').text()).toBe(
      'The other tab has a different version of this set (a question or its options were ' +
        "edited), and its quiz does not fit this page. Go on with it there, or keep this tab's " +
        'quiz (1 answered so far), which replaces it.',
    )
    expect(document.activeElement).toBe(view.get('h2').element)
    expect(view.findAll('button').map((b) => b.text())).toEqual([
      'Keep this quiz',
      'Start a new quiz',
    ])
    await view.findAll('button')[0]!.trigger('click')
    expect(view.emitted('keepThis')).toHaveLength(1)
    view.unmount()
  })
})
