import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import * as XLSX from 'xlsx'
import { quizBank, right, wrong } from '../quiz/bank.ts'
import { played, T0 } from '../../fixtures/attempts.ts'
import { attempt as anyAttempt } from '../progress/arbitraries.ts'
import {
  cleanName,
  makeResults,
  resultsFilename,
  resultsText,
  type ResultsDoc,
} from '../../../src/domain/interop/results.ts'
import { readResults, XAPI_REASON } from '../../../src/domain/interop/results-read.ts'
import { xapiStatements } from '../../../src/domain/interop/xapi.ts'
import {
  readResultsCsv,
  RESULTS_CSV_COLUMNS,
  resultsCsv,
} from '../../../src/domain/interop/results-csv.ts'
import { setVersion } from '../../../src/domain/interop/fingerprint.ts'
import { csvDialect, parseCsv, toCsv } from '../../../src/domain/interop/csv.ts'
import { backupFilename } from '../../../src/domain/progress/backup.ts'

const bank = quizBank()
const bankOf = (id: string) => (id === bank.id ? bank : undefined)
const NOW = new Date(Date.UTC(2024, 4, 20, 12, 0, 0))

function classDoc(name = 'Ana Lima'): ResultsDoc {
  const first = played(bank, right, { id: 'first1', start: 0 })
  const second = played(
    bank,
    { ...right, who: wrong.who, spokesman: 'Putin, "the boss"' },
    {
      id: 'second2',
      start: 3600,
    },
  )
  return makeResults(name, [second, first], bankOf, 'test', NOW)
}

