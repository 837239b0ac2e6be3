/** Marks in place after checking, as the question components draw them. */
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import MultipleQuestion from '../../../src/components/questions/MultipleQuestion.vue'
import MatchingQuestion from '../../../src/components/questions/MatchingQuestion.vue'
import OrderingQuestion from '../../../src/components/questions/OrderingQuestion.vue'
import type { QuestionOf } from '../../../src/domain/bank/schema.ts'
import { optionMarks, placeMarks } from '../../../src/domain/grading/option-marks.ts'
import { seen } from '../../fixtures/heard.ts'

const multiple: QuestionOf<'multiple'> = {
  id: 'critics',
  type: 'multiple',
  prompt: 'Who criticised Russia?',
  choices: ['United States', 'European states', 'Syria', 'Iran'],
  answers: ['United States', 'European states', 'Iran'],
  evidence: 'e',
}

describe('marks beside each option', () => {
  it('ticks right choices, crosses wrong ones and says which right ones were missed, in words', () => {
    const response = ['United States', 'Syria']
    const w = mount(MultipleQuestion, {
      props: {
        question: multiple,
        shown: multiple.choices,
        modelValue: response,
        disabled: true,
        marks: optionMarks(multiple, response),
      },
    })
    // As seen: the words kept for a screen reader (heard-marks.test.ts) are left out.
    const rows = w.findAll('.choice').map((c) => seen(c))
    expect(rows).toEqual([
      '1 United States Right',
      '2 European states Missed',
      '3 Syria Wrong',
      '4 Iran Missed',
    ])
    // Each mark is an inline SVG icon, hidden from screen readers, beside its word.
    expect(w.findAll('.option-mark svg[aria-hidden=true]')).toHaveLength(4)
  })

  it('marks each matching row in place, with the right match when wrong', () => {
    const q: QuestionOf<'matching'> = {
      id: 'm',
      type: 'matching',
      prompt: 'Match',
      pairs: [
        { left: 'Assad', right: 'Syria' },
        { left: 'Putin', right: 'Russia' },
      ],
      evidence: 'e',
    }
    const response = { Assad: 'Syria', Putin: 'Syria' }
    const w = mount(MatchingQuestion, {
      props: {
        question: q,
        shown: ['Syria', 'Russia'],
        modelValue: response,
        places: placeMarks(q, response),
      },
    })
    expect(w.findAll('.match-row .option-mark').map((m) => m.text())).toEqual([
      'Right',
      'Wrong: it is “Russia”',
    ])
  })

  it('marks each ordering position in place', () => {
    const q: QuestionOf<'ordering'> = {
      id: 'o',
      type: 'ordering',
      prompt: 'Order',
      items: ['a', 'b', 'c'],
      evidence: 'e',
    }
    const response = ['a', 'c', 'b']
    const w = mount(OrderingQuestion, {
      props: { question: q, modelValue: response, places: placeMarks(q, response) },
    })
    expect(w.findAll('.order-item .option-mark').map((m) => m.text())).toEqual([
      'Right',
      'Wrong: here belongs “b”',
      'Wrong: here belongs “c”',
    ])
  })
})
