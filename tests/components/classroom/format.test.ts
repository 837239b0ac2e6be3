import { describe, expect, it } from 'vitest'
import { percentText } from '../../../src/components/classroom/format.ts'
import { studentsCsv, STUDENTS_CSV_COLUMNS } from '../../../src/domain/classroom/report-csv.ts'
import type { SetReport } from '../../../src/domain/classroom/stats.ts'
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
