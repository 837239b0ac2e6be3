import { describe, it } from 'vitest'
import { expectCase, multiple, single, type Case } from './helpers.ts'

const cases: Case[] = [
  {
    name: 'reports "All of the above"',
    questions: [single('Who met?', ['Assad', 'Putin', 'All of the above'], 'All of the above')],
    expected: [{ path: 'questions[0].choices[2]', message: /“All of the above”/ }],
  },
  {
    name: 'reports "None of these." and "both of the above" in any case',
    questions: [
      single('Who met?', ['Assad', 'Peskov', 'None of these.'], 'Assad'),
      multiple('Who met?', ['Assad', 'Putin', 'BOTH OF THE ABOVE'], ['Assad', 'Putin']),
    ],
    expected: ['questions[0].choices[2]', 'questions[1].choices[2]'],
  },
  {
    name: 'does not report options that only start with "all" or "none"',
    questions: [
      single('Who met?', ['All three leaders', 'None but Assad and Putin', 'Nobody'], 'Nobody'),
    ],
    expected: [],
  },
]

describe('all-none-of-the-above', () => {
  it.each(cases)('$name', (c) => expectCase('all-none-of-the-above', c))
})
