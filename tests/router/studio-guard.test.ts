import { afterEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { defineComponent, h } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { installStudioGuard } from '../../src/router/studio.ts'
import { eventually } from '../fixtures/eventually.ts'

// The teacher's own sets load from IndexedDB; here they never finish loading.
let loads = 0
vi.mock('../../src/router/yours-guard.ts', () => ({
  loadYours: () => {
    loads++
    return new Promise<void>(() => {})
  },
}))

const Page = defineComponent({ render: () => h('p', 'page') })

function guardedRouter() {
  setActivePinia(createPinia())
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'library', component: Page },
      { path: '/quiz/:passageId/:setSlug', name: 'quiz', component: Page },
      { path: '/studio/edit/:passageId/:setSlug', name: 'studio-edit', component: Page },
      { path: '/print/:passageId/:setSlug', name: 'print', component: Page },
      { path: '/review', name: 'review', component: Page },
      { path: '/dashboard', name: 'dashboard', component: Page },
      { path: '/classroom', name: 'classroom', component: Page },
      { path: '/classroom/report', name: 'class-report', component: Page },
    ],
  })
  installStudioGuard(router)
  return router
}

/** Navigates to `path` and says whether the page opened once the teacher's sets began loading. */
async function opensWhileLoading(path: string): Promise<boolean> {
  const router = guardedRouter()
  const before = loads
  let opened = false
  void router.push(path).then(() => (opened = true))
  // The loading has started (its code is fetched in the background)…
  await eventually(() => expect(loads).toBe(before + 1))
  // …and every step the navigation could take without it has been taken.
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0))
  return opened && router.currentRoute.value.fullPath === path
}

afterEach(() => {
  loads = 0
})

describe("the teacher's sets and the pages that need them", () => {
  it('opens a shipped set’s quiz and the library without waiting for them, while they load', async () => {
    expect(await opensWhileLoading('/quiz/assad-sochi-2018/who-said-what')).toBe(true)
    expect(await opensWhileLoading('/')).toBe(true)
  })

  it('waits for them before a quiz or editor of a set that is not shipped', async () => {
    expect(await opensWhileLoading('/quiz/my-article/my-set')).toBe(false)
    expect(await opensWhileLoading('/studio/edit/assad-sochi-2018/who-said-what')).toBe(false)
  })

  it('opens a shipped set’s worksheet at once, and waits before one of a set that is not', async () => {
    expect(await opensWhileLoading('/print/assad-sochi-2018/who-said-what')).toBe(true)
    expect(await opensWhileLoading('/print/my-article/my-set')).toBe(false)
  })

  it.each(['/review', '/dashboard', '/classroom', '/classroom/report'])(
    'waits for them before %s, which counts or lists every set (a reload, a bookmark)',
    async (path) => {
      expect(await opensWhileLoading(path)).toBe(false)
    },
  )
})
