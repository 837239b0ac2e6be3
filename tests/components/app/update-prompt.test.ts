/**
 * The "Update available" offer: never drawn over a quiz being played (it would push the question
 * down under the student's finger), shown once the quiz is over or left, and said once through the
 * app's live region rather than a live region drawn with its words already in it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import UpdatePrompt from '../../../src/components/app/UpdatePrompt.vue'
import { updateReady } from '../../../src/composables/app-update.ts'
import { useAnnouncer } from '../../../src/composables/aria.ts'
import { useBanksStore } from '../../../src/stores/banks.ts'
import { useQuizStore } from '../../../src/stores/quiz.ts'
import { BANK_FILE, PASSAGE_FILE, bank, json, passage } from '../../fixtures/banks.ts'

vi.mock('virtual:pwa-register', () => ({ registerSW: vi.fn() }))

const Page = defineComponent({ render: () => h('p', 'page') })
let wrapper: VueWrapper | undefined
afterEach(() => {
  wrapper?.unmount()
  updateReady.value = false
})

async function announced(): Promise<string> {
  await new Promise((resolve) => requestAnimationFrame(resolve))
  return useAnnouncer().message.value
}

async function setUp() {
  setActivePinia(createPinia())
  await useBanksStore().load([
    { file: PASSAGE_FILE, text: json(passage()) },
    {
      file: BANK_FILE,
      text: json(
        bank({}, [
          {
            id: 'q1',
            type: 'short',
            prompt: 'Where?',
            accepted: ['Sochi'],
            evidence: 'Assad flew to Sochi on Thursday.',
          },
        ]),
      ),
    },
  ])
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'library', component: Page },
      { path: '/quiz/:passageId/:setSlug', name: 'quiz', component: Page },
    ],
  })
  await router.push('/quiz/mini/quotes')
  useQuizStore().start('mini/quotes', { mode: 'practice', shuffleQuestions: false }, 'seed')
  wrapper = mount(UpdatePrompt, { global: { plugins: [router] }, attachTo: document.body })
  return router
}

describe('the update offer', () => {
  it('waits while a question is being answered, and shows once the student leaves the quiz', async () => {
    const router = await setUp()
    updateReady.value = true
    await nextTick()
    expect(wrapper!.find('.update-prompt').exists()).toBe(false)
    expect(await announced()).toBe('')

    await router.push('/')
    await flushPromises()
    expect(wrapper!.find('.update-prompt').exists()).toBe(true)
    expect(await announced()).toMatch(/^A new version of Passage is ready/)
    // Not a live region drawn with its words in it; focus stays where the student had it.
    expect(wrapper!.find('[role=status]').exists()).toBe(false)
    expect(document.activeElement).toBe(document.body)
  })

  it('is said once: "Later" and coming back do not say it again', async () => {
    const router = await setUp()
    await router.push('/')
    updateReady.value = true
    await flushPromises()
    expect(await announced()).toMatch(/^A new version/)
    useAnnouncer().clear()
    await wrapper!
      .findAll('button')
      .find((b) => b.text() === 'Later')!
      .trigger('click')
    expect(wrapper!.find('.update-prompt').exists()).toBe(false)
    await router.push('/quiz/mini/quotes')
    await router.push('/')
    await flushPromises()
    expect(wrapper!.find('.update-prompt').exists()).toBe(false)
    expect(await announced()).toBe('')
  })
})
