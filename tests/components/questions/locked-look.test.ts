/**
 * A locked question (checked, or waiting on "1 skipped — answer it now?") as the quiz's own styles
 * draw it: reading.css, the runners' sheet, applied to the mounted question.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import MultipleQuestion from '../../../src/components/questions/MultipleQuestion.vue'
import SingleQuestion from '../../../src/components/questions/SingleQuestion.vue'
import TrueFalseQuestion from '../../../src/components/questions/TrueFalseQuestion.vue'

const PANEL = 'rgb(1, 2, 3)'
const style = document.createElement('style')
beforeAll(() => {
  // The panel's colour stands in for main.css's token, so the test can tell it from others.
  style.textContent =
    `:root { --panel: ${PANEL}; }\n` +
    readFileSync(resolve(import.meta.dirname, '../../../src/styles/reading.css'), 'utf8')
  document.head.append(style)
})
afterAll(() => style.remove())
enableAutoUnmount(afterEach)

const evidence = 'Assad told Putin.'
const cases = [
  {
    name: 'single choice',
    mountIt: (disabled: boolean) =>
      mount(SingleQuestion, {
        props: {
          question: {
            id: 'q',
            type: 'single',
            prompt: 'Who?',
            choices: ['Assad', 'Putin', 'Peskov'],
            answer: 'Assad',
            evidence,
          },
          shown: ['Assad', 'Putin', 'Peskov'],
          modelValue: 'Putin',
          disabled,
        },
        attachTo: document.body,
      }),
  },
  {
    name: 'multiple choice',
    mountIt: (disabled: boolean) =>
      mount(MultipleQuestion, {
        props: {
          question: {
            id: 'q',
            type: 'multiple',
            prompt: 'Who?',
            choices: ['Assad', 'Putin', 'Peskov'],
            answers: ['Assad', 'Putin'],
            evidence,
          },
          shown: ['Assad', 'Putin', 'Peskov'],
          modelValue: ['Putin'],
          disabled,
        },
        attachTo: document.body,
      }),
  },
  {
    name: 'true or false',
    mountIt: (disabled: boolean) =>
      mount(TrueFalseQuestion, {
        props: {
          question: { id: 'q', type: 'truefalse', prompt: 'Assad spoke.', answer: true, evidence },
          modelValue: false,
          disabled,
        },
        attachTo: document.body,
      }),
  },
]

function look(wrapper: ReturnType<(typeof cases)[number]['mountIt']>) {
  const cards = wrapper.findAll('.choice')
  const unchosen = cards.find((card) => !card.find('input:checked').exists())!
  const chosen = cards.find((card) => card.find('input:checked').exists())!
  return {
    cursor: getComputedStyle(wrapper.get('label').element).cursor,
    digits: wrapper.findAll('.choice-key').map((key) => getComputedStyle(key.element).display),
    unchosen: getComputedStyle(unchosen.element).backgroundColor,
    chosen: getComputedStyle(chosen.element).backgroundColor,
  }
}

describe.each(cases)('a locked $name question', ({ mountIt }) => {
  it('offers no hand, no digit keys, and sets the options not chosen back on the panel', () => {
    const locked = look(mountIt(true))
    expect(locked.cursor).toBe('default')
    expect(locked.digits.every((display) => display === 'none')).toBe(true)
    expect(locked.unchosen).toBe(PANEL)
    // The student's own answer keeps its tint (main.css), not the locked options' panel.
    expect(locked.chosen).not.toBe(PANEL)
  })

  it('looks as it did while the question is open', () => {
    const open = look(mountIt(false))
    expect(open.cursor).not.toBe('default')
    expect(open.digits.some((display) => display === 'none')).toBe(false)
    expect(open.unchosen).not.toBe(PANEL)
  })
})
