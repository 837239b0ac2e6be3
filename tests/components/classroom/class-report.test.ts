import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import { setStorageDoor } from '../../../src/composables/storage/index.ts'
import { makeResults, resultsText } from '../../../src/domain/interop/results.ts'
import { resultsCsv } from '../../../src/domain/interop/results-csv.ts'
import { xapiStatements } from '../../../src/domain/interop/xapi.ts'
import { parseCsv, toCsv } from '../../../src/domain/interop/csv.ts'
import { STUDENTS_CSV_COLUMNS } from '../../../src/domain/classroom/report-csv.ts'
import { backupText, makeBackup } from '../../../src/domain/progress/backup.ts'
import { recordAttempt } from '../../../src/domain/progress/record.ts'
import { emptyProgress } from '../../../src/domain/progress/schema.ts'
import { SETTING_NAMES } from '../../../src/domain/progress/settings-names.ts'
import { useBanksStore } from '../../../src/stores/banks.ts'
import { played } from '../../fixtures/attempts.ts'
import { classAnswers, classBank } from '../../fixtures/classroom/six-students.ts'
import { catchDownloads, type CaughtDownload } from '../../fixtures/downloads.ts'
import { freshPinia, mountRoute, settle } from '../progress/played.ts'
import { json as jsonText, PASSAGE_FILE, passage } from '../../fixtures/banks.ts'
import { heard, seen } from '../../fixtures/heard.ts'
import { eventually } from '../../fixtures/eventually.ts'

let downloads: CaughtDownload[] = []
beforeEach(() => {
  setStorageDoor(undefined)
  downloads = catchDownloads()
})
afterEach(() => {
  vi.restoreAllMocks()
  document.body.innerHTML = ''
})

const NOW = new Date(Date.UTC(2024, 4, 20))
const XSS = '<img src=x onerror="window.hacked=1"><script>window.hacked=2</script>'

/** The app with the six-student set loaded beside the shipped ones. */
async function pinia() {
  const p = freshPinia()
  const banks = useBanksStore()
  await banks.load([
    {
      file: PASSAGE_FILE.replace('mini', 'sochi'),
      text: jsonText(
        passage({
          id: 'sochi',
          paragraphs: classBank.questions.flatMap((q) =>
            typeof q.evidence === 'string' ? [q.evidence] : (q.evidence ?? []),
          ),
        }),
      ),
    },
    { file: 'questions/sochi/class-check.json', text: jsonText(classBank) },
  ])
  expect(banks.failures).toEqual([])
  return p
}

const bankOf = (id: string) => (id === classBank.id ? classBank : undefined)

/** Six students' files (one as CSV), the same attempt handed in twice, and a broken file. */
function filesOf(): File[] {
  const texts = Object.keys(classAnswers).map((name, i) => {
    const attempt = played(classBank, classAnswers[name]!, { id: `att${i}` })
    const doc = makeResults(i === 0 ? XSS : name, [attempt], bankOf, 't', NOW)
    return { name, text: i === 1 ? resultsCsv(doc) : resultsText(doc), csv: i === 1 }
  })
  return [
    ...texts.map((t) => new File([t.text], `${t.name}.${t.csv ? 'csv' : 'json'}`)),
    new File([texts[2]!.text], 'Caro (copy).json'),
    new File(['{"kind": "passage-results", "schemaVersion": 1'], 'broken.json'),
  ]
}

/** A cell as the eye reads it in the wide table: without the labels the stacked cards show. */
function shown(cell: { element: Element }): string {
  const copy = cell.element.cloneNode(true) as Element
  copy.querySelectorAll('.cell-label').forEach((label) => label.remove())
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim()
}

async function drop(wrapper: VueWrapper, files: File[]) {
  const input = wrapper.get('input[type=file]')
  Object.defineProperty(input.element, 'files', { value: files, configurable: true })
  await input.trigger('change')
  await eventually(() => expect(wrapper.find('.set-report, .error-summary').exists()).toBe(true))
  await settle()
}

/**
 * Clicks “Download scores for the gradebook (CSV)” and reads the file it gives: its header, its
 * rows, and one column of them by name.
 */
async function gradebook(wrapper: VueWrapper) {
  await wrapper
    .findAll('button')
    .find((b) => b.text() === 'Download scores for the gradebook (CSV)')!
    .trigger('click')
  const scores = parseCsv((await downloads.at(-1)!.blob.text()).replace(/^\uFEFF/, ''))
  if (!scores.ok) throw new Error(`the scores CSV does not read: ${scores.reason}`)
  const [header = [], ...rows] = scores.rows
  type Column = (typeof STUDENTS_CSV_COLUMNS)[number]
  const cell = (row: readonly string[], column: Column) => row[header.indexOf(column)]
  return { header, rows, cell, column: (column: Column) => rows.map((r) => cell(r, column)) }
}

