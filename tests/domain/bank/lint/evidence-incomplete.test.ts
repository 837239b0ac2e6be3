import { describe, it } from 'vitest'
import { EVIDENCE, expectCase, matching, multiple, ordering, single, type Case } from './helpers.ts'

const did = () =>
  multiple(
    'What did Assad do, according to the article?',
    ['Thanked the Russian military', 'Said that stability is improving', 'Visited Damascus'],
    ['Thanked the Russian military', 'Said that stability is improving'],
    { evidence: EVIDENCE.thanked },
  )

const cases: Case[] = [
  {
    name: 'reports a right choice that the only quote does not prove',
    questions: [did()],
    expected: [
      {
        path: 'questions[0].answers[1]',
        message:
          /^“Said that stability is improving” is right, but the evidence quote does not show it, so /,
      },
    ],
  },
  {
    name: 'says "none of the quotes shows it", without a double negative, for several quotes',
    questions: [{ ...did(), evidence: [EVIDENCE.thanked, EVIDENCE.moscow] }],
    expected: [
      {
        path: 'questions[0].answers[1]',
        message: /is right, but none of the evidence quotes shows it, so “Show in the article”/,
      },
    ],
  },
  {
    name: 'leaves a question with no evidence yet to the one message that asks for it',
    questions: [{ ...did(), evidence: undefined }],
    expected: [],
  },
  {
    name: 'reports matching pairs and ordering items without a quote',
    questions: [
      matching(
        'Match each person with what they did.',
        [
          ['Thanked the Russian military', 'Assad'],
          ['Praised the Syrian military', 'Putin'],
        ],
        { evidence: EVIDENCE.thanked },
      ),
      ordering('Put these in order.', ['Fighting breaks out in Syria', 'Assad visits Moscow'], {
        evidence: EVIDENCE.moscow,
      }),
    ],
    expected: [
      { path: 'questions[0].pairs[1]', message: /“Praised the Syrian military” → “Putin”/ },
      'questions[1].items[0]',
    ],
  },
  {
    name: 'does not report when a list of quotes proves every right answer',
    questions: [{ ...did(), evidence: [EVIDENCE.thanked, EVIDENCE.stability] }],
    expected: [],
  },
  {
    name: 'does not report single-fact question types',
    questions: [
      single(
        'What did Assad do?',
        ['Said that stability is improving', 'Visited Damascus'],
        'Said that stability is improving',
        {
          evidence: EVIDENCE.thanked,
        },
      ),
    ],
    expected: [],
  },
]

describe('evidence-incomplete', () => {
  it.each(cases)('$name', (c) => expectCase('evidence-incomplete', c))
})
