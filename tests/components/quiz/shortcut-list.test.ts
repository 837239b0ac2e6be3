import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ShortcutList from '../../../src/components/quiz/ShortcutList.vue'

describe('the keyboard shortcut list', () => {
  it('lists the flag key only in test mode', () => {
    const practice = mount(ShortcutList, { props: { mode: 'practice', enabled: true } })
    const test = mount(ShortcutList, { props: { mode: 'test', enabled: true } })
    expect(practice.findAll('dt').map((d) => d.text())).toEqual(['1–9', 'Enter', 'P'])
    expect(test.findAll('dt').map((d) => d.text())).toEqual(['1–9', 'Enter', 'P', 'F'])
  })

  it('says so when shortcuts are turned off in Settings', () => {
    const off = mount(ShortcutList, { props: { mode: 'test', enabled: false } })
    expect(off.get('summary').text()).toBe('Keyboard shortcuts (off)')
    expect(off.find('dl').exists()).toBe(false)
    expect(off.text()).toContain('turned off in Settings')
  })
})
