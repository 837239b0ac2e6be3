import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { nextTick } from 'vue'
import QuizReview from '../../../src/components/quiz/QuizReview.vue'
import type { Bank } from '../../../src/domain/bank/schema.ts'
import { reviewItems } from '../../../src/domain/quiz/review.ts'
import { questions as sample, right, wrong } from '../../domain/quiz/bank.ts'
import { at, bankOf, playPractice, questions, type Step } from './play.ts'
import { createSession } from '../../../src/domain/quiz/session.ts'
import { setResponse } from '../../../src/domain/quiz/answer.ts'
import { finish } from '../../../src/domain/quiz/finish.ts'
import { heard, seen } from '../../fixtures/heard.ts'

const bank = bankOf([
  questions.who,
  questions.critics,
  questions.announced,
  questions.year,
  questions.spokesman,
])

/**
 * who right and flagged, critics two of three, announced wrong, year skipped, and the quiz
 * submitted before spokesman was answered.
 */
const played: Step[] = [
  { answer: right.who, flag: true },
  { answer: ['United States', 'Iran'] },
  { answer: wrong.announced },
  { skip: true },
]

/** The review screen for a practice quiz played step by step through the real domain. */
function reviewOf(steps: Step[] = played, b: Bank = bank) {
  return mount(QuizReview, { props: { items: reviewItems(playPractice(b, steps), b) } })
}

type Wrapper = ReturnType<typeof reviewOf>
const rows = (wrapper: Wrapper) => wrapper.findAll('li.review-item')
/** A row's options as "text mark" (no mark on an option neither chosen nor right). */
const marks = (row: ReturnType<typeof rows>[number]) =>
  row.findAll('.answer-marks li').map((li) =>
    li
      .findAll('li > *')
      .map((part) => part.text())
      .join(' ')
      .replace(/\s+/g, ' '),
  )
/** A row's definition list as [term, description] pairs. */
const details = (row: ReturnType<typeof rows>[number]) => {
  const terms = row.findAll('dt').map((dt) => dt.text())
  const descriptions = row.findAll('dd').map((dd) => dd.text())
  return terms.map((term, i) => [term, descriptions[i]])
}

describe('reviewing a finished quiz on paper', () => {
  it('keeps each term with its description in a row of their own, so "Why" never ends a page alone', () => {
    let pairs = 0
    for (const row of rows(reviewOf())) {
      const list = [...row.get('dl').element.children]
      expect(list.map((c) => c.tagName)).toEqual(list.map(() => 'DIV'))
      for (const pair of list)
        expect([...pair.children].map((c) => c.tagName)).toEqual(['DT', 'DD'])
      pairs += list.length
    }
    expect(pairs).toBeGreaterThan(2)
  })
})

describe('reviewing a finished quiz', () => {
  it('lists one row per question, in asking order, each headed with its verdict in words', () => {
    const wrapper = reviewOf()
    expect(wrapper.get('h2').text()).toBe('Review your answers')
    expect(rows(wrapper).map((r) => seen(r.get('h3')))).toEqual([
      'Question 1: Correct (flagged)',
      'Question 2: Partly correct — two thirds of the mark',
      'Question 3: Incorrect',
      'Question 4: Skipped',
      'Question 5: Left blank',
    ])
    // Each icon says what its words say.
    expect(rows(wrapper).map((r) => r.get('h3 svg').attributes('data-icon'))).toEqual([
      'right',
      'partial',
      'wrong',
      'none',
      'none',
    ])
    expect(rows(wrapper).map((r) => r.get('.review-prompt').text())).toEqual([
      'Who said stability is improving?',
      'Who criticised Russia?',
      'The meeting was announced in advance.',
      'In which year did Russia enter the conflict?',
      'Who is the Kremlin spokesman?',
    ])
  })

  it('keeps the verdict icons out of what screen readers hear', () => {
    for (const row of rows(reviewOf())) {
      expect(row.get('h3 svg').attributes('aria-hidden')).toBe('true')
      expect(row.get('h3').text()).toMatch(/^Question \d: \w/)
    }
  })

  it('marks each option in place, and says typed answers in words', () => {
    const wrapper = reviewOf()
    expect(rows(wrapper).map(marks)).toEqual([
      ['Assad Right', 'Putin', 'Peskov'],
      ['United States Right', 'European states Missed', 'Syria', 'Iran Right'],
      ['True Wrong', 'False Right answer'],
      [],
      [],
    ])
    expect(rows(wrapper).map(details)).toEqual([
      [['Why', 'Assad says it to Putin at the start of the meeting.']],
      [],
      [],
      [
        ['Your answer', 'Skipped'],
        ['Right answer', '2015'],
      ],
      [
        ['Your answer', 'Left blank'],
        ['Right answer', 'Dmitry Peskov'],
      ],
    ])
  })

  it('quotes the evidence for every question', () => {
    expect(rows(reviewOf()).map((r) => r.get('blockquote.evidence').text())).toEqual([
      '"Stability is improving," Assad told Putin.',
      'The United States, European states and Iran criticised Russia.',
      'The visit was not announced in advance.',
      'Russia entered the conflict in 2015.',
      'Kremlin spokesman Dmitry Peskov called it a working visit.',
    ])
  })

  it('asks to show that question’s evidence in the article when its button is clicked', async () => {
    const wrapper = reviewOf()
    const button = rows(wrapper)[1]!.get('button')
    expect(button.text()).toBe('Show in the article (question 2)')
    await button.trigger('click')
    await rows(wrapper)[3]!.get('button').trigger('click')
    expect(wrapper.emitted('showEvidence')).toEqual([
      [['The United States, European states and Iran criticised Russia.']],
      [['Russia entered the conflict in 2015.']],
    ])
  })

  it('renders markup from the bank as text', () => {
    const markup = '<img src=x onerror=alert(1)>'
    const b = bankOf([
      {
        ...questions.who,
        prompt: `Who said ${markup}?`,
        choices: [markup, 'Putin'],
        answer: markup,
        explanation: markup,
        evidence: markup,
      },
    ])
    const wrapper = reviewOf([{ answer: 'Putin' }], b)
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.get('.review-prompt').text()).toBe(`Who said ${markup}?`)
    expect(marks(rows(wrapper)[0]!)).toEqual([`${markup} Right answer`, 'Putin Wrong'])
    expect(details(rows(wrapper)[0]!)).toEqual([['Why', markup]])
    expect(wrapper.get('blockquote').text()).toBe(markup)
  })
})

