import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import QuizResults from '../../../src/components/quiz/QuizResults.vue'
import type { Bank } from '../../../src/domain/bank/schema.ts'
import { reviewItems, skippedLeft } from '../../../src/domain/quiz/review.ts'
import { summarize } from '../../../src/domain/quiz/score.ts'
import type { FinishReason } from '../../../src/domain/quiz/session.ts'
import { single } from '../../fixtures/banks.ts'
import { right, wrong } from '../../domain/quiz/bank.ts'
import { bankOf, playPractice, questions, type Step } from './play.ts'

const five = [
  questions.who,
  questions.critics,
  questions.announced,
  questions.year,
  questions.spokesman,
]

/**
 * The results screen for a practice quiz played step by step through the real domain, given the
 * questions left skipped as QuizPlay counts them.
 */
function resultsOf(bank: Bank, steps: Step[], reason?: FinishReason) {
  const session = playPractice(bank, steps, reason)
  const skipped = skippedLeft(reviewItems(session, bank))
  return mount(QuizResults, {
    props: {
      bank,
      summary: summarize(session, bank),
      seed: session.seed,
      reason: session.finishReason,
      skipped,
    },
  })
}

/**
 * who right (10 s), critics wrong (20 s), announced right (10 s), year skipped (5 s),
 * spokesman right (30 s): 3 of 5, 75 s.
 */
const mixed: Step[] = [
  { answer: right.who },
  { answer: wrong.critics, seconds: 20 },
  { answer: right.announced },
  { skip: true, seconds: 5 },
  { answer: right.spokesman, seconds: 30 },
]
const allRight: Step[] = [
  { answer: right.who },
  { answer: right.critics },
  { answer: right.announced },
  { answer: right.year },
  { answer: right.spokesman },
]

const buttons = (wrapper: ReturnType<typeof resultsOf>) =>
  wrapper.findAll('.quiz-actions button').map((b) => b.text().replace(/\s+/g, ' '))
const tagRows = (wrapper: ReturnType<typeof resultsOf>) =>
  wrapper.findAll('.tag-table tbody tr').map((tr) => tr.findAll('th, td').map((c) => c.text()))

