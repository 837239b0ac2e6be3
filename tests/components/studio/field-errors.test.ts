import { afterEach, describe, expect, it } from 'vitest'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import ChoicesForm from '../../../src/components/studio/forms/ChoicesForm.vue'
import MatchingForm from '../../../src/components/studio/forms/MatchingForm.vue'
import TrueFalseForm from '../../../src/components/studio/forms/TrueFalseForm.vue'
import ListEditor from '../../../src/components/studio/ListEditor.vue'
import { EDITOR_MESSAGES, type EditorMessages } from '../../../src/components/studio/messages.ts'
import { blankQuestion, type DraftQuestion } from '../../../src/domain/studio/draft.ts'
import type { FieldMessage } from '../../../src/domain/studio/validate.ts'

enableAutoUnmount(afterEach)

/** The editor's messages: an error at each of `fields`, nothing elsewhere. */
function errorsAt(...fields: string[]): EditorMessages {
  const error = (field: string): FieldMessage => ({
    field,
    where: field,
    message: 'must not be empty',
  })
  return {
    at: (field) => ({ errors: fields.includes(field) ? [error(field)] : [], warnings: [] }),
  }
}

function form(component: object, props: Record<string, unknown>, messages: EditorMessages) {
  return mount(component, {
    props,
    global: { provide: { [EDITOR_MESSAGES as symbol]: messages } },
    attachTo: document.body,
  })
}
type Wrapper = ReturnType<typeof form>

/** The input's error as a screen reader hears it: invalid, described by its message. */
function errorOf(wrapper: Wrapper, id: string) {
  const input = wrapper.get(`#${id}`)
  const described = (input.attributes('aria-describedby') ?? '').split(' ').filter(Boolean)
  return {
    invalid: input.attributes('aria-invalid'),
    description: described.map((d) => wrapper.get(`#${d}`).text()).join(' '),
  }
}

const field = 'questions[0]'
const question = (type: DraftQuestion['type']) => blankQuestion(type, 'k0', 'q1')

describe('an error in the set editor is tied to its field', () => {
  it('on an option, and on the right-answer ticks when none is chosen', () => {
    const wrapper = form(
      ChoicesForm,
      { question: question('single'), field },
      errorsAt(`${field}.choices[0]`, `${field}.answer`),
    )
    expect(errorOf(wrapper, 'f-questions-0-choices-0')).toEqual({
      invalid: 'true',
      description: 'Error: Must not be empty',
    })
    // Option 1's tick carries the answer's id, for the error summary's link.
    for (const id of ['f-questions-0-answer', 'f-questions-0-choices-1-right'])
      expect(errorOf(wrapper, id)).toEqual({
        invalid: 'true',
        description: 'Error: Must not be empty',
      })
    expect(errorOf(wrapper, 'f-questions-0-choices-1')).toEqual({
      invalid: undefined,
      description: '',
    })
  })

  it('on an item of a list', () => {
    const wrapper = form(
      ListEditor,
      {
        field: `${field}.items`,
        legend: 'Items',
        itemName: 'item',
        items: ['Moscow', ''],
        min: 2,
      },
      errorsAt(`${field}.items[1]`),
    )
    expect(errorOf(wrapper, 'f-questions-0-items-1')).toEqual({
      invalid: 'true',
      description: 'Error: Must not be empty',
    })
    expect(errorOf(wrapper, 'f-questions-0-items-0').invalid).toBeUndefined()
  })

  it('on a side of a matching pair, and on both sides for the pair', () => {
    const wrapper = form(
      MatchingForm,
      { question: question('matching'), field },
      errorsAt(`${field}.pairs[0].right`, `${field}.pairs[1]`),
    )
    expect(errorOf(wrapper, 'f-questions-0-pairs-0-right')).toEqual({
      invalid: 'true',
      description: 'Error: Must not be empty',
    })
    expect(errorOf(wrapper, 'f-questions-0-pairs-0-left').invalid).toBeUndefined()
    for (const side of ['left', 'right'])
      expect(errorOf(wrapper, `f-questions-0-pairs-1-${side}`)).toEqual({
        invalid: 'true',
        description: 'Error: Must not be empty',
      })
  })

  it('on true and false when neither is chosen', () => {
    const wrapper = form(
      TrueFalseForm,
      { question: question('truefalse'), field },
      errorsAt(`${field}.answer`),
    )
    for (const id of ['f-questions-0-answer', 'f-questions-0-answer-false'])
      expect(errorOf(wrapper, id)).toEqual({
        invalid: 'true',
        description: 'Error: Must not be empty',
      })
  })
})
