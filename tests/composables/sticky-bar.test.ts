import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import { mount } from '@vue/test-utils'
import { useStickyBar } from '../../src/composables/sticky-bar.ts'

const root = document.documentElement
const value = (name: string) => root.style.getPropertyValue(name)

/** A page with a bar of `height` px, positioned as `position` says; `sticks` overrides the check. */
function page(position: () => string, height: number, sticks?: () => boolean) {
  return mount(
    defineComponent({
      setup() {
        const bar = ref<HTMLElement>()
        useStickyBar(bar, '--sticky-bottom', {
          everyUpdate: true,
          ...(sticks ? { sticks } : {}),
        })
        return () =>
          h('div', {
            ref: (el) => {
              const div = el as HTMLElement | null
              if (div)
                Object.defineProperty(div, 'offsetHeight', { configurable: true, value: height })
              bar.value = div ?? undefined
            },
            style: { position: position() },
          })
      },
    }),
    { attachTo: document.body },
  )
}

afterEach(() => {
  document.body.innerHTML = ''
  root.removeAttribute('style')
})

describe('a sticky bar’s height on the page’s root', () => {
  it('is set while the bar sticks, follows it when it stops, and goes with the page', async () => {
    const position = ref('sticky')
    const wrapper = page(() => position.value, 96)
    await nextTick()
    expect(value('--sticky-bottom')).toBe('96px')

    // The page re-renders with the bar no longer sticking (a wider window, say).
    position.value = 'static'
    await nextTick()
    expect(value('--sticky-bottom')).toBe('')

    position.value = 'sticky'
    await nextTick()
    expect(value('--sticky-bottom')).toBe('96px')
    wrapper.unmount()
    expect(value('--sticky-bottom')).toBe('')
  })

  it('follows a reactive rule for when the bar sticks', async () => {
    const wide = ref(false)
    page(
      () => 'static',
      40,
      () => wide.value,
    )
    await nextTick()
    expect(value('--sticky-bottom')).toBe('')
    wide.value = true
    await nextTick()
    expect(value('--sticky-bottom')).toBe('40px')
  })
})
