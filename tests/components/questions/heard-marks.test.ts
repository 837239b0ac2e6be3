/**
 * After Check, the ✓ and ✗ beside each option are for the eye; a screen reader reading the options
 * hears each one's mark in its name ("Putin — your answer, wrong"), and not the drawn mark again.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import type { Question } from '../../../src/domain/bank/schema.ts'
import type { AnyResponse } from '../../../src/domain/grading/types.ts'
import { optionMarks, placeMarks } from '../../../src/domain/grading/option-marks.ts'
import QuestionCard from '../../../src/components/quiz/QuestionCard.vue'
import { heard } from '../../fixtures/heard.ts'

enableAutoUnmount(afterEach)

/** A question checked with `response`, as practice feedback shows it. */
function checked(question: Question, response: AnyResponse, shown: readonly string[] = []) {
  return mount(QuestionCard, {
    props: {
      question,
      shown,
      response,
      disabled: true,
      marks: {
        options: optionMarks(question, response),
        places: placeMarks(question, response),
      },
    },
    attachTo: document.body,
  })
}

/** Each control's name as a screen reader hears it: its label without what is hidden from it. */
function names(wrapper: ReturnType<typeof checked>): string[] {
  return wrapper
    .findAll('input, select')
    .map((field) => heard(wrapper.get(`label[for="${field.attributes('id')}"]`)))
}

/** No drawn mark is read on its own, beside the name that says it. */
function marksHidden(wrapper: ReturnType<typeof checked>) {
  const drawn = wrapper.findAll('.option-mark')
  expect(drawn.length).toBeGreaterThan(0)
  for (const mark of drawn) expect(mark.element.closest('[aria-hidden="true"]')).not.toBeNull()
}

const evidence = 'x'

describe('a checked question read by a screen reader', () => {
  it('single choice: the answer given and the right one', () => {
    const q: Question = {
      id: 's',
      type: 'single',
      prompt: 'Who?',
      choices: ['Assad', 'Putin', 'Peskov'],
      answer: 'Assad',
      evidence,
    }
    const w = checked(q, 'Putin', ['Putin', 'Assad', 'Peskov'])
    expect(names(w)).toEqual(['Putin — your answer, wrong', 'Assad — the right answer', 'Peskov'])
    marksHidden(w)
  })

  it('multiple choice: right, wrong and missed', () => {
    const q: Question = {
      id: 'm',
      type: 'multiple',
      prompt: 'Who was there?',
      choices: ['Assad', 'Putin', 'Peskov', 'Lavrov'],
      answers: ['Assad', 'Putin'],
      evidence,
    }
    const w = checked(q, ['Assad', 'Peskov'], ['Assad', 'Putin', 'Peskov', 'Lavrov'])
    expect(names(w)).toEqual([
      'Assad — your answer, right',
      'Putin — missed: a right answer',
      'Peskov — your answer, wrong',
      'Lavrov',
    ])
    marksHidden(w)
  })

  it('true/false', () => {
    const q: Question = { id: 't', type: 'truefalse', prompt: 'Sochi?', answer: true, evidence }
    const w = checked(q, true)
    expect(names(w)).toEqual(['True — your answer, right', 'False'])
    marksHidden(w)
  })

  it('matching: each row right, or wrong with what it is', () => {
    const q: Question = {
      id: 'p',
      type: 'matching',
      prompt: 'Match',
      pairs: [
        { left: 'Assad', right: 'Syria' },
        { left: 'Putin', right: 'Russia' },
      ],
      evidence,
    }
    const w = checked(q, { Assad: 'Syria', Putin: 'Syria' }, ['Syria', 'Russia'])
    expect(names(w)).toEqual(['Assad — right', 'Putin — wrong: it is “Russia”'])
    marksHidden(w)
  })

  it('ordering: each position says its mark in its item, apart from the item', () => {
    const q: Question = {
      id: 'o',
      type: 'ordering',
      prompt: 'Order',
      items: ['First', 'Second', 'Third'],
      evidence,
    }
    const w = checked(q, ['First', 'Third', 'Second'])
    expect(w.findAll('ol.ordering > li .order-item').map((i) => heard(i))).toEqual([
      'First — Right',
      'Third — Wrong: here belongs “Second”',
      'Second — Wrong: here belongs “Third”',
    ])
  })
})

describe('a checked typed answer read by a screen reader', () => {
  const numeric: Question = {
    id: 'n',
    type: 'numeric',
    prompt: 'How many visits?',
    answer: 3,
    tolerance: 0,
    evidence,
  }
  const short: Question = {
    id: 't',
    type: 'short',
    prompt: 'Where did they meet?',
    accepted: ['Sochi'],
    evidence,
  }
  const typed = (question: Question, response: string, typedMark?: 'right' | 'wrong') =>
    mount(QuestionCard, {
      props: { question, shown: [], response, ...(typedMark && { disabled: true, typedMark }) },
      attachTo: document.body,
    })

  it('says in the field’s name whether the answer was right', () => {
    expect(names(typed(numeric, '2', 'wrong'))).toEqual(['Your answer (a number) — wrong'])
    expect(names(typed(numeric, '3', 'right'))).toEqual(['Your answer (a number) — right'])
    expect(names(typed(short, 'Moscow', 'wrong'))).toEqual(['Your answer (a word or two) — wrong'])
    expect(names(typed(short, 'Sochi', 'right'))).toEqual(['Your answer (a word or two) — right'])
  })

  it('says nothing of the kind before Check', () => {
    expect(names(typed(numeric, '2'))).toEqual(['Your answer (a number)'])
    expect(names(typed(short, ''))).toEqual(['Your answer (a word or two)'])
  })
})
