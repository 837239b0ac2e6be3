import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { defineComponent, h } from 'vue'
import { createMemoryHistory, createRouter, RouterView, type Router } from 'vue-router'
import MainNav from '../../../src/components/app/MainNav.vue'
import { followLinks } from '../../../src/composables/follow-links.ts'

const Page = defineComponent({ render: () => h('p', 'page') })
const PATHS = [
  '/',
  '/quiz/:passageId/:setSlug',
  '/read/:passageId',
  '/review',
  '/progress',
  '/progress/attempt/:attemptId',
  '/dashboard',
  '/studio',
  '/studio/edit/:passageId/:setSlug',
  '/settings',
  '/classroom',
  '/classroom/report',
  '/print/:passageId/:setSlug',
]

/** The header as App.vue has it: the section links, followed through the router. */
async function header(path: string) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: PATHS.map((p) => ({ path: p, component: Page })),
  })
  await router.push(path)
  const Header = defineComponent({
    setup: () => () =>
      h('div', [h('header', { onClick: followLinks(router) }, h(MainNav)), h(RouterView)]),
  })
  const wrapper = mount(Header, { global: { plugins: [router] }, attachTo: document.body })
  return { wrapper, router }
}

function marked(wrapper: Awaited<ReturnType<typeof header>>['wrapper']) {
  return wrapper
    .findAll('nav a')
    .filter((a) => a.attributes('aria-current'))
    .map((a) => `${a.text()}=${a.attributes('aria-current')}`)
}

const click = (
  router: Router,
  wrapper: Awaited<ReturnType<typeof header>>['wrapper'],
  label: string,
  init: MouseEventInit = {},
) => {
  const link = wrapper.findAll('nav a').find((a) => a.text() === label)!.element
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init })
  link.dispatchEvent(event)
  return { event }
}

afterEach(() => {
  vi.useRealTimers()
  document.body.innerHTML = ''
})

describe('the header links', () => {
  it('are the six sections, each a real link to its page', async () => {
    const { wrapper } = await header('/')
    expect(wrapper.findAll('nav a').map((a) => [a.text(), a.attributes('href')])).toEqual([
      ['Library', '#/'],
      ['Review', '#/review'],
      ['Progress', '#/progress'],
      ['Studio', '#/studio'],
      ['Settings', '#/settings'],
      ['Classroom', '#/classroom'],
    ])
  })

  it.each([
    ['/', 'Library=page'],
    ['/review', 'Review=page'],
    ['/quiz/a/b', 'Library=true'],
    ['/read/a', 'Library=true'],
    ['/progress/attempt/x', 'Progress=true'],
    ['/dashboard', 'Progress=true'],
    ['/studio/edit/a/b', 'Studio=true'],
    ['/classroom/report', 'Classroom=true'],
  ])('mark the section of %s as current', async (path, expected) => {
    const { wrapper } = await header(path)
    expect(marked(wrapper)).toEqual([expected])
  })

  it('mark nothing on a page of no section (a worksheet to print)', async () => {
    const { wrapper } = await header('/print/a/b')
    expect(marked(wrapper)).toEqual([])
  })

  it('open their page through the router, and the mark follows', async () => {
    const { wrapper, router } = await header('/quiz/a/b')
    const { event } = click(router, wrapper, 'Review')
    expect(event.defaultPrevented).toBe(true)
    await new Promise((resolve) => router.afterEach(resolve))
    expect(router.currentRoute.value.path).toBe('/review')
    await wrapper.vm.$nextTick()
    expect(marked(wrapper)).toEqual(['Review=page'])
  })

  it('let a page refuse to be left (unsaved work), staying where it is', async () => {
    const { wrapper, router } = await header('/studio/edit/a/b')
    let asked = 0
    router.beforeEach((_to, from) => {
      if (from.path.startsWith('/studio/edit/')) {
        asked++
        return false
      }
    })
    click(router, wrapper, 'Library')
    await expect.poll(() => asked).toBe(1)
    expect(router.currentRoute.value.path).toBe('/studio/edit/a/b')
    expect(marked(wrapper)).toEqual(['Studio=true'])
  })

  it.each([['ctrlKey'], ['metaKey'], ['shiftKey'], ['altKey']] as const)(
    'leave a click with %s to the browser (a new tab or window)',
    async (key) => {
      const { wrapper, router } = await header('/')
      const { event } = click(router, wrapper, 'Settings', { [key]: true })
      expect(event.defaultPrevented).toBe(false)
      await Promise.resolve()
      expect(router.currentRoute.value.path).toBe('/')
    },
  )

  // On a phone the row scrolls its current link into view at the next frame.
  it('measure nothing when the header is gone before that frame', async () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] })
    const { wrapper } = await header('/review')
    expect(vi.getTimerCount()).toBe(1)
    wrapper.unmount()
    expect(vi.getTimerCount()).toBe(0)
    expect(() => vi.advanceTimersToNextFrame()).not.toThrow()
  })

  it('measure once for the last of two sections opened within a frame', async () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] })
    const { wrapper, router } = await header('/review')
    await router.push('/settings')
    await wrapper.vm.$nextTick()
    expect(marked(wrapper)).toEqual(['Settings=page'])
    expect(vi.getTimerCount()).toBe(1)
  })
})