describe('the results of a quiz', () => {
  it('gives no pass or fail to a quiz of part of the set, however high its score', () => {
    // "Retry the ones I missed": two of the five questions, both right.
    const whole = bankOf(five)
    const session = playPractice(bankOf([questions.who, questions.spokesman]), [
      { answer: right.who },
      { answer: right.spokesman },
    ])
    const wrapper = mount(QuizResults, {
      props: { bank: whole, summary: summarize(session, whole), seed: session.seed },
    })
    expect(wrapper.get('.result-verdict').text()).toBe(
      "Practice on 2 of the set's 5 questions: only a quiz of the whole set passes it",
    )
    expect(wrapper.find('.verdict-pass').exists()).toBe(false)
    // Its code gives the same quiz only with the same choices under "More options".
    expect(wrapper.get('.hint').text()).toMatch(
      /in the same order, with the same topics, difficulties and number of questions chosen there as for this quiz\.$/,
    )
  })

  it('never shows a score as reaching a pass mark it missed', () => {
    // 2 of 3 is 66.67 %: rounded half up it read "67%" beside "Not passed — the pass mark is 67%".
    const three = [questions.who, questions.critics, questions.announced]
    const steps: Step[] = [
      { answer: right.who },
      { answer: wrong.critics },
      { answer: right.announced },
    ]
    const missed = resultsOf(bankOf(three, 0.67), steps)
    expect(missed.get('.result-score').text()).toBe('66%')
    expect(missed.get('.result-verdict').text()).toBe('Not passed yet — the pass mark is 67%')
    // At a pass mark it reaches, the same score passes, and reads as it rounds.
    const passed = resultsOf(bankOf(three, 0.66), steps)
    expect(passed.get('.result-score').text()).toBe('67%')
    expect(passed.get('.result-verdict').text()).toBe('Passed — the pass mark is 66%')
  })

  it('says how many of the right answers the student marked right themselves', () => {
    const steps: Step[] = [...mixed.slice(0, 4), { answer: 'the press secretary', claim: true }]
    const wrapper = resultsOf(bankOf(five, 0.7), steps)
    expect(wrapper.get('.result-count').text()).toBe(
      '3 of 5 marks · 3 of 5 questions fully right, 1 marked right by you, 1 skipped',
    )
  })

  it('shows the score, the count of right answers and the verdict with the pass mark', () => {
    const wrapper = resultsOf(bankOf(five, 0.7), mixed)
    expect(wrapper.get('h2').text()).toBe('Your result')
    expect(wrapper.get('.result-score').text()).toBe('60%')
    // The fourth question was skipped.
    expect(wrapper.get('.result-count').text()).toBe(
      '3 of 5 marks · 3 of 5 questions fully right, 1 skipped',
    )
    expect(wrapper.get('.verdict-fail').text()).toBe('Not passed yet — the pass mark is 70%')
    expect(wrapper.find('.verdict-pass').exists()).toBe(false)
  })

  it('counts questions skipped as "skipped", as their review names them, and the rest "left blank"', () => {
    const bank = bankOf(five, 0.7)
    const session = playPractice(bank, mixed)
    const summary = summarize(session, bank)
    const count = (unansweredCount: number, skipped: number) =>
      mount(QuizResults, {
        props: { bank, summary: { ...summary, unansweredCount }, seed: session.seed, skipped },
      })
        .get('.result-count')
        .text()
    expect(count(1, 1)).toBe('3 of 5 marks · 3 of 5 questions fully right, 1 skipped')
    // Time ran out with two skipped and one never reached.
    expect(count(3, 2)).toBe('3 of 5 marks · 3 of 5 questions fully right, 2 skipped, 1 left blank')
  })

  it('says "Passed" when the score reaches the pass mark exactly', () => {
    const wrapper = resultsOf(bankOf(five, 0.6), mixed)
    expect(wrapper.get('.verdict-pass').text()).toBe('Passed — the pass mark is 60%')
    expect(wrapper.find('.verdict-fail').exists()).toBe(false)
  })

  it('counts partial credit in the score but not as a right answer', () => {
    const bank = bankOf([questions.critics, questions.who, questions.announced], 0.2)
    const wrapper = resultsOf(bank, [
      { answer: ['United States', 'European states'] },
      { answer: wrong.who },
      { answer: wrong.announced },
    ])
    expect(wrapper.get('.result-score').text()).toBe('22%')
    expect(wrapper.get('.result-count').text()).toBe(
      '0.67 of 3 marks · 0 of 3 questions fully right',
    )
    expect(wrapper.get('.verdict-pass').text()).toBe('Passed — the pass mark is 20%')
  })

  it('counts one question as one, not "1 questions"', () => {
    const wrong1 = resultsOf(bankOf([questions.who]), [{ answer: wrong.who }])
    expect(wrong1.get('.result-count').text()).toBe('0 of 1 mark · 0 of 1 question fully right')
    const right1 = resultsOf(bankOf([questions.who]), [{ answer: right.who }])
    expect(right1.get('.result-count').text()).toBe('1 of 1 mark · 1 of 1 question fully right')
  })

  it('shows the time spent on the questions', () => {
    expect(resultsOf(bankOf(five), mixed).text()).toContain('Time taken: 1 min 15 s')
  })

  it.each([
    [0.4, 'under 1 s'],
    [45, '45 s'],
    [59.6, '1 min'],
    [60, '1 min'],
    [125, '2 min 5 s'],
    [3725, '62 min 5 s'],
  ])('writes %s seconds as "%s"', (seconds, shown) => {
    const wrapper = resultsOf(bankOf([questions.who]), [{ answer: right.who, seconds }])
    expect(wrapper.text()).toContain(`Time taken: ${shown}`)
  })

  it('scores each topic, weakest first', () => {
    const wrapper = resultsOf(bankOf(five), mixed)
    expect(wrapper.get('[role="region"]').attributes('aria-label')).toBe('Score by topic')
    expect(wrapper.get('.tag-table caption').text()).toBe('By topic, weakest first')
    expect(wrapper.findAll('.tag-table thead th').map((th) => th.text())).toEqual([
      'Topic',
      'Marks',
      'Score',
    ])
    expect(tagRows(wrapper)).toEqual([
      ['dates', '0 of 1', '0%'],
      ['facts', '1 of 3', '33%'],
      ['quotes', '2 of 2', '100%'],
    ])
  })

  it('orders topics with the same score by name', () => {
    const wrapper = resultsOf(bankOf(five), allRight)
    expect(tagRows(wrapper).map(([tag, , percent]) => `${tag} ${percent}`)).toEqual([
      'dates 100%',
      'facts 100%',
      'quotes 100%',
    ])
  })

  it('has no topic table, nor an empty region named for one, when no question has a tag', () => {
    const wrapper = resultsOf(bankOf([single]), [{ answer: 'Assad' }])
    expect(wrapper.find('table').exists()).toBe(false)
    // A screen reader's list of landmarks would name a "Score by topic" region with nothing in it.
    expect(wrapper.findAll('[role="region"]').map((r) => r.attributes('aria-label'))).toEqual([])
  })

  it('offers what I missed first, then the weakest topic, then playing again, with the quiz code', () => {
    const wrapper = resultsOf(bankOf(five), mixed)
    expect(buttons(wrapper)).toEqual([
      'See the answers to the 2 I missed',
      'Practise my weakest topic: dates (1 question)',
      'Review answers',
      'Answer the 2 I missed again',
      'Retake in the same order',
      'New shuffle',
    ])
    expect(wrapper.findAll('.result-next .primary').map((b) => b.text())).toEqual([
      'See the answers to the 2 I missed',
    ])
    expect(wrapper.get('.hint').text()).toBe(
      'Quiz code abc: enter it under “More options” before starting to get the same questions in the same order.',
    )
  })

  it('offers no topic and no missed review when every answer was right first time', () => {
    const wrapper = resultsOf(bankOf(five), allRight)
    expect(wrapper.get('.result-score').text()).toBe('100%')
    expect(wrapper.get('.result-count').text()).toBe('5 of 5 marks · 5 of 5 questions fully right')
    expect(buttons(wrapper)).toEqual(['Review answers', 'Retake in the same order', 'New shuffle'])
    expect(wrapper.get('.result-next .primary').text()).toBe('Review answers')
  })

  it('offers to retry a question that was right only on the second try, for half marks', () => {
    const steps = allRight.map((step, i) =>
      i === 1 ? { answer: wrong.critics, retry: right.critics } : step,
    )
    const wrapper = resultsOf(bankOf(five), steps)
    expect(wrapper.get('.result-score').text()).toBe('90%')
    expect(wrapper.get('.result-count').text()).toBe(
      '4.5 of 5 marks · 4 of 5 questions fully right',
    )
    expect(buttons(wrapper)).toContain('Answer the one I missed again')
    // The half-credit question is in "facts", the only topic short of full marks, but facts are
    // 3 of the 5 questions: most of the quiz, so no topic is offered, only the retry.
    expect(buttons(wrapper).slice(0, 2)).toEqual([
      'See the answer to the one I missed',
      'Review answers',
    ])
    expect(buttons(wrapper).join()).not.toContain('weakest')
  })

  it.each<[string, string, unknown[]]>([
    ['Practise my weakest topic: dates (1 question)', 'practiseTopic', ['dates']],
    ['See the answers to the 2 I missed', 'review', [true]],
    ['Review answers', 'review', [false]],
    ['Answer the 2 I missed again', 'retryMissed', []],
    ['Retake in the same order', 'retake', []],
    ['New shuffle', 'newShuffle', []],
  ])('asks for the next step when "%s" is clicked', async (label, event, args) => {
    const wrapper = resultsOf(bankOf(five), mixed)
    const button = wrapper.findAll('button').find((b) => b.text().replace(/\s+/g, ' ') === label)!
    await button.trigger('click')
    const events = ['review', 'retryMissed', 'retake', 'newShuffle', 'practiseTopic', 'reviewDue']
    expect(events.filter((e) => wrapper.emitted(e))).toEqual([event])
    expect(wrapper.emitted(event)).toEqual([args])
  })

  it('says time ran out when the quiz ended on the clock', () => {
    const bank = bankOf(five)
    const timedOut = resultsOf(bank, [{ answer: right.who }, { answer: right.critics }], 'timeout')
    expect(timedOut.get('.notice').text()).toBe(
      'Time ran out: what you had answered was submitted.',
    )
    // The three not reached are counted as unanswered, as the test's own count says.
    expect(timedOut.get('.result-count').text()).toBe(
      '2 of 5 marks · 2 of 5 questions fully right, 3 left blank',
    )
    const submitted = resultsOf(bank, [{ answer: right.who }], 'submitted')
    expect(submitted.find('.notice').exists()).toBe(false)
    expect(resultsOf(bank, mixed).find('.notice').exists()).toBe(false)
  })

  it('renders a tag containing markup as text', () => {
    const markup = '<img src=x onerror=alert(1)>'
    const wrapper = resultsOf(bankOf([{ ...questions.who, tags: [markup] }]), [
      { answer: right.who },
    ])
    expect(wrapper.find('img').exists()).toBe(false)
    expect(tagRows(wrapper)).toEqual([[markup, '1 of 1', '100%']])
  })
})

