import { afterEach, describe, expect, it } from 'vitest'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import ShortForm from '../../../src/components/studio/forms/ShortForm.vue'
import { blankQuestion } from '../../../src/domain/studio/draft.ts'
import { formsOf } from '../../../src/domain/grading/accepted.ts'

enableAutoUnmount(afterEach)

describe('the accepted answers of a short-answer question', () => {
  it('tell the teacher that words in [ ] may be left out, with an example the grader agrees with', () => {
    const wrapper = mount(ShortForm, {
      props: { question: blankQuestion('short', 'k1', 'q1'), field: 'questions[0]' },
    })
    const hint = wrapper.get('.hint').text()
    expect(hint).toContain('Words in [square brackets] may be given or left out')
    // The example says what the grader does with it: both spellings, and no other.
    const example = /“([^”]*\[[^”]*)” accepts “([^”]+)” and “([^”]+)”/.exec(hint)
    expect(example).not.toBeNull()
    const [, pattern, shorter, longer] = example!
    expect(formsOf(pattern!).sort()).toEqual([shorter, longer].sort())
  })
})
