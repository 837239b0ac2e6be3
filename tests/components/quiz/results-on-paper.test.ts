import { beforeEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { h, nextTick } from 'vue'
import ResultsLayout from '../../../src/components/quiz/ResultsLayout.vue'
import { reviewItems } from '../../../src/domain/quiz/review.ts'
import { right, wrong } from '../../domain/quiz/bank.ts'
import { bankOf, playPractice, questions } from './play.ts'

const bank = bankOf([questions.who, questions.announced, questions.year])
const items = reviewItems(
  playPractice(bank, [{ answer: right.who }, { answer: wrong.announced }, { skip: true }]),
  bank,
)

/** Results whose "Review what I missed" button opens the review, as QuizPlay's do. */
function results() {
  return mount(ResultsLayout, {
    props: { items },
    slots: {
      default: ({ openReview }: { openReview: (missedOnly: boolean) => void }) =>
        h('button', { onClick: () => openReview(true) }, 'Review what I missed'),
    },
    attachTo: document.body,
  })
}
type Wrapper = ReturnType<typeof results>
const open = (wrapper: Wrapper) =>
  wrapper.findAll('details').map((d) => (d.element as HTMLDetailsElement).open)

describe('results printed', () => {
  beforeEach(() => setActivePinia(createPinia()))

  // Paper has nothing to click: printed before "Review answers", the paper had the score only.
  it('before the review is opened have every answer under them, open, and none after printing', async () => {
    const wrapper = results()
    expect(wrapper.find('#review-heading').exists()).toBe(false)

    window.dispatchEvent(new Event('beforeprint'))
    await nextTick()
    expect(wrapper.get('#review-heading').text()).toBe('Review your answers')
    expect(open(wrapper)).toEqual([true, true, true])

    window.dispatchEvent(new Event('afterprint'))
    await nextTick()
    expect(wrapper.find('#review-heading').exists()).toBe(false)
    wrapper.unmount()
  })

  it('with the review opened on the missed ones print those, and keep the review after', async () => {
    const wrapper = results()
    await wrapper.get('button').trigger('click')
    await nextTick()
    await nextTick()
    expect(wrapper.findAll('li.review-item')).toHaveLength(2)

    window.dispatchEvent(new Event('beforeprint'))
    await nextTick()
    expect(open(wrapper)).toEqual([true, true])
    window.dispatchEvent(new Event('afterprint'))
    await nextTick()
    expect(wrapper.findAll('li.review-item')).toHaveLength(2)
    expect(open(wrapper)).toEqual([false, false])
    wrapper.unmount()
  })
})
