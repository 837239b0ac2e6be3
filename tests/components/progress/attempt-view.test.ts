import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { readableDate } from '../../../src/components/progress/format.ts'
import { setStorageDoor } from '../../../src/composables/storage/index.ts'
import { correctAnswerText } from '../../../src/domain/grading/registry.ts'
import type { Bank } from '../../../src/domain/bank/schema.ts'
import { useProgressStore } from '../../../src/stores/progress.ts'
import {
  DAY,
  freshPinia,
  landedOn,
  mountRoute,
  played,
  questionOf,
  shippedBank,
  T0,
  type Play,
} from './played.ts'
import { heard, seen } from '../../fixtures/heard.ts'
import { reviewItems } from '../../../src/domain/quiz/review.ts'

/** Records one finished quiz and opens its review page. */
async function review(
  play: Play,
  options: { played?: (shipped: Bank) => Bank; detailPerSet?: number } = {},
) {
  const pinia = freshPinia()
  const bank = options.played?.(shippedBank()) ?? shippedBank()
  const progress = useProgressStore()
  if (options.detailPerSet !== undefined) progress.setDetailLimit(options.detailPerSet)
  const session = played(bank, play)
  const { attempt } = progress.recordSession(session, bank)
  const mounted = await mountRoute(`/progress/attempt/${attempt.id}`, pinia)
  const items = mounted.wrapper.findAll('.attempt-answers > li')
  /** The review row of question `qid`, found by its prompt. */
  const row = (qid: string) => {
    const prompt = questionOf(bank, qid).prompt
    const found = items.find((li) => li.find('.review-prompt').text() === prompt)
    if (!found) throw new Error(`No review row for ${qid}`)
    return found
  }
  // Each term with its description in a row of its own (paper keeps it whole), read as pairs.
  const terms = (qid: string) => {
    const pairs = row(qid).findAll('dl > div')
    expect(pairs.flatMap((d) => d.findAll('dt'))).toHaveLength(row(qid).findAll('dt').length)
    return Object.fromEntries(pairs.map((d) => [d.get('dt').text(), d.get('dd').text()]))
  }
  return { ...mounted, attempt, items, row, terms, bank, session }
}

beforeEach(() => setStorageDoor(undefined))
afterEach(() => {
  document.body.innerHTML = ''
})