describe('the class report page', { timeout: 30_000 }, () => {
  it('says no other file is in the report when the only file chosen is not a results file', async () => {
    const { wrapper } = await mountRoute('/classroom/report', await pinia())
    await drop(wrapper, [new File(['::Q1:: Who flew? {=Assad ~Putin}'], 'week-3.gift')])
    const summary = wrapper.get('.error-summary')
    expect(summary.get('h2').text()).toBe('1 file could not be read')
    // Nothing else was chosen: “The other files are in the report” told of files there are not.
    expect(summary.find('p').exists()).toBe(false)
    expect(summary.get('li').text()).toMatch(/^week-3\.gift: it is not a Passage results file/)
    expect(wrapper.find('.set-report').exists()).toBe(false)
  })

  it('calls the files it takes “results files”, as the student’s “Passage results file” and its own hint do', async () => {
    const { wrapper } = await mountRoute('/classroom/report', await pinia())
    const label = wrapper.get('label[for$="-files"]')
    expect(label.text()).toBe('Add results files')
    expect(wrapper.get('.lede').text()).toMatch(/^Drop the results files your students handed in/)
    expect(wrapper.text()).not.toMatch(/\bresult files\b/i)
  })

  it('reads every file, names the broken one with its reason, and shows the report', async () => {
    const { wrapper } = await mountRoute('/classroom/report', await pinia())
    expect(wrapper.get('h1').text()).toBe('Class report')
    await drop(wrapper, filesOf())

    const summary = wrapper.get('.error-summary')
    expect(summary.get('h2').text()).toBe('1 file could not be read')
    const broken = summary.get('li')
    // Plain words first; the parser's words folded away beneath them.
    expect(broken.text()).toMatch(
      /^broken\.json: it is cut short or damaged, so it cannot be read: ask the student to hand in their results again\s*What Passage found in the file/,
    )
    expect(broken.get('details').attributes('open')).toBeUndefined()
    expect(broken.get('details code').text()).toMatch(/^not valid JSON/)
    expect(summary.get('p').text()).toBe('The other files are in the report.')
    expect(wrapper.get('.report-status').text()).toBe(
      '7 files from 6 students; 1 attempt was in more than one file and counts once.',
    )

    const card = wrapper.get('.set-report')
    expect(card.get('h2').text()).toBe('Class check')
    const stats = Object.fromEntries(
      card.findAll('.stat-list > div').map((d) => [d.get('dt').text(), d.get('dd').text()]),
    )
    expect(stats).toEqual({
      Students: '6',
      'Attempts counted': '6 (each student’s first)',
      'Mean score': '55%',
      'Median score': '55%',
      'Pass rate (at 60%)': '50%',
    })
    const rows = card.findAll('.item-table tbody tr').map((r) => r.findAll('td').map(shown))
    expect(rows.map((r) => [r[0], r[1], r[2], r[3]])).toEqual([
      ['1', '100%', '–', '⚠ Easy'],
      ['2', '50%', '0.22', '–'],
      ['3', '50%', '−0.15', '⚠ Does not tell strong from weak'],
      ['4', '17%', '0.42', '⚠ Hard'],
      ['5', '58%', '−0.90', '⚠ Does not tell strong from weak'],
    ])
    expect(card.findAll('.item-table th[scope=col]').map((th) => th.text())).toEqual([
      '#',
      'Question',
      'Right (share of the class)',
      'Tells strong from weak',
      'Look again',
      'Commonest answers not fully right',
    ])
    const wrong = card.findAll('.item-table tbody tr')[3]!.findAll('.wrong-list li')
    expect(wrong.map((li) => li.text())).toEqual(['Putin × 3', 'Lavrov × 1', 'left blank × 1'])
    // An answer is quoted as the student gave it; a blank is said, not quoted like one.
    expect(wrong[0]!.find('q').text()).toBe('Putin')
    expect(wrong[2]!.find('q').exists()).toBe(false)
  })

  it('does not count a file whose marks were raised by hand, and says which and why', async () => {
    const { wrapper } = await mountRoute('/classroom/report', await pinia())
    const ben = makeResults(
      'Ben',
      [played(classBank, classAnswers.Ben!, { id: 'b1' })],
      bankOf,
      't',
      NOW,
    )
    // Ben's "Putin" for the spokesman, and the totals, raised to full marks.
    const edited = structuredClone(ben)
    const a = edited.attempts[0]!
    a.answers = a.answers.map((x) => ({ ...x, score: 1, correct: true }))
    Object.assign(a, { score: a.max, passed: true })
    await drop(wrapper, [
      new File([resultsText(edited)], 'ben-edited.json'),
      new File([resultsText(ben)], 'ben.json'),
    ])
    const refused = wrapper.get('.error-summary')
    expect(refused.get('h2').text()).toBe(
      '1 attempt is not counted: the marks do not match the answers',
    )
    expect(refused.get('li .refused-why').text()).toMatch(
      /^ben-edited\.json: Ben’s attempt at Class check, .+: question 4 \(“Who is the spokesman\?”\): the file says the answer “Putin” is right, but the set's answer is “Peskov”\.$/,
    )
    // The honest copy is the one counted: 3 of 5.
    const student = wrapper.get('.student-table tbody tr')
    expect(student.text()).toContain('60%')
    expect(wrapper.get('.report-status').text()).toBe('2 files from 1 student.')
  })

  it('lets the teacher count an attempt Passage marks otherwise today, with the score the student was given', async () => {
    // An older Passage marked "Putin" right for the spokesman (as this one marks it wrong): the
    // student saw 80%, and the file says so.
    const { wrapper } = await mountRoute('/classroom/report', await pinia())
    const ben = makeResults(
      'Ben',
      [played(classBank, classAnswers.Ben!, { id: 'b1' })],
      bankOf,
      'older',
      NOW,
    )
    const a = ben.attempts[0]!
    const spokesman = a.answers.find((x) => x.prompt === 'Who is the spokesman?')!
    expect(spokesman).toMatchObject({ response: 'Putin', score: 0 })
    Object.assign(spokesman, { score: 1, correct: true })
    a.score += 1
    await drop(wrapper, [new File([resultsText(ben)], 'ben.json')])
    const refused = wrapper.get('.error-summary')
    expect(refused.text()).toContain('or an older version of Passage marked the attempt')
    expect(wrapper.find('.set-report').exists()).toBe(false)

    const count = refused.get('li button')
    expect(count.text()).toBe('Count it with the score in the file (80%)')
    await count.trigger('click')
    await settle()
    // Counted with the score Ben was given, never a score he did not see, and said so.
    expect(wrapper.find('.error-summary').exists()).toBe(false)
    expect(wrapper.get('.student-table tbody tr').text()).toContain('80%')
    const notice = wrapper.get('.report-notice')
    expect(notice.get('h2').text()).toBe(
      '1 attempt counts with the score in the file, though Passage marks it otherwise today',
    )
    expect(notice.get('li .refused-why').text()).toMatch(
      /^ben\.json: Ben’s attempt at Class check, .+, counted at 80%: question 4 \(“Who is the spokesman\?”\): the file says the answer “Putin” is right, but the set's answer is “Peskov”\.$/,
    )
    expect(document.activeElement).toBe(notice.element)

    await notice.get('li button').trigger('click')
    await settle()
    expect(wrapper.find('.set-report').exists()).toBe(false)
    expect(wrapper.get('.error-summary li button').text()).toMatch(/^Count it/)
  })

  it('shows a refused attempt counted anyway with its markup as text, file name and name alike', async () => {
    const { wrapper } = await mountRoute('/classroom/report', await pinia())
    const doc = makeResults(
      XSS,
      [played(classBank, classAnswers.Ben!, { id: 'b1' })],
      bankOf,
      't',
      NOW,
    )
    const a = doc.attempts[0]!
    Object.assign(
      a.answers.find((x) => x.prompt === 'Who is the spokesman?')!,
      {
        score: 1,
        correct: true,
      },
    )
    a.score += 1
    const file = `${XSS}.json`
    await drop(wrapper, [new File([resultsText(doc)], file)])
    const refused = wrapper.get('.error-summary li')
    expect(refused.text()).toContain(file)
    expect(refused.text()).toContain(`${XSS}’s attempt`)
    await refused.get('button').trigger('click')
    await settle()
    const counted = wrapper.get('.report-notice li .refused-why')
    expect(counted.text().startsWith(`${file}: ${XSS}’s attempt`)).toBe(true)
    expect(wrapper.get('.student-table tbody').text()).toContain(XSS)
    // Nothing of it became an element, and nothing ran.
    expect(wrapper.findAll('main img, main script').length).toBe(0)
    expect(document.querySelectorAll('img, script').length).toBe(0)
    expect((window as { hacked?: unknown }).hacked).toBeUndefined()
  })

  it('says whose file was changed and what to do, with where in the file only in a fold', async () => {
    const { wrapper } = await mountRoute('/classroom/report', await pinia())
    const ben = makeResults(
      'Ben Müller',
      [played(classBank, classAnswers.Ben!, { id: 'b1' })],
      bankOf,
      't',
      NOW,
    )
    const typed = structuredClone(ben) as unknown as { attempts: { score: unknown }[] }
    typed.attempts[0]!.score = 'lots'
    // A CSV whose attempt total no longer adds up to its rows.
    const rows = parseCsv(resultsCsv(ben))
    if (!rows.ok) throw new Error(rows.reason)
    const total = rows.rows[0]!.indexOf('attempt_score')
    const editedCsv = toCsv(rows.rows.map((r, i) => (i === 0 ? r : r.with(total, '5'))))
    await drop(wrapper, [
      new File([JSON.stringify(typed)], 'ben.json'),
      new File([editedCsv], 'ben.csv'),
    ])
    const items = wrapper.get('.error-summary').findAll('li')
    /** What a reader sees before opening the fold. */
    const plain = (li: (typeof items)[number]) =>
      [...li.element.childNodes]
        .filter((n) => n.nodeName !== 'DETAILS')
        .map((n) => n.textContent)
        .join('')
        .replace(/\s+/g, ' ')
        .trim()
    const changed =
      'it was changed after Passage wrote it, so its marks cannot be believed: ask the student to hand in their results again'
    expect(items.map(plain)).toEqual([
      `ben.json (Ben Müller’s results): ${changed}`,
      `ben.csv (Ben Müller’s results): ${changed}`,
    ])
    for (const li of items) expect(plain(li)).not.toMatch(/attempts\[|answers\[/)
    expect(items[0]!.get('details code').text()).toBe('attempts[0].score should be number')
    expect(items[1]!.get('details code').text()).toMatch(/^attempts\[0\]: its score 5 /)
  })

  it('names a set by its title, not its id and version, and flags nothing for one student', async () => {
    const { wrapper } = await mountRoute('/classroom/report', await pinia())
    const attempt = played(classBank, classAnswers.Eli!, { id: 'eli1' })
    const text = resultsText(makeResults('Eli', [attempt], bankOf, 't', NOW))
    await drop(wrapper, [new File([text], 'eli.json')])
    const card = wrapper.get('.set-report')
    expect(card.get('h2').text()).toBe('Class check')
    expect(card.text()).not.toContain(classBank.id)
    expect(card.text()).not.toMatch(/version/i)
    // One student got each question wholly right or wholly wrong: no "Easy" or "Hard" for that.
    const looks = card.findAll('.item-table tbody tr').map((r) => shown(r.get('.item-flags')))
    expect(looks).toEqual(['–', '–', '–', '–', '–'])
    expect(card.get('.few-students').text()).toBe(
      'With 1 student, “Tells strong from weak” is left empty and no question is flagged to look again: it takes 5 students or more before one student’s answer no longer decides them.',
    )
  })

  it('lists one student’s answers short of full marks without “× 1” after each', async () => {
    const { wrapper } = await mountRoute('/classroom/report', await pinia())
    const attempt = played(classBank, classAnswers.Farid!, { id: 'farid1' })
    const text = resultsText(makeResults('Farid', [attempt], bankOf, 't', NOW))
    await drop(wrapper, [new File([text], 'farid.json')])
    const cells = wrapper
      .findAll('.item-table tbody tr')
      .map((r) => r.findAll('.item-answers li').map((li) => li.text()))
    // Q2: Lavrov chosen; Q3: true, not false; Q4 left blank.
    expect(cells).toEqual([[], ['Lavrov'], ['True'], ['left blank'], []])
    // Nothing is “commonest” among one student's answers: the heading says what the column holds.
    expect(wrapper.findAll('.item-table th[scope=col]').at(-1)!.text()).toBe(
      'Answers not fully right',
    )
    // On a phone, where each row is a card, its label says so too.
    expect(wrapper.findAll('.item-answers .cell-label').map((l) => l.text())).toContain(
      'Answers not fully right',
    )
    // Two students: how many gave each answer is back.
    const { wrapper: two } = await mountRoute('/classroom/report', await pinia())
    const ben = played(classBank, classAnswers.Ben!, { id: 'ben1' })
    await drop(two, [
      new File([text], 'farid.json'),
      new File([resultsText(makeResults('Ben', [ben], bankOf, 't', NOW))], 'ben.json'),
    ])
    expect(
      two
        .findAll('.item-table tbody tr')[3]!
        .findAll('.item-answers li')
        .map((li) => li.text()),
    ).toEqual(['left blank × 1', 'Putin × 1'])
    expect(two.findAll('.item-table th[scope=col]').at(-1)!.text()).toBe(
      'Commonest answers not fully right',
    )
    // One student who marked a typed answer right: not “✎ 1 marked right by the student”.
    const eli = played(classBank, classAnswers.Eli!, { id: 'eli1' })
    const q4 = eli.answers.find((a) => a.qid === 'q4')!
    Object.assign(q4, { score: 1, correct: true, overridden: true })
    eli.score += 1
    const { wrapper: own } = await mountRoute('/classroom/report', await pinia())
    await drop(own, [
      new File([resultsText(makeResults('Eli', [eli], bankOf, 't', NOW))], 'eli.json'),
    ])
    const flags = own.findAll('.item-table tbody tr').map((r) => shown(r.get('.item-flags')))
    expect(flags[3]).toBe('✎ marked right by the student')
  })

  it('leaves "Tells strong from weak" empty under five students, saying why, rather than show chance figures', async () => {
    const few = async (names: string[]) => {
      const { wrapper } = await mountRoute('/classroom/report', await pinia())
      const files = names.map((name, i) => {
        const attempt = played(classBank, classAnswers[name]!, { id: `few${i}` })
        return new File(
          [resultsText(makeResults(name, [attempt], bankOf, 't', NOW))],
          `${name}.json`,
        )
      })
      await drop(wrapper, files)
      return wrapper.get('.set-report')
    }
    // Three students: a correlation over three marks, "−0.87" or "0.00" by chance, read as a
    // broken question.
    const three = await few(['Ana', 'Ben', 'Caro'])
    const cells = three.findAll('.item-table tbody .item-discrimination')
    expect(cells).toHaveLength(5)
    for (const cell of cells) {
      expect(seen(cell)).toBe('Tells strong from weak –')
      expect(heard(cell)).toBe('too few students to tell')
    }
    expect(three.get('.few-students').text()).toMatch(
      /^With 3 students, “Tells strong from weak” is left empty and no question is flagged/,
    )
    // From five students up the figures are back.
    const five = await few(['Ana', 'Ben', 'Caro', 'Dev', 'Eli'])
    expect(five.find('.few-students').exists()).toBe(false)
    const figures = five.findAll('.item-table tbody .item-discrimination').map(shown)
    expect(figures.filter((f) => /^−?\d\.\d\d$/.test(f)).length).toBeGreaterThan(0)
    expect(five.text()).not.toContain('too few students')
  })

  it('lists the questions hardest first on request, each keeping its number in the set', async () => {
    const { wrapper } = await mountRoute('/classroom/report', await pinia())
    await drop(wrapper, filesOf())
    const card = wrapper.get('.set-report')
    const order = () =>
      card
        .findAll('.item-table tbody tr')
        .map((r) => [shown(r.get('td')), r.get('.item-id').text()])
    expect(order().map(([n]) => n)).toEqual(['1', '2', '3', '4', '5'])

    const group = card.get('fieldset.segmented')
    expect(group.get('legend').text()).toBe('Order')
    const hardest = group.findAll('label').find((l) => l.text() === 'Hardest first')!
    await hardest.get('input').setValue()
    // Facilities 1.00, 0.50, 0.50, 0.17, 0.58: the two at 0.50 stay in the set's order.
    expect(order()).toEqual([
      ['4', 'q4'],
      ['2', 'q2'],
      ['3', 'q3'],
      ['5', 'q5'],
      ['1', 'q1'],
    ])
    expect(card.get('.item-table caption').text()).toMatch(/Class check, hardest first$/)
    // Said in the heading, which prints where the choice beside it does not.
    expect(card.get('.table-head h3').text()).toBe('Questions, hardest first')

    await group.findAll('input')[0]!.setValue()
    expect(order().map(([n]) => n)).toEqual(['1', '2', '3', '4', '5'])
    expect(card.get('.table-head h3').text()).toBe('Questions')
  })

  it('shows a tick-all answer that missed a right option as incomplete, not as wrong', async () => {
    const { wrapper } = await mountRoute('/classroom/report', await pinia())
    await drop(wrapper, filesOf())
    // Q5's right options are Syria and Russia: Dev ticked only Syria.
    const q5 = wrapper.findAll('.item-table tbody tr')[4]!
    expect(q5.findAll('.wrong-list li').map((li) => li.text())).toEqual([
      'Iran × 1',
      'Syria × 1 Incomplete — missing “Russia”',
      'Syria; Iran × 1',
    ])
    expect(wrapper.findAll('.item-table th[scope=col]').map((th) => th.text())).toContain(
      'Commonest answers not fully right',
    )
  })

  it('says the answers short of full marks are not in the files when the files hold only their marks, rather than "none"', async () => {
    const { wrapper } = await mountRoute('/classroom/report', await pinia())
    // Eli, Farid and Caro saved their attempts without the answers (marks only); the others with.
    const files = Object.keys(classAnswers).map((name, i) => {
      const attempt = played(classBank, classAnswers[name]!, { id: `att${i}` })
      if (['Caro', 'Eli', 'Farid'].includes(name)) {
        for (const a of attempt.answers) delete a.answer
      }
      return new File([resultsText(makeResults(name, [attempt], bankOf, 't', NOW))], `${name}.json`)
    })
    await drop(wrapper, files)
    const cells = wrapper
      .findAll('.item-table tbody tr')
      .map((r) => r.findAll('.item-answers li').map((li) => li.text()))
    // Q1: all right. Q2: Dev chose Peskov; Eli and Farid missed it. Q3: Caro, Eli and Farid
    // missed it, all three in marks only. Q4: Ben and Dev typed Putin; Caro, Eli and Farid (whose
    // blank is not in the file either) did not.
    expect(cells).toEqual([
      [],
      ['Peskov × 1', 'answer not in the files × 2'],
      ['answer not in the files × 3'],
      ['Putin × 2', 'answer not in the files × 3'],
      ['Iran × 1', 'Syria × 1 Incomplete — missing “Russia”', 'Syria; Iran × 1'],
    ])
    expect(shown(wrapper.get('.item-table tbody tr .item-answers'))).toBe('none')
    // On a phone a cell with nothing short of full marks is out of sight (“quiet”); one with
    // answers only in marks is not: Q3's three students who missed it are seen there too.
    expect(
      wrapper.findAll('.item-table tbody tr .item-answers').map((td) => td.classes('quiet')),
    ).toEqual([true, false, false, false, false])
    // What the numbers mean says why.
    expect(wrapper.get('.report-help').text()).toContain(
      '“Answer not in the files” counts answers whose file holds their marks but not their words',
    )
  })

  it('says once above the table, not in every row, that no file holds the words of its answers', async () => {
    const { wrapper } = await mountRoute('/classroom/report', await pinia())
    // Every student saved marks only: "answer not in the files × 3" stood in four rows of five.
    const files = Object.keys(classAnswers).map((name, i) => {
      const attempt = played(classBank, classAnswers[name]!, { id: `att${i}` })
      for (const a of attempt.answers) delete a.answer
      return new File([resultsText(makeResults(name, [attempt], bankOf, 't', NOW))], `${name}.json`)
    })
    await drop(wrapper, files)
    expect(wrapper.get('.set-report .no-words').text().replace(/\s+/g, ' ')).toBe(
      'The files hold the marks of these attempts but not the words of their answers, so “Commonest answers not fully right” lists none.',
    )
    expect(wrapper.text()).not.toContain('answer not in the files')
    const cells = wrapper.findAll('.item-table tbody tr .item-answers')
    // Seen: a dash where answers fell short, "none" where every one was right; heard: why.
    expect(
      cells.map((td) =>
        seen(td)
          .replace(/^Commonest answers not fully right/, '')
          .trim(),
      ),
    ).toEqual(['none', '–', '–', '–', '–'])
    expect(heard(cells[1]!)).toBe('answers not in the files')
    // On a phone the rows' cards leave the empty cell out: the note above says it for all.
    expect(cells.every((td) => td.classes('quiet'))).toBe(true)
  })

  it('tells attempts at another version of a set by when they were made, not by a code', async () => {
    const { wrapper } = await mountRoute('/classroom/report', await pinia())
    const doc = makeResults(
      'Eli',
      [played(classBank, classAnswers.Eli!, { id: 'eli1' })],
      bankOf,
      't',
      NOW,
    )
    const older = structuredClone(doc)
    older.attempts[0]!.set.version = 'oldVer01'
    older.attempts[0]!.id = 'eli0'
    await drop(wrapper, [
      new File([resultsText(doc)], 'eli.json'),
      new File([resultsText(older)], 'eli-old.json'),
    ])
    const cards = wrapper.findAll('.set-report')
    expect(cards).toHaveLength(2)
    const other = cards.find((c) => c.find('.byline').exists())!
    const finished = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    }).format(Date.parse(older.attempts[0]!.finishedAt))
    expect(other.get('.byline').text()).toBe(`Another version of the set, answered ${finished}`)
    expect(wrapper.text()).not.toContain('oldVer01')
  })

  it('says a set is not in this browser, and how to bring it, rather than blame its version', async () => {
    const { wrapper } = await mountRoute('/classroom/report', await pinia())
    const shared = { ...classBank, id: 'shared/quiz-from-a-friend', title: 'From a friend' }
    const attempt = played(shared, classAnswers.Ana!, { id: 'fr1' })
    const text = resultsText(makeResults('Ana', [attempt], () => shared, 't', NOW))
    await drop(wrapper, [new File([text], 'ana.json')])
    const card = wrapper.get('.set-report')
    expect(card.get('h2').text()).toBe('From a friend')
    // Its id and version mean nothing to a teacher: not shown.
    expect(card.text()).not.toContain('shared/quiz-from-a-friend')
    expect(card.text()).not.toMatch(/version/i)
    const notice = card.get('.notice').text()
    expect(notice).toContain('This set is not in this browser')
    expect(notice).toContain('open the link it was shared with and choose “Add to my library”')
    expect(card.get('.notice a').attributes('href')).toMatch(/\/studio\/import$/)
    expect(card.text()).not.toContain('not the version')
    expect(card.text()).not.toContain('questions or keys differ')
  })

  it('tells the teacher to ask for the Passage results file when an xAPI file comes in', async () => {
    const { wrapper } = await mountRoute('/classroom/report', await pinia())
    const attempt = played(classBank, classAnswers.Ana!, { id: 'x1' })
    const text = JSON.stringify(xapiStatements('Ana', [attempt], bankOf, 'en'))
    await drop(wrapper, [new File([text], 'ana-alvarez-attempt-xapi-2026-12-03.json')])
    expect(wrapper.get('.error-summary li').text()).toBe(
      'ana-alvarez-attempt-xapi-2026-12-03.json: it holds xAPI statements, which are for a learning record store: ask the student to hand in again and choose “Passage results file”',
    )
  })

  it('names students whose names differ only in accents, counted apart, for the teacher to check', async () => {
    const { wrapper } = await mountRoute('/classroom/report', await pinia())
    const file = (name: string, who: string, i: number) => {
      const attempt = played(classBank, classAnswers[who]!, { id: `a${i}`, start: i * 600 })
      return new File([resultsText(makeResults(name, [attempt], bankOf, 't', NOW))], `${i}.json`)
    }
    await drop(wrapper, [file('Ana Álvarez', 'Ana', 1), file('Ana Alvarez', 'Ben', 2)])
    expect(wrapper.get('.report-status').text()).toBe('2 files from 2 students.')
    const note = wrapper.get('.report-notice')
    expect(note.get('h2').text()).toBe('2 names differ only in their accents')
    expect(note.get('li').text().replace(/\s+/g, ' ')).toBe(
      'Ana Alvarez and Ana Álvarez are counted as two students.',
    )
    expect(note.text()).toContain('ask them to hand in their results again')
    expect(note.attributes('aria-labelledby')).toBe(note.get('h2').attributes('id'))
  })

  it('counts a backup holding only an attempt also handed in by name as that student’s, and says so', async () => {
    const { wrapper } = await mountRoute('/classroom/report', await pinia())
    const ana = played(classBank, classAnswers.Ana!, { id: 'ana1' })
    const csv = resultsCsv(makeResults('Ana Lima', [ana], bankOf, 't', NOW))
    const progress = recordAttempt(emptyProgress(), ana)
    const backup = backupText(makeBackup({ progress }, 't', NOW))
    await drop(wrapper, [
      new File([csv], 'ana-lima-results.csv'),
      new File([backup], 'passage-backup-2024-05-20.json'),
    ])
    // One student in the set's table: the header said “2 files from 2 students”.
    const students = wrapper.get('.stat-list > div')
    expect([students.get('dt').text(), students.get('dd').text()]).toEqual(['Students', '1'])
    expect(wrapper.get('.report-status').text()).toBe(
      '2 files from 1 student; 1 attempt was in more than one file and counts once.',
    )
    const within = wrapper.get('.report-within')
    expect(within.text().replace(/\s+/g, ' ')).toBe(
      'Every attempt in passage-backup-2024-05-20.json is also in Ana Lima’s results and counts once, as Ana Lima’s.',
    )
    expect(within.get('.file-name').text()).toBe('passage-backup-2024-05-20.json')
    expect(wrapper.findAll('.student-table tbody th').map((th) => th.text())).toEqual(['Ana Lima'])
  })

  it('keeps two students’ backups of one name apart, added one after the other, each said to be a backup', async () => {
    const { wrapper } = await mountRoute('/classroom/report', await pinia())
    const backupOf = (a: ReturnType<typeof played>) =>
      new File(
        [backupText(makeBackup({ progress: recordAttempt(emptyProgress(), a) }, 't', NOW))],
        'passage-backup-2024-05-20.json',
      )
    await drop(wrapper, [backupOf(played(classBank, classAnswers.Ana!, { id: 'ana1' }))])
    await drop(wrapper, [backupOf(played(classBank, classAnswers.Ben!, { id: 'ben1' }))])
    // The second replaced the first: “1 file from 1 student”, one row, “passage-backup-2024-05-20”.
    expect(wrapper.get('.report-status').text()).toBe('2 files from 2 students.')
    expect(
      wrapper.findAll('.student-table tbody th').map((th) => th.text().replace(/\s+/g, ' ')),
    ).toEqual([
      'passage-backup-2024-05-20.json a backup, which does not say whose',
      // It said “passage-backup-2024-05-20 (2).json”, a name no file on the teacher's disk has.
      'passage-backup-2024-05-20.json (the second file of this name) a backup, which does not say whose',
    ])
    // The gradebook names the two alike, each without “.json”: the second was
    // “passage-backup-2024-05-20.json (the second file of this name)” beside a first without it.
    const { column: cells } = await gradebook(wrapper)
    expect(cells('student').sort()).toEqual([
      'passage-backup-2024-05-20',
      'passage-backup-2024-05-20 (the second file of this name)',
    ])
    expect(cells('backup_files').sort()).toEqual([
      'passage-backup-2024-05-20.json',
      'passage-backup-2024-05-20.json (the second file of this name)',
    ])
    // The same file again changes nothing.
    await drop(wrapper, [backupOf(played(classBank, classAnswers.Ana!, { id: 'ana1' }))])
    expect(wrapper.get('.report-status').text()).toBe('2 files from 2 students.')
  })

  it('counts a student’s backups of two days, sharing an attempt, as one student', async () => {
    const { wrapper } = await mountRoute('/classroom/report', await pinia())
    const a1 = played(classBank, classAnswers.Ben!, { id: 'a1' })
    const a2 = played(classBank, classAnswers.Ana!, { id: 'a2', start: 3600 })
    const backupOf = (attempts: ReturnType<typeof played>[], name: string) => {
      const progress = attempts.reduce((d, a) => recordAttempt(d, a), emptyProgress())
      return new File([backupText(makeBackup({ progress }, 't', NOW))], name)
    }
    await drop(wrapper, [
      backupOf([a1], 'passage-backup-2024-05-20.json'),
      backupOf([a1, a2], 'passage-backup-2024-05-27.json'),
    ])
    // It said “2 files from 2 students”, the 27 May backup a student with only its newer attempt.
    expect(wrapper.get('.report-status').text()).toBe(
      '2 files from 1 student; 1 attempt was in more than one file and counts once.',
    )
    expect(wrapper.get('.report-within').text().replace(/\s+/g, ' ')).toBe(
      'passage-backup-2024-05-27.json holds attempts also in passage-backup-2024-05-20.json: both are backups of one student, who counts once, and its 1 other attempt counts as theirs too.',
    )
    // The student's row names both files it counts: it named only the first, as if the 27 May
    // backup were not in it.
    const rows = wrapper.findAll('.student-table tbody tr')
    expect(rows.map((r) => r.get('th').text().replace(/\s+/g, ' '))).toEqual([
      'passage-backup-2024-05-20.json and passage-backup-2024-05-27.json backups, which do not say whose',
    ])
    expect(rows[0]!.findAll('td')[1]!.text()).toContain(`${a1.score} of`)
    // The gradebook CSV says so too: its rows named the student “passage-backup-2024-05-20” and
    // said neither that it was a backup nor that the 27 May one is in it.
    const { column: cells } = await gradebook(wrapper)
    expect(cells('student')).toEqual(['passage-backup-2024-05-20'])
    expect(cells('backup_files')).toEqual([
      'passage-backup-2024-05-20.json; passage-backup-2024-05-27.json',
    ])
  })

  it('counts every attempt of a backup as the student’s whose results hold some of them', async () => {
    const { wrapper } = await mountRoute('/classroom/report', await pinia())
    const ana = played(classBank, classAnswers.Ana!, { id: 'ana1', start: 3600 })
    const earlier = played(classBank, classAnswers.Ben!, { id: 'ana0' })
    const csv = resultsCsv(makeResults('Ana Lima', [ana], bankOf, 't', NOW))
    const progress = recordAttempt(recordAttempt(emptyProgress(), earlier), ana)
    await drop(wrapper, [
      new File([csv], 'ana-lima-results.csv'),
      new File([backupText(makeBackup({ progress }, 't', NOW))], 'passage-backup-2024-05-20.json'),
    ])
    // It said “2 files from 2 students”, the backup a student of its own with its first attempt.
    expect(wrapper.get('.report-status').text()).toBe(
      '2 files from 1 student; 1 attempt was in more than one file and counts once.',
    )
    expect(wrapper.get('.report-within').text().replace(/\s+/g, ' ')).toBe(
      'passage-backup-2024-05-20.json is a backup of Ana Lima’s: it holds attempts also in Ana Lima’s results, so its 1 other attempt counts as Ana Lima’s too.',
    )
    // Her first attempt is the backup's: the one the report counts by default.
    const rows = wrapper.findAll('.student-table tbody tr')
    expect(rows.map((r) => r.get('th').text())).toEqual(['Ana Lima'])
    expect(rows[0]!.findAll('td')[1]!.text()).toContain(`${earlier.score} of`)
  })

  it('does not call a backup’s copy of an attempt different for lacking the words of its answers', async () => {
    // The set is not in this browser: the backup's answers are codes it cannot put in words.
    const { wrapper } = await mountRoute('/classroom/report', freshPinia())
    const ana = played(classBank, classAnswers.Ana!, { id: 'ana1' })
    const csv = resultsCsv(makeResults('Ana Lima', [ana], bankOf, 't', NOW))
    const backup = backupText(
      makeBackup({ progress: recordAttempt(emptyProgress(), ana) }, 't', NOW),
    )
    await drop(wrapper, [
      new File([csv], 'ana-lima-results.csv'),
      new File([backup], 'passage-backup-2024-05-20.json'),
    ])
    expect(wrapper.get('.report-status').text()).toBe(
      '2 files from 1 student; 1 attempt was in more than one file and counts once.',
    )
    // It said “1 attempt differs from one file to another … with other marks or answers”.
    expect(wrapper.text()).not.toContain('differs')
    expect(wrapper.findAll('.report-notice')).toHaveLength(0)
  })

  it('names a typed name whose attempts all count under another, and where they count', async () => {
    const { wrapper } = await mountRoute('/classroom/report', await pinia())
    const ana = played(classBank, classAnswers.Ana!, { id: 'ana1' })
    const ben = played(classBank, classAnswers.Ben!, { id: 'ben1', start: 600 })
    const file = (name: string, attempts: (typeof ana)[], as: string) =>
      new File([resultsText(makeResults(name, attempts, bankOf, 't', NOW))], as)
    await drop(wrapper, [
      file('Ana', [ana], 'ana.json'),
      file('Ben', [ben], 'ben.json'),
      file('Tablet', [ana, ben], 'tablet.json'),
    ])
    expect(wrapper.get('.report-status').text()).toBe(
      '3 files from 2 students; 2 attempts were in more than one file and count once.',
    )
    expect(wrapper.get('.report-within').text().replace(/\s+/g, ' ')).toBe(
      'Every attempt handed in as “Tablet” (in tablet.json) is also in the results of Ana and Ben and counts once, as theirs.',
    )
  })

  it('counts every attempt on request, and tells one student’s attempts apart', async () => {
    const { wrapper } = await mountRoute('/classroom/report', await pinia())
    const attempts = [
      played(classBank, classAnswers.Ana!, { id: 'ana1' }),
      played(classBank, classAnswers.Ben!, { id: 'ana2', start: 3600 }),
    ]
    const text = resultsText(makeResults('Ana', attempts, bankOf, 't', NOW))
    await drop(wrapper, [new File([text], 'ana.json')])
    const select = wrapper.get('select')
    expect(wrapper.get(`label[for="${select.attributes('id')}"]`).text()).toBe('Attempts to count')
    expect(select.findAll('option').map((o) => o.text())).toEqual([
      'Each student’s first attempt',
      'Each student’s best attempt',
      'Each student’s latest attempt',
      'Every attempt',
    ])
    const students = () =>
      wrapper.findAll('.student-table tbody th').map((th) => th.text().replace(/\s+/g, ' '))
    expect(students()).toEqual(['Ana'])
    const caption = () => wrapper.get('.histogram figcaption').text()
    expect(caption()).toMatch(/^Students per score band/)
    expect(wrapper.get('.item-facility .cell-label').text()).toBe('Right (share of the class)')
    await select.setValue('all')
    await settle()
    // Two bars' worth from one student: the chart says it counts attempts, and so do the questions.
    expect(caption()).toMatch(/^Attempts per score band/)
    expect(wrapper.get('.item-facility .cell-label').text()).toBe('Right (share of the attempts)')
    expect(wrapper.findAll('th').map((th) => th.text())).toContain('Right (share of the attempts)')
    const [first, second] = students()
    expect(first).toMatch(/^Ana attempt 1 of 2, \S/)
    expect(second).toMatch(/^Ana attempt 2 of 2, \S/)
    // Each row says when, so two attempts of one student read apart.
    expect(first!.split(', ').slice(1)).not.toEqual(second!.split(', ').slice(1))
  })

  it("counts a student's test, not the practice run before it, and marks a practice run counted", async () => {
    const { wrapper } = await mountRoute('/classroom/report', await pinia())
    const ana = [
      played(classBank, classAnswers.Ana!, { id: 'ana1', mode: 'practice' }),
      played(classBank, classAnswers.Eli!, { id: 'ana2', start: 3600 }),
    ]
    const ben = [played(classBank, classAnswers.Ben!, { id: 'ben1', mode: 'practice' })]
    await drop(wrapper, [
      new File([resultsText(makeResults('Ana', ana, bankOf, 't', NOW))], 'ana.json'),
      new File([resultsText(makeResults('Ben', ben, bankOf, 't', NOW))], 'ben.json'),
    ])
    const rows = wrapper.findAll('.student-table tbody tr').map((tr) => seen(tr))
    // Ana's test (Eli's answers, 2 of 5), not her practice run (4 of 5).
    expect(rows[0]).toMatch(/^Ana 40%/)
    expect(rows[1]).toMatch(/^Ben practice: answers shown as it went, second tries worth ½ ?60%/)
    expect(heard(wrapper.findAll('.student-table tbody th')[1]!)).toBe(
      'Ben practice: answers shown as it went, second tries worth half a mark',
    )
  })

  it('shows names and answers from files as text, never as markup', async () => {
    const { wrapper } = await mountRoute('/classroom/report', await pinia())
    await drop(wrapper, filesOf())
    expect(wrapper.find('.set-report img').exists()).toBe(false)
    expect(wrapper.find('.set-report script').exists()).toBe(false)
    expect(wrapper.get('.set-report').text()).toContain(XSS)
    expect((window as { hacked?: number }).hacked).toBeUndefined()
  })

  it("gives each score's time in the teacher's time zone, as a spreadsheet reads a date", async () => {
    // New York in May: four hours behind UTC.
    vi.spyOn(Date.prototype, 'getTimezoneOffset').mockReturnValue(240)
    const { wrapper } = await mountRoute('/classroom/report', await pinia())
    // Finished at 01:10 UTC on 19 May: the evening of the 18th in New York.
    const attempt = { ...played(classBank, classAnswers.Ana!, { id: 'ana1' }) }
    attempt.startedAt = Date.UTC(2024, 4, 19, 1, 0)
    attempt.finishedAt = Date.UTC(2024, 4, 19, 1, 10)
    const text = resultsText(makeResults('Ana', [attempt], bankOf, 't', NOW))
    await drop(wrapper, [new File([text], 'ana.json')])
    const { column } = await gradebook(wrapper)
    expect(column('finished_at')).toEqual(['2024-05-19T01:10:00.000Z'])
    expect(column('finished_local')).toEqual(['2024-05-18 21:10'])
  })

  it('downloads the scores for a gradebook and the question report as CSV, and starts again', async () => {
    const { wrapper } = await mountRoute('/classroom/report', await pinia())
    await drop(wrapper, filesOf())
    const button = (label: string) => wrapper.findAll('button').find((b) => b.text() === label)!
    const { header, rows, cell } = await gradebook(wrapper)
    // Named after the set, as the students' files are: a teacher's downloads of two sets differ.
    expect(downloads[0]?.name).toMatch(/^class-check-scores-\d{4}-\d{2}-\d{2}\.csv$/)
    expect(header).toEqual([...STUDENTS_CSV_COLUMNS])
    // Each student's row says what the table on screen says.
    const shown = wrapper.findAll('.student-table tbody tr').map((tr) => ({
      student: tr.get('th').text(),
      score: tr.findAll('td')[0]!.text(),
    }))
    expect(
      rows.map((r) => ({ student: cell(r, 'student'), score: `${cell(r, 'score_percent')}%` })),
    ).toEqual(shown)
    expect(rows.every((r) => cell(r, 'passed') === 'yes' || cell(r, 'passed') === 'no')).toBe(true)

    await button('Download the question report (CSV)').trigger('click')
    expect(downloads[1]?.name).toMatch(/^class-check-report-\d{4}-\d{2}-\d{2}\.csv$/)
    const text = await downloads[1]!.blob.text()
    expect(text.split('\r\n')[0]).toMatch(/^\uFEFFset_id,set_title,set_version/)
    const again = wrapper.findAll('button').find((b) => b.text() === 'Start again')!
    ;(again.element as HTMLButtonElement).focus()
    await again.trigger('click')
    await settle()
    expect(wrapper.find('.set-report').exists()).toBe(false)
    // The button is gone: the keyboard goes on to choosing files again, not to the top of the page.
    expect(document.activeElement).toBe(wrapper.get('input[type=file]').element)
    expect(document.activeElement?.id).toBe(wrapper.get('label').attributes('for'))
  })

  it('writes the CSVs for a spreadsheet in the teacher’s language: semicolons and decimal commas in German', async () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('de-DE')
    const { wrapper } = await mountRoute('/classroom/report', await pinia())
    await drop(wrapper, filesOf())
    const button = (label: string) => wrapper.findAll('button').find((b) => b.text() === label)!
    await button('Download scores for the gradebook (CSV)').trigger('click')
    await button('Download the question report (CSV)').trigger('click')
    const [scoresText, reportText] = await Promise.all(downloads.map((d) => d.blob.text()))
    for (const text of [scoresText!, reportText!]) {
      // The byte-order mark that makes Excel read the names as UTF-8, and no comma between fields.
      expect(text.startsWith('\uFEFF')).toBe(true)
      expect(text.split('\r\n')[0]).not.toContain(',')
    }
    const scores = parseCsv(scoresText!.slice(1), ';')
    if (!scores.ok) throw new Error(scores.reason)
    const [header, ...rows] = scores.rows
    expect(header).toEqual([...STUDENTS_CSV_COLUMNS])
    const marks = rows.map((r) => r[header!.indexOf('marks')]!)
    expect(marks.every((m) => /^\d+(,\d+)?$/.test(m))).toBe(true)
    const report = parseCsv(reportText!.slice(1), ';')
    if (!report.ok) throw new Error(report.reason)
    const mean = report.rows[1]![report.rows[0]!.indexOf('mean_score')]
    expect(mean).toBe('0,550')
  })

  it('lets a teacher whose Excel is not in their browser’s language choose the columns, and remembers it', async () => {
    // A German browser on a Windows set to English: semicolons would open as one column.
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('de-DE')
    const { wrapper } = await mountRoute('/classroom/report', await pinia())
    await drop(wrapper, filesOf())
    const select = wrapper.get<HTMLSelectElement>('select[aria-describedby$="-columns-hint"]')
    // The name a restore's list of changed settings gives it (“Spreadsheet (CSV) downloads for”:
    // Excel with semicolons in the backup…), from the one place every setting's label comes from.
    expect(`“${wrapper.get(`label[for="${select.attributes('id')}"]`).text()}”`).toBe(
      SETTING_NAMES.csv,
    )
    expect(SETTING_NAMES.csv).toBe('“Spreadsheet (CSV) downloads for”')
    expect(select.element.value).toBe('semicolon')
    await select.setValue('comma')
    const button = (w: VueWrapper, label: string) =>
      w.findAll('button').find((b) => b.text() === label)!
    await button(wrapper, 'Download scores for the gradebook (CSV)').trigger('click')
    const scores = (await downloads[0]!.blob.text()).slice(1)
    expect(scores.split('\r\n')[0]).toMatch(/^set_id,set_title,set_version,/)
    const parsed = parseCsv(scores)
    if (!parsed.ok) throw new Error(parsed.reason)
    const marks = parsed.rows.slice(1).map((r) => r[parsed.rows[0]!.indexOf('marks')]!)
    expect(marks.some((m) => m.includes('.'))).toBe(true)
    wrapper.unmount()

    // Another day: the choice is still there.
    const again = (await mountRoute('/classroom/report', await pinia())).wrapper
    await drop(again, filesOf())
    expect(
      again.get<HTMLSelectElement>('select[aria-describedby$="-columns-hint"]').element.value,
    ).toBe('comma')
    await button(again, 'Download the question report (CSV)').trigger('click')
    expect((await downloads[1]!.blob.text()).split('\r\n')[0]).toMatch(/^\uFEFFset_id,set_title,/)
    // And back to semicolons, for a colleague's computer.
    await again.get('select[aria-describedby$="-columns-hint"]').setValue('semicolon')
    await button(again, 'Download the question report (CSV)').trigger('click')
    expect((await downloads[2]!.blob.text()).split('\r\n')[0]).toMatch(/^\uFEFFset_id;set_title;/)
  })
})
