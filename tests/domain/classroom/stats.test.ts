/**
 * The class report's numbers against values worked out by hand for six students
 * (tests/fixtures/classroom/six-students.ts has the table of marks).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { played } from '../../fixtures/attempts.ts'
import { classAnswers, classBank } from '../../fixtures/classroom/six-students.ts'
import { makeResults, resultsText } from '../../../src/domain/interop/results.ts'
import { resultsCsv } from '../../../src/domain/interop/results-csv.ts'
import { readHandIn, type HandIn } from '../../../src/domain/classroom/handin.ts'
import { collectClass } from '../../../src/domain/classroom/collect.ts'
import { shortfallNote } from '../../../src/domain/classroom/shortfall.ts'
import {
  discriminationIndex,
  orderedQuestions,
  setReport,
  type QuestionReport,
  type SetReport,
} from '../../../src/domain/classroom/stats.ts'

const bankOf = (id: string) => (id === classBank.id ? classBank : undefined)
const NOW = new Date(Date.UTC(2024, 4, 20))

function handIn(name: string, i: number): HandIn {
  const attempt = played(classBank, classAnswers[name]!, { id: `att${i}`, start: i * 60 })
  const read = readHandIn(
    `${name}.json`,
    resultsText(makeResults(name, [attempt], bankOf, 't', NOW)),
    bankOf,
  )
  if (!read.ok) throw new Error(read.reason)
  return read.handIn
}

function report(): SetReport {
  const data = collectClass(Object.keys(classAnswers).map(handIn), bankOf)
  expect(data.groups).toHaveLength(1)
  return setReport(data.groups[0]!)
}

describe('the class report of six students', () => {
  it('has the set figures worked out by hand', () => {
    const r = report()
    expect(r.students).toBe(6)
    expect(r.counted).toBe(6)
    // Mean: (4 + 3 + 3 + 2.5 + 2 + 2) / 6 = 16.5 / 6 = 2.75 marks of 5 = 0.55.
    expect(r.mean).toBeCloseTo(0.55, 10)
    // Median of 0.4, 0.4, 0.5, 0.6, 0.6, 0.8: (0.5 + 0.6) / 2 = 0.55.
    expect(r.median).toBeCloseTo(0.55, 10)
    // Pass mark 60 %: Ana, Ben and Caro pass; 3 of 6 = 0.5.
    expect(r.passRate).toBe(0.5)
    // Bands: 40–49 % Eli, Farid; 50–59 % Dev; 60–69 % Ben, Caro; 80–89 % Ana.
    expect(r.histogram).toEqual([0, 0, 0, 0, 2, 1, 2, 0, 1, 0])
  })

  it('puts each student in the histogram bar of the percent the scores table shows', () => {
    const data = collectClass(Object.keys(classAnswers).map(handIn), bankOf)
    const group = structuredClone(data.groups[0]!)
    const ana = group.attempts.find((a) => a.student === 'Ana')!
    // 3.48 of 5 is 69.6 %: listed as 70 % over a 60 % pass mark, so in the 70–79 bar.
    ana.score = 3.48
    const over = setReport(group)
    expect(over.rows.find((r) => r.student === 'Ana')?.fraction).toBeCloseTo(0.696)
    expect(over.histogram).toEqual([0, 0, 0, 0, 2, 1, 2, 1, 0, 0])
    // Under a 70 % pass mark it failed, is listed as 69 %, and is in the 60–69 bar.
    expect(setReport({ ...group, passMark: 0.7 }).histogram).toEqual([0, 0, 0, 0, 2, 1, 3, 0, 0, 0])
  })

  it('has the facility of each question worked out by hand', () => {
    const facility = report().questions.map((q) => q.facility)
    // Q1 6/6 = 1; Q2 3/6 = 0.5; Q3 3/6 = 0.5; Q4 1/6 ≈ 0.1667; Q5 (0+0+1+½+1+1)/6 = 3.5/6 ≈ 0.5833.
    expect(facility[0]).toBe(1)
    expect(facility[1]).toBe(0.5)
    expect(facility[2]).toBe(0.5)
    expect(facility[3]).toBeCloseTo(1 / 6, 10)
    expect(facility[4]).toBeCloseTo(3.5 / 6, 10)
  })

  it('has the discrimination of each question worked out by hand', () => {
    const d = report().questions.map((q) => q.discrimination)
    // r = Σdx·dy / √(Σdx² · Σdy²), x the question's mark, y the rest of the test (total − x).
    //
    // Q1: everyone has 1, Σdx² = 0: undefined (Moodle leaves it empty too).
    expect(d[0]).toBeNull()
    // Q2: x = 1 1 1 0 0 0, mean ½, dx = ±½.
    //     y = 3 2 2 2.5 2 2 (Ana 4−1, Ben 3−1, Caro 3−1, Dev 2.5, Eli 2, Farid 2), mean 13.5/6 = 2.25,
    //     dy = .75 −.25 −.25 .25 −.25 −.25.
    //     Σdx·dy = ½(.75 − .25 − .25) − ½(.25 − .25 − .25) = .125 + .125 = .25
    //     Σdx² = 6 · ¼ = 1.5;  Σdy² = .5625 + 5 · .0625 = .875
    //     r = .25 / √(1.5 · .875) = .25 / √1.3125 = .25 / 1.14564 = 0.21822
    expect(d[1]).toBeCloseTo(0.21822, 5)
    // Q3: x = 1 1 0 1 0 0, dx = ½ ½ −½ ½ −½ −½.
    //     y = 3 2 3 1.5 2 2, mean 13.5/6 = 2.25, dy = .75 −.25 .75 −.75 −.25 −.25.
    //     Σdx·dy = ½(.75 − .25 − .75) − ½(.75 − .25 − .25) = −.125 − .125 = −.25
    //     Σdx² = 1.5;  Σdy² = .5625 · 3 + .0625 · 3 = 1.875
    //     r = −.25 / √(1.5 · 1.875) = −.25 / √2.8125 = −.25 / 1.67705 = −0.14907
    expect(d[2]).toBeCloseTo(-0.14907, 5)
    // Q4: x = 1 0 0 0 0 0, mean 1/6, dx = 5/6 then −1/6 five times.
    //     y = 3 3 3 2.5 2 2, mean 15.5/6 = 31/12, dy (in twelfths) = 5 5 5 −1 −7 −7.
    //     Σdx·dy = (5/6)(5/12) − (1/6)(5 + 5 − 1 − 7 − 7)/12 = 25/72 + 5/72 = 30/72 = 5/12
    //     Σdx² = 25/36 + 5/36 = 5/6;  Σdy² = (25 · 3 + 1 + 49 · 2)/144 = 174/144
    //     r = (5/12) / √(5/6 · 174/144) = .416667 / √1.006944 = .416667 / 1.003466 = 0.41523
    expect(d[3]).toBeCloseTo(0.41523, 5)
    // Q5: x = 0 0 1 ½ 1 1, mean 3.5/6 = 7/12, dx (in twelfths) = −7 −7 5 −1 5 5.
    //     y = 4 3 2 2 1 1, mean 13/6, dy (in sixths) = 11 5 −1 −1 −7 −7.
    //     Σdx·dy = (−77 − 35 − 5 + 1 − 35 − 35)/72 = −186/72 = −2.58333
    //     Σdx² = (49 + 49 + 25 + 1 + 25 + 25)/144 = 174/144 = 1.20833
    //     Σdy² = (121 + 25 + 1 + 1 + 49 + 49)/36 = 246/36 = 6.83333
    //     r = −2.58333 / √(1.20833 · 6.83333) = −2.58333 / √8.25694 = −2.58333 / 2.87349 = −0.89902
    expect(d[4]).toBeCloseTo(-0.89902, 5)
  })

  it('flags facility under 0.3 or over 0.95 and discrimination under 0.2', () => {
    expect(report().questions.map((q) => q.flags)).toEqual([
      ['easy'], // facility 1 > 0.95
      [], // facility 0.5, discrimination 0.218 ≥ 0.2
      ['weak'], // discrimination −0.149 < 0.2
      ['hard'], // facility 0.167 < 0.3
      ['weak'], // discrimination −0.899 < 0.2
    ])
  })

  it('flags nothing with fewer than 5 students: one student’s answer would decide it', () => {
    const few = (names: string[]) =>
      setReport(collectClass(names.map(handIn), bankOf).groups[0]!).questions.map((q) => q.flags)
    expect(few(['Ana'])).toEqual([[], [], [], [], []])
    expect(few(['Ana', 'Ben', 'Caro', 'Dev'])).toEqual([[], [], [], [], []])
    expect(few(['Ana', 'Ben', 'Caro', 'Dev', 'Eli']).flat()).not.toEqual([])
  })

  it('lists the commonest answers short of full marks, and why each fell short', () => {
    const short = report().questions.map((q) =>
      q.notFullyRight.map((w) => [
        w.blank ? '(left blank)' : w.response,
        w.count,
        shortfallNote(w.shortfall),
      ]),
    )
    expect(short[0]).toEqual([])
    // Q2: Dev and Eli chose Peskov, Farid Lavrov.
    expect(short[1]).toEqual([
      ['Peskov', 2, null],
      ['Lavrov', 1, null],
    ])
    // Q4: Ben, Caro, Dev typed Putin; Eli Lavrov; Farid nothing. At most three are listed.
    expect(short[3]).toEqual([
      ['Putin', 3, null],
      ['Lavrov', 1, null],
      ['(left blank)', 1, null],
    ])
    // Q5: Dev's "Syria" is right, only incomplete: it earned half and is not listed as wrong.
    expect(short[4]).toEqual([
      ['Iran', 1, null],
      ['Syria', 1, 'Incomplete — missing “Russia”'],
      ['Syria; Iran', 1, null],
    ])
  })

  it('never counts the typed words "Left blank" with the blanks', () => {
    const answers: typeof classAnswers = {
      ...classAnswers,
      Ben: { ...classAnswers.Ben!, q4: 'Left blank' },
    }
    const data = collectClass(
      Object.keys(answers).map((name, i) => {
        const attempt = played(classBank, answers[name]!, { id: `att${i}`, start: i * 60 })
        const file = resultsText(makeResults(name, [attempt], bankOf, 't', NOW))
        const read = readHandIn(`${name}.json`, file, bankOf)
        if (!read.ok) throw new Error(read.reason)
        return read.handIn
      }),
      bankOf,
    )
    const q4 = setReport(data.groups[0]!).questions[3]!
    expect(q4.notFullyRight.map((w) => [w.response, w.blank, w.count])).toEqual([
      ['Putin', false, 2],
      ['Lavrov', false, 1],
      ['Left blank', false, 1],
    ])
  })

  it('counts a hand-made CSV row left blank, with no words, as left blank', () => {
    // Farid left Q4 blank. A teacher's spreadsheet writes left_blank true and leaves the response
    // empty, where Passage writes "Left blank": it is the same blank, not an answer missing.
    const attempt = played(classBank, classAnswers.Farid!, { id: 'att5', start: 300 })
    const lines = resultsCsv(makeResults('Farid', [attempt], bankOf, 't', NOW)).split('\r\n')
    const q4 = lines.findIndex((l) => l.includes(',q4,'))
    expect(lines[q4]).toContain(',Left blank,')
    lines[q4] = lines[q4]!.replace(',Left blank,', ',,')
    const read = readHandIn('farid.csv', lines.join('\r\n'), bankOf)
    if (!read.ok) throw new Error(read.reason)
    const names = Object.keys(classAnswers).filter((n) => n !== 'Farid')
    const data = collectClass([...names.map(handIn), read.handIn], bankOf)
    const q = setReport(data.groups[0]!).questions[3]!
    expect(q.shortWithoutWords).toBe(0)
    expect(q.notFullyRight.map((w) => [w.blank ? '(left blank)' : w.response, w.count])).toEqual([
      ['Putin', 3],
      ['Lavrov', 1],
      ['(left blank)', 1],
    ])
  })

  it('lists each student with their counted score', () => {
    expect(report().rows.map((r) => [r.student, r.score, r.passed])).toEqual([
      ['Ana', 4, true],
      ['Ben', 3, true],
      ['Caro', 3, true],
      ['Dev', 2.5, false],
      ['Eli', 2, false],
      ['Farid', 2, false],
    ])
  })
})

describe('which attempts count', () => {
  // Ana practised first (feedback, second tries), then took the test with Eli's answers, then
  // practised again with everything right; Ben only practised.
  const ana = [
    played(classBank, classAnswers.Ana!, { id: 'anaPractice1', start: 0, mode: 'practice' }),
    played(classBank, classAnswers.Eli!, { id: 'anaTest', start: 600 }),
    played(classBank, classAnswers.Ana!, { id: 'anaPractice2', start: 1200, mode: 'practice' }),
  ]
  const ben = [played(classBank, classAnswers.Ben!, { id: 'benPractice', mode: 'practice' })]
  const group = () => {
    const files = (
      [
        ['Ana', ana],
        ['Ben', ben],
      ] as const
    ).map(([name, attempts]) => {
      const read = readHandIn(
        `${name}.json`,
        resultsText(makeResults(name, attempts, bankOf, 't', NOW)),
        bankOf,
      )
      if (!read.ok) throw new Error(read.reason)
      return read.handIn
    })
    return collectClass(files, bankOf).groups[0]!
  }

  it.each(['first', 'best', 'last'] as const)(
    "counts a student's test, not their practice, as the %s attempt; practice counts when there is no test",
    (policy) => {
      const rows = setReport(group(), policy).rows
      expect(rows.map((r) => [r.student, r.attemptId, r.practice])).toEqual([
        ['Ana', 'anaTest', false],
        ['Ben', 'benPractice', true],
      ])
    },
  )

  it('counts every attempt, practice too, when asked for every attempt', () => {
    const rows = setReport(group(), 'all').rows
    expect(rows.map((r) => [r.attemptId, r.practice])).toEqual([
      ['anaPractice1', true],
      ['anaTest', false],
      ['anaPractice2', true],
      ['benPractice', true],
    ])
  })
})

describe('the discrimination index', () => {
  it.each([
    ['one attempt', [1], [3], null],
    ['no spread in the question', [1, 1, 1], [1, 2, 3], null],
    ['no spread in the rest', [0, 1, 1], [2, 2, 2], null],
    ['perfect agreement', [0, 1], [1, 2], 1],
    ['perfect disagreement', [0, 1], [2, 1], -1],
  ])('%s', (_name, x, y, r) => {
    const d = discriminationIndex(x, y)
    if (r === null) expect(d).toBeNull()
    else expect(d).toBeCloseTo(r, 10)
  })
})

describe('the order of the report’s questions', () => {
  const question = (questionId: string, facility: number | null): QuestionReport => ({
    questionId,
    prompt: null,
    type: null,
    n: facility === null ? 0 : 6,
    facility,
    discrimination: null,
    flags: [],
    notFullyRight: [],
    shortWithoutWords: 0,
    markedRight: 0,
  })

  it('lists the six students’ set hardest first, each question keeping its number in the set', () => {
    const hardest = orderedQuestions(report().questions, 'hardest')
    // Facilities 1, 0.5, 0.5, 1/6, 3.5/6: Q4, then Q2 and Q3 in set order, Q5, Q1.
    expect(hardest.map((q) => [q.number, q.question.questionId])).toEqual([
      [4, 'q4'],
      [2, 'q2'],
      [3, 'q3'],
      [5, 'q5'],
      [1, 'q1'],
    ])
    expect(orderedQuestions(report().questions, 'set').map((q) => q.number)).toEqual([
      1, 2, 3, 4, 5,
    ])
  })

  it('puts a question nobody answered last, and leaves the report’s own list alone', () => {
    const questions = [
      question('a', null),
      question('b', 0.9),
      question('c', null),
      question('d', 0),
    ]
    const hardest = orderedQuestions(questions, 'hardest')
    expect(hardest.map((q) => q.question.questionId)).toEqual(['d', 'b', 'a', 'c'])
    expect(questions.map((q) => q.questionId)).toEqual(['a', 'b', 'c', 'd'])
  })

  it('is a stable ordering by facility for any facilities (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }), {
          maxLength: 40,
        }),
        (facilities) => {
          const questions = facilities.map((f, i) => question(`q${i}`, f))
          const out = orderedQuestions(questions, 'hardest')
          expect(out.map((q) => q.number).sort((a, b) => a - b)).toEqual(
            questions.map((_, i) => i + 1),
          )
          for (let i = 1; i < out.length; i++) {
            const [a, b] = [out[i - 1]!, out[i]!]
            const [x, y] = [a.question.facility, b.question.facility]
            if (x === null) expect(y).toBeNull()
            if (x !== null && y !== null) expect(x).toBeLessThanOrEqual(y)
            if (x === y) expect(a.number).toBeLessThan(b.number)
          }
        },
      ),
    )
  })
})
