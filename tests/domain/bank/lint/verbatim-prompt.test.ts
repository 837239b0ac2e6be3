import { describe, it } from 'vitest'
import { expectCase, short, truefalse, type Case } from './helpers.ts'

const cases: Case[] = [
  {
    name: 'reports a prompt that copies 12 words of the article in a row',
    questions: [
      truefalse(
        'Assad said: stability is improving, and all that opens the doors to the political.',
        true,
      ),
    ],
    expected: [
      {
        path: 'questions[0].prompt',
        message: /copies 12 words .*“stability is improving and … to the political”/,
      },
    ],
  },
  {
    name: 'ignores case and punctuation when it compares',
    questions: [
      short(
        '"STABILITY IS IMPROVING, and all that opens the doors to the political process": who said so?',
        ['Assad'],
      ),
    ],
    expected: ['questions[0].prompt'],
  },
  {
    name: 'does not report 11 copied words',
    questions: [
      truefalse('Assad said stability is improving, and all that opens the doors to peace.', true),
    ],
    expected: [],
  },
  {
    name: 'does not report a paraphrase',
    questions: [truefalse('According to Assad, things are getting more stable.', true)],
    expected: [],
  },
]

describe('verbatim-prompt', () => {
  it.each(cases)('$name', (c) => expectCase('verbatim-prompt', c))
})