describe('a question right only on the second try', () => {
  it('says so instead of a plain "Correct", since it earned half marks', () => {
    const wrapper = reviewOf([{ answer: wrong.who, retry: right.who }], bankOf([questions.who]))
    const h3 = rows(wrapper)[0]!.get('h3')
    expect(seen(h3)).toBe('Question 1: ½ — right on the second try')
    expect(heard(h3)).toBe('Question 1: Half a mark — right on the second try')
    // What was picked first, which the options marked in place (the second pick) do not show.
    expect(details(rows(wrapper)[0]!)).toContainEqual(['First try', 'Putin'])
  })
})

describe('short answers in review', () => {
  const b = bankOf([questions.spokesman, { ...questions.spokesman, id: 'again' }])

  it('says which refused answers the student marked right, and shows the right answer', () => {
    const wrapper = reviewOf(
      [
        { answer: 'the press secretary', claim: true },
        { answer: 'Putin', retry: 'Lavrov', claim: true },
      ],
      b,
    )
    expect(rows(wrapper).map((r) => seen(r.get('h3')))).toEqual([
      'Question 1: You marked this right',
      'Question 2: ½ — you marked your second try right',
    ])
    expect(details(rows(wrapper)[0]!)).toEqual([
      ['Your answer', 'the press secretary'],
      ['Right answer', 'Dmitry Peskov'],
    ])
  })

  it('shows how an answer forgiven a slip is spelled', () => {
    const wrapper = reviewOf([{ answer: 'Dmitri Peskov' }, { answer: 'Peskov' }], b)
    expect(rows(wrapper).map((r) => seen(r.get('h3')))).toEqual([
      'Question 1: Correct',
      'Question 2: Correct',
    ])
    expect(details(rows(wrapper)[0]!)).toEqual([
      ['Your answer', 'Dmitri Peskov'],
      ['Spelling', 'Counted as right; it is spelled “Dmitry Peskov”'],
      ['Right answer', 'Dmitry Peskov'],
    ])
    expect(details(rows(wrapper)[1]!).map(([term]) => term)).not.toContain('Spelling')
  })
})

