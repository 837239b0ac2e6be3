import { describe, expect, it } from 'vitest'
import type { Bank, Question } from '../../../src/domain/bank/schema.ts'
import type { QuestionStats } from '../../../src/domain/progress/stats.ts'
import {
  hardQuestions,
  type HardQuestion,
} from '../../../src/components/progress/hard-questions.ts'
import { tagAccuracy } from '../../../src/components/progress/tag-accuracy.ts'

function question(id: string, tags?: string[]): Question {
  const q: Question = {
    id,
    type: 'truefalse',
    prompt: `Prompt ${id}`,
    evidence: 'E.',
    answer: true,
  }
  if (tags) q.tags = tags
  return q
}

function bank(id: string, questions: Question[]): Bank {
  return { schemaVersion: 1, id, title: id, passage: 'p', passMark: 0.5, questions }
}

type Row = [key: string, seen: number, correct: number, unanswered?: number, secondTry?: number]

/** Question statistics from `[setId#qid, seen, correct, unanswered = 0, secondTry = 0]` rows. */
function statsFrom(rows: Row[]) {
  const byKey = new Map(
    rows.map(([key, seen, correct, unanswered = 0, secondTry = 0]): [string, QuestionStats] => {
      const [setId = '', qid = ''] = key.split('#')
      const last = { score: 0, correct: false, at: 0 }
      const scoreSum = correct - secondTry / 2
      const stats = {
        setId,
        qid,
        seen,
        unanswered,
        skipped: 0,
        correct,
        secondTry,
        scoreSum,
        meanTimeMs: 0,
      }
      return [key, { ...stats, last }]
    }),
  )
  return (setId: string, qid: string) => byKey.get(`${setId}#${qid}`)
}

describe('accuracy by topic', () => {
  const a = bank('p/a', [
    question('q1', ['people']),
    question('q2', ['people', 'dates']),
    question('q3'),
  ])
  const b = bank('p/b', [question('q1', ['dates', 'dates']), question('q2', ['places'])])

  it.each([
    {
      // As the results' topic table ranks them: of the same percent, the most marks missed first.
      name: 'adds up every set, weakest first, of equal percents the most marks missed first',
      rows: [
        ['p/a#q1', 4, 1],
        ['p/a#q2', 2, 2],
        ['p/a#q3', 5, 0],
        ['p/b#q1', 2, 0],
      ] as Row[],
      expected: [
        { tag: 'people', score: 3, max: 6, percent: 50 },
        { tag: 'dates', score: 2, max: 4, percent: 50 },
      ],
    },
    {
      name: 'at 0 % everywhere, the topic with the most questions missed first',
      rows: [
        ['p/a#q1', 3, 0],
        ['p/b#q1', 1, 0],
        ['p/b#q2', 2, 0],
      ] as Row[],
      expected: [
        { tag: 'people', score: 0, max: 3, percent: 0 },
        { tag: 'places', score: 0, max: 2, percent: 0 },
        { tag: 'dates', score: 0, max: 1, percent: 0 },
      ],
    },
    {
      name: 'ties on percent and marks missed by name',
      rows: [
        ['p/a#q1', 2, 1],
        ['p/b#q2', 2, 1],
        ['p/b#q1', 4, 2],
      ] as Row[],
      expected: [
        { tag: 'dates', score: 2, max: 4, percent: 50 },
        { tag: 'people', score: 1, max: 2, percent: 50 },
        { tag: 'places', score: 1, max: 2, percent: 50 },
      ],
    },
    {
      name: 'leaves out topics whose questions were never asked',
      rows: [['p/b#q2', 3, 3]] as Row[],
      expected: [{ tag: 'places', score: 3, max: 3, percent: 100 }],
    },
    {
      name: 'counts a question left blank as asked, with no mark, as the results page does',
      rows: [
        ['p/a#q1', 4, 1, 2],
        ['p/b#q2', 2, 0, 2],
      ] as Row[],
      expected: [
        { tag: 'places', score: 0, max: 2, percent: 0 },
        { tag: 'people', score: 1, max: 4, percent: 25 },
      ],
    },
    { name: 'is empty before any answer', rows: [], expected: [] },
  ])('$name', ({ rows, expected }) => {
    expect(tagAccuracy([a, b], statsFrom(rows))).toEqual(expected)
  })
})

