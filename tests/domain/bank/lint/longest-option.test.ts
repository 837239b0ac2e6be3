import { describe, it } from 'vitest'
import { expectCase, multiple, single, type Case } from './helpers.ts'

const long = 'The Russian military, for its support in the war in Syria'

const cases: Case[] = [
  {
    name: 'reports a key much longer than every distractor',
    questions: [single('Whom did Assad thank?', ['Peskov', long, 'Iran'], long)],
    expected: [{ path: 'questions[0].choices[1]', message: /\d+ characters against at most 6/ }],
  },
  {
    name: 'reports right answers of a multiple-choice question all much longer than the rest',
    questions: [
      multiple(
        'What did Assad do?',
        [long, 'Flew to Sochi on Thursday for talks', 'Wept', 'Sang'],
        [long, 'Flew to Sochi on Thursday for talks'],
      ),
    ],
    expected: [{ path: 'questions[0].choices[1]', message: /every right answer/ }],
  },
  {
    name: 'does not report options of similar length',
    questions: [
      single(
        'Whom did Assad thank?',
        ['The Russian military', 'The Syrian military', 'The Russian people'],
        'The Russian military',
      ),
    ],
    expected: [],
  },
  {
    name: 'does not report a long key when one distractor is as long',
    questions: [
      single(
        'Whom did Assad thank?',
        [long, 'The Syrian army, for its successes on the battlefield'],
        long,
      ),
    ],
    expected: [],
  },
]

describe('longest-option', () => {
  it.each(cases)('$name', (c) => expectCase('longest-option', c))
})
