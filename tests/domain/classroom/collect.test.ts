import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { played } from '../../fixtures/attempts.ts'
import { classAnswers, classBank } from '../../fixtures/classroom/six-students.ts'
import { quizBank, right } from '../quiz/bank.ts'
import { makeResults, resultsText } from '../../../src/domain/interop/results.ts'
import { resultsCsv } from '../../../src/domain/interop/results-csv.ts'
import { backupText, makeBackup } from '../../../src/domain/progress/backup.ts'
import { recordAttempt } from '../../../src/domain/progress/record.ts'
import { emptyProgress } from '../../../src/domain/progress/schema.ts'
import type { Attempt } from '../../../src/domain/progress/codec.ts'
import { readHandIn, type HandIn } from '../../../src/domain/classroom/handin.ts'
import { alikeNames, collectClass, studentKey } from '../../../src/domain/classroom/collect.ts'
import { setReport } from '../../../src/domain/classroom/stats.ts'
import { reportCsv } from '../../../src/domain/classroom/report-csv.ts'
import { parseCsv } from '../../../src/domain/interop/csv.ts'

const other = quizBank()
const banks = [classBank, other]
const bankOf = (id: string) => banks.find((b) => b.id === id)
const NOW = new Date(Date.UTC(2024, 4, 20))

const attemptOf = (name: string, id: string, start = 0) =>
  played(classBank, classAnswers[name]!, { id, start })
const json = (name: string, attempts: Attempt[]) =>
  resultsText(makeResults(name, attempts, bankOf, 't', NOW))
const backup = (attempts: Attempt[]) =>
  backupText(
    makeBackup(
      { progress: attempts.reduce((d, a) => recordAttempt(d, a), emptyProgress()) },
      't',
      NOW,
    ),
  )

function read(file: string, text: string): HandIn {
  const r = readHandIn(file, text, bankOf)
  if (!r.ok) throw new Error(`${file}: ${r.reason}`)
  return r.handIn
}

describe('reading handed-in files', () => {
  it('reads a results file, a results CSV and a backup', () => {
    const ana = attemptOf('Ana', 'ana1')
    expect(read('ana.json', json('Ana', [ana])).students[0]).toMatchObject({
      name: 'Ana',
      fromFileName: false,
    })
    const csv = read(
      'ben.csv',
      resultsCsv(makeResults('Ben', [attemptOf('Ben', 'ben1')], bankOf, 't', NOW)),
    )
    expect(csv.kind).toBe('csv')
    expect(csv.students[0]?.attempts[0]?.answers).toHaveLength(5)
    const fromBackup = read('Farid backup.json', backup([attemptOf('Farid', 'far1')]))
    expect(fromBackup.kind).toBe('backup')
    expect(fromBackup.students[0]).toMatchObject({ name: 'Farid backup', fromFileName: true })
    // A backup's answers are codes; the loaded set puts them back in words.
    expect(fromBackup.students[0]?.attempts[0]?.answers[1]?.response).toBe('Lavrov')
  })

  it.each([
    [
      'notes.txt',
      'Dear teacher, here are my results',
      'not a Passage results file, results CSV or backup',
    ],
    ['empty.json', '  ', 'it is empty: ask the student to hand in their results again'],
    // A set's or an article's own file, dropped with the results by mistake.
    [
      'who-said-what.json',
      JSON.stringify(classBank),
      "it is a question set (“Class check”), not a student's results: students hand theirs in with “Hand in results”, on their results page or in Progress",
    ],
    [
      'sochi.json',
      JSON.stringify({ id: 'sochi', title: 'Assad\nin Sochi', paragraphs: ['Assad flew.'] }),
      "it is an article (“Assad in Sochi”), not a student's results",
    ],
    ['cut.json', '{"kind": "passage-results", "schemaVersion": 1, ', 'it is cut short or damaged'],
    ['backup.json', '{"kind":"passage-backup","schemaVersion":1}', 'backup is damaged'],
    ['sheet.csv', 'student,set_id\nAna,x\n', 'not a Passage results CSV'],
    [
      'ana-xapi.json',
      '[{"actor": {"name": "Ana"}, "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"}, "object": {"id": "x"}}]',
      'it holds xAPI statements, which are for a learning record store: ask the student to hand in again and choose “Passage results file”',
    ],
  ])('names a broken file with the reason: %s', (file, text, reason) => {
    const r = readHandIn(file, text, bankOf)
    expect(r).toMatchObject({ ok: false, file })
    if (!r.ok) expect(r.reason).toContain(reason)
  })

  it('says what a teacher can do about a results file cut short, or changed by hand', () => {
    const good = json('Ana', [attemptOf('Ana', 'ana1')])
    const cut = readHandIn('cut.json', good.slice(0, good.length / 2), bankOf)
    expect(cut).toMatchObject({
      ok: false,
      reason:
        'it is cut short or damaged, so it cannot be read: ask the student to hand in their results again',
      detail: expect.stringMatching(/^not valid JSON/),
      student: 'Ana',
    })
    // The total changed by hand: it no longer adds up to the marks of the answers.
    const doc = JSON.parse(good) as { attempts: { score: number; passed: boolean }[] }
    doc.attempts[0]!.score -= 1
    const changed = readHandIn('changed.json', JSON.stringify(doc), bankOf)
    expect(changed).toMatchObject({
      ok: false,
      reason:
        'it was changed after Passage wrote it, so its marks cannot be believed: ask the student to hand in their results again',
      detail: expect.stringMatching(/^attempts\[0\]: its score .* does not add up to its answers/),
      student: 'Ana',
    })
    // A file of a newer Passage is not blamed on the student.
    const newer = readHandIn(
      'newer.json',
      good.replace('"schemaVersion": 1', '"schemaVersion": 9'),
      bankOf,
    )
    expect(newer).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^it was made by a newer Passage .*: reload the page/),
    })
  })

  it('never throws, whatever the file holds', () => {
    const good = json('Ana', [attemptOf('Ana', 'ana1')])
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc
            .tuple(fc.nat(good.length - 1), fc.string({ maxLength: 4 }))
            .map(([at, s]) => good.slice(0, at) + s + good.slice(at + 1)),
        ),
        (text) => {
          expect(typeof readHandIn('f.json', text, bankOf).ok).toBe('boolean')
        },
      ),
    )
  })
})