describe('hard questions', () => {
  /** A question's row as the list gives it: its id, its prompt and its counts. */
  const hard = (qid: string, counts: Omit<HardQuestion, 'qid' | 'prompt'>): HardQuestion => ({
    qid,
    prompt: `Prompt ${qid}`,
    ...counts,
  })
  const set = bank(
    'p/a',
    ['q1', 'q2', 'q3', 'q4', 'q5'].map((id) => question(id)),
  )

  it('lists the lowest correct rates first, then the most asked, then set order', () => {
    const stats = statsFrom([
      ['p/a#q1', 2, 1],
      ['p/a#q2', 4, 2],
      ['p/a#q3', 3, 0],
      ['p/a#q4', 2, 2],
      ['p/a#q5', 2, 1],
    ])
    expect(hardQuestions(set, (qid) => stats('p/a', qid), 4)).toEqual([
      hard('q3', { answered: 3, correct: 0, secondTry: 0, unanswered: 0, skipped: 0, percent: 0 }),
      hard('q2', { answered: 4, correct: 2, secondTry: 0, unanswered: 0, skipped: 0, percent: 50 }),
      hard('q1', { answered: 2, correct: 1, secondTry: 0, unanswered: 0, skipped: 0, percent: 50 }),
      hard('q5', { answered: 2, correct: 1, secondTry: 0, unanswered: 0, skipped: 0, percent: 50 }),
    ])
  })

  it('counts a blank against a question, but gives the percent of answers given', () => {
    const stats = statsFrom([
      // Right once of twice answered, blank twice: right 1 time in 4, the hardest answered wrong.
      ['p/a#q1', 4, 1, 2],
      ['p/a#q2', 2, 1],
      // Only ever left blank: still listed, never called wrong, after those answered wrong.
      ['p/a#q3', 1, 0, 1],
      // Right each time answered, blank once: after the one never answered.
      ['p/a#q4', 2, 1, 1],
    ])
    expect(hardQuestions(set, (qid) => stats('p/a', qid))).toEqual([
      hard('q1', { answered: 2, correct: 1, secondTry: 0, unanswered: 2, skipped: 0, percent: 50 }),
      hard('q2', { answered: 2, correct: 1, secondTry: 0, unanswered: 0, skipped: 0, percent: 50 }),
      hard('q3', { answered: 0, correct: 0, secondTry: 0, unanswered: 1, skipped: 0, percent: 0 }),
      hard('q4', {
        answered: 1,
        correct: 1,
        secondTry: 0,
        unanswered: 1,
        skipped: 0,
        percent: 100,
      }),
    ])
  })

  it('lists a question right only on the second try, a right second try counting half', () => {
    const stats = statsFrom([
      // Right both times, once only on the second try: 1.5 in 2.
      ['p/a#q1', 2, 2, 0, 1],
      // Right once in 2: 1 in 2, harder.
      ['p/a#q2', 2, 1],
      ['p/a#q4', 2, 2],
    ])
    expect(hardQuestions(set, (qid) => stats('p/a', qid))).toEqual([
      hard('q2', { answered: 2, correct: 1, secondTry: 0, unanswered: 0, skipped: 0, percent: 50 }),
      // Right first time once in 2: the share the list says, "Right first time 1 of 2 times".
      hard('q1', { answered: 2, correct: 2, secondTry: 1, unanswered: 0, skipped: 0, percent: 50 }),
    ])
  })

  it('leaves out questions always answered right, or never asked', () => {
    const stats = statsFrom([['p/a#q4', 2, 2]])
    expect(hardQuestions(set, (qid) => stats('p/a', qid))).toEqual([])
  })
})
