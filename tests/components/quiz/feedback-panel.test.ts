import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import FeedbackPanel from '../../../src/components/quiz/FeedbackPanel.vue'
import type { Question } from '../../../src/domain/bank/schema.ts'
import { correctAnswerText, gradeQuestion } from '../../../src/domain/grading/registry.ts'
import type { AnyResponse, GradeResult } from '../../../src/domain/grading/types.ts'
import { MARKED_RIGHT } from '../../../src/domain/quiz/answer.ts'
import { creditRetry } from '../../../src/domain/quiz/retry.ts'
import { questions } from './play.ts'
import { heard, seen } from '../../fixtures/heard.ts'

const evidence = 'The United States, European states and Iran criticised Russia.'
const explanation = 'Syria is Russia’s ally; the other three objected.'
const critics: Question = {
  id: 'critics',
  type: 'multiple',
  prompt: 'Who criticised Russia?',
  choices: ['United States', 'European states', 'Syria', 'Iran'],
  answers: ['United States', 'European states', 'Iran'],
  evidence,
  explanation,
}

/** Feedback for a response, graded by the real grader as the quiz does. */
function feedbackFor(
  response: AnyResponse,
  props: { holdBack?: boolean; question?: Question; kept?: string } = {},
) {
  const question = props.question ?? critics
  return mount(FeedbackPanel, {
    props: {
      result: gradeQuestion(question, response, 'en'),
      correctAnswer: correctAnswerText(question),
      explanation: question.explanation,
      evidence: question.evidence,
      holdBack: props.holdBack,
      kept: props.kept,
    },
  })
}

const heading = (wrapper: ReturnType<typeof feedbackFor>) => wrapper.get('h2')
const RIGHT_ANSWER = 'Right answer: United States; European states; Iran'

