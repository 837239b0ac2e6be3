import { describe, it } from 'vitest'
import { expectCase, short, single, truefalse, type Case } from './helpers.ts'

const cases: Case[] = [
  {
    name: 'reports the same question asked twice with the same key',
    questions: [
      single('Where did Assad fly on Thursday?', ['Sochi', 'Moscow'], 'Sochi'),
      single('On Thursday, where did Assad fly?', ['Moscow', 'Sochi'], 'Sochi'),
    ],
    expected: [
      { path: 'questions[1].prompt', related: 'questions[0].prompt', message: /already asks/ },
    ],
  },
  {
    name: 'reports it across question types',
    questions: [
      single('Where did Assad fly on Thursday?', ['Sochi', 'Moscow'], 'Sochi'),
      short('Where did Assad fly on Thursday?', ['sochi', 'in Sochi']),
    ],
    expected: ['questions[1].prompt'],
  },
  {
    name: 'does not report the same key asked about different things',
    questions: [
      single('Where did Assad fly on Thursday?', ['Sochi', 'Moscow'], 'Sochi'),
      short('Which Black Sea resort is named in the article?', ['Sochi']),
    ],
    expected: [],
  },
  {
    name: 'does not report the same statement with opposite keys',
    questions: [
      truefalse('Assad flew to Sochi on Thursday.', true),
      truefalse('Assad flew to Sochi on Friday.', false),
    ],
    expected: [],
  },
]

describe('duplicate-question', () => {
  it.each(cases)('$name', (c) => expectCase('duplicate-question', c))
})
