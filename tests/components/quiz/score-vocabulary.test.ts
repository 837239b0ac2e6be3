/**
 * One attempt, four pages: the results, their topic table, the review, Progress and the stored
 * attempt all say the same marks, the same percentage and the same count of questions fully right.
 * The attempt has the mix that once made them disagree: a half-credit retry and three wrong.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import QuizResults from '../../../src/components/quiz/QuizResults.vue'
import QuizReview from '../../../src/components/quiz/QuizReview.vue'
import { reviewItems } from '../../../src/domain/quiz/review.ts'
import { missedQuestionIds, summarize } from '../../../src/domain/quiz/score.ts'
import { useBanksStore } from '../../../src/stores/banks.ts'
import { useProgressStore } from '../../../src/stores/progress.ts'
import { SET_ID, freshPinia, mountRoute, played } from '../progress/played.ts'
import { seen } from '../../fixtures/heard.ts'

afterEach(() => {
  document.body.innerHTML = ''
})

function attempt() {
  const pinia = freshPinia()
  const bank = useBanksStore().bank(SET_ID)!
  const [first, a, b, c] = bank.questions.map((q) => q.id)
  const session = played(bank, { mode: 'practice', retried: [first!], wrong: [a!, b!, c!] })
  useProgressStore().recordSession(session, bank)
  return { pinia, bank, session, total: bank.questions.length }
}

describe('the score vocabulary across pages', () => {
  it('says the same marks, percentage and questions fully right everywhere', async () => {
    const { pinia, bank, session, total } = attempt()
    const marks = `${total - 3.5} of ${total} marks`
    // To the nearest, on every page (it passed, so nothing holds it under the pass mark).
    const percent = `${Math.round(((total - 3.5) / total) * 100)}%`
    const fullyRight = `${total - 4} of ${total} questions fully right`

    const results = mount(QuizResults, {
      props: { bank, summary: summarize(session, bank), seed: session.seed },
    })
    expect(results.get('.result-score').text()).toBe(percent)
    expect(results.get('.result-count').text()).toBe(`${marks} · ${fullyRight}`)
    // "Retry" asks again exactly the questions not fully right, and says how many.
    expect(missedQuestionIds(session)).toHaveLength(4)
    expect(results.text()).toContain('Answer the 4 I missed again')
    // Each topic row's percentage is its marks, rounded the same way.
    for (const row of results.findAll('.tag-table tbody tr')) {
      const [marksCell, percentCell] = row.findAll('td').map((td) => td.text())
      const [got, of] = marksCell!.split(' of ').map(Number)
      expect(percentCell).toBe(`${Math.floor((got! / of!) * 100)}%`)
    }

    const review = mount(QuizReview, { props: { items: reviewItems(session, bank) } })
    expect(seen(review.findAll('.review-item h3')[0]!)).toBe(
      'Question 1: ½ — right on the second try',
    )
    expect(review.findAll('.review-item.is-correct')).toHaveLength(total - 4)

    const progress = await mountRoute('/progress', pinia)
    const stats = Object.fromEntries(
      progress.wrapper
        .get('.set-progress')
        .findAll('.stat-list > div')
        .map((d) => [d.get('dt').text(), d.get('dd').text()]),
    )
    // One quiz: its score said once, as the results page rounds it.
    expect(stats).toMatchObject({ 'One attempt': `${percent}, passed` })
    progress.wrapper.unmount()

    const id = useProgressStore().recent(1)[0]!.id
    const stored = await mountRoute(`/progress/attempt/${id}`, pinia)
    expect(stored.wrapper.get('.result-score').text()).toBe(percent)
    expect(stored.wrapper.get('.result-count').text()).toBe(`${marks} · ${fullyRight}`)
    // The same ring, named the same for screen readers, with the same verdict.
    const ring = 'svg.score-ring'
    expect(stored.wrapper.get(ring).attributes('aria-label')).toBe(
      results.get(ring).attributes('aria-label'),
    )
    expect(stored.wrapper.get('.result-verdict').text()).toBe(results.get('.result-verdict').text())
    expect(seen(stored.wrapper.findAll('.review-item h3')[0]!)).toBe(
      'Question 1: ½ — right on the second try',
    )
  })
})
