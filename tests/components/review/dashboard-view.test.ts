import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setStorageDoor } from '../../../src/composables/storage/index.ts'
import { freshPinia, mountRoute } from '../progress/played.ts'
import type { ReviewAnswer } from '../../../src/domain/review/apply.ts'
import { dec, quizAnswer, storeCards } from './cards.ts'
import { logSeconds } from '../../../src/domain/review/card.ts'
import { heard } from '../../fixtures/heard.ts'
import { useSettingsStore } from '../../../src/stores/settings.ts'

beforeEach(() => {
  setStorageDoor(undefined)
  vi.useFakeTimers({ toFake: ['Date'] })
})
afterEach(() => {
  vi.useRealTimers()
  document.body.innerHTML = ''
})

type Dashboard = Awaited<ReturnType<typeof mountRoute>>['wrapper']

/** One of the dashboard's figures (its term and value), by its term: "Due today", "Sure but wrong"… */
const statOf = (w: Pick<Dashboard, 'findAll'>, term: string) =>
  w.findAll('.dashboard-stats > div').find((d) => d.get('dt').text() === term)!

/** One of the dashboard's charts, by its heading: "Due in the next 14 days"… */
const chartOf = (w: Pick<Dashboard, 'findAll'>, heading: string) =>
  w.findAll('figure.bar-chart').find((c) => c.get('h3').text() === heading)!

/** What `read` reads off a dashboard opened afresh, closed again after. */
async function readDashboard(read: (wrapper: Dashboard) => string): Promise<string> {
  const { wrapper } = await mountRoute('/dashboard', freshPinia())
  const text = read(wrapper)
  wrapper.unmount()
  return text
}

/** The forecast's summary under "Due in the next 14 days", on a dashboard opened afresh. */
const forecastSummary = () =>
  readDashboard((w) => chartOf(w, 'Due in the next 14 days').get('.chart-summary').text())

