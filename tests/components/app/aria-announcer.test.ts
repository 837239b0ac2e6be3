import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { defineComponent, h } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import AriaAnnouncer from '../../../src/components/app/AriaAnnouncer.vue'
import { clearOnNavigation, useAnnouncer } from '../../../src/composables/aria.ts'

const Page = defineComponent({ render: () => h('p', 'page') })

describe('the app-wide live region', () => {
  it('says what was announced, and nothing once the student goes to another page', async () => {
    const router = createRouter({
      history: createMemoryHistory(),
      routes: ['/quiz', '/missing'].map((path) => ({ path, component: Page })),
    })
    clearOnNavigation(router)
    await router.push('/quiz')
    const wrapper = mount(AriaAnnouncer, { global: { plugins: [router] } })
    useAnnouncer().announce('Incorrect.')
    await new Promise((done) => requestAnimationFrame(() => done(undefined)))
    await flushPromises()
    expect(wrapper.get('[role=status]').text()).toBe('Incorrect.')

    await router.push('/missing')
    await flushPromises()
    // A screen reader reading the next page never finds the last page's verdict there.
    expect(wrapper.get('[role=status]').text()).toBe('')
  })
})

describe('clearing the live region', () => {
  it('empties it, and drops a message announced in the same frame', async () => {
    const { announce, clear, message } = useAnnouncer()
    announce('Flagged.')
    await new Promise((done) => requestAnimationFrame(() => done(undefined)))
    expect(message.value).toBe('Flagged.')
    clear()
    expect(message.value).toBe('')

    announce('Incorrect.')
    clear()
    await new Promise((done) => requestAnimationFrame(() => done(undefined)))
    expect(message.value).toBe('')
  })
})
