/**
 * "I was right" as the student meets it: the real stores over a small loaded bank, the runner on
 * screen, the answer typed and checked with the keyboard's Enter (a form submit).
 */
import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import QuizRunner from '../../../src/components/quiz/QuizRunner.vue'
import { useAnnouncer } from '../../../src/composables/aria.ts'
import { useBanksStore } from '../../../src/stores/banks.ts'
import { useQuizStore } from '../../../src/stores/quiz.ts'
import { BANK_FILE, PASSAGE_FILE, bank, json, passage } from '../../fixtures/banks.ts'

const where = {
  id: 'where',
  type: 'short',
  prompt: 'Where did Assad fly?',
  accepted: ['Sochi[, Russia]'],
  evidence: 'Assad flew to Sochi on Thursday.',
}

let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())

/** The runner on the Peskov question alone, in `mode`, with `typed` checked. */
async function checked(mode: 'practice' | 'test', typed: string) {
  setActivePinia(createPinia())
  await useBanksStore().load([
    { file: PASSAGE_FILE, text: json(passage()) },
    { file: BANK_FILE, text: json(bank({}, [where])) },
  ])
  const quiz = useQuizStore()
  quiz.start('mini/quotes', { mode }, 'seed')
  wrapper = mount(QuizRunner, { attachTo: document.body })
  await wrapper.get('input[type=text]').setValue(typed)
  await wrapper.get('form').trigger('submit')
  await flushPromises()
  return { wrapper, quiz }
}

const claimButton = (w: VueWrapper) => w.findAll('button').find((b) => b.text() === 'I was right')
/** What the app-wide live region says once the frame after an announcement has run. */
async function announced(): Promise<string> {
  await new Promise((resolve) => requestAnimationFrame(resolve))
  return useAnnouncer().message.value
}

describe('"I was right" in the quiz', () => {
  it('appears in practice once a refused answer is shown, and marks the answer right', async () => {
    const { wrapper: w, quiz } = await checked('practice', 'Damascus')
    expect(w.get('#feedback-heading').text()).toBe('✗ Incorrect')
    // While a second try is on offer the right answer is held back, and so is the claim.
    expect(claimButton(w)).toBeUndefined()
    await w
      .findAll('button')
      .find((b) => b.text() === 'Show the answer')!
      .trigger('click')
    expect(w.text()).toContain('Right answer: Sochi, Russia')

    const button = claimButton(w)!
    await button.trigger('click')
    await flushPromises()
    expect(w.get('#feedback-heading').text()).toBe('✓ You marked this right')
    expect(document.activeElement?.id).toBe('feedback-heading')
    // The focused heading says "You marked this right"; the live region adds only what it means
    // (it used to say "Marked right" too, heard twice).
    expect(await announced()).toBe('It counts as right in this practice quiz.')
    expect(claimButton(w)).toBeUndefined()
    expect(quiz.entry).toMatchObject({ overridden: true, result: { score: 1, correct: true } })
    expect(w.findAll('button').some((b) => b.text() === 'See results')).toBe(true)
  })

  it('tells a screen reader how a forgiven slip is spelled, and offers no claim', async () => {
    const { wrapper: w } = await checked('practice', 'in Sohci')
    expect(w.get('#feedback-heading').text()).toBe('✓ Correct')
    expect(w.get('.feedback-detail').text()).toBe('Right — it is spelled “Sochi”')
    // The focused heading says "Correct"; the live region adds only the spelling, which the
    // heading does not say (it used to say "Correct." before it, heard twice).
    expect(document.activeElement?.id).toBe('feedback-heading')
    expect(await announced()).toBe('It is spelled Sochi.')
    expect(claimButton(w)).toBeUndefined()
  })

  it('never appears in test mode', async () => {
    const { wrapper: w, quiz } = await checked('test', 'Damascus')
    expect(w.find('#feedback-heading').exists()).toBe(false)
    expect(claimButton(w)).toBeUndefined()
    expect(w.text()).not.toContain('I was right')
    expect(quiz.canClaim).toBe(false)
  })
})
