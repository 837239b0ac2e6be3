import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { DOMWrapper } from '@vue/test-utils'
import type { Bank } from '../../../src/domain/bank/schema.ts'
import { setStorageDoor } from '../../../src/composables/storage/index.ts'
import { useProgressStore } from '../../../src/stores/progress.ts'
import { readableDate } from '../../../src/components/progress/format.ts'
import { weakestTopic } from '../../../src/domain/quiz/reward.ts'
import { summarize } from '../../../src/domain/quiz/score.ts'
import {
  DAY,
  freshPinia,
  mountRoute,
  played,
  questionOf,
  SET_ID,
  landedOn,
  settle,
  shippedBank,
  T0,
} from './played.ts'
import { dec, quizAnswer, storeCards } from '../review/cards.ts'

/** The first attempt: a test with the five "who said it" singles and one true/false wrong. */
const FIRST_WRONG = ['wsw-01', 'wsw-02', 'wsw-03', 'wsw-04', 'wsw-05', 'wsw-09']

/** Two finished quizzes two days apart: a failed test (12 of 18), then a passed practice. */
function recordTwo() {
  const pinia = freshPinia()
  const bank = shippedBank()
  const progress = useProgressStore()
  const test = progress.recordSession(played(bank, { mode: 'test', wrong: FIRST_WRONG }), bank)
  const practice = progress.recordSession(
    played(bank, { mode: 'practice', start: 2 * DAY, retried: ['wsw-01'] }),
    bank,
  )
  return { pinia, bank, test: test.attempt, practice: practice.attempt }
}

/** One finished quiz: the failed test of `recordTwo` (12 of 18). */
function progressOnce(bank: Bank) {
  useProgressStore().recordSession(played(bank, { mode: 'test', wrong: FIRST_WRONG }), bank)
}

/** A practice of the set's first three questions, all right: a quiz of part of the set. */
function recordPartial(bank: Bank, start: number) {
  const only = bank.questions.slice(0, 3).map((q) => q.id)
  useProgressStore().recordSession(played(bank, { mode: 'practice', start, only }), bank)
}

/**
 * Progress with two sets the library does not have: `a` tested on 18 and 24 May 2024, `b` on 26 May
 * (the days of `played`'s clock), each of them as it was when played.
 */
async function progressOfTwoGone(a: Bank, b: Bank) {
  const pinia = freshPinia()
  const progress = useProgressStore()
  progress.recordSession(played(a, { mode: 'test' }), a)
  progress.recordSession(played(a, { mode: 'test', start: 6 * DAY }), a)
  progress.recordSession(played(b, { mode: 'test', start: 8 * DAY }), b)
  return (await mountRoute('/progress', pinia)).wrapper
}

/** A set's figures on Progress, by their labels: { Attempts: '2 (1 passed)', Best: '97%', … }. */
function figures(set: Omit<DOMWrapper<Element>, 'exists'>): Record<string, string> {
  return Object.fromEntries(
    set.findAll('.stat-list > div').map((d) => [d.get('dt').text(), d.get('dd').text()]),
  )
}

function cells(row: DOMWrapper<Element>): string[] {
  return row.findAll('th, td').map((c) => c.text())
}

/** "Questions you have missed" as read: each question's prompt and what it says of your answers. */
function missed(within: Pick<DOMWrapper<Element>, 'findAll'>): { prompt: string; hint: string }[] {
  return within.findAll('.hard-questions li').map((li) => ({
    prompt: li.get('.hard-prompt').text(),
    hint: li.get('.hint').text(),
  }))
}

beforeEach(() => setStorageDoor(undefined))
afterEach(() => {
  document.body.innerHTML = ''
})

