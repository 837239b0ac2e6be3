import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setStorageDoor } from '../../../src/composables/storage/index.ts'
import { freshPinia, mountRoute } from '../progress/played.ts'
import { dec, quizAnswer, storeCards } from './cards.ts'
import { useSettingsStore } from '../../../src/stores/settings.ts'

beforeEach(() => {
  setStorageDoor(undefined)
  vi.useFakeTimers({ toFake: ['Date'] })
})
afterEach(() => {
  vi.useRealTimers()
  document.body.innerHTML = ''
})

describe('the study dashboard', { timeout: 30_000 }, () => {
  it('draws each chart as SVG named by its one-sentence summary, with the numbers as a table', async () => {
    storeCards([
      quizAnswer('wsw-01', dec(1), false),
      quizAnswer('wsw-02', dec(1), true),
      { ...quizAnswer('wsw-01', dec(2), true), source: 'review', sure: true },
      { ...quizAnswer('wsw-02', dec(3), false), source: 'review', sure: true },
    ])
    vi.setSystemTime(dec(3, 18))
    const { wrapper } = await mountRoute('/dashboard', freshPinia())
    expect(wrapper.get('h1').text()).toBe('Study dashboard')
    const stats = Object.fromEntries(
      wrapper
        .findAll('.dashboard-stats > div')
        .map((d) => [d.get('dt').text(), d.get('dd').text()]),
    )
    expect(stats['Study streak']).toMatch(/^3 days\s+✓ studied today$/)
    expect(stats['Retention on review']).toMatch(/^50%\s+1 of 2, aim 90%$/)
    expect(stats['Sure but wrong']).toMatch(/^1\s+1 in the last 30 days$/)

    const charts = wrapper.findAll('figure.bar-chart')
    expect(charts).toHaveLength(2)
    for (const chart of charts) {
      const svg = chart.get('svg')
      expect(svg.attributes('role')).toBe('img')
      const summary = chart.get(`#${svg.attributes('aria-labelledby')}`).text()
      expect(summary).toMatch(/\.$/)
      expect(chart.findAll('rect.chart-bar').length).toBe(chart.findAll('tbody tr').length)
    }
    expect(charts[0]!.get('.chart-summary').text()).toBe('2 reviews on 2 of the last 30 days.')
    const rows = charts[0]!.findAll('tbody tr').map((r) => r.findAll('th, td').map((c) => c.text()))
    expect(rows.at(-1)).toEqual(['Wednesday 3 December', '1', '0'])
    expect(rows.at(-2)).toEqual(['Tuesday 2 December', '1', '1'])
    // wsw-02 was wrong today: due tomorrow.
    expect(charts[1]!.findAll('tbody tr')[1]!.findAll('td')[0]!.text()).toBe('1')

    const bySet = wrapper.findAll('.topic-table')[0]!
    expect(bySet.get('tbody tr').text()).toContain('2 of 4')
    // Hardest first, each saying why in words: wsw-02 was known, then wrong in a review today.
    const hard = wrapper.get('.hard-questions').findAll('li')
    expect(hard).toHaveLength(1)
    expect(hard[0]!.get('.hint').text()).toMatch(
      /^Who said what · forgotten once · next review tomorrow, Thursday 4 December$/,
    )
    // The practice link counts what it would ask, as the review page does.
    const practise = wrapper.get('section[aria-labelledby="dashboard-hardest"] a.primary')
    expect(practise.text()).toBe('Practise the question I find hard')
  })

  it('says how many of the cards due today the review asks now, and why the others wait', async () => {
    storeCards(['wsw-01', 'wsw-02', 'wsw-03'].map((qid) => quizAnswer(qid, dec(1), false)))
    vi.setSystemTime(dec(3, 18))
    const pinia = freshPinia()
    // One new question a day: the other two wait for tomorrow's allowance.
    useSettingsStore().setNewPerDay(1)
    const { wrapper } = await mountRoute('/dashboard', pinia)
    const due = wrapper
      .findAll('.dashboard-stats > div')
      .find((d) => d.get('dt').text() === 'Due today')!
    expect(due.get('dd a').text()).toBe('1 to review')
    expect(due.get('dd .hint-inline').text()).toBe('2 more later today or, if new, tomorrow')
    const forecast = wrapper.findAll('figure.bar-chart')[1]!.get('.chart-summary').text()
    expect(forecast).toMatch(
      /^3 cards due today \(overdue ones included\), 1 of them to review now,/,
    )
  })

  it('invites a first quiz when there is nothing to show', async () => {
    vi.setSystemTime(dec(3, 18))
    const { wrapper } = await mountRoute('/dashboard', freshPinia())
    expect(wrapper.get('.lede').text()).toMatch(/^Nothing here yet/)
    expect(wrapper.find('figure').exists()).toBe(false)
  })
})
