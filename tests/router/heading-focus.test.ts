import { afterEach, describe, expect, it } from 'vitest'
import { createApp, defineComponent, h, nextTick, onMounted, ref, type App } from 'vue'
import { createRouter, createWebHashHistory, RouterView } from 'vue-router'
import { focusHeadingOnNewPage } from '../../src/router/heading-focus.ts'

/** A page: its heading and a button (the control a reader was using). */
const Page = (name: string) =>
  defineComponent({
    name,
    render: () => [h('h1', { tabindex: -1 }, name), h('button', { id: `${name}-button` }, 'Go')],
  })

/** A page that puts focus on its own first card as it opens, like a review started by a link. */
const CardPage = defineComponent({
  setup() {
    const card = ref<HTMLElement>()
    onMounted(() => void nextTick(() => card.value?.focus()))
    return () => [h('h1', { tabindex: -1 }, 'Review'), h('fieldset', { ref: card, tabindex: -1 })]
  },
})

let app: App | undefined

async function start(path = '/') {
  window.history.replaceState(null, '', `#${path}`)
  const router = createRouter({
    history: createWebHashHistory(),
    routes: [
      { path: '/', component: Page('library') },
      { path: '/print', component: Page('print') },
      { path: '/review', component: CardPage },
    ],
  })
  focusHeadingOnNewPage(router)
  const root = document.createElement('div')
  document.body.append(root)
  app = createApp({ render: () => h('main', [h(RouterView)]) }).use(router)
  app.mount(root)
  await router.isReady()
  await frame()
  return router
}

/** Waits for the frame the focus is moved in. */
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve))
const focused = () => document.activeElement

afterEach(() => {
  app?.unmount()
  document.body.replaceChildren()
  window.history.replaceState(null, '', '#/')
})

describe('focus after a navigation', () => {
  it('lands on the heading of the first page and of each new page', async () => {
    const router = await start('/')
    expect(focused()?.textContent).toBe('library')
    document.querySelector<HTMLElement>('#library-button')!.focus()
    await router.push('/print')
    await frame()
    expect(focused()?.textContent).toBe('print')
  })

  it('stays on the control in use when only the query changes', async () => {
    const router = await start('/print')
    const button = document.querySelector<HTMLElement>('#print-button')!
    button.focus()
    await router.replace('/print?key=1')
    await frame()
    expect(focused()).toBe(button)
  })

  it('stays where a new page put it as it opened', async () => {
    const router = await start('/')
    await router.push('/review?hard=1')
    await frame()
    expect(focused()?.tagName).toBe('FIELDSET')
  })

  it('stays where the first page put it as it opened', async () => {
    await start('/review')
    expect(focused()?.tagName).toBe('FIELDSET')
  })
})
