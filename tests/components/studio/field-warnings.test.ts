import { afterEach, describe, expect, it } from 'vitest'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import FieldNotes from '../../../src/components/studio/FieldNotes.vue'
import { EDITOR_MESSAGES, type EditorMessages } from '../../../src/components/studio/messages.ts'
import type { FieldMessage } from '../../../src/domain/studio/validate.ts'

enableAutoUnmount(afterEach)

const field = 'questions[0].choices[1]'
const warning: FieldMessage = {
  field,
  where: 'Question 1, option 2',
  message: 'has no evidence, so students cannot be shown the sentence that proves the answer',
  rule: 'evidence-missing',
}

function notes(warnings: FieldMessage[]) {
  const messages: EditorMessages = { at: () => ({ errors: [], warnings }) }
  return mount(FieldNotes, {
    props: { field },
    global: { provide: { [EDITOR_MESSAGES as symbol]: messages } },
  })
}

describe('a warning beside its field', () => {
  it('says what the check found as a sentence, without the rule’s name in brackets', () => {
    const wrapper = notes([warning])
    expect(wrapper.get('.field-warning').text()).toBe(
      'Warning: Has no evidence, so students cannot be shown the sentence that proves the answer',
    )
  })
})