describe('the study dashboard', { timeout: 30_000 }, () => {
  it('says how many sure answers were wrong, and when, in plain words', async () => {
    const sureWrong = (qid: string, at: number) => ({
      ...quizAnswer(qid, at, false),
      source: 'review' as const,
      sure: true,
    })
    const figure = async () => {
      const { wrapper } = await mountRoute('/dashboard', freshPinia())
      const cell = statOf(wrapper, 'Sure but wrong')
      return cell.get('dd').text().replace(/\s+/g, ' ')
    }
    const played = [quizAnswer('wsw-01', dec(1), false)]
    storeCards(played)
    vi.setSystemTime(dec(3, 18))
    // Not "0 in the last year, 0 of them in the last 30 days".
    expect(await figure()).toBe('0 in the last year')
    played.push(sureWrong('wsw-01', dec(2)), sureWrong('wsw-02', dec(2)))
    storeCards(played)
    vi.setSystemTime(dec(20, 18))
    expect(await figure()).toBe('2 in the last 30 days')
    vi.setSystemTime(new Date(2026, 1, 20, 18))
    expect(await figure()).toBe('2 in the last year, none in the last 30 days')
    storeCards([...played, sureWrong('wsw-03', new Date(2026, 1, 19, 9).getTime())])
    expect(await figure()).toBe('3 in the last year, 1 of them in the last 30 days')
  })

  it('shows whether the student is getting better: the share right month by month', async () => {
    const at = (month: number, day: number) => new Date(2025, month, day, 9).getTime()
    const wrongThenRight = (qid: string, month: number, right: boolean) => ({
      ...quizAnswer(qid, at(month, 5), right),
      source: 'review' as const,
    })
    storeCards([
      quizAnswer('wsw-01', at(6, 1), false),
      quizAnswer('wsw-02', at(6, 1), false),
      quizAnswer('wsw-03', at(6, 1), true),
      quizAnswer('wsw-04', at(6, 1), false),
      wrongThenRight('wsw-01', 9, true),
      wrongThenRight('wsw-02', 9, true),
      wrongThenRight('wsw-04', 9, false),
      wrongThenRight('wsw-01', 10, true),
      wrongThenRight('wsw-02', 10, true),
      wrongThenRight('wsw-04', 10, true),
    ])
    vi.setSystemTime(dec(3, 18))
    const { wrapper } = await mountRoute('/dashboard', freshPinia())
    // Nothing since November: no streak, and a word on how to start one rather than a bare 0.
    expect(wrapper.get('.dashboard-stats > div').text()).toMatch(
      /^Study streak\s*0 days\s+study today to start one$/,
    )
    const chart = chartOf(wrapper, 'Right answers by month, last 12 months')
    expect(chart.get('.chart-summary').text()).toBe(
      // Months of 3 and 4 answers are not compared: 3 of 3 is no sign of getting better.
      '100% right in November 2025 (3 of 3). Months are compared once they have 10 answers; none has yet.',
    )
    const rows = chart.findAll('tbody tr').map((r) => r.findAll('th, td').map((c) => c.text()))
    // From the first month with an answer; a month without one says so.
    expect(rows).toEqual([
      ['July 2025', '25%', '1 of 4'],
      ['August 2025', 'none answered', '0'],
      ['September 2025', 'none answered', '0'],
      ['October 2025', '67%', '2 of 3'],
      ['November 2025', '100%', '3 of 3'],
      ['December 2025', 'none answered', '0'],
    ])
    expect(chart.findAll('.chart-value').map((v) => v.text())).toEqual(['25%', '67%', '100%'])
  })

  it('counts a right second try as half a right answer and as recalled in retention, unless the first was sure, and says so', async () => {
    const review = (qid: string, day: number, over: Partial<ReviewAnswer>) => ({
      ...quizAnswer(qid, dec(day), true),
      source: 'review' as const,
      ...over,
    })
    storeCards([
      ...['wsw-01', 'wsw-02', 'wsw-03', 'wsw-04'].map((q) => quizAnswer(q, dec(1), false)),
      review('wsw-01', 2, { retryUsed: true }),
      review('wsw-02', 2, {}),
      review('wsw-04', 3, { correct: false, retryUsed: true }),
      // Sure, wrong, then right on the second try: graded Again, as a wrong answer is.
      review('wsw-03', 3, { retryUsed: true, sure: true }),
    ])
    vi.setSystemTime(dec(3, 18))
    const { wrapper } = await mountRoute('/dashboard', freshPinia())
    const retention = statOf(wrapper, 'Retention on review')
    // Retention is set beside the aim the scheduler works to, and measured as it is: a right
    // second try (Hard) was recalled, unless the first was sure (Again): 2 of 4.
    expect(retention.get('dd').text()).toMatch(/^50%\s+2 of 4 recalled, aim 90%$/)
    const accuracy = wrapper.get('#dashboard-accuracy').element.parentElement!
    expect(accuracy.querySelector(':scope > p.hint')!.textContent.replace(/\s+/g, ' ').trim()).toBe(
      'Every answer in the last year, in quizzes and reviews, weakest first. A right second try counts as half a right answer, as a quiz marks it, and as recalled in retention; as wrong in both if you were sure of the first try.',
    )
    const row = wrapper.get('table.topic-table tbody tr')
    expect(row.findAll('td').map((c) => c.text())).toEqual(['1.5 of 8', '19%'])
    const tuesday = wrapper.findAll('figure.bar-chart')[0]!.findAll('tbody tr').at(-2)!
    expect(tuesday.findAll('th, td').map((c) => c.text())).toEqual([
      'Tuesday 2 December',
      '2',
      '1.5',
    ])
  })

  it('counts a streak on the days the learner lived, across a time zone change', async () => {
    // The learner's clock then was 10 hours from this machine's (whatever zone it runs in).
    const clockOf = (t: number) => 0 - new Date(t).getTimezoneOffset()
    const here = clockOf(Date.UTC(2025, 11, 3))
    const there = here > 0 ? here - 600 : here + 600
    /** The instant a clock `offset` minutes east of UTC shows `hour`:`minute` on a December day. */
    const shown = (offset: number, day: number, hour: number, minute = 0) =>
      Date.UTC(2025, 11, day, hour, minute) - offset * 60_000
    // Late in the evening there when the machine is east of it, just past midnight when west:
    // by this machine's clock alone, the 1st and 2nd move a day (a streak of 2 or 1).
    const [hour, minute] = there < here ? [23, 30] : [0, 30]
    const answers = [
      { ...quizAnswer('wsw-01', shown(there, 1, hour, minute), true), source: 'review' as const },
      { ...quizAnswer('wsw-02', shown(there, 2, hour, minute), true), source: 'review' as const },
      { ...quizAnswer('wsw-03', shown(here, 3, 20), true), source: 'review' as const },
    ]
    storeCards(answers, [
      [logSeconds(answers[0]!.at), there],
      [logSeconds(answers[2]!.at), here],
    ])
    vi.setSystemTime(shown(here, 3, 21))
    const { wrapper } = await mountRoute('/dashboard', freshPinia())
    expect(wrapper.get('.dashboard-stats > div').text()).toMatch(
      /^Study streak\s*3 days\s+✓ studied today$/,
    )
  })

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
    // The tick is seen, not heard as "check mark".
    const streak = wrapper.findAll('.dashboard-stats dd')[0]!
    expect(heard(streak)).toBe('3 days studied today')
    expect(stats['Retention on review']).toMatch(/^50%\s+1 of 2 recalled, aim 90%$/)
    // Said over what time: the count alone ("77") read as nothing in particular. All of them
    // recent: said once, not "in the last year, 1 of them in the last 30 days".
    expect(stats['Sure but wrong']).toMatch(/^1\s+in the last 30 days$/)

    const charts = wrapper.findAll('figure.bar-chart')
    expect(charts).toHaveLength(3)
    for (const chart of charts) {
      const svg = chart.get('svg')
      expect(svg.attributes('role')).toBe('img')
      const summary = chart.get(`#${svg.attributes('aria-labelledby')}`).text()
      expect(summary).toMatch(/\.$/)
      expect(chart.findAll('rect.chart-bar').length).toBe(chart.findAll('tbody tr').length)
    }
    expect(charts[0]!.get('.chart-summary').text()).toBe('2 reviews on 2 of the last 30 days.')
    // The days' ticks say which month they are in: under the first, and where the month changes.
    expect(charts[0]!.findAll('.chart-period').map((p) => p.text())).toEqual(['Nov', 'Dec'])
    expect(charts[1]!.findAll('.chart-period').map((p) => p.text())).toEqual(['Dec'])
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

  it('names the days with the most reviews only when fewer days had as many', async () => {
    const summary = async (reviews: [qid: string, day: number][]) => {
      storeCards([
        ...['wsw-01', 'wsw-02', 'wsw-03'].map((qid) => quizAnswer(qid, dec(1), false)),
        ...reviews.map(([qid, day]) => ({
          ...quizAnswer(qid, dec(day), true),
          source: 'review' as const,
        })),
      ])
      const { wrapper } = await mountRoute('/dashboard', freshPinia())
      const text = wrapper.get('figure.bar-chart .chart-summary').text()
      wrapper.unmount()
      return text
    }
    vi.setSystemTime(dec(12, 18))
    // Two on each of two days: it said “the most, 2, on Tuesday 2 December”.
    expect(
      await summary([
        ['wsw-01', 2],
        ['wsw-02', 2],
        ['wsw-01', 8],
        ['wsw-02', 8],
      ]),
    ).toBe('4 reviews on 2 of the last 30 days, 2 on each.')
    // All on one day: it said “3 reviews on 1 of the last 30 days, 3 on each.”
    expect(
      await summary([
        ['wsw-01', 8],
        ['wsw-02', 8],
        ['wsw-03', 8],
      ]),
    ).toBe('3 reviews in the last 30 days, all on Monday 8 December.')
    expect(await summary([['wsw-01', 8]])).toBe(
      '1 review in the last 30 days, on Monday 8 December.',
    )
    expect(
      await summary([
        ['wsw-01', 2],
        ['wsw-02', 2],
        ['wsw-03', 5],
        ['wsw-01', 8],
        ['wsw-02', 8],
      ]),
    ).toBe(
      '5 reviews on 3 of the last 30 days; the most, 2, on Tuesday 2 December and Monday 8 December.',
    )
    // More than two such days are counted, not listed.
    expect(
      await summary([
        ['wsw-01', 2],
        ['wsw-02', 2],
        ['wsw-03', 5],
        ['wsw-01', 8],
        ['wsw-02', 8],
        ['wsw-01', 10],
        ['wsw-03', 10],
      ]),
    ).toBe('7 reviews on 4 of the last 30 days; the most, 2, on 3 days.')
    expect(
      await summary([
        ['wsw-01', 2],
        ['wsw-02', 2],
        ['wsw-03', 5],
      ]),
    ).toBe('3 reviews on 2 of the last 30 days; the most, 2, on Tuesday 2 December.')
  })

  it('says how many hard questions the practice asks beyond the five it lists', async () => {
    vi.setSystemTime(dec(3, 18))
    const look = async (wrong: number) => {
      const qids = Array.from({ length: wrong }, (_, i) => `wsw-${String(i + 1).padStart(2, '0')}`)
      storeCards(qids.map((qid) => quizAnswer(qid, dec(1), false)))
      const { wrapper } = await mountRoute('/dashboard', freshPinia())
      const section = wrapper.get('section[aria-labelledby="dashboard-hardest"]')
      const seen = {
        listed: section.findAll('.hard-questions li').length,
        rest: section.find('.hard-questions + p.hint').exists()
          ? section.get('.hard-questions + p.hint').text()
          : undefined,
        button: section.get('a.primary').text(),
      }
      wrapper.unmount()
      return seen
    }
    // Five listed under a button for seven read as a count gone wrong: the other two are named.
    expect(await look(7)).toEqual({
      listed: 5,
      rest: '…and 2 more: the practice below asks all 7.',
      button: 'Practise the 7 questions I find hard',
    })
    expect(await look(12)).toEqual({
      listed: 5,
      rest: '…and 5 more: the practice below asks the 10 hardest.',
      button: 'Practise the 10 questions I find hardest',
    })
    // All of them listed: nothing to add.
    expect(await look(5)).toEqual({
      listed: 5,
      rest: undefined,
      button: 'Practise the 5 questions I find hard',
    })
  })

  it('names no "busiest" day in the forecast when one day has them all, or none has more than one', async () => {
    // Wrong on the 1st: due on the 2nd; on the 1st at noon, all three wait for tomorrow.
    const three = ['wsw-01', 'wsw-02', 'wsw-03'].map((qid) => quizAnswer(qid, dec(1), false))
    storeCards(three)
    vi.setSystemTime(dec(1, 12))
    expect(await forecastSummary()).toBe(
      'Nothing due today; 3 questions over the next 13 days, all on Tuesday 2 December.',
    )
    storeCards([three[0]!])
    expect(await forecastSummary()).toBe(
      'Nothing due today; 1 question over the next 13 days, on Tuesday 2 December.',
    )
    // One a day on three days: not "the busiest is Tuesday 2 December, with 1".
    storeCards([
      quizAnswer('wsw-01', dec(1), false),
      quizAnswer('wsw-02', dec(2), false),
      quizAnswer('wsw-03', dec(3), false),
    ])
    expect(await forecastSummary()).toBe(
      'Nothing due today; 3 questions over the next 13 days, at most 1 a day.',
    )
    // Back after a break, all three overdue: not “and 0 more over the next 13 days”.
    storeCards(three)
    vi.setSystemTime(dec(12, 12))
    expect(await forecastSummary()).toBe(
      '3 questions due today (overdue ones included) and none over the next 13 days.',
    )
  })

  it('names the days of the forecast with the most due only when fewer days have as many', async () => {
    const summary = async (wrongOn: number[]) => {
      storeCards(
        wrongOn.map((day, i) =>
          quizAnswer(`wsw-${String(i + 1).padStart(2, '0')}`, dec(day), false),
        ),
      )
      return forecastSummary()
    }
    vi.setSystemTime(dec(1, 12))
    // Wrong on a day: due the next. Two on the 2nd and on the 6th: it said “the busiest is
    // Tuesday 2 December, with 2”, the soonest of the two.
    expect(await summary([1, 1, 3, 5, 5])).toBe(
      'Nothing due today; 5 questions over the next 13 days; the busiest, 2, on Tuesday 2 December and Saturday 6 December.',
    )
    // More than two such days are counted, not listed.
    expect(await summary([1, 1, 3, 5, 5, 7, 7])).toBe(
      'Nothing due today; 7 questions over the next 13 days; the busiest, 2, on 3 days.',
    )
    // As many on every day with any: none is the busiest.
    expect(await summary([1, 1, 5, 5])).toBe(
      'Nothing due today; 4 questions over the next 13 days, 2 on each of 2 days.',
    )
    expect(await summary([1, 1, 3])).toBe(
      'Nothing due today; 3 questions over the next 13 days; the busiest is Tuesday 2 December, with 2.',
    )
  })

  it('spreads new questions past the daily limit over the next days, as the review will ask them', async () => {
    // A whole set (18 questions) finished on the 1st, some right, and back on the 5th with five
    // new questions a day: all 18 are due, five of them today.
    const quiz = Array.from({ length: 18 }, (_, i) =>
      quizAnswer(`wsw-${String(i + 1).padStart(2, '0')}`, dec(1), i % 3 === 0),
    )
    storeCards(quiz)
    vi.setSystemTime(dec(5, 18))
    const pinia = freshPinia()
    useSettingsStore().setNewPerDay(5)
    const { wrapper } = await mountRoute('/dashboard', pinia)
    const dueToday = (w: typeof wrapper) => statOf(w, 'Due today')
    expect(dueToday(wrapper).get('dd a').text()).toBe('5 to review')
    expect(dueToday(wrapper).get('dd .hint-inline').text()).toBe(
      '13 questions not yet reviewed join your reviews on later days, 5 a day',
    )
    const chart = chartOf(wrapper, 'Due in the next 14 days')
    expect(chart.get('.chart-summary').text()).toBe(
      '5 questions due today (overdue ones included) and 13 more over the next 13 days, questions not yet reviewed joining 5 a day; the busiest, 5, on Saturday 6 December and Sunday 7 December.',
    )
    const rows = chart.findAll('tbody tr').map((r) => r.findAll('td').map((c) => c.text()))
    expect(rows.slice(0, 5)).toEqual([
      ['5', '5'],
      ['5', '5'],
      ['5', '5'],
      ['3', '3'],
      ['0', '0'],
    ])
    wrapper.unmount()

    // The next day, after reviewing today's five (right): five more of the eight still waiting.
    storeCards([
      ...quiz,
      ...['wsw-01', 'wsw-02', 'wsw-03', 'wsw-04', 'wsw-05'].map((qid) => ({
        ...quizAnswer(qid, dec(5, 18), true),
        source: 'review' as const,
      })),
    ])
    vi.setSystemTime(dec(6, 9))
    const next = freshPinia()
    useSettingsStore().setNewPerDay(5)
    const { wrapper: later } = await mountRoute('/dashboard', next)
    expect(dueToday(later).get('dd a').text()).toBe('5 to review')
    expect(dueToday(later).get('dd .hint-inline').text()).toBe(
      '8 questions not yet reviewed join your reviews on later days, 5 a day',
    )
  })

  it('calls questions answered in quizzes but never reviewed “not yet reviewed”, never “new”', async () => {
    // Six questions answered wrong in three quizzes, never in a review; three a day join it.
    storeCards(
      [1, 2, 3].flatMap((day) =>
        ['wsw-01', 'wsw-02', 'wsw-03', 'wsw-04', 'wsw-05', 'wsw-06'].map((qid) =>
          quizAnswer(qid, dec(day), false),
        ),
      ),
    )
    vi.setSystemTime(dec(5, 9))
    const pinia = freshPinia()
    useSettingsStore().setNewPerDay(3)
    const { wrapper } = await mountRoute('/dashboard', pinia)
    const dd = statOf(wrapper, 'Due today').get('dd')
    expect(dd.get('a').text()).toBe('3 to review')
    expect(dd.get('.hint-inline').text()).toBe(
      '3 questions not yet reviewed join your reviews tomorrow',
    )
    const chart = chartOf(wrapper, 'Due in the next 14 days')
    expect(chart.findAll('thead th').map((th) => th.text())).toEqual([
      'Day',
      'Questions due',
      'Not yet reviewed',
    ])
    expect(chart.get('.chart-summary').text()).toContain(
      'questions not yet reviewed joining 3 a day',
    )
    expect(wrapper.text()).not.toMatch(/\bnew\b/i)
  })

  it('names the day a new question held back by the daily limit comes up, as the queue takes it', async () => {
    // Three questions wrong in a quiz last evening: due again this evening, and until then the
    // scheduler counts them as recalled for certain, so the list says when they come back.
    storeCards(['wsw-01', 'wsw-02', 'wsw-03'].map((qid) => quizAnswer(qid, dec(2, 17), false)))
    vi.setSystemTime(dec(3, 9))
    const look = async (perDay: number) => {
      const pinia = freshPinia()
      useSettingsStore().setNewPerDay(perDay)
      const { wrapper } = await mountRoute('/dashboard', pinia)
      const dd = statOf(wrapper, 'Due today').get('dd')
      const due = [
        dd.find('a').exists() ? dd.get('a').text() : 'None',
        dd.get('.hint-inline').text(),
      ]
      const hard = wrapper
        .get('.hard-questions')
        .findAll('li .hint')
        .map((h) => h.text())
      wrapper.unmount()
      return { due, hard }
    }
    // None let in: not "next review today" beside "Due today: None".
    expect(await look(0)).toEqual({
      due: ['None', '3 questions not yet reviewed wait: Settings let in none a day'],
      hard: Array(3).fill(
        'Who said what · wrong last time · waits for its first review: Settings let in none a day',
      ),
    })
    // One a day: one today, the others on the days the limit lets them in.
    expect(await look(1)).toEqual({
      due: ['1 to review', '2 questions not yet reviewed join your reviews on later days, 1 a day'],
      hard: [
        'Who said what · wrong last time · next review today',
        'Who said what · wrong last time · next review tomorrow, Thursday 4 December',
        'Who said what · wrong last time · next review in 2 days, on Friday 5 December',
      ],
    })
  })

  it('says there were no reviews in the last 30 days when every review is older, and none yet only before the first', async () => {
    storeCards([
      quizAnswer('wsw-01', dec(1), false),
      quizAnswer('wsw-02', dec(1), true),
      { ...quizAnswer('wsw-01', dec(2), true), source: 'review' },
      { ...quizAnswer('wsw-02', dec(4), true), source: 'review' },
    ])
    // 20 January: the reviews of early December are more than 30 days back.
    vi.setSystemTime(new Date(2026, 0, 20, 9))
    const retention = () => readDashboard((w) => statOf(w, 'Retention on review').get('dd').text())
    expect(await retention()).toBe('No reviews in the last 30 days')

    storeCards([quizAnswer('wsw-01', dec(1), false), quizAnswer('wsw-02', dec(1), true)])
    expect(await retention()).toBe('No reviews yet')
  })

  it('back after a break, says when the last review was and what is due, not a bare chart', async () => {
    storeCards([
      quizAnswer('wsw-01', dec(1), false),
      quizAnswer('wsw-02', dec(1), true),
      { ...quizAnswer('wsw-01', dec(2), true), source: 'review' },
      { ...quizAnswer('wsw-02', dec(4), true), source: 'review' },
    ])
    const activity = async () => {
      const { wrapper } = await mountRoute('/dashboard', freshPinia())
      const section = wrapper.get('section[aria-labelledby="dashboard-activity"]')
      const out = {
        headings: section.findAll('h3').map((h) => h.text()),
        charts: section.findAll('svg').length,
        said: section
          .get('.chart-empty')
          .findAll('p')
          .map((p) => p.text().replace(/\s+/g, ' ')),
        link: section.find('.chart-empty a').exists()
          ? section.get('.chart-empty a').attributes('href')
          : undefined,
        // Said once on the page (by Retention), not again above the missing chart.
        none: wrapper.text().split(/No reviews (?:in the last 30 days|yet)/).length - 1,
      }
      wrapper.unmount()
      return out
    }
    // 20 January: the last review, on 4 December, is more than 30 days back; both are due.
    vi.setSystemTime(new Date(2026, 0, 20, 9))
    expect(await activity()).toEqual({
      headings: ['Reviews per day, last 30 days', 'Due in the next 14 days'],
      charts: 1,
      said: [
        'Your last review was 7 weeks ago, on Thursday 4 December 2025.',
        '2 questions are due today. Review now',
      ],
      link: '/review',
      none: 1,
    })

    // Quizzes only: no review yet, and nothing due before its day.
    storeCards([quizAnswer('wsw-01', dec(1), true)])
    vi.setSystemTime(dec(2, 9))
    const { said, link, none } = await activity()
    expect(said[0]).toBe(
      'The questions you answer in quizzes come back here on the day you are about to forget them.',
    )
    expect(none).toBe(1)
    // Nothing due now: what comes later is the forecast's to say, not said twice.
    expect(said).toHaveLength(1)
    expect(link).toBeUndefined()
  })

  it('invites a first quiz when there is nothing to show', async () => {
    vi.setSystemTime(dec(3, 18))
    const { wrapper } = await mountRoute('/dashboard', freshPinia())
    expect(wrapper.get('.lede').text()).toMatch(/^Nothing here yet/)
    expect(wrapper.find('figure').exists()).toBe(false)
  })

  it('says the questions answered were of a set no longer here, not “Nothing here yet”', async () => {
    vi.setSystemTime(dec(3, 18))
    const lede = async (answers: ReviewAnswer[]) => {
      storeCards(answers)
      const { wrapper } = await mountRoute('/dashboard', freshPinia())
      const text = wrapper.get('.lede').text().replace(/\s+/g, ' ')
      expect(wrapper.find('figure').exists()).toBe(false)
      wrapper.unmount()
      return text
    }
    // A set of the Studio's, deleted there after its quiz: its cards stay, its questions do not.
    const of = (setId: string, qid: string) => ({ ...quizAnswer(qid, dec(1), false), setId })
    expect(await lede([of('yours/gone', 'q1'), of('yours/gone', 'q2')])).toBe(
      'The 2 questions you answered were of a set no longer in your library, so there is nothing to show. Every question you answer in a quiz joins your reviews, and this page follows how well you remember them.',
    )
    expect(await lede([of('yours/gone', 'q1'), of('yours/other', 'q1')])).toMatch(
      /^The 2 questions you answered were of sets no longer in your library/,
    )
    expect(await lede([of('yours/gone', 'q1')])).toMatch(
      /^The question you answered was of a set no longer in your library/,
    )
  })
})
