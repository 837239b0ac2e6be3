import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import { createPinia, setActivePinia } from 'pinia'
import { mount } from '@vue/test-utils'
import { setStorageDoor } from '../../../src/composables/storage/index.ts'
import { useSettingsStore } from '../../../src/stores/settings.ts'
import ReadingLayout from '../../../src/components/passage/ReadingLayout.vue'
import { passage } from '../../fixtures/banks.ts'

/** The window width every media query is answered against. */
let width = 1280

function fakeMatchMedia(query: string) {
  const min = Number(/min-width:\s*([\d.]+)px/.exec(query)?.[1] ?? 0)
  return {
    matches: width >= min,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  } as unknown as MediaQueryList
}

/** A runner's shape: a question column with the toggle, the article beside or over it. */
function openQuiz(highlight = ref<readonly string[] | null>(null)) {
  const Quiz = defineComponent({
    setup() {
      return () =>
        h(
          ReadingLayout,
          { passage: passage(), highlight: highlight.value },
          {
            default: ({ open, toggle, panelId }: Record<string, never>) =>
              h(
                'button',
                {
                  class: 'toggle',
                  'aria-expanded': open,
                  'aria-controls': panelId,
                  onClick: toggle,
                },
                open ? 'Hide the article' : 'Show the article',
              ),
          },
        )
    },
  })
  return { wrapper: mount(Quiz, { attachTo: document.body }), highlight }
}

const aside = (w: ReturnType<typeof openQuiz>['wrapper']) => w.get('.reading-article')
const isOpen = (w: ReturnType<typeof openQuiz>['wrapper']) =>
  !aside(w).attributes().hasOwnProperty('hidden')

beforeEach(() => {
  setStorageDoor(undefined)
  setActivePinia(createPinia())
  vi.stubGlobal('matchMedia', fakeMatchMedia)
})
afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('the article beside the questions, on a wide screen', () => {
  it('is open by default, labelled, and controlled by the toggle', () => {
    width = 1280
    const { wrapper } = openQuiz()
    expect(isOpen(wrapper)).toBe(true)
    expect(aside(wrapper).attributes('aria-label')).toBe('The article')
    const toggle = wrapper.get('.toggle')
    expect(toggle.text()).toBe('Hide the article')
    expect(toggle.attributes('aria-expanded')).toBe('true')
    expect(toggle.attributes('aria-controls')).toBe(aside(wrapper).attributes('id'))
    expect(wrapper.get('.reading-main').attributes('inert')).toBeUndefined()
  })

  it('stays hidden once the student hides it, in this quiz and the next', async () => {
    width = 1280
    const { wrapper } = openQuiz()
    await wrapper.get('.toggle').trigger('click')
    expect(isOpen(wrapper)).toBe(false)
    expect(wrapper.get('.toggle').text()).toBe('Show the article')
    expect(useSettingsStore().articleBeside).toBe(false)

    wrapper.unmount()
    setActivePinia(createPinia())
    const again = openQuiz().wrapper
    expect(isOpen(again)).toBe(false)
    await again.get('.toggle').trigger('click')
    expect(isOpen(again)).toBe(true)
    expect(useSettingsStore().articleBeside).toBe(true)
  })

  it('gives focus to "Show the article" when it closes with focus in it', async () => {
    width = 1280
    const { wrapper } = openQuiz()
    const close = wrapper
      .findAll<HTMLButtonElement>('.reading-article button')
      .find((b) => b.text().includes('Close the article'))!
    close.element.focus()
    await close.trigger('click')
    expect(isOpen(wrapper)).toBe(false)
    await nextTick()
    expect(document.activeElement).toBe(wrapper.get('.toggle').element)

    // P pressed while reading (the runner's shortcut toggles it) does the same.
    await wrapper.get('.toggle').trigger('click')
    aside(wrapper).get<HTMLElement>('h2').element.focus()
    wrapper.findComponent(ReadingLayout).vm.toggle()
    await nextTick()
    await nextTick()
    expect(isOpen(wrapper)).toBe(false)
    expect(document.activeElement).toBe(wrapper.get('.toggle').element)
    // The runner is not asked to put focus elsewhere.
    expect(wrapper.findComponent(ReadingLayout).emitted('back')).toBeUndefined()
  })

  it('needs a wider window for two columns at a larger text size', () => {
    width = 1280
    useSettingsStore().setTextSize(150)
    const { wrapper } = openQuiz()
    expect(wrapper.get('.reading').classes()).not.toContain('is-wide')
    expect(isOpen(wrapper)).toBe(false)
  })
})

describe('the article beside the quiz, sent there by a check', () => {
  it('goes back to the question on Escape, as on a phone', async () => {
    width = 1280
    const { wrapper, highlight } = openQuiz()
    const layout = wrapper.findComponent(ReadingLayout)
    // Nothing to go back from while the student simply reads beside the question.
    await aside(wrapper).trigger('keydown', { key: 'Escape' })
    expect(layout.emitted('back')).toBeUndefined()
    highlight.value = ['A short article']
    await nextTick()
    await aside(wrapper).trigger('keydown', { key: 'Escape' })
    expect(layout.emitted('back')).toHaveLength(1)
    // The column stays open: it is the student's choice, not the check's.
    expect(isOpen(wrapper)).toBe(true)
  })
})

describe('the article on a phone', () => {
  it('opens over the quiz, which cannot be reached until it closes, and gives focus back', async () => {
    width = 390
    const { wrapper } = openQuiz()
    expect(isOpen(wrapper)).toBe(false)
    const toggle = wrapper.get<HTMLButtonElement>('.toggle')
    toggle.element.focus()
    await toggle.trigger('click')
    expect(isOpen(wrapper)).toBe(true)
    expect(wrapper.get('.reading-main').attributes('inert')).toBeDefined()
    await nextTick()
    expect(document.activeElement?.textContent?.trim()).toBe('A short article')

    await aside(wrapper).trigger('keydown', { key: 'Escape' })
    expect(isOpen(wrapper)).toBe(false)
    expect(wrapper.get('.reading-main').attributes('inert')).toBeUndefined()
    await nextTick()
    expect(document.activeElement).toBe(toggle.element)
    // A phone's choice is not remembered: the wide-screen setting is unchanged.
    expect(useSettingsStore().articleBeside).toBe(true)
  })

  it('asks the runner where focus goes when what opened it is gone', async () => {
    width = 390
    const { wrapper } = openQuiz()
    const toggle = wrapper.get<HTMLButtonElement>('.toggle')
    toggle.element.focus()
    await toggle.trigger('click')
    await nextTick()
    // The button that opened it is replaced while the sheet is open (a second try begins).
    toggle.element.remove()
    await wrapper
      .findAll('.reading-article button')
      .find((b) => b.text().includes('Close the article'))!
      .trigger('click')
    await nextTick()
    expect(wrapper.findComponent(ReadingLayout).emitted('back')).toHaveLength(1)
  })

  it('highlights the evidence that arrived while it was closed', async () => {
    width = 390
    const { wrapper, highlight } = openQuiz()
    highlight.value = ['"Stability is improving," Assad told Putin.']
    await nextTick()
    await wrapper.get('.toggle').trigger('click')
    expect(aside(wrapper).get('mark').text()).toBe('"Stability is improving," Assad told Putin.')
    await wrapper.get('.reading-bar button').trigger('click')
    expect(isOpen(wrapper)).toBe(false)
  })
})
