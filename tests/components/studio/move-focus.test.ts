import { afterEach, describe, expect, it } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { defineComponent, h, ref } from 'vue'
import EvidenceList from '../../../src/components/studio/EvidenceList.vue'
import ChoicesForm from '../../../src/components/studio/forms/ChoicesForm.vue'
import { blankQuestion, type DraftQuestion } from '../../../src/domain/studio/draft.ts'

enableAutoUnmount(afterEach)

/** The focused element's accessible name, as the keyboard user hears where they are. */
const focusedName = () => document.activeElement?.textContent?.trim()

describe('↑ and ↓ beside an item keep the keyboard on the item moved', () => {
  it('for a quote of the evidence (its row moved and the focus fell to the page)', async () => {
    const Host = defineComponent(() => {
      const quotes = ref(['One.', 'Two.', 'Three.'])
      return () =>
        h(EvidenceList, {
          field: 'questions[0].evidence',
          quotes: quotes.value,
          picking: false,
          onChange: (next: string[]) => (quotes.value = next),
        })
    })
    const wrapper = mount(Host, { attachTo: document.body })
    const moveUp = wrapper.findAll('button').find((b) => b.text() === '↑Move quote 3 up')!
    ;(moveUp.element as HTMLElement).focus()
    await moveUp.trigger('click')
    await flushPromises()
    expect(wrapper.findAll('blockquote').map((b) => b.text())).toEqual(['One.', 'Three.', 'Two.'])
    expect(focusedName()).toBe('↑Move quote 2 up')
    // Once more: at the top its ↑ is off, so the keyboard is on its ↓.
    ;(document.activeElement as HTMLElement).click()
    await flushPromises()
    expect(wrapper.findAll('blockquote').map((b) => b.text())).toEqual(['Three.', 'One.', 'Two.'])
    expect(focusedName()).toBe('↓Move quote 1 down')
  })

  it('for an option, while Alt+↓ in its box keeps the keyboard in the box', async () => {
    const Host = defineComponent(() => {
      const q = ref<DraftQuestion>({
        ...blankQuestion('single', 'k1', 'q1'),
        choices: ['Sochi', 'Minsk', 'Moscow'].map((text) => ({ text, correct: false })),
      })
      return () =>
        h(ChoicesForm, {
          question: q.value,
          field: 'questions[0]',
          onChange: (next: DraftQuestion) => (q.value = next),
        })
    })
    const wrapper = mount(Host, { attachTo: document.body })
    const texts = () =>
      wrapper.findAll('input[type="text"]').map((i) => (i.element as HTMLInputElement).value)
    const down = wrapper.findAll('button').find((b) => b.text() === '↓Move option 1 down')!
    ;(down.element as HTMLElement).focus()
    await down.trigger('click')
    await flushPromises()
    expect(texts()).toEqual(['Minsk', 'Sochi', 'Moscow'])
    expect(focusedName()).toBe('↓Move option 2 down')

    const box = wrapper.get('#f-questions-0-choices-1')
    ;(box.element as HTMLElement).focus()
    await box.trigger('keydown', { key: 'ArrowDown', altKey: true })
    await flushPromises()
    expect(texts()).toEqual(['Minsk', 'Moscow', 'Sochi'])
    expect(document.activeElement?.id).toBe('f-questions-0-choices-2')
  })
})
