import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ShortcutList from '../../../src/components/quiz/ShortcutList.vue'

describe('the keyboard shortcut list', () => {
  it('lists the flag key only in test mode', () => {
    const practice = mount(ShortcutList, { props: { mode: 'practice', enabled: true } })
    const test = mount(ShortcutList, { props: { mode: 'test', enabled: true } })
    expect(practice.findAll('dt').map((d) => d.text())).toEqual(['1–9', 'Enter', 'P', 'Esc'])
    expect(test.findAll('dt').map((d) => d.text())).toEqual(['1–9', 'Enter', 'P', 'Esc', 'F'])
  })

  it('lists Esc as the article does it: any time it covers the question, beside it after a check', () => {
    const keyOf = (mode: 'practice' | 'test' | 'review') => {
      const list = mount(ShortcutList, { props: { mode, enabled: true } })
      const i = list.findAll('dt').findIndex((d) => d.text() === 'Esc')
      return list.findAll('dd')[i]?.text()
    }
    const afterCheck = 'back from the article to the question (beside it, after a check)'
    expect(keyOf('practice')).toBe(afterCheck)
    expect(keyOf('review')).toBe(afterCheck)
    // A test has no check to point into the article: only the phone's sheet closes.
    expect(keyOf('test')).toBe('close the article when it covers the question')
  })

  it('says so when shortcuts are turned off in Settings', () => {
    const off = mount(ShortcutList, { props: { mode: 'test', enabled: false } })
    expect(off.get('summary').text()).toBe('Keyboard shortcuts (off)')
    expect(off.find('dl').exists()).toBe(false)
    expect(off.text()).toContain('turned off in Settings')
    // The article's Esc is not a shortcut: it still closes it.
    expect(off.text()).toContain('Tab, arrows, Enter and Esc still work')
  })
})
