import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { mount } from '@vue/test-utils'
import RadioChoices from '../../../src/components/settings/RadioChoices.vue'

const THEMES = [
  { value: 'system', label: 'Same as this device' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
] as const
const SIZES = [100, 150, 200].map((size) => ({ value: size, label: `${size}%` }))

/** Two settings side by side, as on the Settings page, each kept in a ref the test can read. */
function twoGroups() {
  // Held as Vue hands them over, so the test sees a number arrive as a number, not as text.
  const theme = ref<string | number>('light')
  const size = ref<string | number>(150)
  const Page = defineComponent({
    setup: () => () => [
      h('fieldset', [
        h('legend', 'Colours'),
        h(RadioChoices, {
          options: THEMES,
          modelValue: theme.value,
          'onUpdate:modelValue': (v: string | number) => (theme.value = v),
        }),
      ]),
      h('fieldset', [
        h('legend', 'Text size'),
        h(RadioChoices, {
          options: SIZES,
          modelValue: size.value,
          'onUpdate:modelValue': (v: string | number) => (size.value = v),
        }),
      ]),
    ],
  })
  const wrapper = mount(Page, { attachTo: document.body })
  const radio = (label: string) => {
    const found = wrapper.findAll('label').find((l) => l.text() === label)
    if (!found) throw new Error(`No "${label}" label`)
    return wrapper.get<HTMLInputElement>(`#${CSS.escape(found.attributes('for') ?? '')}`)
  }
  return { wrapper, radio, theme, size }
}

afterEach(() => {
  document.body.innerHTML = ''
})

describe('a setting shown as radio choices', () => {
  it('labels every choice and checks the current one', () => {
    const { radio } = twoGroups()
    expect(THEMES.map((t) => radio(t.label).element.checked)).toEqual([false, true, false])
    expect(SIZES.map((s) => radio(s.label).element.checked)).toEqual([false, true, false])
  })

  it('gives each setting its own group, so arrow keys stay within it', () => {
    const { radio } = twoGroups()
    const name = (label: string) => radio(label).element.name
    expect(new Set(THEMES.map((t) => name(t.label))).size).toBe(1)
    expect(new Set(SIZES.map((s) => name(s.label))).size).toBe(1)
    expect(name('Dark')).not.toBe(name('200%'))
  })

  it('hands back the picked value with its type: a word stays a word, a number a number', async () => {
    const { radio, theme, size } = twoGroups()
    await radio('Dark').setValue(true)
    await radio('200%').setValue(true)
    expect(theme.value).toBe('dark')
    expect(size.value).toBe(200)
    expect(radio('Dark').element.checked).toBe(true)
    expect(radio('Light').element.checked).toBe(false)
  })
})
