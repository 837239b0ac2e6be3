import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import EvidencePicker from '../../../src/components/studio/EvidencePicker.vue'
import type { Passage } from '../../../src/domain/bank/schema.ts'

const passage: Passage = {
  schemaVersion: 1,
  id: 'sochi',
  title: 'Assad in Sochi',
  date: '2018-05-18',
  paragraphs: [
    'Assad flew to Sochi. He met Putin there. The talks were long.',
    'Russia says its help was decisive.',
  ],
}

function picker(quotes: string[] = []) {
  return mount(EvidencePicker, {
    props: { passage, quotes, target: 'question 1' },
    attachTo: document.body,
  })
}

describe('the evidence picker', () => {
  it('reads as the article: each sentence an option, with a space between sentences', () => {
    const wrapper = picker()
    const paragraphs = wrapper.findAll('.sentence-paragraph')
    expect(paragraphs.map((p) => p.element.textContent?.trim())).toEqual(passage.paragraphs)
    expect(wrapper.findAll('[role="option"]').map((o) => o.text())).toEqual([
      'Assad flew to Sochi.',
      'He met Putin there.',
      'The talks were long.',
      'Russia says its help was decisive.',
    ])
    wrapper.unmount()
  })

  it('marks a picked sentence, and gives the sentence a click picks', async () => {
    const wrapper = picker(['He met Putin there.'])
    const options = wrapper.findAll('[role="option"]')
    expect(options.map((o) => o.attributes('aria-selected'))).toEqual([
      'false',
      'true',
      'false',
      'false',
    ])
    await options[2]!.trigger('click')
    expect(wrapper.emitted('toggle')).toEqual([['The talks were long.']])
    wrapper.unmount()
  })
})