describe('the review of a stored attempt', () => {
  it('gives the set, date, mode, score and verdict', async () => {
    const { wrapper, attempt } = await review({ mode: 'test', wrong: ['wsw-01', 'wsw-09'] })
    expect(wrapper.get('h1').text()).toBe('Your attempt at Who said what')
    const when = wrapper.get('.byline time')
    expect(when.attributes('datetime')).toBe(new Date(attempt.finishedAt).toISOString())
    expect(wrapper.get('.byline').text()).toMatch(/· Test mode · took 3 min$/)
    expect(wrapper.get('.result-score').text()).toBe('89%')
    expect(wrapper.get('.result-count').text()).toBe(
      '16 of 18 marks · 16 of 18 questions fully right',
    )
    expect(wrapper.get('.verdict-pass').text()).toBe('Passed — the pass mark is 70%')
    expect(wrapper.find('.notice').exists()).toBe(false)
  })

  it('says on paper the date it was done, where the screen says "Today"', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      // Minutes after the quiz (played from T0): the screen says "Today, …".
      vi.setSystemTime(T0 + 10 * 60_000)
      const { wrapper, attempt } = await review({ mode: 'test' })
      const when = wrapper.get('.byline time')
      expect(when.get('.screen-only').text()).toMatch(/^Today, \d/)
      // Printed, "Today" was wrong by the next day (results.css shows .paper-only on paper only).
      expect(when.get('.paper-only').text()).toBe(readableDate(attempt.finishedAt))
      expect(when.get('.paper-only').text()).toMatch(/^18 May 2024, /)
    } finally {
      vi.useRealTimers()
    }
  })

  it('draws the score as the results page does: a ring, the pass mark, marks and questions fully right', async () => {
    // A right second try (half a mark) and two wrong: 15.5 of 18 marks, 86 %.
    const { wrapper } = await review({
      mode: 'practice',
      retried: ['wsw-03'],
      wrong: ['wsw-01', 'wsw-09'],
    })
    const ring = wrapper.get('svg.score-ring')
    expect(ring.attributes('role')).toBe('img')
    expect(ring.attributes('aria-label')).toBe('Score 86%')
    expect(ring.classes()).toContain('is-pass')
    expect(ring.get('.result-score').text()).toBe('86%')
    // The tick at the pass mark.
    expect(ring.find('.score-ring-tick').exists()).toBe(true)
    expect(wrapper.get('.result-count').text()).toBe(
      '15.5 of 18 marks · 15 of 18 questions fully right',
    )
    expect(wrapper.get('.result-verdict').text()).toBe('Passed — the pass mark is 70%')
  })

  it('draws the ring without a pass mark when the set is no longer loaded', async () => {
    const { wrapper } = await review(
      { mode: 'test', wrong: ['wsw-01', 'wsw-02', 'wsw-03', 'wsw-04', 'wsw-05', 'wsw-09'] },
      { played: (shipped) => ({ ...shipped, id: 'assad-sochi-2018/gone' }) },
    )
    const ring = wrapper.get('svg.score-ring')
    expect(ring.attributes('aria-label')).toBe('Score 67%')
    expect(ring.find('.score-ring-tick').exists()).toBe(false)
    // The verdict stored with the attempt, in the results page's words.
    expect(wrapper.get('.result-verdict').text()).toBe('Not passed yet')
    expect(wrapper.get('.result-verdict').classes()).toContain('verdict-fail')
    // Named in words, not by its id (“assad-sochi-2018/gone”), in the heading and the tab's title.
    expect(wrapper.get('h1').text()).toBe('Your attempt at a set no longer in your library')
    expect(document.title).toMatch(/^Your attempt at a set no longer in your library/)
    expect(wrapper.text()).not.toContain('assad-sochi-2018/gone')
    expect(wrapper.get('.notice').text()).toBe(
      "Its questions and your answers cannot be shown: only each question's result is kept.",
    )
  })

  it('derives the verdict from the score when a stored flag says otherwise', async () => {
    freshPinia()
    const bank = shippedBank()
    const { attempt } = useProgressStore().recordSession(played(bank, { mode: 'test' }), bank)
    // Storage edited to say "not passed" beside a full score: the page trusts the score.
    for (const key of Object.keys(localStorage)) {
      localStorage.setItem(key, localStorage.getItem(key)!.replace(/\.t1\./, '.t0.'))
    }
    const pinia = freshPinia()
    expect(useProgressStore().recent(1)[0]?.passed).toBe(false)
    const { wrapper } = await mountRoute(`/progress/attempt/${attempt.id}`, pinia)
    expect(wrapper.get('.result-score').text()).toBe('100%')
    expect(wrapper.get('.verdict-pass').text()).toBe('Passed — the pass mark is 70%')
  })

  it('lists every question with the answer given, the right one, the evidence and the time', async () => {
    const { items, terms, row, bank } = await review({ mode: 'test', wrong: ['wsw-01', 'wsw-09'] })
    expect(items).toHaveLength(bank.questions.length)
    // In the set's order, whatever order the attempt is stored in.
    expect(items.map((li) => li.get('.review-prompt').text())).toEqual(
      bank.questions.map((q) => q.prompt),
    )

    const q1 = questionOf(bank, 'wsw-01')
    if (q1.type !== 'single') throw new Error('wsw-01 is a single-choice question')
    expect(row('wsw-01').get('h3').text()).toBe('Question 1: Incorrect')
    // A choice answer is marked in place: ✗ on the one chosen, "✓ Right answer" on the right one.
    const chosen = q1.choices.find((c) => c !== q1.answer)!
    const marked = row('wsw-01')
      .findAll('.answer-marks li')
      .map((li) => [li.get('.answer-text').text(), li.findAll('.option-mark')[0]?.text()])
    expect(marked).toContainEqual([chosen, 'Wrong'])
    expect(marked).toContainEqual([q1.answer, 'Right answer'])
    // Why the right answer is right, as the results page says it.
    expect(terms('wsw-01')).toEqual({ Why: q1.explanation, Time: '10 s' })
    expect(row('wsw-01').get('blockquote').text()).toBe(q1.evidence)

    expect(row('wsw-09').get('h3').text()).toContain('Incorrect')
    expect(row('wsw-09').get('.answer-marks .has-wrong .answer-text').text()).toBe('True')

    const q14 = questionOf(bank, 'wsw-14')
    expect(row('wsw-14').get('h3').text()).toBe('Question 14: Correct')
    expect(terms('wsw-14')).toMatchObject({
      'Your answer': 'Peskov',
      'Right answer': correctAnswerText(q14),
    })
  })

  it('names a question left without an answer as the results page does, not as wrong', async () => {
    const { row, terms, wrapper } = await review({
      mode: 'test',
      wrong: ['wsw-01'],
      unanswered: ['wsw-02'],
    })
    expect(wrapper.get('.result-count').text()).toBe(
      '16 of 18 marks · 16 of 18 questions fully right, 1 left blank',
    )
    expect(row('wsw-02').get('h3').text()).toBe('Question 2: Left blank')
    expect(row('wsw-02').classes()).toContain('is-wrong')
    // A dash beside "Left blank", not the cross of a wrong answer.
    expect(row('wsw-02').get('h3 svg').attributes('data-icon')).toBe('none')
    expect(row('wsw-01').get('h3').text()).toBe('Question 1: Incorrect')
    expect(row('wsw-01').get('h3 svg').attributes('data-icon')).toBe('wrong')
    expect(terms('wsw-02')).toMatchObject({ Time: expect.any(String) })
  })

  it('names a practice question left without an answer “Skipped”, as its results did', async () => {
    const { row, terms, wrapper } = await review({
      mode: 'practice',
      wrong: ['wsw-01'],
      unanswered: ['wsw-02', 'wsw-15'],
    })
    // The results said "2 skipped" and reviewed each as "Skipped"; this page said "left blank".
    expect(wrapper.get('.result-count').text()).toBe(
      '15 of 18 marks · 15 of 18 questions fully right, 2 skipped',
    )
    for (const qid of ['wsw-02', 'wsw-15']) {
      expect(row(qid).get('h3').text()).toMatch(/: Skipped$/)
      expect(row(qid).get('h3 svg').attributes('data-icon')).toBe('none')
      expect(terms(qid)).toMatchObject({ 'Your answer': 'Skipped' })
    }
    expect(wrapper.text()).not.toMatch(/left blank/i)
  })

  it('names what a timed practice left when the time ran out “Left blank”, as its results did, and a skip “Skipped”', async () => {
    const { row, wrapper, session, bank } = await review({
      mode: 'practice',
      unanswered: ['wsw-02'],
      ranOutAfter: 3,
    })
    // Skipped the second question, then the time ran out on the fourth: the results said
    // "1 skipped, 15 left blank"; this page said "16 skipped", every blank "Skipped".
    expect(wrapper.get('.result-count').text()).toBe(
      '2 of 18 marks · 2 of 18 questions fully right, 1 skipped, 15 left blank',
    )
    const blanks = reviewItems(session, bank).filter((i) => i.entry.phase === 'unanswered')
    expect(blanks.map((i) => i.yourAnswer)).toEqual(['Skipped', ...Array(15).fill('Left blank')])
    for (const { question, yourAnswer } of blanks) {
      expect(row(question.id).get('h3').text()).toMatch(new RegExp(`: ${yourAnswer}$`))
    }
  })

  it('gives no time for a question the quiz never came to, where it said “0 s”', async () => {
    const { row, terms } = await review({ mode: 'test', unanswered: ['wsw-02'], handedInAfter: 3 })
    expect(row('wsw-04').get('h3').text()).toBe('Question 4: Left blank')
    expect(terms('wsw-04')).not.toHaveProperty('Time')
    expect(row('wsw-04').text()).not.toMatch(/\b0 s\b/)
    // Passed over without an answer, it was read for a while: that time is said.
    expect(terms('wsw-02')).toMatchObject({ Time: '10 s' })
    expect(terms('wsw-03')).toMatchObject({ Time: '10 s' })
  })

  it('says a question answered at once took “under 1 s”, where it said “0 s”', async () => {
    const { terms } = await review({ mode: 'test', quick: ['wsw-01', 'wsw-02'] })
    // Kept in whole seconds: 0.3 s is kept as 0, then 0.6 s in all as 1 for the second.
    expect(terms('wsw-01')).toMatchObject({ Time: 'under 1 s' })
    expect(terms('wsw-02')).toMatchObject({ Time: '1 s' })
    expect(terms('wsw-03')).toMatchObject({ Time: '10 s' })
  })

  it('says a blank matching or ordering question in words beside the right answer, never “Wrong”', async () => {
    const { row, terms, bank } = await review({
      mode: 'test',
      unanswered: ['wsw-15', 'wsw-16'],
    })
    for (const qid of ['wsw-15', 'wsw-16']) {
      expect(row(qid).get('h3').text()).toMatch(/: Left blank$/)
      expect(row(qid).find('.answer-marks').exists()).toBe(false)
      expect(row(qid).text()).not.toContain('Wrong')
      expect(terms(qid)).toMatchObject({
        'Your answer': 'Left blank',
        'Right answer': correctAnswerText(questionOf(bank, qid)),
      })
    }
  })

  it('still tells a blank from a wrong answer once the answers are no longer kept', async () => {
    const { row, wrapper } = await review(
      { mode: 'test', wrong: ['wsw-01'], unanswered: ['wsw-02', 'wsw-03'] },
      { detailPerSet: 0 },
    )
    expect(wrapper.get('.result-count').text()).toBe(
      '15 of 18 marks · 15 of 18 questions fully right, 2 left blank',
    )
    expect(row('wsw-02').get('h3').text()).toBe('Question 2: Left blank')
    expect(row('wsw-01').get('h3').text()).toBe('Question 1: Incorrect')
  })

  it('says the time spent on the questions, as the results did, not the time away', async () => {
    const pinia = freshPinia()
    const bank = shippedBank()
    const session = played(bank, { mode: 'test' })
    // Handed in five minutes after the last answer: a break the results page did not count.
    const late = { ...session, finishedAt: session.finishedAt! + 5 * 60_000 }
    const { attempt } = useProgressStore().recordSession(late, bank)
    expect(attempt.finishedAt - attempt.startedAt).toBe(8 * 60_000)
    const { wrapper } = await mountRoute(`/progress/attempt/${attempt.id}`, pinia)
    expect(wrapper.get('.byline').text()).toMatch(/· took 3 min$/)
  })

  it('marks a question answered right on the second try', async () => {
    const { row, terms, wrapper } = await review({
      mode: 'practice',
      start: DAY,
      retried: ['wsw-03'],
    })
    expect(wrapper.get('.byline').text()).toContain('Practice mode')
    expect(seen(row('wsw-03').get('h3'))).toBe('Question 3: ½ — right on the second try')
    expect(heard(row('wsw-03').get('h3'))).toBe('Question 3: Half a mark — right on the second try')
    // Said once, in the verdict: a row "Second try: Used" under it said it again.
    expect(terms('wsw-03')).not.toHaveProperty('Second try')
    expect(terms('wsw-04')).not.toHaveProperty('Second try')
    // What was picked first, which the options marked in place (the second pick) do not show.
    expect(terms('wsw-03')['First try']).toBe('The Russian military')
    expect(terms('wsw-04')).not.toHaveProperty('First try')
  })

  it('says a second try that was not right either under the verdict', async () => {
    const { row, terms } = await review({ mode: 'practice', retriedWrong: ['wsw-04'] })
    expect(row('wsw-04').get('h3').text()).toBe('Question 4: Incorrect')
    expect(terms('wsw-04')['Second try']).toBe('Used, and still not right')
    expect(terms('wsw-04')['First try']).toBe('The Syrian military')
  })

  it('says which refused answers the student marked right', async () => {
    freshPinia()
    const short = shippedBank().questions.find((q) => q.type === 'short')
    if (!short) throw new Error('the shipped set has no short answer')
    const { row, terms, attempt } = await review({ mode: 'practice', claimed: [short.id] })
    expect(row(short.id).get('h3').text()).toMatch(/^Question \d+: You marked this right$/)
    expect(terms(short.id)['Your answer']).toBe('something else entirely')
    expect(terms(short.id)['Right answer']).toBe(correctAnswerText(short))
    expect(attempt.answers.filter((a) => a.overridden).map((a) => a.qid)).toEqual([short.id])
    // Stored and read back, as the page does after a reload.
    freshPinia()
    const reread = useProgressStore()
      .recent(10)
      .find((a) => a.id === attempt.id)
    expect(reread?.answers.filter((a) => a.overridden).map((a) => a.qid)).toEqual([short.id])
  })

  it('says plainly when the answers were not kept', async () => {
    const { wrapper, terms } = await review(
      { mode: 'test', wrong: ['wsw-01'] },
      { detailPerSet: 0 },
    )
    expect(wrapper.get('.notice').text()).toMatch(
      /^Only the results of this attempt are kept, not the answers you gave/,
    )
    expect(terms('wsw-01')['Your answer']).toBe('Not kept')
    expect(wrapper.get('.result-count').text()).toBe(
      '17 of 18 marks · 17 of 18 questions fully right',
    )
  })

  it('says plainly when the set has changed since', async () => {
    const { wrapper, items } = await review(
      { mode: 'test' },
      {
        // The set as it was when played: with a question it has since lost.
        played: (shipped) => {
          const removed = {
            ...questionOf(shipped, 'wsw-09'),
            id: 'wsw-99',
            prompt: 'A removed one',
          }
          return { ...shipped, questions: [...shipped.questions, removed] }
        },
      },
    )
    expect(wrapper.get('.notice').text()).toBe(
      'This set has changed since this attempt: 1 of its questions is no longer in it.',
    )
    expect(items).toHaveLength(19)
    expect(items[18]!.text()).toContain('This question (wsw-99) is no longer in the set')
    expect(items[18]!.text()).not.toContain('A removed one')
  })

  it('numbers the questions in the order they were asked, as the results page did', async () => {
    const { items, bank, session } = await review({ mode: 'test', shuffled: true })
    const prompts = (order: readonly string[]) => order.map((qid) => questionOf(bank, qid).prompt)
    expect(session.order).not.toEqual(bank.questions.map((q) => q.id))
    expect(items.map((li) => li.get('.review-prompt').text())).toEqual(prompts(session.order))
    expect(items[0]!.text()).toMatch(/^Question 1\b/)
    expect(items[17]!.text()).toMatch(/^Question 18\b/)
  })

  it("lists each choice question's options in the order the quiz showed them", async () => {
    const { row, bank, session } = await review({ mode: 'test', shuffled: true })
    const choices = bank.questions.filter((q) => q.type === 'single' || q.type === 'multiple')
    expect(choices.length).toBeGreaterThan(3)
    const listed = (qid: string) =>
      row(qid)
        .findAll('.answer-marks .answer-text')
        .map((t) => t.text())
    for (const q of choices) expect(listed(q.id)).toEqual(session.shown[q.id])
    // The seed shuffled at least one of them away from the set's order, so the test tells.
    expect(choices.some((q) => listed(q.id).join() !== q.choices.join())).toBe(true)
  })

  it('lists an attempt whose answers were not kept in the set order, as it has no asked order', async () => {
    const { items, bank } = await review({ mode: 'test', shuffled: true }, { detailPerSet: 0 })
    expect(items.map((li) => li.get('.review-prompt').text())).toEqual(
      bank.questions.map((q) => q.prompt),
    )
  })

  // From an attempt the only way on was back to Progress, which has no way to a quiz: taking the
  // set again meant finding it in the library.
  it('offers the quiz again, to its start page, after the questions', async () => {
    const { wrapper, router } = await review({ mode: 'test', wrong: ['wsw-01'] })
    const again = wrapper.findAll('a').find((a) => a.text() === 'Take this quiz again')
    expect(again?.classes()).toContain('button')
    await again!.trigger('click')
    await landedOn(router, 'quiz')
    expect(router.currentRoute.value.params).toEqual({
      passageId: 'assad-sochi-2018',
      setSlug: 'who-said-what',
    })
    expect(wrapper.get('h1').text()).toBe('Who said what')
  })

  it('says when there is no such attempt, with a way back', async () => {
    const { wrapper, router } = await mountRoute('/progress/attempt/nosuchthing', freshPinia())
    expect(wrapper.get('h1').text()).toBe('Attempt not found')
    expect(wrapper.text()).toContain('There is no attempt “nosuchthing” in this browser')
    await wrapper.get('a').trigger('click')
    await landedOn(router, 'progress')
    expect(wrapper.get('h1').text()).toBe('Your progress')
  })
})