describe('putting a class together', () => {
  it('counts the same attempt once, however many files hold it', () => {
    const ana = attemptOf('Ana', 'ana1')
    const data = collectClass(
      [
        read('ana.json', json('Ana', [ana])),
        read('ana (copy).json', json('Ana', [ana])),
        read('passage-backup.json', backup([ana])),
      ],
      bankOf,
    )
    expect(data.duplicates).toBe(2)
    expect(data.groups[0]?.attempts).toHaveLength(1)
    // The typed name wins over the backup's file name.
    expect(data.groups[0]?.attempts[0]?.student).toBe('Ana')
  })

  it('takes a backup holding an attempt one student handed in by name as theirs, every attempt of it', () => {
    const data = collectClass(
      [
        read(
          'passage-backup-2024-05-20.json',
          backup([attemptOf('Ana', 'ana1'), attemptOf('Ben', 'ana2', 600)]),
        ),
        read('ana.json', json('Ana Lima', [attemptOf('Ana', 'ana1')])),
        read('passage-backup-2024-05-20 (2).json', backup([attemptOf('Caro', 'caro1')])),
      ],
      bankOf,
    )
    // It was a student of its own, “passage-backup-2024-05-20”, beside Ana Lima.
    expect(data.students.map((s) => s.name)).toEqual(['Ana Lima', 'passage-backup-2024-05-20 (2)'])
    expect(data.groups[0]?.attempts.map((a) => [a.id, a.student, a.backup])).toEqual([
      ['ana1', 'Ana Lima', undefined],
      ['ana2', 'Ana Lima', undefined],
      ['caro1', 'passage-backup-2024-05-20 (2)', 'passage-backup-2024-05-20 (2).json'],
    ])
    expect(data.within).toEqual([
      {
        name: 'passage-backup-2024-05-20',
        fromFileName: true,
        files: ['passage-backup-2024-05-20.json'],
        as: ['Ana Lima'],
        more: 1,
      },
    ])
  })

  it('takes two backups sharing an attempt, no typed name holding it, as one student', () => {
    const first = attemptOf('Ana', 'a1')
    const data = collectClass(
      [
        read('passage-backup-2024-05-27.json', backup([first, attemptOf('Ben', 'a2', 600)])),
        read('passage-backup-2024-05-20.json', backup([first])),
        read('passage-backup-2024-05-20 (2).json', backup([attemptOf('Caro', 'c1')])),
      ],
      bankOf,
    )
    // It was two students, the 27 May backup counting only its newer attempt, a2.
    expect(data.students).toEqual([
      {
        key: 'passage-backup-2024-05-20',
        name: 'passage-backup-2024-05-20',
        files: ['passage-backup-2024-05-20.json', 'passage-backup-2024-05-27.json'],
      },
      {
        key: 'passage-backup-2024-05-20 (2)',
        name: 'passage-backup-2024-05-20 (2)',
        files: ['passage-backup-2024-05-20 (2).json'],
      },
    ])
    // Each attempt names its student's first backup, and every backup it counts.
    const both = ['passage-backup-2024-05-20.json', 'passage-backup-2024-05-27.json']
    expect(data.groups[0]?.attempts.map((a) => [a.id, a.backup, a.backups])).toEqual([
      ['a1', 'passage-backup-2024-05-20.json', both],
      ['a2', 'passage-backup-2024-05-20.json', both],
      ['c1', 'passage-backup-2024-05-20 (2).json', ['passage-backup-2024-05-20 (2).json']],
    ])
    expect(data.within).toEqual([
      {
        name: 'passage-backup-2024-05-27',
        fromFileName: true,
        files: ['passage-backup-2024-05-27.json'],
        as: ['passage-backup-2024-05-20'],
        more: 1,
        backup: 'passage-backup-2024-05-20.json',
      },
    ])
    expect(data.duplicates).toBe(1)
  })

  it('takes a backup sharing attempts with another that a student handed in by name as theirs', () => {
    const [a1, a2, a3] = [
      attemptOf('Ana', 'a1'),
      attemptOf('Ben', 'a2', 600),
      attemptOf('Caro', 'a3', 1200),
    ]
    const data = collectClass(
      [
        read('ana.json', json('Ana Lima', [a1])),
        read('passage-backup-2024-05-20.json', backup([a1, a2])),
        read('passage-backup-2024-05-27.json', backup([a2, a3])),
      ],
      bankOf,
    )
    expect(data.students.map((s) => s.name)).toEqual(['Ana Lima'])
    expect(data.groups[0]?.attempts.map((a) => [a.id, a.student])).toEqual([
      ['a1', 'Ana Lima'],
      ['a2', 'Ana Lima'],
      ['a3', 'Ana Lima'],
    ])
    expect(data.within.map((w) => [w.files[0], w.as, w.more])).toEqual([
      ['passage-backup-2024-05-20.json', ['Ana Lima'], 1],
      ['passage-backup-2024-05-27.json', ['Ana Lima'], 2],
    ])
  })

  it('keeps names that differ only in accents as students apart, and names them to check', () => {
    const data = collectClass(
      [
        read('ana-1.json', json('Ana Álvarez', [attemptOf('Ana', 'ana1')])),
        read('ana-2.json', json('Ana Alvarez', [attemptOf('Ben', 'ana2', 600)])),
        read('ana-3.json', json('ana  álvarez', [attemptOf('Caro', 'ana3', 1200)])),
        read('zoe.json', json('Zoë', [attemptOf('Dev', 'zoe1')])),
        read('zoe-2.json', json('Zoe\u0308', [attemptOf('Eli', 'zoe2', 600)])),
        read('jose.json', json('José', [attemptOf('Farid', 'jose1')])),
      ],
      bankOf,
    )
    // Case, spaces and how an accent is encoded are one name; an accent typed or not, two.
    expect(data.students.map((s) => s.name)).toEqual(['Ana Alvarez', 'Ana Álvarez', 'José', 'Zoë'])
    expect(data.alike).toEqual([['Ana Alvarez', 'Ana Álvarez']])
  })

  it('names together only names that differ in accents alone (fast-check)', () => {
    const name = fc.stringMatching(/^[A-Za-zÀ-ÿ ]{1,12}$/)
    fc.assert(
      fc.property(fc.uniqueArray(name, { maxLength: 8, selector: studentKey }), (names) => {
        const students = names.map((n) => ({ key: studentKey(n), name: n }))
        const plain = (n: string) => studentKey(n).normalize('NFD').replace(/\p{M}/gu, '')
        const groups = alikeNames(students)
        for (const g of groups) {
          expect(g.length).toBeGreaterThan(1)
          expect(new Set(g.map(plain)).size).toBe(1)
        }
        // Every name alike another is in a group, and in one only.
        const grouped = groups.flat()
        expect(new Set(grouped).size).toBe(grouped.length)
        const alike = names.filter((n) => names.some((m) => m !== n && plain(m) === plain(n)))
        expect(grouped.toSorted()).toEqual(alike.toSorted())
      }),
    )
  })

  it('groups other sets and other versions apart, and says which is current', () => {
    const older = { ...classBank, questions: classBank.questions.slice(0, 4) }
    const oldAttempt = played(older, classAnswers.Ben!, { id: 'old1' })
    const data = collectClass(
      [
        read('ana.json', json('Ana', [attemptOf('Ana', 'ana1')])),
        read('ben-old.json', resultsText(makeResults('Ben', [oldAttempt], () => older, 't', NOW))),
        read(
          'cy.json',
          resultsText(makeResults('Cy', [played(other, right, { id: 'cy1' })], bankOf, 't', NOW)),
        ),
      ],
      bankOf,
    )
    expect(
      data.groups.map((g) => [g.title, g.current, g.attempts.length, g.questionIds.length]),
    ).toEqual([
      ['Class check', true, 1, 5],
      ['Class check', false, 1, 4],
      ['Quiz tests', true, 1, 7],
    ])
  })

  it('gives the same class whatever the order of the files', () => {
    const files = [
      read('ana.json', json('Ana', [attemptOf('Ana', 'ana1')])),
      read('ana-b.json', backup([attemptOf('Ana', 'ana1')])),
      read('ben.json', json('ben', [attemptOf('Ben', 'ben1'), attemptOf('Ben', 'ben2', 900)])),
      read('BEN.json', json('Ben ', [attemptOf('Ben', 'ben3', 1800)])),
    ]
    const reference = collectClass(files, bankOf)
    expect(reference.students.map((s) => s.key)).toEqual(['ana', 'ben'])
    // The backup holds only Ana's attempt: Ana's, not a student of its own.
    expect(reference.within).toEqual([
      { name: 'ana-b', fromFileName: true, files: ['ana-b.json'], as: ['Ana'], more: 0 },
    ])
    fc.assert(
      fc.property(fc.shuffledSubarray(files, { minLength: 4, maxLength: 4 }), (shuffled) => {
        const data = collectClass(shuffled, bankOf)
        expect(data.groups).toEqual(reference.groups)
        // Which of a student's spellings is shown may change with the order; who they are may not.
        const keys = (d: typeof data) => d.students.map((s) => [s.key, s.files])
        expect([keys(data), data.within]).toEqual([keys(reference), reference.within])
      }),
    )
  })

  it('counts each student once (first attempt unless asked) and leaves out partial attempts', () => {
    const retry = played(classBank, { q4: 'Peskov' }, { id: 'eli2', start: 7200 })
    const data = collectClass(
      [
        read('ben.json', json('Ben', [attemptOf('Ben', 'ben1'), attemptOf('Ana', 'ben2', 3600)])),
        read('eli.json', json('Eli', [attemptOf('Eli', 'eli1'), retry])),
      ],
      bankOf,
    )
    const group = data.groups[0]!
    const first = setReport(group, 'first')
    expect(first.rows.map((r) => [r.student, r.score])).toEqual([
      ['Ben', 3],
      ['Eli', 2],
    ])
    expect(first.partial).toBe(1)
    expect(setReport(group, 'best').rows.map((r) => r.score)).toEqual([4, 2])
    expect(setReport(group, 'last').rows.map((r) => r.score)).toEqual([4, 2])
    expect(setReport(group, 'all').counted).toBe(3)
  })

  it('tells two attempts of one student apart when every attempt counts', () => {
    const data = collectClass(
      [read('ben.json', json('Ben', [attemptOf('Ben', 'ben2', 3600), attemptOf('Ben', 'ben1')]))],
      bankOf,
    )
    const rows = setReport(data.groups[0]!, 'all').rows
    expect(rows.map((r) => [r.student, r.attemptId, r.attemptNumber, r.attemptsCounted])).toEqual([
      ['Ben', 'ben1', 1, 2],
      ['Ben', 'ben2', 2, 2],
    ])
    expect(setReport(data.groups[0]!, 'first').rows[0]).toMatchObject({ attemptsCounted: 1 })
  })

  it('says whether a set is in this browser at all, apart from its version', () => {
    const shared = { ...classBank, id: 'sochi/shared-set', title: 'Shared set' }
    const data = collectClass(
      [
        read(
          'ana.json',
          resultsText(
            makeResults('Ana', [played(shared, classAnswers.Ana!)], () => shared, 't', NOW),
          ),
        ),
      ],
      bankOf,
    )
    expect(data.groups.map((g) => [g.title, g.loaded, g.current, g.version !== null])).toEqual([
      ['Shared set', false, false, true],
    ])
  })
})

