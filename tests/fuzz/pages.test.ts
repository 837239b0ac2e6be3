/**
 * The real progress, attempt and settings pages over fuzzed storage (issue 10): whatever the
 * stored documents hold, every page renders without an error, and a quiz finished afterwards is
 * saved. Mounting is slow, so this runs tens of times in `npm test`; pages.ts checks what the
 * pages compute thousands of times.
 */
import { afterEach, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { defineComponent, h } from 'vue'
import { mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import { setStorageDoor } from '../../src/composables/storage/index.ts'
import { STORAGE_KEYS } from '../../src/composables/storage/keys.ts'
import { defaultSettings } from '../../src/domain/progress/settings.ts'
import { routes } from '../../src/router/index.ts'
import { useProgressStore } from '../../src/stores/progress.ts'
import { freshPinia, played, settle, shippedBank } from '../components/progress/played.ts'
import { mutateValue } from './mutate.ts'
import { params, timeout } from './runs.ts'
import { hostileText } from './stored.ts'

const settingsText = fc.oneof(
  hostileText,
  mutateValue(defaultSettings()).map((v) => JSON.stringify(v)),
)

/** Mounts `path` and returns every error Vue reported while rendering it. */
async function render(path: string, pinia: ReturnType<typeof freshPinia>): Promise<unknown[]> {
  const errors: unknown[] = []
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(path)
  const App = defineComponent({ render: () => h(RouterView) })
  const wrapper = mount(App, {
    global: { plugins: [pinia, router], config: { errorHandler: (e) => void errors.push(e) } },
    attachTo: document.body,
  })
  await settle()
  expect(wrapper.find('h1').exists(), `${path} shows a heading`).toBe(true)
  wrapper.unmount()
  return errors
}

afterEach(() => {
  setStorageDoor(undefined)
  document.body.innerHTML = ''
})

describe('every page over fuzzed storage', () => {
  it(
    'renders without an error, and a quiz finished afterwards is saved',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          hostileText,
          fc.option(hostileText),
          fc.option(settingsText),
          async (archive, journal, settings) => {
            localStorage.clear()
            localStorage.setItem(STORAGE_KEYS.progress, archive)
            if (journal !== null) localStorage.setItem(STORAGE_KEYS.progressJournal, journal)
            if (settings !== null) localStorage.setItem(STORAGE_KEYS.settings, settings)
            setStorageDoor(undefined)
            const pinia = freshPinia()
            const progress = useProgressStore()
            const paths = [
              '/progress',
              ...progress.recent(3).map((a) => `/progress/attempt/${a.id}`),
              '/settings',
            ]
            for (const path of paths) expect(await render(path, pinia)).toEqual([])
            const bank = shippedBank()
            const { saved } = progress.recordSession(played(bank, { mode: 'test' }), bank)
            if (progress.persistence === 'saving') expect(saved).toBe(true)
          },
        ),
        params(15),
      )
    },
    timeout(120_000),
  )
})