describe('results that reward', () => {
  function withProps(props: Record<string, unknown>, steps: Step[] = mixed, bank = bankOf(five)) {
    const session = playPractice(bank, steps)
    return mount(QuizResults, {
      props: { bank, summary: summarize(session, bank), seed: session.seed, ...props },
    })
  }

  it('draws the score as a ring named with its percentage, the verdict and marks said once, after it', () => {
    const ring = withProps({}).get('svg.score-ring')
    expect(ring.attributes('role')).toBe('img')
    // Heard once each: the lines after the ring give the verdict, the pass mark and the marks.
    expect(ring.attributes('aria-label')).toBe('Score 60%')
    expect(withProps({}).get('.result-facts').text()).toMatch(
      /^Not passed yet — the pass mark is 70%\s*3 of 5 marks/,
    )
    expect(ring.classes()).toContain('is-fail')
    // 60 % of the ring is filled.
    const [filled, whole] = ring.get('.score-ring-fill').attributes('stroke-dasharray')!.split(' ')
    expect(Number(filled) / Number(whole)).toBeCloseTo(0.6)
    expect(withProps({}, allRight).get('svg.score-ring').classes()).toContain('is-pass')
  })

  it('names pass or fail with an icon and a word', () => {
    const verdict = withProps({}).get('.result-verdict')
    expect(verdict.get('svg').attributes('aria-hidden')).toBe('true')
    expect(verdict.text()).toBe('Not passed yet — the pass mark is 70%')
  })

  it.each([
    [{ kind: 'first' }, 'Your first attempt at this set'],
    [{ kind: 'best', previousBest: 40 }, 'New personal best — up from 40%'],
    [{ kind: 'down', points: 20, last: 80 }, 'Down 20 points since last time (80%)'],
  ])('says how this attempt compares: %j', (change, text) => {
    expect(withProps({ change }).get('.result-change').text()).toBe(text)
  })

  it('says nothing about earlier attempts where there is no history', () => {
    expect(withProps({}).find('.result-change').exists()).toBe(false)
  })

  it('offers what is due for review when some is, and asks for it', async () => {
    expect(buttons(withProps({})).some((b) => b.startsWith('Review what is due'))).toBe(false)
    const wrapper = withProps({ due: 7 })
    const button = wrapper.findAll('button').find((b) => b.text() === 'Review what is due (7)')!
    await button.trigger('click')
    expect(wrapper.emitted('reviewDue')).toEqual([[]])
  })

  // Everything missed: every topic at 0 %. "quotes" (2 questions) before "dates" (1), which
  // came first by name; and two topics alike are said to be tied, neither picked.
  const skipped: Step[] = five.map(() => ({ skip: true }))
  it('offers the topic with the most missed when every topic is at 0 %', () => {
    const wrapper = resultsOf(bankOf(five), skipped)
    expect(buttons(wrapper)[1]).toBe('Practise my weakest topic: quotes (2 questions)')
    expect(wrapper.find('.result-tied').exists()).toBe(false)
    // The table's first row, "facts" (3 of the 5 questions), is said: the button seemed to name
    // the second row "my weakest" under "By topic, weakest first".
    expect(tagRows(wrapper)[0]?.[0]).toBe('facts')
    expect(wrapper.get('.result-themes').text().replace(/\s+/g, ' ')).toBe(
      "Weaker still: facts, but it is in most of this quiz's questions, so practising it would be taking the quiz again.",
    )
  })

  it('says nothing of topics above when the one offered heads the table', () => {
    const wrapper = resultsOf(bankOf(five), mixed)
    expect(buttons(wrapper)[1]).toMatch(/^Practise my weakest topic: /)
    expect(tagRows(wrapper)[0]?.[0]).toBe(buttons(wrapper)[1]!.split(': ')[1]!.split(' (')[0])
    expect(wrapper.find('.result-themes').exists()).toBe(false)
  })

  // Weakest first as the button counts it: "dates" (1 mark missed) came first by name.
  it('lists topics of the same score with the most marks missed first', () => {
    const wrapper = resultsOf(bankOf(five), skipped)
    expect(tagRows(wrapper)).toEqual([
      ['facts', '0 of 3', '0%'],
      ['quotes', '0 of 2', '0%'],
      ['dates', '0 of 1', '0%'],
    ])
  })

  it('says two topics alike are tied, and offers neither', () => {
    const retagged = five.map((q, i) => ({ ...q, tags: [['people'], ['places']][i] ?? ['theme'] }))
    const wrapper = resultsOf(bankOf(retagged), skipped)
    expect(buttons(wrapper).join()).not.toContain('weakest')
    expect(wrapper.get('.result-tied').text().replace(/\s+/g, ' ')).toBe(
      'No one topic is your weakest: people and places are tied at 0%, 1 mark missed in each.',
    )
    expect(wrapper.get('.result-themes').text()).toMatch(/^Weaker still: theme, but it is in most/)
  })

  it('offers no weakest topic where retakes would not count (SCORM), nor one that is the whole quiz', () => {
    expect(buttons(withProps({ retakes: false }))).toEqual([
      'See the answers to the 2 I missed',
      'Review answers',
    ])
    const oneTopic = bankOf(five.map((q) => ({ ...q, tags: ['all'] })))
    expect(buttons(withProps({}, mixed, oneTopic))[0]).toBe('See the answers to the 2 I missed')
  })
})
