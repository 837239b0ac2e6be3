/**
 * The app-wide live region as a screen-reader user meets it in a quiz. After a check the verdict
 * heading takes focus and speaks the verdict itself, so the live region stays quiet (it used to say
 * the verdict as well, and a screen reader said it twice); nothing is left in it for the next
 * question.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import QuizRunner from '../../../src/components/quiz/QuizRunner.vue'
import { useAnnouncer } from '../../../src/composables/aria.ts'
import { useBanksStore } from '../../../src/stores/banks.ts'
import { useQuizStore } from '../../../src/stores/quiz.ts'
import { BANK_FILE, PASSAGE_FILE, bank, json, passage } from '../../fixtures/banks.ts'
import { describedBy } from '../../fixtures/heard.ts'

const short = (id: string, prompt: string) => ({
  id,
  type: 'short',
  prompt,
  accepted: ['Sochi'],
  evidence: 'Assad flew to Sochi on Thursday.',
})

let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())

/** What the live region says once the frame after an announcement has run. */
async function announced(): Promise<string> {
  await new Promise((resolve) => requestAnimationFrame(resolve))
  return useAnnouncer().message.value
}

const button = (w: VueWrapper, name: string) => w.findAll('button').find((b) => b.text() === name)

const ONE = [short('first', 'Where did Assad fly?')]
const TWO = [...ONE, short('second', 'Where?')]

/** The mini bank of `questions` loaded in a fresh store, its quiz started with `options`. */
async function started(
  questions: unknown[],
  options: Parameters<ReturnType<typeof useQuizStore>['start']>[1],
) {
  setActivePinia(createPinia())
  await useBanksStore().load([
    { file: PASSAGE_FILE, text: json(passage()) },
    { file: BANK_FILE, text: json(bank({}, questions)) },
  ])
  const quiz = useQuizStore()
  quiz.start('mini/quotes', options, 'seed')
  return quiz
}

/** A quiz of `questions` under way in `mode`, its runner on the page: the tests' `wrapper`. */
async function playing(questions: unknown[], mode: 'practice' | 'test' = 'practice') {
  await started(questions, { mode, shuffleQuestions: false })
  const runner = mount(QuizRunner, { attachTo: document.body })
  await flushPromises()
  return runner
}

describe('the live region in a practice quiz', () => {
  it('leaves the verdict to the focused heading after a check, and says nothing once the next question is on screen', async () => {
    wrapper = await playing(TWO)

    await wrapper.get('input[type=text]').setValue('Damascus')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    // Heard once: the focused heading says "Incorrect"; the live region does not say it again.
    expect(document.activeElement?.id).toBe('feedback-heading')
    expect(document.activeElement?.textContent?.trim()).toBe('✗ Incorrect')
    expect(await announced()).toBe('')

    await button(wrapper, 'Show the answer')!.trigger('click')
    await button(wrapper, 'Next question')!.trigger('click')
    await flushPromises()
    expect(wrapper.find('#feedback-heading').exists()).toBe(false)
    expect(await announced()).toBe('')
  })

  it('says a refused answer once, and the input gives it as its description until it changes', async () => {
    wrapper = await playing(ONE)

    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(await announced()).toBe('Type an answer.')
    // Said by the live region alone: the message under the question is not an alert as well.
    expect(wrapper.find('[role=alert]').exists()).toBe(false)
    const input = wrapper.get('input[type=text]')
    expect(input.attributes('aria-invalid')).toBe('true')
    expect(describedBy(input.element)).toBe('Question 1 of 1 Practice Error: Type an answer.')

    await input.setValue('Sochi')
    expect(wrapper.find('.input-error').exists()).toBe(false)
    expect(input.attributes('aria-invalid')).toBeUndefined()
    expect(describedBy(input.element)).toBe('Question 1 of 1 Practice')
  })

  it('does not leave a refusal in the region once the answer is checked', async () => {
    wrapper = await playing(ONE)

    await wrapper.get('form').trigger('submit')
    expect(await announced()).toBe('Type an answer.')
    await wrapper.get('input[type=text]').setValue('Sochi')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(document.activeElement?.textContent?.trim()).toBe('✓ Correct')
    expect(await announced()).toBe('')
  })

  it('says nothing more once the quiz is over: the last verdict is not left for the results page', async () => {
    wrapper = await playing(ONE)
    const quiz = useQuizStore()

    await wrapper.get('input[type=text]').setValue('Sochi')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(document.activeElement?.id).toBe('feedback-heading')

    await button(wrapper, 'See results')!.trigger('click')
    await flushPromises()
    expect(quiz.session?.status).toBe('finished')
    expect(await announced()).toBe('')
  })
})