describe('feedback after an answer', () => {
  it.each([
    ['right', ['United States', 'European states', 'Iran'], '✓', 'Correct'],
    ['partly right', ['United States', 'Iran'], '◐', 'Partly correct — two thirds of the mark'],
    ['wrong', ['Syria'], '✗', 'Incorrect'],
  ])('says a %s answer is so in words, with an icon beside it', (_, response, icon, verdict) => {
    const wrapper = feedbackFor(response)
    expect(heading(wrapper).text()).toBe(`${icon} ${verdict}`)
    // The icon is decoration: screen readers hear the word, and colour is never the only signal.
    const decoration = heading(wrapper).get('[aria-hidden=true]')
    expect(decoration.text()).toBe(icon)
    expect(wrapper.get('section').attributes('aria-labelledby')).toBe(
      heading(wrapper).attributes('id'),
    )
  })

  it('explains a partial score, and does not repeat the verdict as a detail', () => {
    expect(feedbackFor(['United States', 'Iran']).get('.feedback-detail').text()).toBe(
      '2 of 3 right answers ticked',
    )
    expect(feedbackFor(['United States', 'Syria']).get('.feedback-detail').text()).toBe(
      '1 of 3 right answers ticked, 1 wrong one',
    )
    expect(
      feedbackFor(['United States', 'European states', 'Iran']).find('.feedback-detail').exists(),
    ).toBe(false)
    expect(feedbackFor(['Syria']).get('.feedback-detail').text()).toBe(
      '0 of 3 right answers ticked, 1 wrong one',
    )
  })

  it('shows the right answer after a wrong or partly right answer, not after a right one', () => {
    expect(feedbackFor(['Syria']).text()).toContain(RIGHT_ANSWER)
    expect(feedbackFor(['United States', 'Iran']).text()).toContain(RIGHT_ANSWER)
    expect(feedbackFor(['United States', 'European states', 'Iran']).text()).not.toContain(
      'Right answer',
    )
  })

  it('shows the explanation and the evidence quote whatever the verdict', () => {
    for (const response of [['Syria'], ['United States', 'European states', 'Iran']]) {
      const wrapper = feedbackFor(response)
      expect(wrapper.text()).toContain(explanation)
      expect(wrapper.get('blockquote.evidence').text()).toBe(evidence)
    }
  })

  it('shows every quote of an evidence list, each as its own paragraph', () => {
    const quotes = ['The United States and European states criticised Russia.', 'So did Iran.']
    const wrapper = feedbackFor(['Syria'], { question: { ...critics, evidence: quotes } })
    expect(wrapper.findAll('blockquote.evidence p').map((p) => p.text())).toEqual(quotes)
  })

  it('leaves the explanation out when the question has none', () => {
    const wrapper = feedbackFor(['Syria'], { question: { ...critics, explanation: undefined } })
    expect(wrapper.findAll('p').map((p) => p.text())).toEqual([
      '0 of 3 right answers ticked, 1 wrong one',
      RIGHT_ANSWER,
      evidence,
    ])
  })

  it('says a right second try earned half a mark, never a plain "Correct"', () => {
    const first = gradeQuestion(critics, ['Syria'], 'en')
    const second = gradeQuestion(critics, ['United States', 'European states', 'Iran'], 'en')
    const wrapper = mount(FeedbackPanel, {
      props: { result: creditRetry(first, second), correctAnswer: 'unused', evidence },
    })
    expect(seen(heading(wrapper))).toBe('◐ ½ — right on the second try')
    // Heard as words: a screen reader says "one half dash", or nothing, for the glyph.
    expect(heard(heading(wrapper))).toBe('Half a mark — right on the second try')
    expect(wrapper.find('.feedback-detail').exists()).toBe(false)
    expect(wrapper.get('section').classes()).toContain('is-partial')
    expect(wrapper.text()).not.toContain('Right answer')
  })

  it('says a wrong second try was the second, without "Incorrect" twice', () => {
    const who: Question = {
      id: 'who',
      type: 'single',
      prompt: 'Who said that stability is improving?',
      choices: ['Dmitry Peskov', 'Bashar al-Assad', 'Vladimir Putin'],
      answer: 'Bashar al-Assad',
      evidence,
    }
    const first = gradeQuestion(who, 'Dmitry Peskov', 'en')
    const second = gradeQuestion(who, 'Vladimir Putin', 'en')
    const wrapper = mount(FeedbackPanel, {
      props: { result: creditRetry(first, second), correctAnswer: 'Bashar al-Assad', evidence },
    })
    expect(heading(wrapper).text()).toBe('✗ Incorrect')
    // It read "✗ Incorrect" over "Second try: Incorrect".
    expect(wrapper.get('.feedback-detail').text()).toBe('Your second try was not right either.')
    expect(wrapper.text().match(/Incorrect/g)).toHaveLength(1)
  })

  it('holds back the answer, explanation and evidence while a second try is on offer', () => {
    const wrapper = feedbackFor(['Syria'], { holdBack: true })
    expect(heading(wrapper).text()).toBe('✗ Incorrect')
    expect(wrapper.text()).toContain(
      'Look back at the article and try once more for half the marks, or see the answer now.',
    )
    expect(wrapper.text()).not.toContain('Right answer')
    expect(wrapper.text()).not.toContain('United States; European states; Iran')
    expect(wrapper.text()).not.toContain(explanation)
    expect(wrapper.find('blockquote').exists()).toBe(false)
    expect(wrapper.find('button').exists()).toBe(false)
    expect(feedbackFor(['Syria']).text()).not.toContain('Look back at the article')
  })

  it('does not offer half the marks for a second try when the first already earned that much', () => {
    const pair: Question = { ...critics, answers: ['United States', 'Iran'] }
    // 1 of 2 ticks is half a mark already: a right second try (half the marks) cannot raise it.
    const half = feedbackFor(['Iran'], { holdBack: true, question: pair, kept: 'half of the mark' })
    expect(heading(half).text()).toContain('Partly correct — half of the mark')
    expect(half.text()).not.toContain('for half the marks')
    expect(half.text()).toContain(
      'Look back at the article and try once more, or see the answer now. Your half of the mark stays, whatever the second try gives.',
    )
    // 1 of 3 ticks (a third of a mark) still gains from a right second try.
    const third = feedbackFor(['Iran'], { holdBack: true })
    expect(third.text()).toContain('try once more for half the marks, or see the answer now.')
    expect(third.text()).not.toContain('stays')
  })

  it('asks to show the evidence in the article when "Show in the article" is clicked', async () => {
    const wrapper = feedbackFor(['Syria'])
    expect(wrapper.emitted('showEvidence')).toBeUndefined()
    const button = wrapper.get('button')
    expect(button.text()).toBe('Show in the article')
    expect(button.attributes('type')).toBe('button')
    await button.trigger('click')
    expect(wrapper.emitted('showEvidence')).toEqual([[]])
  })

  it('renders markup in the answer, explanation and evidence as text', () => {
    const markup = '<img src=x onerror=alert(1)>'
    const wrapper = mount(FeedbackPanel, {
      props: {
        result: { score: 0, max: 1, correct: false, detail: markup },
        correctAnswer: markup,
        explanation: markup,
        evidence: markup,
      },
    })
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.findAll('p').map((p) => p.text())).toEqual([
      markup,
      `Right answer: ${markup}`,
      markup,
      markup,
    ])
  })

  it('offers no quote and no "Show in the article" for a question without evidence', () => {
    const question: Question = { ...critics, evidence: undefined }
    const wrapper = feedbackFor(['Syria'], { question })
    expect(wrapper.find('blockquote').exists()).toBe(false)
    expect(wrapper.text()).not.toContain('Show in the article')
    expect(wrapper.text()).toContain(RIGHT_ANSWER)
  })
})

