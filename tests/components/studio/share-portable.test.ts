/**
 * The share page in the portable file, opened from disk: its link is a path on this computer
 * (file:///…/index.html#/shared/…), which opens nowhere else and which no phone can scan its way
 * to. It says so, puts the file first and draws no QR code; on a website nothing changes.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import ShareView from '../../../src/views/ShareView.vue'
import { useBanksStore } from '../../../src/stores/banks.ts'
import { BANK_FILE, PASSAGE_FILE, bank, json, passage } from '../../fixtures/banks.ts'

let wrapper: VueWrapper | undefined
afterEach(() => {
  wrapper?.unmount()
  vi.unstubAllGlobals()
})

async function share(href: string) {
  vi.stubGlobal('location', new URL(href))
  setActivePinia(createPinia())
  await useBanksStore().load([
    { file: PASSAGE_FILE, text: json(passage()) },
    { file: BANK_FILE, text: json(bank()) },
  ])
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:any(.*)*', component: defineComponent({ render: () => h('p') }) }],
  })
  await router.push('/studio/share/mini/quotes')
  wrapper = mount(ShareView, {
    props: { passageId: 'mini', setSlug: 'quotes' },
    global: { plugins: [router] },
  })
  await flushPromises()
  return wrapper
}

const primary = (w: VueWrapper) => w.findAll('button.primary').map((b) => b.text())

describe('sharing a set', () => {
  it('from the portable file says the link opens only on this computer, and puts the file first', async () => {
    const w = await share('file:///home/ana/Passage.html#/studio/share/mini/quotes')
    expect(w.text()).toContain('the link opens only here')
    expect(w.text()).not.toContain('Whoever opens it sees the set')
    expect(primary(w)).toEqual(['Download as a file'])
    expect(w.find('svg[aria-label="QR code of the link"]').exists()).toBe(false)
    expect(w.text()).not.toContain('Scan to open')
  })

  it('from a website offers the link first, with its QR code', async () => {
    const w = await share('https://passage.example/#/studio/share/mini/quotes')
    expect(w.text()).toContain('Whoever opens it sees the set')
    expect(w.text()).not.toContain('opens only here')
    expect(primary(w)).toEqual(['Copy the link'])
    expect(w.find('svg[aria-label="QR code of the link"]').exists()).toBe(true)
  })
})
