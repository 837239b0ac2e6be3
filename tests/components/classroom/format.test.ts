import { describe, expect, it } from 'vitest'
import { indexText, percentText } from '../../../src/components/classroom/format.ts'
import {
  reportCsv,
  REPORT_CSV_COLUMNS,
  studentsCsv,
  STUDENTS_CSV_COLUMNS,
} from '../../../src/domain/classroom/report-csv.ts'
import { discriminationIndex, type SetReport } from '../../../src/domain/classroom/stats.ts'
import { parseCsv } from '../../../src/domain/interop/csv.ts'

describe('percentages on the class report', () => {
  it.each([
    [2 / 3, undefined, '67%'],
    [0.995, undefined, '99%'],
    [0.004, undefined, '1%'],
    [0, undefined, '0%'],
    [null, undefined, '–'],
    [0.696, 0.7, '69%'],
    [0.696, null, '70%'],
    [0.7, 0.7, '70%'],
  ])('%d (pass mark %s) reads %s', (fraction, passMark, text) => {
    expect(percentText(fraction, passMark)).toBe(text)
  })

  it('gives the gradebook the percent the report shows, under the pass mark when it failed', () => {
    const row = (student: string, score: number, passed: boolean) => ({
      student,
      attemptNumber: 1,
      attemptsCounted: 1,
      finishedAt: '2024-05-18T09:10:00.000Z',
      fraction: score / 23,
      score,
      max: 23,
      passed,
    })
    const report = {
      group: { setId: 'a/b', title: 'Dates', version: null, passMark: 0.7 },
      // 16 of 23 is 69.57 %: a fail at 70 %; 2 of 3 of 23 marks, 66.67 %.
      rows: [row('Ana', 16, false), row('Ben', 23 - 23 / 3, false), row('Caro', 17, true)],
    } as unknown as SetReport
    const read = parseCsv(studentsCsv([report], () => ''))
    if (!read.ok) throw new Error(read.reason)
    const column = read.rows[0]!.indexOf(
      'score_percent' satisfies (typeof STUDENTS_CSV_COLUMNS)[number],
    )
    expect(read.rows.slice(1).map((r) => r[column])).toEqual(['69', '67', '74'])
  })
})

describe('how well a question tells strong from weak, on the class report', () => {
  // Five students, the question right for three: their marks on the rest of the set do not lean
  // either way, and the index, exactly 0, is computed as −2.5e-17.
  const zero = discriminationIndex([1, 0, 1, 1, 0], [15, 13, 11, 16, 15])

  it.each([
    [zero, '0.00'],
    [-0.004, '0.00'],
    [-0.149, '−0.15'],
    [0.218, '0.22'],
    [null, '–'],
  ])('%d reads %s', (index, text) => {
    expect(indexText(index)).toBe(text)
  })

  it('is 0.000 in the question report (CSV) when it rounds to nothing, never -0.000', () => {
    const question = (questionId: string, discrimination: number | null) => ({
      questionId,
      type: 'single',
      prompt: questionId,
      n: 5,
      facility: 0.6,
      discrimination,
      flags: [],
      notFullyRight: [],
      shortWithoutWords: 0,
    })
    const report = {
      group: { setId: 'a/b', title: 'Dates', version: null, passMark: 0.7 },
      counted: 5,
      students: 5,
      mean: 0.86,
      median: 0.88,
      passRate: 1,
      questions: [question('q1', zero), question('q2', -0.0004), question('q3', -0.149)],
    } as unknown as SetReport
    const read = parseCsv(reportCsv([report]))
    if (!read.ok) throw new Error(read.reason)
    const column = read.rows[0]!.indexOf(
      'discrimination_index' satisfies (typeof REPORT_CSV_COLUMNS)[number],
    )
    expect(read.rows.slice(1).map((r) => r[column])).toEqual(['0.000', '0.000', '-0.149'])
  })
})