describe('feedback on a short answer', () => {
  const { spokesman } = questions

  function shortFeedback(
    typed: string,
    props: { canClaim?: boolean; markedRight?: boolean; result?: GradeResult } = {},
  ) {
    return mount(FeedbackPanel, {
      props: {
        result: props.result ?? gradeQuestion(spokesman, typed, 'en'),
        correctAnswer: correctAnswerText(spokesman),
        evidence: spokesman.evidence,
        canClaim: props.canClaim,
        markedRight: props.markedRight,
      },
    })
  }

  it('counts a slip as right and shows how the answer is spelled', () => {
    const wrapper = shortFeedback('Dmitri Peskow')
    expect(heading(wrapper).text()).toBe('✓ Correct')
    expect(wrapper.get('.feedback-detail').text()).toBe('Right — it is spelled “Dmitry Peskov”')
    expect(wrapper.get('section').classes()).toContain('is-correct')
    expect(wrapper.text()).not.toContain('I was right')
  })

  it('offers "I was right" beside the right answer when asked to, as a described button', async () => {
    const wrapper = shortFeedback('the press secretary', { canClaim: true })
    expect(heading(wrapper).text()).toBe('✗ Incorrect')
    expect(wrapper.text()).toContain('Right answer: Dmitry Peskov')
    const button = wrapper.get('.claim button')
    expect(button.text()).toBe('I was right')
    expect(button.attributes('type')).toBe('button')
    const hint = wrapper.get(`#${button.attributes('aria-describedby')}`)
    expect(hint.text().replace(/\s+/g, ' ')).toBe(
      'Said the same in other words? Count it as right (practice only). Your progress, and any results you hand in, show that you marked it.',
    )
    await button.trigger('click')
    expect(wrapper.emitted('claimRight')).toEqual([[]])
    expect(wrapper.emitted('showEvidence')).toBeUndefined()
  })

  it('has no "I was right" unless the quiz offers it', () => {
    expect(shortFeedback('the press secretary').find('.claim').exists()).toBe(false)
    expect(shortFeedback('the press secretary').text()).not.toContain('I was right')
  })

  it('says the student marked it right, and still shows the right answer to compare', () => {
    const wrapper = shortFeedback('the press secretary', {
      markedRight: true,
      result: { score: 1, max: 1, correct: true, detail: MARKED_RIGHT },
    })
    expect(heading(wrapper).text()).toBe('✓ You marked this right')
    expect(wrapper.get('section').classes()).toContain('is-correct')
    expect(wrapper.find('.feedback-detail').exists()).toBe(false)
    expect(wrapper.text()).toContain('Right answer: Dmitry Peskov')
    expect(wrapper.text()).toContain(
      'It counts as right in this practice quiz; review and progress show you marked it.',
    )
    expect(wrapper.find('.claim').exists()).toBe(false)
  })
})
