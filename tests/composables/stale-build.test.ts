import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import StaleBuildNotice from '../../src/components/app/StaleBuildNotice.vue'
import {
  isChunkLoadError,
  staleBuild,
  watchForStaleBuild,
} from '../../src/composables/stale-build.ts'

afterEach(() => {
  staleBuild.value = false
})

describe('a chunk of an older build that cannot be fetched', () => {
  it.each([
    'Failed to fetch dynamically imported module: http://x/assets/SettingsView-1.js',
    'error loading dynamically imported module: http://x/assets/a.js',
    'Importing a module script failed.',
    'Unable to preload CSS for http://x/assets/a.css',
  ])('is recognised: %s', (message) => {
    expect(isChunkLoadError(new TypeError(message))).toBe(true)
  })

  it.each(['No question matches these topics', 'x is not a function', ''])(
    'is not confused with another error: %j',
    (message) => {
      expect(isChunkLoadError(new Error(message))).toBe(false)
    },
  )

  it('turns a page that fails to load into "Passage was updated", with a reload button', async () => {
    const gone = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/', component: defineComponent({ render: () => h('h1', 'Library') }) },
        { path: '/settings', component: gone },
      ],
    })
    watchForStaleBuild(router)
    const wrapper = mount(StaleBuildNotice, { global: { plugins: [router] } })
    await router.push('/')
    expect(wrapper.text()).toBe('')
    await router.push('/settings').catch(() => undefined)
    await flushPromises()
    expect(wrapper.get('h2').text()).toBe('Passage was updated')
    expect(wrapper.get('button').text()).toBe('Reload')
    expect(wrapper.get('section').attributes('role')).toBe('alert')
  })
})