describe('a review that fits on a screen', () => {
  const headings = (wrapper: Wrapper) => rows(wrapper).map((r) => seen(r.get('h3')))
  const openRows = (wrapper: Wrapper) =>
    rows(wrapper).map((r) => (r.get('details').element as HTMLDetailsElement).open)

  it('starts with every question folded to its verdict and prompt', () => {
    const wrapper = reviewOf()
    expect(openRows(wrapper)).toEqual([false, false, false, false, false])
    // The verdict and the prompt are the summary that opens the question.
    expect(rows(wrapper)[0]!.get('summary').text()).toContain('Who said stability is improving?')
  })

  it('opens and closes every question at once', async () => {
    const wrapper = reviewOf()
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Open all')!
      .trigger('click')
    expect(openRows(wrapper)).toEqual([true, true, true, true, true])
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Close all')!
      .trigger('click')
    expect(openRows(wrapper)).toEqual([false, false, false, false, false])
  })

  it('shows only the questions not fully right when asked', async () => {
    const wrapper = reviewOf()
    const filter = wrapper.get('.review-filter')
    expect(filter.text()).toBe('Only the ones I missed (4 of 5)')
    await filter.get('input').setValue(true)
    expect(headings(wrapper)).toEqual([
      'Question 2: Partly correct — two thirds of the mark',
      'Question 3: Incorrect',
      'Question 4: Skipped',
      'Question 5: Left blank',
    ])
    await filter.get('input').setValue(false)
    expect(rows(wrapper)).toHaveLength(5)
  })

  // The student asked to see those answers: they opened folded, a click more each.
  it('opens with the filter on from "See the answers to the 2 I missed", a half-credit retry among them, open', async () => {
    const b = bankOf([questions.announced, questions.who])
    const items = reviewItems(
      playPractice(b, [{ answer: right.announced }, { answer: wrong.who, retry: right.who }]),
      b,
    )
    const wrapper = mount(QuizReview, { props: { items, missedOnly: true } })
    expect((wrapper.get('.review-filter input').element as HTMLInputElement).checked).toBe(true)
    expect(headings(wrapper)).toEqual(['Question 2: ½ — right on the second try'])
    expect(openRows(wrapper)).toEqual([true])
    // The one answered right, shown with the filter off, stays folded.
    await wrapper.get('.review-filter input').setValue(false)
    expect(openRows(wrapper)).toEqual([false, true])
  })

  it('marks matching answers per pair and ordering answers per position, as rows', () => {
    const b = bankOf([sample.quotes, sample.visits])
    const wrapper = reviewOf(
      [
        { answer: { 'quote A': 'Putin', 'quote B': 'Putin' } },
        { answer: ['Sochi', 'Moscow', 'Sochi'] },
      ],
      b,
    )
    expect(rows(wrapper).map(marks)).toEqual([
      ['quote A → Putin Wrong: it is “Assad”', 'quote B → Putin Right'],
      [
        '1. Sochi Wrong: here belongs “Moscow”',
        '2. Moscow Wrong: here belongs “Sochi”',
        '3. Sochi Right',
      ],
    ])
    expect(wrapper.text()).not.toContain(';')
  })

  // Handed in with one pair matched: the other read “→ Left blank ✗ Wrong: it is “Putin””.
  it('marks a pair a test left without a match “Missed”, with its match, not “Wrong”', () => {
    const b = bankOf([sample.quotes])
    const s = createSession(
      b,
      { mode: 'test', shuffleQuestions: false, shuffleChoices: false },
      'abc',
      at(0),
    )
    const partDone = setResponse(s, 'quotes', { 'quote A': 'Assad', 'quote B': '' })
    const handedIn = finish(partDone, b, at(10_000), 'submitted', 'en')
    const wrapper = mount(QuizReview, { props: { items: reviewItems(handedIn, b) } })
    expect(rows(wrapper).map(marks)).toEqual([
      ['quote A → Assad Right', 'quote B → Left blank Missed: it is “Putin”'],
    ])
    expect(wrapper.get('.answer-rows li:last-child').classes()).toContain('has-missed')
  })
})

describe('a printed review', () => {
  // Folded, a printed review was its questions without the answers: paper has nothing to click.
  it('prints every question shown open, and folds them back as they were after', async () => {
    const wrapper = reviewOf()
    const open = () => wrapper.findAll('details').map((d) => (d.element as HTMLDetailsElement).open)
    const first = wrapper.get('details')
    ;(first.element as HTMLDetailsElement).open = true
    await first.trigger('toggle')
    expect(open()).toEqual([true, false, false, false, false])

    window.dispatchEvent(new Event('beforeprint'))
    await nextTick()
    expect(open()).toEqual([true, true, true, true, true])
    window.dispatchEvent(new Event('afterprint'))
    await nextTick()
    expect(open()).toEqual([true, false, false, false, false])
    wrapper.unmount()
  })
})

describe('the options of a reviewed question', () => {
  it('are listed in the order the quiz showed them', () => {
    const items = reviewItems(playPractice(bank, played), bank)
    const critics = items[1]!
    const shown = [...sample.critics.choices].reverse()
    const wrapper = mount(QuizReview, {
      props: { items: items.map((item) => (item === critics ? { ...item, shown } : item)) },
    })
    const texts = rows(wrapper)[1]!
      .findAll('.answer-marks li > :first-child')
      .map((el) => el.text())
    expect(texts.map((t) => t.replace(/\s+/g, ' ').trim())).toEqual(shown)
  })

  it('come with the order the quiz shuffled them into', () => {
    const session = playPractice(bank, played)
    const shuffled = {
      ...session,
      shown: { ...session.shown, critics: ['Iran', 'Syria', 'United States', 'European states'] },
    }
    expect(reviewItems(shuffled, bank)[1]!.shown).toEqual([
      'Iran',
      'Syria',
      'United States',
      'European states',
    ])
  })
})
