import { describe, it } from 'vitest'
import { EVIDENCE, expectCase, numeric, single, type Case } from './helpers.ts'

const cases: Case[] = [
  {
    name: 'reports an explanation that is the evidence again',
    questions: [
      single('Where did Assad fly?', ['Sochi', 'Moscow'], 'Sochi', {
        explanation: 'Assad flew to Sochi on Thursday for talks with Putin.',
      }),
    ],
    expected: [{ path: 'questions[0].explanation', message: /only repeats the evidence/ }],
  },
  {
    name: 'reports a quote of it cut short, in other case and punctuation, from any of its quotes',
    questions: [
      numeric('How many visits has Assad made to Russia?', 3, {
        evidence: [EVIDENCE.sochi, EVIDENCE.visits],
        explanation: '"ASSAD HAS MADE three visits …"',
      }),
    ],
    expected: ['questions[0].explanation'],
  },
  {
    name: 'does not report an explanation that says why',
    questions: [
      single('Where did Assad fly?', ['Sochi', 'Moscow'], 'Sochi', {
        explanation: 'He flew to Sochi; Moscow is where he went in 2015, not this time.',
      }),
    ],
    expected: [],
  },
]

describe('explanation-echo', () => {
  it.each(cases)('$name', (c) => expectCase('explanation-echo', c))
})
