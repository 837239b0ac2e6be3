import { afterEach, describe, expect, it } from 'vitest'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import ErrorSummary from '../../../src/components/studio/ErrorSummary.vue'
import FieldNotes from '../../../src/components/studio/FieldNotes.vue'
import { EDITOR_MESSAGES, type EditorMessages } from '../../../src/components/studio/messages.ts'
import type { FieldMessage } from '../../../src/domain/studio/validate.ts'

enableAutoUnmount(afterEach)

const errors: FieldMessage[] = [
  { field: 'title', where: 'Title', message: 'must not be empty' },
  {
    field: 'questions[0].answer',
    where: 'Question 1, right answer',
    message: 'Choose the right answer',
  },
  {
    field: 'questions[1].choices[0]',
    where: 'Question 2, option 1',
    message: 'is missing: add it (text in "quotes")',
  },
]

describe('the save summary', () => {
  it('reads as one list: each entry "Where: what", the what always starting as a sentence', () => {
    const wrapper = mount(ErrorSummary, { props: { errors } })
    expect(wrapper.findAll('li').map((li) => li.text())).toEqual([
      'Title: Must not be empty',
      'Question 1, right answer: Choose the right answer',
      'Question 2, option 1: Is missing: add it (text in "quotes")',
    ])
  })

  it('beside the field, an error starts as a sentence too, as a warning does', () => {
    const messages: EditorMessages = {
      at: (field) => ({ errors: errors.filter((e) => e.field === field), warnings: [] }),
    }
    const wrapper = mount(FieldNotes, {
      props: { field: 'title' },
      global: { provide: { [EDITOR_MESSAGES as symbol]: messages } },
    })
    expect(wrapper.get('.input-error').text()).toBe('Error: Must not be empty')
  })

  it('names a warning in a few words that claim no more than the rule found', () => {
    // The key-position rule warns when one place holds the key in more than half the questions:
    // "always" was wrong for 2 of 3.
    const warning: FieldMessage = {
      field: 'questions',
      where: 'Questions',
      rule: 'key-position',
      message: 'the key is the 1st choice in 2 of 3 choice questions (q1, q2): …',
    }
    const wrapper = mount(ErrorSummary, { props: { errors: [warning], warnings: true } })
    expect(wrapper.get('li').text()).toBe('Questions: The right answer is mostly in the same place')
  })
})