describe('the class report as CSV', () => {
  it('has a row per question with its figures, and text that cannot run', () => {
    const data = collectClass(
      Object.keys(classAnswers).map((name, i) =>
        read(
          `${name}.json`,
          json(i === 0 ? '=cmd|" /C calc"!A0' : name, [attemptOf(name, `a${i}`)]),
        ),
      ),
      bankOf,
    )
    const parsed = parseCsv(reportCsv(data.groups.map((g) => setReport(g))))
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    const [header, ...rows] = parsed.rows
    expect(header?.slice(0, 4)).toEqual(['set_id', 'set_title', 'set_version', 'attempts_counted'])
    expect(rows).toHaveLength(5)
    expect(rows.map((r) => [r[9], r[13], r[14], r[15]])).toEqual([
      ['q1', '1.000', '', 'easy'],
      ['q2', '0.500', '0.218', ''],
      ['q3', '0.500', '-0.149', 'weak'],
      ['q4', '0.167', '0.415', 'hard'],
      ['q5', '0.583', '-0.899', 'weak'],
    ])
    expect(header?.[16]).toBe('common_answers_not_fully_right')
    expect(rows[3]?.[16]).toBe('“Putin” × 3; “Lavrov” × 1; left blank × 1')
    // An incomplete answer is marked so, never passed off as a wrong one.
    expect(rows[4]?.[16]).toBe(
      '“Iran” × 1; “Syria” × 1 (Incomplete — missing “Russia”); “Syria; Iran” × 1',
    )
  })

  it('says the answers whose words are not in the files, rather than leave their cell empty', () => {
    // Caro, Eli and Farid saved their attempts without the answers: their marks only.
    const data = collectClass(
      Object.keys(classAnswers).map((name, i) => {
        const attempt = attemptOf(name, `a${i}`)
        if (['Caro', 'Eli', 'Farid'].includes(name)) {
          for (const a of attempt.answers) delete a.answer
        }
        return read(`${name}.json`, json(name, [attempt]))
      }),
      bankOf,
    )
    const parsed = parseCsv(reportCsv(data.groups.map((g) => setReport(g))))
    if (!parsed.ok) throw new Error(parsed.reason)
    expect(parsed.rows.slice(1).map((r) => r[16])).toEqual([
      '',
      '“Peskov” × 1; answer not in the files × 2',
      'answer not in the files × 3',
      '“Putin” × 2; answer not in the files × 3',
      '“Iran” × 1; “Syria” × 1 (Incomplete — missing “Russia”); “Syria; Iran” × 1',
    ])
  })
})

