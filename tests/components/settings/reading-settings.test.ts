import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { createPinia, setActivePinia } from 'pinia'
import { mount } from '@vue/test-utils'
import { setStorageDoor } from '../../../src/composables/storage/index.ts'
import { STORAGE_KEYS } from '../../../src/composables/storage/keys.ts'
import { useThemeSetting } from '../../../src/composables/theme.ts'
import { useSettingsStore } from '../../../src/stores/settings.ts'
import ReadingSettings from '../../../src/components/settings/ReadingSettings.vue'

/** The settings form inside a page that applies the display settings, as App.vue does. */
function openPage() {
  setActivePinia(createPinia())
  const Page = defineComponent({
    setup() {
      useThemeSetting()
      return () => h(ReadingSettings)
    },
  })
  return mount(Page, { attachTo: document.body })
}

const rootSize = () => document.documentElement.style.fontSize

function radio(wrapper: ReturnType<typeof openPage>, label: string) {
  const found = wrapper.findAll('label').find((l) => l.text() === label)
  if (!found) throw new Error(`No "${label}" label`)
  return wrapper.get<HTMLInputElement>(`#${CSS.escape(found.attributes('for') ?? '')}`)
}

beforeEach(() => setStorageDoor(undefined))
afterEach(() => {
  setStorageDoor(undefined)
  document.body.innerHTML = ''
  document.documentElement.style.fontSize = ''
  document.documentElement.style.colorScheme = ''
  delete document.documentElement.dataset.theme
})

describe('the text size setting', () => {
  it('offers 100 to 200 %, starts at the browser size and leaves the page alone', () => {
    const wrapper = openPage()
    const labels = wrapper.findAll('.size-choices label').map((l) => l.text())
    expect(labels).toEqual(['100%', '125%', '150%', '175%', '200%'])
    expect(radio(wrapper, '100%').element.checked).toBe(true)
    expect(rootSize()).toBe('')
  })

  it('scales the whole page at once, and a new page load keeps it', async () => {
    const wrapper = openPage()
    await radio(wrapper, '175%').setValue(true)
    expect(rootSize()).toBe('175%')
    expect(JSON.parse(localStorage.getItem(STORAGE_KEYS.settings) ?? '{}')).toMatchObject({
      textSize: 175,
    })

    wrapper.unmount()
    document.documentElement.style.fontSize = ''
    const again = openPage()
    expect(rootSize()).toBe('175%')
    expect(radio(again, '175%').element.checked).toBe(true)

    await radio(again, '100%').setValue(true)
    expect(rootSize()).toBe('')
  })

  it.each([99, 201, 150.5, Number.NaN])('refuses %s %% and keeps the size it had', (size) => {
    openPage()
    const settings = useSettingsStore()
    settings.setTextSize(150)
    expect(() => settings.setTextSize(size)).toThrow(/textSize/)
    expect(settings.textSize).toBe(150)
  })

  it('reads a stored size out of range as unreadable, so the page keeps its normal size', () => {
    localStorage.setItem(
      STORAGE_KEYS.settings,
      JSON.stringify({ ...useSettingsDefaults(), textSize: 900 }),
    )
    openPage()
    expect(useSettingsStore().textSize).toBe(100)
    expect(rootSize()).toBe('')
  })

  it('remembers whether the article opens beside the questions', async () => {
    const wrapper = openPage()
    const beside = wrapper.get<HTMLInputElement>('input[type=checkbox]')
    expect(beside.element.checked).toBe(true)
    await beside.setValue(false)
    expect(useSettingsStore().articleBeside).toBe(false)
  })
})

describe('the colour theme', () => {
  it('takes over from the early theme script, so a later change is not undone by its colour scheme', () => {
    localStorage.setItem(
      STORAGE_KEYS.settings,
      JSON.stringify({ ...useSettingsDefaults(), theme: 'dark' }),
    )
    // What scripts/early-theme.ts left on the page before the app's script ran.
    const root = document.documentElement
    root.dataset.theme = 'dark'
    root.style.colorScheme = 'dark'
    openPage()
    expect(root.dataset.theme).toBe('dark')
    expect(root.style.colorScheme).toBe('')

    useSettingsStore().setTheme('light')
    return Promise.resolve().then(() => {
      expect(root.dataset.theme).toBe('light')
      expect(root.style.colorScheme).toBe('')
    })
  })
})

function useSettingsDefaults() {
  setActivePinia(createPinia())
  return useSettingsStore().settings
}
