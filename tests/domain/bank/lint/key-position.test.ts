import { describe, it } from 'vitest'
import { expectCase, multiple, short, single, type Case } from './helpers.ts'

const first = (prompt: string) => single(prompt, ['Sochi', 'Moscow', 'Damascus'], 'Sochi')
const at = (prompt: string, position: number) => {
  const choices = ['Sochi', 'Moscow', 'Damascus']
  return single(prompt, choices, choices[position]!)
}

const cases: Case[] = [
  {
    name: 'reports three choice questions out of three with the key first',
    questions: [first('Where did Assad fly?'), first('Where were the talks?'), first('Where?')],
    expected: [
      { path: 'questions', message: /1st choice in 3 of 3 choice questions \(q\d+, q\d+, q\d+\)/ },
    ],
  },
  {
    name: 'reports a multiple-choice question whose right answers start at the same place',
    questions: [
      at('Where did Assad fly?', 1),
      at('Where were the talks?', 1),
      multiple('Which are cities?', ['Assad', 'Sochi', 'Moscow'], ['Sochi', 'Moscow']),
      at('Where?', 0),
    ],
    expected: [{ path: 'questions', message: /2nd choice in 3 of 4/ }],
  },
  {
    name: 'does not report keys spread over the positions',
    questions: [at('Where did Assad fly?', 0), at('Where were the talks?', 1), at('Where?', 2)],
    expected: [],
  },
  {
    name: 'does not report exactly half',
    questions: [at('A?', 0), at('B?', 0), at('C?', 1), at('D?', 2)],
    expected: [],
  },
  {
    name: 'does not judge a set with fewer than three choice questions',
    questions: [
      first('Where did Assad fly?'),
      first('Where were the talks?'),
      short('Where?', ['Sochi']),
    ],
    expected: [],
  },
]

describe('key-position', () => {
  it.each(cases)('$name', (c) => expectCase('key-position', c))
})