describe('results a student hands in (JSON)', () => {
  it('holds the display name, the sets by id, title and version, and each answer in words', () => {
    const doc = classDoc()
    expect(doc).toMatchObject({
      kind: 'passage-results',
      schemaVersion: 1,
      createdAt: NOW.toISOString(),
      student: { name: 'Ana Lima' },
    })
    expect(Object.keys(doc.student)).toEqual(['name'])
    expect(doc.attempts.map((a) => a.id)).toEqual(['first1', 'second2'])
    const [, second] = doc.attempts
    expect(second?.set).toEqual({
      id: bank.id,
      title: 'Quiz tests',
      version: setVersion(bank),
      passMark: 0.7,
      questionCount: 7,
    })
    expect(second?.answers.map((a) => a.questionId)).toEqual(bank.questions.map((q) => q.id))
    expect(second?.answers[0]).toMatchObject({
      questionId: 'who',
      type: 'single',
      prompt: 'Who said stability is improving?',
      score: 0,
      correct: false,
      response: 'Putin',
    })
    expect(second?.answers.find((a) => a.questionId === 'visits')?.response).toBe(
      'Moscow → Sochi → Sochi',
    )
  })

  it('says which answers the student marked right themselves ("I was right")', () => {
    const attempt = played(
      bank,
      { ...right, spokesman: 'the spokesman' },
      { id: 'claim1', mode: 'practice' },
    )
    const claimed = {
      ...attempt,
      answers: attempt.answers.map((a) => (a.qid === 'spokesman' ? { ...a, overridden: true } : a)),
    }
    const doc = makeResults('Ana', [claimed], bankOf, 'test', NOW)
    const flagged = doc.attempts[0]!.answers.filter((a) => a.markedRight).map((a) => a.questionId)
    expect(flagged).toEqual(['spokesman'])
    const csv = readResultsCsv(resultsCsv(doc))
    expect(
      csv.ok && csv.students[0]!.attempts[0]!.answers.find((a) => a.markedRight)?.questionId,
    ).toBe('spokesman')
  })

  it('says "Left blank" for a question left blank, also once the answers are not kept', () => {
    const attempt = played(bank, right, { id: 'blank1' })
    const blank = (a: (typeof attempt.answers)[number]) =>
      a.qid === 'spokesman' ? { ...a, score: 0, correct: false, unanswered: true } : a
    const kept = { ...attempt, answers: attempt.answers.map((a) => blank({ ...a, answer: '' })) }
    const trimmed = {
      ...attempt,
      detailed: false,
      answers: attempt.answers.map((a) => {
        const rest = { ...a }
        delete rest.answer
        return blank(rest)
      }),
    }
    for (const a of [kept, trimmed]) {
      for (const setOf of [bankOf, () => undefined]) {
        const [sent] = makeResults('Ana', [a], setOf, 'test', NOW).attempts
        expect(sent?.answers.find((x) => x.questionId === 'spokesman')?.response).toBe('Left blank')
      }
    }
  })

  it('tells a blank from the typed words "Left blank", and reads older files that do not say', () => {
    const typed = played(bank, { ...right, spokesman: 'Left blank' }, { id: 'typed1' })
    const skipped = played(bank, right, { id: 'blank2', start: 600 })
    skipped.answers = skipped.answers.map((a) =>
      a.qid === 'spokesman' ? { ...a, answer: '', score: 0, correct: false, unanswered: true } : a,
    )
    skipped.score = skipped.answers.reduce((s, a) => s + a.score, 0)
    const doc = makeResults('Ana', [typed, skipped], bankOf, 'test', NOW)
    const told = (d: ResultsDoc) =>
      d.attempts.map((a) => {
        const x = a.answers.find((y) => y.questionId === 'spokesman')
        return [a.id, x?.response, x?.blank]
      })
    const expected = [
      ['typed1', 'Left blank', false],
      ['blank2', 'Left blank', true],
    ]
    expect(told(doc)).toEqual(expected)
    const json = readResults(resultsText(doc))
    const csv = readResultsCsv(resultsCsv(doc))
    if (!json.ok || !csv.ok) throw new Error('the files did not read back')
    expect(told(json.doc)).toEqual(expected)
    expect(told({ ...doc, attempts: csv.students[0]!.attempts })).toEqual(expected)

    // Written before `blank` was: the words "Left blank" are all the file says of a blank.
    const older = JSON.parse(resultsText(doc)) as ResultsDoc
    for (const a of older.attempts)
      for (const x of a.answers) delete (x as { blank?: boolean }).blank
    const olderRead = readResults(JSON.stringify(older))
    if (!olderRead.ok) throw new Error(olderRead.reason)
    expect(told(olderRead.doc).map((t) => t[2])).toEqual([true, true])
    const rows = parseCsv(resultsCsv(doc))
    if (!rows.ok) throw new Error(rows.reason)
    const column = rows.rows[0]!.indexOf('left_blank')
    const olderCsv = readResultsCsv(toCsv(rows.rows.map((r) => r.filter((_, i) => i !== column))))
    if (!olderCsv.ok) throw new Error(olderCsv.reason)
    expect(told({ ...doc, attempts: olderCsv.students[0]!.attempts }).map((t) => t[2])).toEqual([
      true,
      true,
    ])

    // Older still, a blank was written "No answer": those files read as they did.
    const oldWords = JSON.parse(JSON.stringify(older).replaceAll('"Left blank"', '"No answer"'))
    const oldWordsRead = readResults(JSON.stringify(oldWords))
    if (!oldWordsRead.ok) throw new Error(oldWordsRead.reason)
    expect(told(oldWordsRead.doc)).toEqual([
      ['typed1', 'No answer', true],
      ['blank2', 'No answer', true],
    ])
  })

  it('reads back exactly what it wrote', () => {
    const doc = classDoc()
    expect(readResults(resultsText(doc))).toEqual({ ok: true, doc })
  })

  it('reads back any recorded attempts, of loaded sets or not', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(anyAttempt, { selector: (a) => `${a.setId}\n${a.id}`, maxLength: 6 }),
        fc.string({ minLength: 1, maxLength: 30 }).filter((s) => cleanName(s) !== ''),
        (attempts, name) => {
          const doc = makeResults(name, attempts, bankOf, 'test', NOW)
          expect(readResults(resultsText(doc))).toEqual({ ok: true, doc })
        },
      ),
    )
  })

  it('changes the set version when a key changes, not when an explanation does', () => {
    const polished = {
      ...bank,
      questions: bank.questions.map((q) => ({ ...q, explanation: 'Why.' })),
    }
    const rekeyed = {
      ...bank,
      questions: bank.questions.map((q) => (q.type === 'single' ? { ...q, answer: 'Putin' } : q)),
    }
    expect(setVersion(polished)).toBe(setVersion(bank))
    expect(setVersion(rekeyed)).not.toBe(setVersion(bank))
  })

  it.each([
    ['  Ana \n Lima\u0000 ', 'Ana Lima'],
    ['x'.repeat(200), 'x'.repeat(80)],
  ])('cleans the display name %j', (typed, kept) => {
    expect(cleanName(typed)).toBe(kept)
  })

  it('names files after the student, the scope and the day', () => {
    expect(resultsFilename('Zoë O’Brien', 'results', NOW, 'csv')).toBe(
      'zoe-o-brien-results-2024-05-20.csv',
    )
    expect(resultsFilename('<script>', 'attempt', NOW, 'json')).toBe(
      'script-attempt-2024-05-20.json',
    )
    expect(resultsFilename('!!!', 'results', NOW, 'json')).toBe('student-results-2024-05-20.json')
    // Every student's name is in their file, whatever the script: none is just "student".
    expect(resultsFilename('Ben Øster-Smith', 'results', NOW, 'json')).toBe(
      'ben-oster-smith-results-2024-05-20.json',
    )
    expect(resultsFilename('Иван Петров', 'results', NOW, 'json')).toBe(
      'иван-петров-results-2024-05-20.json',
    )
    expect(resultsFilename('王小明', 'results', NOW, 'json')).toBe('王小明-results-2024-05-20.json')
  })

  it.each([
    // 22:30 on the 19th in California is already the 20th in UTC; 01:30 on the 21st in Auckland
    // is still the 20th there.
    ['America/Los_Angeles', '2024-05-20T05:30:00Z', '2024-05-19'],
    ['Pacific/Auckland', '2024-05-20T13:30:00Z', '2024-05-21'],
    ['UTC', '2024-05-20T23:59:00Z', '2024-05-20'],
  ])('dates a file by the student’s own day, not UTC’s (%s)', (zone, instant, day) => {
    const was = process.env.TZ
    process.env.TZ = zone
    try {
      expect(resultsFilename('Ana', 'results', new Date(instant), 'csv')).toBe(
        `ana-results-${day}.csv`,
      )
      expect(backupFilename(new Date(instant))).toBe(`passage-backup-${day}.json`)
    } finally {
      process.env.TZ = was
      if (was === undefined) delete process.env.TZ
    }
  })

  it('never splits a letter when it cuts a long name short', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (name) => {
        const file = resultsFilename(name, 'results', NOW, 'json')
        // No lone half of a surrogate pair.
        expect(file).not.toMatch(
          /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
        )
        expect(file).toMatch(/^[\p{L}\p{N}-]+-results-2024-05-20\.json$/u)
      }),
    )
  })

  it('names the set in the file name, so two sets handed in the same day never share a name', () => {
    const one = (setId: string) =>
      resultsFilename('Ana Álvarez', 'attempt', NOW, 'json', [setId, setId])
    expect(one('assad-sochi-2018/who-said-what')).toBe(
      'ana-alvarez-who-said-what-attempt-2024-05-20.json',
    )
    expect(one('assad-sochi-2018/dates-and-timeline')).toBe(
      'ana-alvarez-dates-and-timeline-attempt-2024-05-20.json',
    )
    // Results of several sets say so by their scope alone.
    expect(resultsFilename('Ana', 'results', NOW, 'csv', ['a/one', 'a/two'])).toBe(
      'ana-results-2024-05-20.csv',
    )
    // A shared set's id is the student's to choose: only short, safe characters reach the name.
    fc.assert(
      fc.property(fc.string(), fc.string(), (name, setId) => {
        const file = resultsFilename(name, 'attempt', NOW, 'json', [setId])
        expect(file).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*-2024-05-20\.json$/)
        expect(file.length).toBeLessThanOrEqual(40 + 1 + 30 + 1 + 7 + 11 + 5)
      }),
    )
  })
})

