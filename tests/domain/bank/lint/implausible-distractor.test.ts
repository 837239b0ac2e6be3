import { describe, expect, it } from 'vitest'
import { kindOf } from '../../../../src/domain/bank/lint/kinds.ts'
import { expectCase, multiple, single, type Case } from './helpers.ts'

const cases: Case[] = [
  {
    name: 'reports a year among places',
    questions: [single('Where did Assad fly?', ['Sochi', 'Moscow', '2015'], 'Sochi')],
    expected: [
      { path: 'questions[0].choices[2]', message: /“2015” is a year, but the key is a place/ },
    ],
  },
  {
    name: 'reports a person among places and a place among people',
    questions: [
      single('Where did Assad fly?', ['Sochi', 'Vladimir Putin', 'Damascus'], 'Sochi'),
      multiple(
        'Who met?',
        ['Bashar al-Assad', 'Vladimir Putin', 'Tehran'],
        ['Bashar al-Assad', 'Vladimir Putin'],
      ),
    ],
    expected: ['questions[0].choices[1]', 'questions[1].choices[2]'],
  },
  {
    name: 'does not report a year among dates',
    questions: [
      single('When did Assad visit Moscow?', ['October 2015', '2011', 'March'], 'October 2015'),
    ],
    expected: [],
  },
  {
    name: 'does not report options whose kind it cannot tell',
    questions: [
      single('Who flew to Sochi?', ['Assad', 'Sochi', 'The Kremlin'], 'Assad'),
      single('Whom did Assad thank?', ['The Russian military', 'Moscow'], 'The Russian military'),
    ],
    expected: [],
  },
]

describe('implausible-distractor', () => {
  it.each(cases)('$name', (c) => expectCase('implausible-distractor', c))

  it.each([
    ['2015', 'year'],
    ['October 2015', 'date'],
    ['Thursday, 17 May', 'date'],
    ['3 visits', 'number'],
    ['three', 'number'],
    ['The Middle East', 'place'],
    ["Moscow's", 'place'],
    ['The Black Sea region', 'place'],
    ['Bashar al-Assad', 'person'],
    ['Dmitry Peskov', 'person'],
    ['Syrian President', undefined],
    ['Kremlin spokesman', undefined],
    ['The Syrian military', undefined],
    ['Assad', undefined],
  ])('tells that %j is %s', (text, kind) => {
    expect(kindOf(text)).toBe(kind)
  })
})
