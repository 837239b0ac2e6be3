import { describe, it } from 'vitest'
import { expectCase, matching, ordering, single, type Case } from './helpers.ts'

const cases: Case[] = [
  {
    name: 'reports options that differ only in a possessive or an article',
    questions: [
      single('Whose backing?', ['Moscow', "Moscow's", 'Tehran'], 'Moscow'),
      single('Which region?', ['The Middle East', 'Middle East', 'Europe'], 'Europe'),
    ],
    expected: [
      { path: 'questions[0].choices[1]', related: 'questions[0].choices[0]' },
      { path: 'questions[1].choices[1]', related: 'questions[1].choices[0]' },
    ],
  },
  {
    name: 'reports a spelling trick and reworded items and pairs',
    questions: [
      single(
        'Who is the spokesman?',
        ['Dmitry Peskov', 'Dmitry Peskow', 'Vladimir Putin'],
        'Dmitry Peskov',
      ),
      ordering('Order these.', [
        'Assad visits Moscow',
        'Fighting breaks out',
        'Moscow is visited by Assad',
      ]),
      matching('Match.', [
        ['Thanked the military', 'Assad'],
        ['The military was thanked', 'Putin'],
      ]),
    ],
    expected: ['questions[0].choices[1]', 'questions[1].items[2]', 'questions[2].pairs[1].left'],
  },
  {
    name: 'does not report options that differ in a number',
    questions: [single('When?', ['October 2015', 'October 2011'], 'October 2015')],
    expected: [],
  },
  {
    name: 'does not report options that differ in a word',
    questions: [
      single(
        'Whom did Assad thank?',
        ['The Syrian military', 'The Russian military', 'The Russian people'],
        'The Russian military',
      ),
    ],
    expected: [],
  },
]

describe('near-duplicate-options', () => {
  it.each(cases)('$name', (c) => expectCase('near-duplicate-options', c))
})