describe('a refused copy the teacher counts anyway', () => {
  /** A copy whose verdict contradicts its score (passed under the pass mark): refused. */
  const claimed = (score: number) => ({
    id: 'same-id',
    set: { id: 'not-loaded', title: 'Quiz', version: null, passMark: 0.9, questionCount: null },
    mode: 'test' as const,
    startedAt: '2024-05-18T10:00:00.000Z',
    finishedAt: '2024-05-18T10:10:00.000Z',
    score,
    max: 10,
    passed: true,
    answers: [],
  })
  it('counts only that copy, when a hostile file gives two students the same attempt id', () => {
    const file: HandIn = {
      file: 'class.csv',
      kind: 'csv',
      students: [
        { name: 'Ana', fromFileName: false, attempts: [claimed(4)] },
        { name: 'Ben', fromFileName: false, attempts: [claimed(8)] },
      ],
    }
    const before = collectClass([file], bankOf)
    expect(before.refused.map((r) => r.student)).toEqual(['Ana', 'Ben'])
    // Each is its own choice: one key each.
    expect(new Set(before.refused.map((r) => r.key)).size).toBe(2)
    const ana = before.refused.find((r) => r.student === 'Ana')!
    const after = collectClass([file], bankOf, new Set([ana.key]))
    expect(after.refused.filter((r) => r.counted).map((r) => r.student)).toEqual(['Ana'])
    // The report counts Ana's 4 of 10, the score the teacher chose, not Ben's 8.
    expect(after.groups.flatMap((g) => g.attempts).map((a) => [a.student, a.score])).toEqual([
      ['Ana', 4],
    ])
  })
})
