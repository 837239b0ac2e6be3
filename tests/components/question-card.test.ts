import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import QuestionCard from '../../src/components/quiz/QuestionCard.vue'
import type { Question } from '../../src/domain/bank/schema.ts'
import type { AnyResponse } from '../../src/domain/grading/types.ts'

const evidence = 'Assad told Putin.'

function mountCard(question: Question, response: AnyResponse, shown: string[] = []) {
  return mount(QuestionCard, { props: { question, response, shown } })
}

describe('a question on screen', () => {
  it('is a fieldset whose legend is the prompt, with a labelled radio per choice in the shown order', async () => {
    const question: Question = {
      id: 'q',
      type: 'single',
      prompt: 'Who spoke first?',
      choices: ['Assad', 'Putin', 'Peskov'],
      answer: 'Assad',
      evidence,
    }
    const wrapper = mountCard(question, null, ['Peskov', 'Assad', 'Putin'])
    expect(wrapper.get('fieldset legend').text()).toBe('Who spoke first?')
    const labels = wrapper.findAll('label').map((l) => l.text())
    expect(labels).toEqual(['1 Peskov', '2 Assad', '3 Putin'])
    for (const input of wrapper.findAll('input[type=radio]')) {
      expect(wrapper.find(`label[for="${input.attributes('id')}"]`).exists()).toBe(true)
    }
    await wrapper.findAll('input[type=radio]')[1]!.setValue()
    expect(wrapper.emitted('respond')).toEqual([['Assad']])
  })

  it('emits the typed text of a number answer', async () => {
    const question: Question = {
      id: 'n',
      type: 'numeric',
      prompt: 'Which year?',
      answer: 2015,
      evidence,
    }
    const wrapper = mountCard(question, '')
    await wrapper.get('input').setValue(' 2015 ')
    expect(wrapper.emitted('respond')).toEqual([[' 2015 ']])
    expect(wrapper.get('label').text()).toBe('Your answer (a number)')
  })

  it('renders a prompt containing markup as text', () => {
    const question: Question = {
      id: 't',
      type: 'truefalse',
      prompt: '<b onclick="x()">Bold</b> claim',
      answer: true,
      evidence,
    }
    const wrapper = mountCard(question, null)
    expect(wrapper.find('b').exists()).toBe(false)
    expect(wrapper.get('legend').text()).toContain('<b onclick="x()">Bold</b> claim')
  })
})
