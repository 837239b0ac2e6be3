import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import { freshIndexedDb } from '../../fixtures/studio/idb.ts'
import { freshPinia, mountRoute, settle } from '../progress/played.ts'

freshIndexedDb()

/** Whether the studio's "beside the form" query (70rem and wider) matches. */
let wide = false
beforeEach(() => {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: /min-width:\s*70rem/.test(query) ? wide : false,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }))
})
afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

const NEW = '/studio/new/assad-sochi-2018'
const evidenceButton = (w: VueWrapper, n = 0) => w.get(`#f-questions-${n}-evidence`)
const sentences = (w: VueWrapper) => w.findAll('[role="listbox"]')

describe('picking evidence on a phone, where the article is not beside the form', () => {
  it('keeps the article closed on a new set until the teacher asks for it', async () => {
    wide = false
    const { wrapper } = await mountRoute(NEW, freshPinia())
    expect(sentences(wrapper)).toHaveLength(0)
    const button = evidenceButton(wrapper)
    expect(button.text()).toBe('Pick evidence in the article')
    expect(button.attributes('aria-expanded')).toBe('false')
  })

  it('opens the article under the question with the keyboard on its sentences, and closes it again', async () => {
    wide = false
    const { wrapper } = await mountRoute(NEW, freshPinia())
    await evidenceButton(wrapper).trigger('click')
    await settle()
    const [list] = sentences(wrapper)
    expect(list?.element).toBe(document.activeElement)
    expect(list?.element.closest('.inline-picker')?.previousElementSibling?.id).toBe(
      'f-questions-0',
    )
    const button = evidenceButton(wrapper)
    expect(button.text()).toBe('Close the article')
    expect(button.attributes('aria-expanded')).toBe('true')

    // Esc from the sentences: closed, and the keyboard is back on the question's button.
    await list!.trigger('keydown', { key: 'Escape' })
    await settle()
    expect(sentences(wrapper)).toHaveLength(0)
    expect(document.activeElement).toBe(evidenceButton(wrapper).element)

    // The button closes it too, and so does the one under the article.
    await evidenceButton(wrapper).trigger('click')
    await settle()
    await evidenceButton(wrapper).trigger('click')
    await settle()
    expect(sentences(wrapper)).toHaveLength(0)
    await evidenceButton(wrapper).trigger('click')
    await settle()
    await wrapper.get('.inline-picker .picker-done').trigger('click')
    await settle()
    expect(sentences(wrapper)).toHaveLength(0)
    expect(document.activeElement).toBe(evidenceButton(wrapper).element)
  })

  it('shows the article beside the form on a wide screen from the start, for question 1', async () => {
    wide = true
    const { wrapper } = await mountRoute(NEW, freshPinia())
    expect(sentences(wrapper)).toHaveLength(1)
    expect(wrapper.find('.editor-article [role="listbox"]').exists()).toBe(true)
    const button = evidenceButton(wrapper)
    expect(button.text()).toBe('Picking evidence for this question')
    expect(button.attributes('aria-pressed')).toBe('true')
    expect(button.attributes('aria-expanded')).toBeUndefined()
  })
})