describe('reading a handed-in file refuses what does not add up', () => {
  const good = () => JSON.parse(resultsText(classDoc())) as Record<string, unknown> & ResultsDoc
  const cases: [string, (d: ResultsDoc) => unknown, string][] = [
    [
      'another kind of file',
      (d) => ({ ...d, kind: 'passage-backup' }),
      'not a Passage results file',
    ],
    [
      'a newer format',
      (d) => ({ ...d, schemaVersion: 2 }),
      'made by a newer Passage than the one on this page: reload the page to bring Passage up to date, then add the file again (results format 2; this page reads up to 1)',
    ],
    [
      'a score that is not a number',
      (d) => (((d.attempts[0]!.answers[0] as { score: unknown }).score = '1'), d),
      'attempts[0].answers[0].score should be number',
    ],
    ['an inflated attempt score', (d) => ((d.attempts[0]!.score = 7.5), d), 'above its maximum'],
    ['a score that does not add up', (d) => ((d.attempts[1]!.score = 7), d), 'does not add up'],
    ['an attempt twice', (d) => ((d.attempts[1] = d.attempts[0]!), d), 'appears twice'],
    [
      'a question answered twice',
      (d) => ((d.attempts[0]!.answers[1]!.questionId = 'who'), d),
      'answered twice',
    ],
    ['a bad set id', (d) => ((d.attempts[0]!.set.id = '../etc'), d), 'attempts[0].set.id'],
    ['a blank name', (d) => ((d.student.name = ' \n '), d), 'student name is empty'],
    [
      'an endless name',
      (d) => ((d.student.name = 'x'.repeat(81)), d),
      'student.name is too long: at most 80',
    ],
    [
      'a blank that scored',
      (d) => ((d.attempts[0]!.answers[0]!.blank = true), d),
      'attempts[0].answers[0]: it was left blank, yet it scored',
    ],
    [
      'time running backwards',
      (d) => ((d.attempts[0]!.finishedAt = new Date(T0 - 1000).toISOString()), d),
      'finished before it started',
    ],
  ]
  it.each(cases)('%s', (_name, spoil, reason) => {
    const read = readResults(JSON.stringify(spoil(good())))
    expect(read.ok).toBe(false)
    if (!read.ok) expect(read.reason).toContain(reason)
  })

  it('tells xAPI statements apart and names the format to hand in instead', () => {
    const statements = xapiStatements('Ana', [played(bank, right, { id: 'x1' })], bankOf, 'en')
    for (const value of [statements, statements[0], { statements, more: 'x' }]) {
      const read = readResults(JSON.stringify(value))
      expect(read.ok).toBe(false)
      if (!read.ok) expect(read.reason).toContain('choose “Passage results file”')
    }
    expect(readResults('[]')).toEqual({ ok: false, reason: 'it is not a Passage results file' })
    expect(readResults('[{"actor": {}, "verb": {}}]')).toEqual({
      ok: false,
      reason: 'it is not a Passage results file',
    })
  })

  it('knows any student’s xAPI statements for what they are', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(anyAttempt, {
          selector: (a) => `${a.setId}\n${a.id}`,
          minLength: 1,
          maxLength: 4,
        }),
        fc.string({ minLength: 1, maxLength: 30 }),
        (attempts, name) => {
          const read = readResults(JSON.stringify(xapiStatements(name, attempts, bankOf, 'en')))
          expect(read).toEqual({ ok: false, reason: XAPI_REASON })
        },
      ),
    )
  })

  it('never throws, whatever JSON or text it is given', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc.string(),
        ),
        (text) => {
          expect(typeof readResults(text).ok).toBe('boolean')
        },
      ),
    )
  })

  it('never throws on a damaged results file', () => {
    const text = resultsText(classDoc())
    fc.assert(
      fc.property(fc.nat(text.length - 1), fc.string({ maxLength: 3 }), (at, insert) => {
        const spoiled = text.slice(0, at) + insert + text.slice(at + 1)
        expect(typeof readResults(spoiled).ok).toBe('boolean')
      }),
    )
  })
})

