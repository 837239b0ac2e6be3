import { beforeEach, describe, expect, it } from 'vitest'
import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { h, nextTick } from 'vue'
import QuizPlay from '../../../src/components/quiz/QuizPlay.vue'
import ResultsLayout from '../../../src/components/quiz/ResultsLayout.vue'
import { readableDate } from '../../../src/components/progress/format.ts'
import { useBanksStore } from '../../../src/stores/banks.ts'
import { useQuizStore } from '../../../src/stores/quiz.ts'
import { BANK_FILE, PASSAGE_FILE, bank as bankFile, json, passage } from '../../fixtures/banks.ts'
import { reviewItems } from '../../../src/domain/quiz/review.ts'
import { right, wrong } from '../../domain/quiz/bank.ts'
import { bankOf, playPractice, questions } from './play.ts'

const bank = bankOf([questions.who, questions.announced, questions.year])
const items = reviewItems(
  playPractice(bank, [{ answer: right.who }, { answer: wrong.announced }, { skip: true }]),
  bank,
)

/** Results whose "See the answers to the 2 I missed" button opens the review, as QuizPlay's do. */
function results() {
  return mount(ResultsLayout, {
    props: { items },
    slots: {
      default: ({ openReview }: { openReview: (missedOnly: boolean) => void }) =>
        h('button', { onClick: () => openReview(true) }, 'See the answers to the 2 I missed'),
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
    // Asked for their answers, the missed ones open; the student folds the first.
    expect(open(wrapper)).toEqual([true, true])
    const first = wrapper.get('li.review-item details').element as HTMLDetailsElement
    first.open = false
    first.dispatchEvent(new Event('toggle'))
    await nextTick()
    expect(open(wrapper)).toEqual([false, true])

    window.dispatchEvent(new Event('beforeprint'))
    await nextTick()
    expect(open(wrapper)).toEqual([true, true])
    window.dispatchEvent(new Event('afterprint'))
    await nextTick()
    expect(wrapper.findAll('li.review-item')).toHaveLength(2)
    expect(open(wrapper)).toEqual([false, true])
    wrapper.unmount()
  })
})

describe('results of a quiz just finished, printed', () => {
  it('say when the quiz was done, and in which mode, on paper only', async () => {
    setActivePinia(createPinia())
    await useBanksStore().load([
      { file: PASSAGE_FILE, text: json(passage()) },
      { file: BANK_FILE, text: json(bankFile()) },
    ])
    const quiz = useQuizStore()
    quiz.start('mini/quotes', { mode: 'test' }, 'seed')
    quiz.submitAll()
    const wrapper = mount(QuizPlay, {
      props: { passageId: 'mini' },
      global: { stubs: { RouterLink: RouterLinkStub } },
      attachTo: document.body,
    })
    await flushPromises()
    const finished = quiz.recorded!.attempt.finishedAt
    // A printed result had no date: a parent or a folder could not tell when it was.
    const byline = wrapper.get('.byline.paper-only')
    expect(byline.text().replace(/\s+/g, ' ')).toBe(`${readableDate(finished)} · Test mode`)
    // Under the set's title, before the result (results.css hides it on screen).
    expect(byline.element.compareDocumentPosition(wrapper.get('#results-heading').element)).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    )
    wrapper.unmount()
  })
})