describe('the progress page', () => {
  it('invites a first quiz when nothing has been played', async () => {
    const { wrapper, router } = await mountRoute('/progress', freshPinia())
    expect(wrapper.get('h1').text()).toBe('Your progress')
    expect(wrapper.text()).toContain('Nothing here yet')
    expect(wrapper.find('svg').exists()).toBe(false)

    await wrapper.get('a.button').trigger('click')
    await landedOn(router, 'library')
    expect(wrapper.get('h1').text()).toBe('Library')
  })

  it('with no quiz finished, says what is in review and links to it and the dashboard', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      // Answers in review (a practice, or a restored backup) but not one finished quiz.
      vi.setSystemTime(dec(4, 12))
      storeCards([quizAnswer('wsw-01', dec(3, 8), false), quizAnswer('wsw-02', dec(3, 8), true)])
      const { wrapper, router } = await mountRoute('/progress', freshPinia())
      expect(wrapper.get('.lede').text()).toBe(
        'No quiz scores yet: they appear once you finish a quiz. You have 2 questions in review, 1 due now.',
      )
      const links = wrapper.get('.quiz-actions').findAll('a')
      expect(links.map((a) => a.text())).toEqual(['Review now', 'Study dashboard', 'Choose a quiz'])
      expect(links[0]!.classes()).toContain('primary')
      await links[1]!.trigger('click')
      await landedOn(router, 'dashboard')
      wrapper.unmount()

      // Nothing due: the dashboard, which says when the next ones come up, is the way on.
      storeCards([quizAnswer('wsw-02', dec(3, 8), true)])
      const later = await mountRoute('/progress', freshPinia())
      expect(later.wrapper.get('.lede').text()).toBe(
        'No quiz scores yet: they appear once you finish a quiz. You have 1 question in review.',
      )
      const only = later.wrapper.get('.quiz-actions').findAll('a')
      expect(only.map((a) => a.text())).toEqual(['Study dashboard', 'Choose a quiz'])
      expect(only[0]!.classes()).toContain('primary')
    } finally {
      vi.useRealTimers()
    }
  })

  it("shows each set's record after two finished quizzes", async () => {
    const { pinia } = recordTwo()
    const { wrapper } = await mountRoute('/progress', pinia)
    expect(wrapper.get('.lede').text()).toMatch(/^2 attempts in 1 set/)

    const set = wrapper.get('.set-progress')
    expect(set.get('h3').text()).toBe('Who said what')
    expect(set.get('.byline').text()).toBe("Syria's Assad Flies to Russia for Talks With Putin")
    const stats = figures(set)
    // 12/18 = 66.7 %, then 17.5/18 = 97.2 % (half marks for the second try); mean 81.9 %, each shown to the nearest whole percent.
    expect(stats).toMatchObject({
      Attempts: '2 (1 passed)',
      Best: '97%',
      Last: '97%',
      Average: '82%',
      'First attempt': '67%',
    })
    const lastPlayed = set.get('.stat-list time')
    expect(lastPlayed.attributes('datetime')).toBe(
      new Date(T0 + 2 * DAY + 18 * 10_000).toISOString(),
    )
    expect(lastPlayed.text()).toContain('2024')
  })

  it('draws the scores as a chart with an accessible name and a table of every attempt', async () => {
    const { pinia, test, practice } = recordTwo()
    const { wrapper } = await mountRoute('/progress', pinia)
    const set = wrapper.get('.set-progress')

    const svg = set.get('svg')
    expect(svg.attributes('role')).toBe('img')
    expect(svg.attributes('aria-label')).toBe(
      'Scores of 2 attempts, oldest to newest: from 67% to 97%, rising; best 97%. Pass mark 70%.',
    )
    expect(svg.findAll('.score-chart-dot')).toHaveLength(2)
    expect(svg.find('.score-chart-pass').exists()).toBe(true)

    const details = set.get('details')
    expect(details.get('summary').text()).toContain('Scores as a table')
    const rows = details.findAll('tbody tr')
    expect(rows.map((r) => cells(r).slice(1, 4))).toEqual([
      ['Test', '67%', '✗ Not passed'],
      ['Practice', '97%', '✓ Passed'],
    ])
    expect(rows.map((r) => r.get('a').attributes('href'))).toEqual([
      `/progress/attempt/${test.id}`,
      `/progress/attempt/${practice.id}`,
    ])
    expect(rows[0]!.get('a').text()).toMatch(/^Review\s+the attempt of /)
    expect(rows.map((r) => r.get('time').attributes('datetime'))).toEqual([
      new Date(test.finishedAt).toISOString(),
      new Date(practice.finishedAt).toISOString(),
    ])
  })

  it('says when each attempt was made as a person would: today, yesterday, 3 days ago', async () => {
    const { pinia, bank, test, practice } = recordTwo()
    recordPartial(bank, 3 * DAY)
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      // The fourth morning: the test was on the first, the practice on the third, the retry today.
      vi.setSystemTime(T0 + 3 * DAY + 3_600_000)
      const { wrapper } = await mountRoute('/progress', pinia)
      const set = wrapper.get('.set-progress')
      expect(figures(set)['Last played']).toMatch(/^Today, \d/)
      const rows = set.findAll('details tbody tr')
      expect(rows.map((r) => r.get('time').text())).toEqual([
        expect.stringMatching(/^3 days ago, 18\u00a0May, \d/),
        expect.stringMatching(/^Yesterday, \d/),
        expect.stringMatching(/^Today, \d/),
      ])
      // The date itself stays in the markup, and the review link names it in full.
      expect(rows[0]!.get('time').attributes('datetime')).toBe(
        new Date(test.finishedAt).toISOString(),
      )
      expect(rows[1]!.get('a').text()).toContain(
        `the attempt of ${readableDate(practice.finishedAt)}`,
      )
      const recent = wrapper.get('.recent-attempts').findAll('tbody time')
      expect(recent.map((t) => t.text())).toEqual([
        expect.stringMatching(/^Today, /),
        expect.stringMatching(/^Yesterday, /),
        expect.stringMatching(/^3 days ago, /),
      ])
    } finally {
      vi.useRealTimers()
    }
  })

  it('says the score of a single quiz once, not as the same best, last, average and first', async () => {
    const pinia = freshPinia()
    const bank = shippedBank()
    progressOnce(bank)
    const set = (await mountRoute('/progress', pinia)).wrapper.get('.set-progress')
    // 12 of 18: 67 %, below the pass mark.
    expect(figures(set)).toEqual({
      'One attempt': '67%, not passed',
      'Last played': expect.any(String),
    })
    // One point on the chart: a score so far, with no oldest and newest.
    const caption = (s: typeof set) => s.get('figcaption').text().replace(/\s+/g, ' ')
    expect(caption(set)).toBe(
      'Your score so far; dashed: the pass mark. Every number is in the table below.',
    )
    expect(set.get('svg').attributes('aria-label')).toBe('Your score so far: 67%. Pass mark 70%.')
    expect(set.findAll('.score-chart-axis-title').map((t) => t.text())).toEqual([
      'Score',
      'Attempt',
    ])
    set.element.remove()

    // A retry of part of the set after it: counted as an attempt, not scored.
    recordPartial(bank, 2 * DAY)
    const again = (await mountRoute('/progress', pinia)).wrapper.get('.set-progress')
    expect(figures(again)).toEqual({
      Attempts: '2 (0 passed)',
      Score: '67%',
      'Last played': expect.any(String),
    })
    expect(again.text()).toContain(
      'The score is of your quiz of the whole set, not the one on part of it.',
    )
    expect(caption(again)).toBe(
      'Your score in your quiz of the whole set; dashed: the pass mark. Every number is in the table below.',
    )
  })

  it("keeps a quiz of part of the set out of the set's scores and chart, listed as such", async () => {
    const { pinia, bank } = recordTwo()
    // After the two quizzes of the whole set.
    recordPartial(bank, 3 * DAY)
    const set = (await mountRoute('/progress', pinia)).wrapper.get('.set-progress')
    const stats = figures(set)
    // As before the retry: its 100 % is no best, no last and no part of the average.
    expect(stats).toMatchObject({
      Attempts: '3 (1 passed)',
      Best: '97%',
      Last: '97%',
      Average: '82%',
      'First attempt': '67%',
    })
    expect(set.text()).toContain(
      'Best, last, average and first attempt count quizzes of the whole set, not the one on part of it.',
    )
    expect(set.get('svg').findAll('.score-chart-dot')).toHaveLength(2)
    expect(set.get('figcaption').text()).toMatch(/^Your scores in quizzes of the whole set, oldest/)
    const rows = set.findAll('details tbody tr')
    expect(cells(rows[2]!).slice(1, 4)).toEqual(['Practice', '100%', '– Part of the set'])
  })

  it("names its chart's axis for what it numbers, whole-set quizzes, when attempts at part of the set are listed among them", async () => {
    const { pinia, bank } = recordTwo()
    recordPartial(bank, 3 * DAY)
    useProgressStore().recordSession(played(bank, { mode: 'test', start: 4 * DAY }), bank)
    const set = (await mountRoute('/progress', pinia)).wrapper.get('.set-progress')
    // The table lists the four attempts, the third on part of the set.
    const rows = set.findAll('details tbody tr').map((r) => cells(r).slice(2, 4))
    expect(rows).toEqual([
      ['67%', '✗ Not passed'],
      ['97%', '✓ Passed'],
      ['100%', '– Part of the set'],
      ['100%', '✓ Passed'],
    ])
    // The chart numbers the three quizzes of the whole set 1 to 3, and its axis says so: the
    // newest, "3", is the table's fourth attempt, not its third.
    const svg = set.get('svg')
    expect(svg.findAll('.score-chart-x text').map((t) => t.text())).toEqual(['1', '2', '3'])
    expect(svg.findAll('.score-chart-value').map((t) => t.text())).toEqual(['67%', '97%', '100%'])
    expect(svg.findAll('.score-chart-axis-title').at(-1)!.text()).toBe(
      'Whole-set quiz, oldest to newest',
    )
    expect(svg.attributes('aria-label')).toMatch(
      /^Scores of 3 quizzes of the whole set, oldest to newest: from 67% to 100%, rising/,
    )
  })

  it("says when a set's chart shows only its latest attempts, beside a first attempt it leaves off", async () => {
    const pinia = freshPinia()
    const bank = shippedBank()
    const progress = useProgressStore()
    // The first attempt failed; the 51 after it, all right, fill the chart.
    progress.recordSession(played(bank, { mode: 'test', wrong: FIRST_WRONG }), bank)
    for (let i = 1; i <= 51; i++)
      progress.recordSession(played(bank, { mode: 'test', start: i * DAY }), bank)
    const set = (await mountRoute('/progress', pinia)).wrapper.get('.set-progress')
    expect(figures(set)).toMatchObject({ Attempts: '52 (51 passed)', 'First attempt': '67%' })
    // The chart has room for the latest 20 of them; the table has all 50.
    expect(set.get('svg').findAll('.score-chart-dot')).toHaveLength(20)
    expect(set.findAll('details tbody tr')).toHaveLength(50)
    expect(set.get('figcaption').text().replace(/\s+/g, ' ')).toBe(
      'Your latest 20 scores, oldest to newest; dashed: the pass mark. Every number is in the table below.',
    )
    expect(set.get('svg').attributes('aria-label')).toMatch(
      /^Scores of your latest 20 attempts, oldest to newest: from 100% to 100%/,
    )
  })

  it("draws a set's latest 20 scores of 50, numbered as they were played, each dot its own", async () => {
    const pinia = freshPinia()
    const bank = shippedBank()
    const progress = useProgressStore()
    // 50 quizzes of the whole set; the 31st, the first the chart draws, failed.
    for (let i = 1; i <= 50; i++)
      progress.recordSession(
        played(bank, { mode: 'test', start: i * DAY, ...(i === 31 ? { wrong: FIRST_WRONG } : {}) }),
        bank,
      )
    const set = (await mountRoute('/progress', pinia)).wrapper.get('.set-progress')
    expect(figures(set)).toMatchObject({ Attempts: '50 (49 passed)' })
    const svg = set.get('svg')
    // One dot a score, of the latest 20: 50 in a phone's 120 px ran into one blob.
    expect(svg.findAll('.score-chart-dot')).toHaveLength(20)
    const numbers = svg.findAll('.score-chart-x text').map((t) => t.text())
    expect(numbers[0]).toBe('31')
    expect(numbers.at(-1)).toBe('50')
    expect(svg.attributes('aria-label')).toMatch(
      /^Scores of your latest 20 attempts, oldest to newest: from 67% to 100%, rising/,
    )
    expect(set.get('figcaption').text().replace(/\s+/g, ' ')).toBe(
      'Your latest 20 scores, oldest to newest; dashed: the pass mark. Every number is in the table below.',
    )
    // Every score is in the table.
    expect(set.findAll('details tbody tr')).toHaveLength(50)
  })

  it("numbers a set's charted scores as played once older attempts are not kept: of 52, 33 to 52", async () => {
    const pinia = freshPinia()
    const bank = shippedBank()
    const progress = useProgressStore()
    for (let i = 1; i <= 52; i++)
      progress.recordSession(played(bank, { mode: 'test', start: i * DAY }), bank)
    const set = (await mountRoute('/progress', pinia)).wrapper.get('.set-progress')
    // The table keeps the latest 50 and says of how many.
    expect(set.findAll('details tbody tr')).toHaveLength(50)
    expect(set.get('details .hint').text()).toBe('Your latest 50 of 52 attempts.')
    // The chart's latest 20 are the 33rd to the 52nd played, the newest the 52nd, as the hint says.
    const svg = set.get('svg')
    expect(svg.findAll('.score-chart-dot')).toHaveLength(20)
    const numbers = svg.findAll('.score-chart-x text').map((t) => t.text())
    expect(numbers[0]).toBe('33')
    expect(numbers.at(-1)).toBe('52')
    expect(set.get('figcaption').text().replace(/\s+/g, ' ')).toBe(
      'Your latest 20 scores, oldest to newest; dashed: the pass mark. Every number is in the table below.',
    )
  })

  it('has no scores to show while every attempt was at part of the set', async () => {
    const pinia = freshPinia()
    recordPartial(shippedBank(), 0)
    const set = (await mountRoute('/progress', pinia)).wrapper.get('.set-progress')
    const stats = figures(set)
    expect(stats).toMatchObject({
      Attempts: '1 (0 passed)',
      Scores: 'None yet',
    })
    expect(set.text()).toContain(
      'Only a quiz of the whole set is scored: your attempt was on part of it.',
    )
    expect(stats).not.toHaveProperty('Best')
    expect(set.find('svg').exists()).toBe(false)
    expect(set.findAll('details tbody tr')).toHaveLength(1)
  })

  it('names the questions missed, and accuracy by topic, weakest first', async () => {
    const { pinia, bank } = recordTwo()
    const { wrapper } = await mountRoute('/progress', pinia)

    const set = wrapper.get('.set-progress')
    // Missed, not "hard": "Practise the 6 questions I find hard" above it counts another thing.
    // In quizzes: the answers counted are the attempts', not a review's, where the dashboard's
    // hardest questions said "right only on the second try last time" of a question this list
    // called "Wrong the one time you answered it".
    expect(set.get('h4').text()).toBe('Questions you have missed in quizzes')
    const hard = set.findAll('.hard-questions li')
    // Every question missed once is right 1 of 2 times; ties keep the set's order.
    expect(hard.map((li) => li.get('.hard-prompt').text())).toEqual(
      ['wsw-01', 'wsw-02', 'wsw-03'].map((id) => questionOf(bank, id).prompt),
    )
    // wsw-01, wrong in the test, was right in the practice only on its second try: never right
    // first time, the reason it is listed, not "Right 1 of 2 times (50%), on the second try".
    expect(hard.map((li) => li.get('.hint').text())).toEqual([
      'Wrong at first both times you answered it; once right on the second try',
      'Right 1 of 2 times (50%)',
      'Right 1 of 2 times (50%)',
    ])
    // The rest of the questions missed are one click away, so no count elsewhere contradicts it.
    const more = set.get('.hard-questions + button')
    expect(more.text()).toBe(`Show all ${FIRST_WRONG.length} you have missed`)
    expect(more.attributes('aria-expanded')).toBe('false')
    await more.trigger('click')
    expect(set.findAll('.hard-questions li')).toHaveLength(FIRST_WRONG.length)
    expect(more.text()).toBe('Show only the first 3')
    expect(set.text()).not.toMatch(/hard/i)

    const topics = wrapper.get('section[aria-labelledby="progress-topics"] table')
    const rows = topics.findAll('tbody tr').map(cells)
    // "military" (wsw-03, wsw-04) was all wrong the first time and all right the second.
    expect(rows[0]).toEqual(['military', '2 of 4', '50%'])
    expect(rows).toContainEqual(['dates', '3 of 4', '75%'])
    expect(rows).toContainEqual(['critics', '8 of 8', '100%'])
    // Four "people" questions wrong in the test, then wsw-01 right on a second try in the
    // practice: half its mark, as that quiz's results said.
    expect(rows).toContainEqual(['people', '11.5 of 16', '72%'])
  })

  it('ranks topics of the same score as the results do: the most marks missed first', async () => {
    const pinia = freshPinia()
    const bank = shippedBank()
    // Every "people" question (8) and both "dates" questions missed: 0 % each, 8 marks missed
    // against 2. By name "dates" came first; the results offer "people" as the weakest topic.
    const session = played(bank, {
      mode: 'test',
      wrong: ['wsw-01', 'wsw-02', 'wsw-05', 'wsw-09', 'wsw-14'],
      unanswered: ['wsw-06', 'wsw-07', 'wsw-16', 'wsw-17'],
    })
    useProgressStore().recordSession(session, bank)
    const { wrapper } = await mountRoute('/progress', pinia)

    const topics = wrapper.get('section[aria-labelledby="progress-topics"] table')
    const rows = topics.findAll('tbody tr').map(cells)
    expect(rows.slice(0, 2)).toEqual([
      ['people', '0 of 8', '0%'],
      ['dates', '0 of 2', '0%'],
    ])
    const summary = summarize(session, bank)
    expect(weakestTopic(summary.byTag, summary.total)).toBe('people')
  })

  it('names a question right only on the second try as missed, not “None so far: you have answered every question right each time”', async () => {
    const pinia = freshPinia()
    const bank = shippedBank()
    const progress = useProgressStore()
    progress.recordSession(played(bank, { mode: 'practice', retried: ['wsw-03'] }), bank)
    const hints = async () => {
      const { wrapper } = await mountRoute('/progress', pinia)
      const set = wrapper.get('.set-progress')
      const said = missed(set)
      expect(set.text()).not.toContain('None so far')
      wrapper.unmount()
      return said
    }
    expect(await hints()).toEqual([
      {
        prompt: questionOf(bank, 'wsw-03').prompt,
        hint: 'Right only on the second try, the one time you answered it',
      },
    ])
    // Right first time twice more, then once more on the second try: the count is of the answers
    // right first time, the reason it is listed, not "Right 4 of 4 times (100%), twice on the
    // second try".
    for (const start of [DAY, 2 * DAY])
      progress.recordSession(played(bank, { mode: 'practice', start }), bank)
    progress.recordSession(
      played(bank, { mode: 'practice', start: 3 * DAY, retried: ['wsw-03'] }),
      bank,
    )
    expect((await hints()).map((q) => q.hint)).toEqual([
      'Right first time 2 of 4 times (50%); twice right on the second try',
    ])
  })

  it('says a question never answered right as it is, “Wrong both times”, not “Right 0 of 2 times (0%)”', async () => {
    const pinia = freshPinia()
    const bank = shippedBank()
    for (const start of [0, DAY]) {
      useProgressStore().recordSession(
        played(bank, { mode: 'test', start, wrong: ['wsw-02'] }),
        bank,
      )
    }
    const { wrapper } = await mountRoute('/progress', pinia)
    expect(wrapper.findAll('.hard-questions li .hint').map((p) => p.text())).toEqual([
      'Wrong both times you answered it',
    ])
  })

  // A practice's skips were counted as "left blank", the words for a test handed in without an
  // answer: the attempt's own page says "Skipped".
  it('says a practice question skipped as “skipped”, apart from a test question left blank', async () => {
    const pinia = freshPinia()
    const bank = shippedBank()
    const progress = useProgressStore()
    for (const start of [0, DAY])
      progress.recordSession(
        played(bank, { mode: 'practice', start, unanswered: ['wsw-02', 'wsw-05'] }),
        bank,
      )
    progress.recordSession(
      played(bank, { mode: 'test', start: 2 * DAY, unanswered: ['wsw-02'], wrong: ['wsw-05'] }),
      bank,
    )
    const { wrapper } = await mountRoute('/progress', pinia)

    // The one answered wrong first, what can be learnt from; the one never answered after it.
    const hard = missed(wrapper)
    expect(hard).toEqual([
      {
        prompt: questionOf(bank, 'wsw-05').prompt,
        hint: 'Wrong the one time you answered it, skipped twice',
      },
      {
        prompt: questionOf(bank, 'wsw-02').prompt,
        hint: 'Skipped twice, left blank once, never answered',
      },
    ])
  })

  // No flag was kept: a question the time ran out on read "skipped", as if the student had passed it.
  it('says a question a timed practice never reached “left blank”, as its results did, apart from one skipped', async () => {
    const pinia = freshPinia()
    const bank = shippedBank()
    const progress = useProgressStore()
    const only = ['wsw-01', 'wsw-02', 'wsw-03']
    for (const start of [0, DAY])
      progress.recordSession(
        played(bank, { mode: 'practice', start, only, unanswered: ['wsw-02'], ranOutAfter: 2 }),
        bank,
      )
    const { wrapper } = await mountRoute('/progress', pinia)

    expect(missed(wrapper)).toEqual([
      { prompt: questionOf(bank, 'wsw-02').prompt, hint: 'Skipped twice, never answered' },
      { prompt: questionOf(bank, 'wsw-03').prompt, hint: 'Left blank twice, never answered' },
    ])
  })

  // Blanks and wrong answers were listed together in the set's order: a test with four left
  // blank put the one answered wrong fifth, out of sight until “Show all 5 you have missed”.
  it('lists the questions answered wrong before those only left blank', async () => {
    const pinia = freshPinia()
    const bank = shippedBank()
    const blank = ['wsw-01', 'wsw-02', 'wsw-03', 'wsw-04']
    useProgressStore().recordSession(
      played(bank, { mode: 'test', unanswered: blank, wrong: ['wsw-09'] }),
      bank,
    )
    const { wrapper } = await mountRoute('/progress', pinia)

    const set = wrapper.get('.set-progress')
    expect(missed(set)).toEqual([
      { prompt: questionOf(bank, 'wsw-09').prompt, hint: 'Wrong the one time you answered it' },
      ...blank.slice(0, 2).map((id) => ({
        prompt: questionOf(bank, id).prompt,
        hint: 'Left blank once, never answered',
      })),
    ])
    await set.get('.hard-questions + button').trigger('click')
    expect(missed(set).map((q) => q.prompt)).toEqual(
      ['wsw-09', ...blank].map((id) => questionOf(bank, id).prompt),
    )
  })

  it('says a test question was left blank rather than answered wrong', async () => {
    const pinia = freshPinia()
    const bank = shippedBank()
    const progress = useProgressStore()
    // Handed in twice with wsw-02 unanswered, then once answered wrong: never right.
    for (const start of [0, DAY]) {
      progress.recordSession(played(bank, { mode: 'test', start, unanswered: ['wsw-02'] }), bank)
    }
    progress.recordSession(
      played(bank, { mode: 'test', start: 2 * DAY, wrong: ['wsw-02', 'wsw-05'] }),
      bank,
    )
    const { wrapper } = await mountRoute('/progress', pinia)

    const hard = missed(wrapper)
    expect(hard).toEqual([
      {
        prompt: questionOf(bank, 'wsw-02').prompt,
        hint: 'Wrong the one time you answered it, left blank twice',
      },
      { prompt: questionOf(bank, 'wsw-05').prompt, hint: 'Right 2 of 3 times (67%)' },
    ])
    // Marks by topic count a blank as the results page does: asked, no mark. Eight "people"
    // questions asked three times are 24 marks to earn; 20 were earned.
    const topics = wrapper.get('section[aria-labelledby="progress-topics"] table')
    expect(topics.findAll('tbody tr').map(cells)).toContainEqual(['people', '20 of 24', '83%'])
  })

  it('lists recent attempts, newest first, each linking to its review', async () => {
    const { pinia, practice, test } = recordTwo()
    const { wrapper, router } = await mountRoute('/progress', pinia)

    const recent = wrapper.get('section[aria-labelledby="progress-recent"]')
    const rows = recent.findAll('tbody tr')
    expect(rows.map((r) => cells(r).slice(1, 5))).toEqual([
      ['Who said what', 'Practice', '97%', '✓ Passed'],
      ['Who said what', 'Test', '67%', '✗ Not passed'],
    ])
    expect(rows.map((r) => r.get('a').attributes('href'))).toEqual([
      `/progress/attempt/${practice.id}`,
      `/progress/attempt/${test.id}`,
    ])
    expect(rows[0]!.get('a').text()).toMatch(/^Review\s+Who said what, /)

    await rows[1]!.get('a').trigger('click')
    await landedOn(router, 'attempt')
    expect(router.currentRoute.value.params).toEqual({ attemptId: test.id })
    expect(wrapper.get('h1').text()).toBe('Your attempt at Who said what')
  })

  it('offers practice of the questions found hard, counted, only when there are some', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      vi.setSystemTime(dec(3, 12))
      // Every answer right and recent: nothing hard, so nothing is offered that would ask nothing.
      storeCards([quizAnswer('wsw-01', dec(3, 8), true), quizAnswer('wsw-02', dec(3, 8), true)])
      const first = await mountRoute('/progress', recordTwo().pinia)
      const actions = () => first.wrapper.get('.quiz-actions').findAll('a')
      expect(actions().map((a) => a.text())).toEqual(['Study dashboard'])
      expect(actions()[0]!.classes()).toContain('primary')
      first.wrapper.unmount()

      // Two answered wrong this morning: both are offered, and the link asks them.
      storeCards([quizAnswer('wsw-01', dec(3, 8), false), quizAnswer('wsw-02', dec(3, 8), false)])
      const { wrapper, router } = await mountRoute('/progress', recordTwo().pinia)
      const practise = wrapper.get('.quiz-actions a.primary')
      expect(practise.text()).toBe('Practise the 2 questions I find hard')
      await practise.trigger('click')
      await landedOn(router, 'review')
      await settle()
      expect(wrapper.get('.quiz-progress').text()).toContain('Question 1 of 2')
    } finally {
      vi.useRealTimers()
    }
  })

  it('says under "Practise the question I find hard" what it picks, beside a set listing more missed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      vi.setSystemTime(dec(3, 12))
      // One answered wrong this morning; the set's test missed six: "1" and "6" are not one count.
      storeCards([quizAnswer('wsw-01', dec(3, 8), false), quizAnswer('wsw-02', dec(3, 8), true)])
      const { wrapper } = await mountRoute('/progress', recordTwo().pinia)
      const practise = wrapper.get('.quiz-actions a.primary')
      expect(practise.text()).toBe('Practise the question I find hard')
      expect(wrapper.findAll('.hard-questions li').length).toBeGreaterThan(1)
      const means = wrapper.get(`#${practise.attributes('aria-describedby')}`)
      expect(means.text()).toBe(
        'It picks the questions you got wrong last time or are likely to forget. Below, each set lists every question you have ever missed in a quiz.',
      )
    } finally {
      vi.useRealTimers()
    }
  })

  it('names a set no longer in the library in words, not by its id', async () => {
    const pinia = freshPinia()
    const bank = { ...shippedBank(), id: 'retired/old-set', title: 'Old set' }
    useProgressStore().recordSession(played(bank, { mode: 'test' }), bank)
    const { wrapper } = await mountRoute('/progress', pinia)

    const set = wrapper.get('.set-progress')
    expect(set.get('h3').text()).toBe('A set no longer in your library')
    expect(set.get('.hint').text()).toBe(
      'Its questions cannot be shown: only your scores are kept.',
    )
    expect(wrapper.text()).not.toContain('retired/old-set')
    expect(set.find('.score-chart-pass').exists()).toBe(false)
    expect(set.find('h4').exists()).toBe(false)
    expect(wrapper.get('section[aria-labelledby="progress-recent"] tbody th').text()).toBe(
      'A set no longer in your library, played 18 May 2024, 18 questions',
    )
    expect(SET_ID).not.toBe(bank.id)
  })

  it('tells two sets no longer in the library apart by when they were played and their size, in their cards and in Recent attempts', async () => {
    const shipped = shippedBank()
    const wrapper = await progressOfTwoGone(
      { ...shipped, id: 'retired/old-set', title: 'Old set' },
      { ...shipped, id: 'retired/small', questions: shipped.questions.slice(0, 5) },
    )

    const sets = wrapper.findAll('.set-progress')
    expect(sets.map((s) => s.get('h3').text())).toEqual([
      'A set no longer in your library',
      'A set no longer in your library',
    ])
    const lines = sets.map((s) => s.get('.byline').text().replace(/\s/g, ' '))
    expect(lines.sort()).toEqual([
      'Played 18 – 24 May 2024, 18 questions',
      'Played 26 May 2024, 5 questions',
    ])
    // Named by both, so that a screen reader's list of regions tells them apart too.
    for (const s of sets) {
      const [title, line] = s.attributes('aria-labelledby')!.split(' ')
      expect(s.get(`[id="${title}"]`).text()).toBe('A set no longer in your library')
      expect(s.get(`[id="${line}"]`).text()).toMatch(/^Played /)
    }
    // And so are their rows in Recent attempts, by the words their cards give them.
    const recent = wrapper.findAll('section[aria-labelledby="progress-recent"] tbody tr')
    expect(recent.map((r) => r.get('th').text().replace(/\s/g, ' '))).toEqual([
      'A set no longer in your library, played 26 May 2024, 5 questions',
      'A set no longer in your library, played 18 – 24 May 2024, 18 questions',
      'A set no longer in your library, played 18 – 24 May 2024, 18 questions',
    ])
    expect(recent[0]!.get('a').text()).toMatch(
      /^Review A set no longer in your library, played 26 May 2024, 5 questions, 26 May 2024/,
    )
  })

  it('tells two sets no longer in the library of one size apart in Recent attempts, by when each was played', async () => {
    const shipped = shippedBank()
    const wrapper = await progressOfTwoGone(
      { ...shipped, id: 'retired/first', title: 'First' },
      { ...shipped, id: 'retired/second', title: 'Second' },
    )

    const rows = wrapper.findAll('section[aria-labelledby="progress-recent"] tbody tr')
    // Before, all three rows were “A set no longer in your library, 18 questions”.
    expect(rows.map((r) => r.get('th').text().replace(/\s/g, ' '))).toEqual([
      'A set no longer in your library, played 26 May 2024, 18 questions',
      'A set no longer in your library, played 18 – 24 May 2024, 18 questions',
      'A set no longer in your library, played 18 – 24 May 2024, 18 questions',
    ])
    // The Review links are named by the row's name, then the attempt's day and time.
    expect(rows.map((r) => r.get('a').text().replace(/\s/g, ' '))).toEqual([
      'Review A set no longer in your library, played 26 May 2024, 18 questions, 26 May 2024, 9:03 am',
      'Review A set no longer in your library, played 18 – 24 May 2024, 18 questions, 24 May 2024, 9:03 am',
      'Review A set no longer in your library, played 18 – 24 May 2024, 18 questions, 18 May 2024, 9:03 am',
    ])
  })
})