describe('the live region in a test', () => {
  it('says "Flagged." once: not on the next question, nor when Submit test asks first', async () => {
    wrapper = await playing(TWO, 'test')

    await wrapper.get('button.flag-toggle').trigger('click')
    expect(await announced()).toBe('Flagged.')
    await button(wrapper, 'Next')!.trigger('click')
    await flushPromises()
    expect(wrapper.get('.quiz-progress').text()).toContain('Question 2 of 2')
    expect(await announced()).toBe('')

    // The last question flagged, then handed in: the dialog asks, and "Flagged." was still in the
    // region under it, to be found again after "Go back".
    await wrapper.get('button.flag-toggle').trigger('click')
    expect(await announced()).toBe('Flagged.')
    await button(wrapper, 'Submit test')!.trigger('click')
    await flushPromises()
    expect(wrapper.get<HTMLDialogElement>('dialog.confirm-dialog').element.open).toBe(true)
    expect(await announced()).toBe('')
  })
})

describe('where the student is', () => {
  it('describes each question, which takes focus, by its number and the mode', async () => {
    wrapper = await playing(TWO)
    // A screen reader heard only the prompt: "Question 1 of 2" was seen, never said.
    const question = wrapper.get('fieldset.question').element
    expect(describedBy(question)).toBe('Question 1 of 2 Practice')
    // A typed answer's box takes the focus instead, and says the same.
    const box = wrapper.get('input[type=text]').element
    expect(document.activeElement).toBe(box)
    expect(describedBy(box)).toBe('Question 1 of 2 Practice')

    await wrapper.get('input[type=text]').setValue('Damascus')
    await wrapper.get('form').trigger('submit')
    await button(wrapper, 'Look back and try again')!.trigger('click')
    await flushPromises()
    expect(describedBy(wrapper.get('fieldset.question').element)).toBe(
      'Question 1 of 2 Practice · second try, for half the marks',
    )
  })
})

describe('the live region in a timed test', () => {
  /** The quiz page's swap: the results take the runner's place once the quiz is over. */
  const Play = defineComponent(() => {
    const quiz = useQuizStore()
    return () => (quiz.session?.status === 'finished' ? h('h2', 'Your result') : h(QuizRunner))
  })

  async function timedTest(minutes: number) {
    const quiz = await started(ONE, { mode: 'test', timeLimitSec: minutes * 60 })
    wrapper = mount(Play, { attachTo: document.body })
    return quiz
  }

  it('leaves no "1 minute left" on the results page once time has run out', async () => {
    const quiz = await timedTest(1)
    // As the timer says it when the last minute starts.
    useAnnouncer().announce('1 minute left. You can pause or add time.')
    expect(await announced()).toBe('1 minute left. You can pause or add time.')
    quiz.checkTime(new Date(Date.now() + 61_000))
    await flushPromises()
    expect(wrapper!.get('h2').text()).toBe('Your result')
    expect(await announced()).toBe('')
  })

  it('says what Pause, Resume and "Add 5 minutes" did, and the time left in words', async () => {
    await timedTest(2)
    const timer = (name: string) => button(wrapper!, name)!
    await timer('Pause').trigger('click')
    expect(await announced()).toBe(
      'Paused. The questions and the article are hidden until you press Resume.',
    )
    await timer('Add 5 minutes').trigger('click')
    expect(await announced()).toMatch(/^5 minutes added: 7 minutes( \d+ seconds?)? left\.$/)
    await timer('Resume').trigger('click')
    expect(await announced()).toMatch(/^Resumed: 7 minutes( \d+ seconds?)? left\.$/)
  })
})
