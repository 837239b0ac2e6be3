import { describe, it } from 'vitest'
import {
  EVIDENCE,
  expectCase,
  matching,
  numeric,
  ordering,
  short,
  single,
  truefalse,
  type Case,
} from './helpers.ts'

const trigger: Case[] = [
  {
    name: 'a count stated with its unit in a later prompt',
    questions: [
      numeric('How many visits to Russia has Assad made?', 3, { unit: 'visits' }),
      single(
        'Which city did Assad see first of his three visits to Russia?',
        ['Moscow', 'Sochi'],
        'Moscow',
        { evidence: EVIDENCE.moscow },
      ),
    ],
    expected: [
      { path: 'questions[0].answer', related: 'questions[1].prompt', message: /prompt of q\d+/ },
    ],
  },
  {
    name: "a short answer named in the set's description",
    set: { description: 'From the fighting to the Thursday meeting in Sochi.' },
    questions: [
      short('On what day of the week did the meeting in Sochi take place?', ['Thursday']),
    ],
    expected: [
      { path: 'questions[0].accepted[0]', related: 'description', message: /description/ },
    ],
  },
  {
    name: 'a choice key stated by a true/false statement',
    questions: [
      single(
        'Whom did Assad thank for its support?',
        ['The Russian military', 'The Syrian military', 'The Russian people'],
        'The Russian military',
        { evidence: EVIDENCE.thanked },
      ),
      truefalse('Assad thanked the Russian military for its support.', true, {
        evidence: EVIDENCE.thanked,
      }),
    ],
    expected: [{ path: 'questions[0].answer', related: 'questions[1].prompt' }],
  },
  {
    name: 'a year given by a matching pair about the same event',
    questions: [
      short('In what year did fighting break out in Syria?', ['2011'], {
        evidence: EVIDENCE.fighting,
      }),
      matching('Match each event with its year.', [
        ['Fighting broke out in Syria', '2011'],
        ['Russia entered the conflict', '2015'],
      ]),
    ],
    expected: [{ path: 'questions[0].accepted[0]', related: 'questions[1].pairs[0]' }],
  },
  {
    name: 'the order of two items told by another prompt with "after"',
    questions: [
      ordering('Put these in the order they happened.', [
        'Fighting breaks out in Syria',
        'Russia launches its military operation',
        'Assad visits Moscow',
      ]),
      truefalse('Assad visited Moscow soon after Russia launched its military operation.', true, {
        evidence: EVIDENCE.moscow,
      }),
    ],
    expected: [{ path: 'questions[0].items', related: 'questions[1].prompt', message: /order of/ }],
  },
]

const clean: Case[] = [
  {
    name: 'a key that is a word of the article title, mentioned everywhere',
    questions: [
      single('Who flew to Sochi on Thursday?', ['Assad', 'Peskov'], 'Assad'),
      short('Whom did Assad thank for its support?', ['the Russian military'], {
        evidence: EVIDENCE.thanked,
      }),
      truefalse('Assad told Putin that stability is improving.', true, {
        evidence: EVIDENCE.stability,
      }),
    ],
    expected: [],
  },
  {
    name: 'a description that names the key together with its distractors',
    set: { description: 'Who said what: Bashar al-Assad, Vladimir Putin and Dmitry Peskov.' },
    questions: [
      single(
        'Who said stability is improving?',
        ['Bashar al-Assad', 'Vladimir Putin', 'Dmitry Peskov'],
        'Bashar al-Assad',
        { evidence: EVIDENCE.stability },
      ),
    ],
    expected: [],
  },
  {
    name: "the key as a mere candidate among another question's choices",
    questions: [
      single(
        'Which spokesman said the meeting took place on Thursday?',
        ['Dmitry Peskov', 'Vladimir Putin'],
        'Dmitry Peskov',
        { evidence: EVIDENCE.peskov },
      ),
      single('Who praised the Syrian military?', ['Putin', 'Dmitry Peskov'], 'Putin', {
        evidence: EVIDENCE.praised,
      }),
    ],
    expected: [],
  },
  {
    name: 'the same number about something else',
    questions: [
      numeric('How many visits to Russia has Assad made?', 3, { unit: 'visits' }),
      truefalse('Three countries took part in the talks.', false),
    ],
    expected: [],
  },
  {
    name: "a year among another question's wrong dates",
    questions: [
      numeric('In what year did fighting break out in Syria?', 2011, {
        evidence: EVIDENCE.fighting,
      }),
      single('When did Assad visit Moscow?', ['October 2015', 'October 2011'], 'October 2015', {
        evidence: EVIDENCE.moscow,
      }),
    ],
    expected: [],
  },
  {
    name: 'two ordering items named without an order word',
    questions: [
      ordering('Put these in the order they happened.', [
        'Fighting breaks out in Syria',
        'Russia launches its military operation',
        'Assad visits Moscow',
      ]),
      truefalse('Assad visited Moscow and Russia launched its military operation.', true, {
        evidence: EVIDENCE.moscow,
      }),
    ],
    expected: [],
  },
]

describe('giveaway', () => {
  it.each(trigger)('reports $name', (c) => expectCase('giveaway', c))
  it.each(clean)('does not report $name', (c) => expectCase('giveaway', c))
})