describe('results as CSV', () => {
  it('has one row per question answered and reads back into the same attempts', () => {
    const doc = classDoc('=HYPERLINK("http://x")')
    const text = resultsCsv(doc)
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(1 + 14)
    expect(readResultsCsv(text)).toEqual({
      ok: true,
      students: [{ name: doc.student.name, attempts: doc.attempts }],
    })
  })

  it('reads back any recorded attempts that have per-question results', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(anyAttempt, {
          selector: (a) => `${a.setId}\n${a.id}`,
          minLength: 1,
          maxLength: 5,
        }),
        (attempts) => {
          const doc = makeResults('Bo', attempts, bankOf, 'test', NOW)
          const withAnswers = doc.attempts.filter((a) => a.answers.length > 0)
          const read = readResultsCsv(resultsCsv(doc))
          if (withAnswers.length === 0) expect(read.ok).toBe(false)
          else expect(read).toEqual({ ok: true, students: [{ name: 'Bo', attempts: withAnswers }] })
        },
      ),
    )
  })

  it('opens in a spreadsheet as text, never as a formula', () => {
    const doc = classDoc('=HYPERLINK("http://evil.example","click")')
    const book = XLSX.read(resultsCsv(doc), { type: 'string', cellFormula: true })
    const sheet = book.Sheets[book.SheetNames[0]!]!
    const rows = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, raw: false })
    expect(rows).toHaveLength(15)
    expect(rows[0]?.slice(0, 3)).toEqual(['student', 'set_id', 'set_title'])
    const formulas = Object.entries(sheet).filter(
      ([key, cell]) => !key.startsWith('!') && (cell as XLSX.CellObject).f !== undefined,
    )
    expect(formulas).toEqual([])
    expect(rows[1]?.[0]).toBe(`'${doc.student.name}`)
    // A response with a comma and quotes stays one cell.
    const response = rows.find((r) => r[13] === 'spokesman' && r[6] === 'second2')?.[16]
    expect(response).toBe('Putin, "the boss"')
    const ROW = rows[1]!
    expect(Number(ROW[rows[0]!.indexOf('score')])).toBe(1)
  })

  it('reads a file a spreadsheet opened and saved again: TRUE and FALSE, or semicolons and 0,5', () => {
    const doc = classDoc()
    const expected = readResultsCsv(resultsCsv(doc))
    if (!expected.ok) throw new Error(expected.reason)
    const rows = parseCsv(resultsCsv(doc))
    if (!rows.ok) throw new Error(rows.reason)
    // Saved again by Excel or LibreOffice in English: true and false in capitals.
    const english = toCsv(
      rows.rows.map((r) => r.map((c) => (/^(true|false)$/.test(c) ? c.toUpperCase() : c))),
    )
    expect(english).toContain(',TRUE,')
    expect(readResultsCsv(english)).toEqual(expected)
    // Saved where the comma is the decimal sign (German Excel): semicolons, "0,7", WAHR and FALSCH.
    const numbers = ['pass_mark', 'attempt_score', 'score'].map((c) => rows.rows[0]!.indexOf(c))
    const german = rows.rows
      .map((r) =>
        r
          .map((c, i) =>
            numbers.includes(i)
              ? c.replace('.', ',')
              : (({ true: 'WAHR', false: 'FALSCH' } as Record<string, string>)[c] ?? c),
          )
          .map((c) => (/[;"\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c))
          .join(';'),
      )
      .join('\r\n')
    expect(german).toMatch(/;0,7;.*;WAHR;/)
    expect(readResultsCsv(german)).toEqual(expected)
  })

  it('is written for a German or French Excel with semicolons and decimal commas, and reads back the same', () => {
    const doc = classDoc()
    const english = readResultsCsv(resultsCsv(doc))
    for (const locale of ['de-DE', 'fr-FR']) {
      const text = resultsCsv(doc, csvDialect(locale))
      const rows = parseCsv(text, ';')
      if (!rows.ok) throw new Error(rows.reason)
      const [header, ...body] = rows.rows
      expect(header).toEqual([...RESULTS_CSV_COLUMNS])
      expect(body.every((r) => r.length === RESULTS_CSV_COLUMNS.length)).toBe(true)
      const numbers = ['pass_mark', 'attempt_score', 'score', 'max', 'seconds'].map((c) =>
        header!.indexOf(c),
      )
      // Excel there reads "0.7" as a date or 7, "0,7" as seven tenths.
      const cells = body.flatMap((r) => numbers.map((i) => r[i]!))
      expect(cells.some((c) => c.includes('.'))).toBe(false)
      expect(cells).toContain('0,7')
      expect(readResultsCsv(text)).toEqual(english)
      expect(readResultsCsv('\uFEFF' + text)).toEqual(english)
    }
  })

  it.each([
    ['a file of another program', 'name,score\nAna,3\n', 'not a Passage results CSV'],
    ['an open quote', 'student,"set_id\n', 'never closed'],
    ['a score that is not a number', 'score', 'is not a number'],
    ['a header only', 'header', 'no results'],
  ])('refuses %s', (_name, input, reason) => {
    let text = input
    const real = resultsCsv(classDoc())
    if (input === 'score') text = real.replace(/,0\.5,|,1,1,true,/, ',lots,1,true,')
    if (input === 'header') text = real.split('\r\n')[0] + '\r\n'
    const read = readResultsCsv(text)
    expect(read.ok).toBe(false)
    if (!read.ok) expect(read.reason).toContain(reason)
  })

  it('never throws on a damaged CSV', () => {
    const text = resultsCsv(classDoc())
    fc.assert(
      fc.property(fc.nat(text.length - 1), fc.string({ maxLength: 3 }), (at, insert) => {
        expect(typeof readResultsCsv(text.slice(0, at) + insert + text.slice(at + 1)).ok).toBe(
          'boolean',
        )
      }),
    )
  })
})
