import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import PassageText from '../../../src/components/passage/PassageText.vue'
import { passage } from '../../fixtures/banks.ts'

describe("the article's source line", () => {
  it('links an https source', () => {
    const wrapper = mount(PassageText, {
      props: { passage: passage({ url: 'https://example.org/story' }) },
    })
    const link = wrapper.get('.source-link a')
    expect(link.attributes('href')).toBe('https://example.org/story')
    expect(link.text()).toBe('https://example.org/story')
  })

  it('shows a javascript: address as plain text, never as a link', () => {
    // The schema refuses it; this guards data that reached the view some other way.
    const wrapper = mount(PassageText, {
      props: { passage: passage({ url: 'javascript:alert(document.cookie)' }) },
    })
    expect(wrapper.find('a').exists()).toBe(false)
    expect(wrapper.get('.source-link').text()).toContain('javascript:alert(document.cookie)')
  })
})
