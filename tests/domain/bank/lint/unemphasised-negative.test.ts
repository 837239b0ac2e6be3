import { describe, it } from 'vitest'
import { expectCase, single, truefalse, type Case } from './helpers.ts'

const choices = ['Thank the Russian military', 'Visit Damascus']

const cases: Case[] = [
  {
    name: 'reports "not" in lower case',
    questions: [single('Which of these did Assad not do?', choices, 'Visit Damascus')],
    expected: [{ path: 'questions[0].prompt', message: /“not” .* capitals \(NOT\)/ }],
  },
  {
    name: 'reports "except", "never" and contractions',
    questions: [
      single('All of these happened, except:', choices, 'Visit Damascus'),
      truefalse('Putin never met Assad.', false),
      truefalse("The meeting wasn't announced in advance.", true),
    ],
    expected: [
      { path: 'questions[0].prompt', message: /“except”/ },
      { path: 'questions[1].prompt', message: /“never” .* opposite statement/ },
      { path: 'questions[2].prompt', message: /“wasn't”/ },
    ],
  },
  {
    name: 'does not report a negative in capitals',
    questions: [single('Which of these did Assad NOT do?', choices, 'Visit Damascus')],
    expected: [],
  },
  {
    name: 'does not report a negative inside a quotation',
    questions: [
      truefalse('Assad said the meeting "had not been announced in advance".', false),
      truefalse('Peskov said it “had not been announced”.', true),
    ],
    expected: [],
  },
  {
    name: 'does not report words that merely contain "not"',
    questions: [truefalse('Another leader noted the meeting.', false)],
    expected: [],
  },
]

describe('unemphasised-negative', () => {
  it.each(cases)('$name', (c) => expectCase('unemphasised-negative', c))
})
