import { afterEach, describe, expect, it } from 'vitest'
import { createApp, defineComponent, h } from 'vue'
import { createRouter, createWebHashHistory } from 'vue-router'
import { routerReady } from '../../src/router/ready.ts'

const Page = (name: string) => defineComponent({ name, render: () => h('p', name) })

/** A router whose first page arrives only when `arrive()` is called, like a slow lazy chunk. */
function slowRouter() {
  let arrive!: () => void
  const first = new Promise<ReturnType<typeof Page>>((resolve) => {
    arrive = () => resolve(Page('library'))
  })
  const router = createRouter({
    history: createWebHashHistory(),
    routes: [
      { path: '/', component: () => first },
      { path: '/settings', component: Page('settings') },
      { path: '/progress', component: Page('progress') },
    ],
  })
  return { router, arrive }
}

/** Mounts an app with `router`, which starts its first navigation. */
function startApp(router: ReturnType<typeof slowRouter>['router']) {
  const root = document.createElement('div')
  document.body.append(root)
  createApp({ render: () => h('main') })
    .use(router)
    .mount(root)
}

function changeHash(hash: string) {
  window.location.hash = hash
  window.dispatchEvent(new HashChangeEvent('hashchange'))
}

afterEach(() => {
  window.history.replaceState(null, '', '#/')
  document.body.innerHTML = ''
})

describe('the first navigation', () => {
  it('honours a hash change that arrives before the first page has loaded', async () => {
    window.history.replaceState(null, '', '#/')
    const { router, arrive } = slowRouter()
    const ready = routerReady(router)
    startApp(router)
    changeHash('#/progress')
    changeHash('#/settings')
    arrive()
    await ready
    expect(router.currentRoute.value.fullPath).toBe('/settings')
    expect(window.location.hash).toBe('#/settings')
  })

  it('honours a hash change it hears of only by popstate, its hashchange still to come', async () => {
    window.history.replaceState(null, '', '#/')
    const { router, arrive } = slowRouter()
    const ready = routerReady(router)
    startApp(router)
    // As Chromium does: popstate at once, hashchange in a task that may run after the first
    // navigation has finished and written "#/" back.
    window.location.hash = '#/settings'
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }))
    arrive()
    await ready
    expect(router.currentRoute.value.fullPath).toBe('/settings')
    expect(window.location.hash).toBe('#/settings')
  })

  it('stays where it started when the hash did not change', async () => {
    window.history.replaceState(null, '', '#/progress')
    const { router } = slowRouter()
    const ready = routerReady(router)
    startApp(router)
    await ready
    expect(router.currentRoute.value.fullPath).toBe('/progress')
  })
})
