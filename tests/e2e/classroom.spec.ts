/** A class without a server: a student hands results in, a teacher reads the class report and prints. */
import { readFileSync, writeFileSync } from 'node:fs'
import { expect, test, type Page, type TestInfo } from '@playwright/test'
import { expectNoAxeViolations, loadBank, pageCount, renderedLines, resizeTo } from './helpers.ts'
import { useTextSize } from './tour.ts'
import { makeResults, resultsText } from '../../src/domain/interop/results.ts'
import type { Attempt } from '../../src/domain/progress/codec.ts'
import { played } from '../fixtures/attempts.ts'

const XSS = `<img src=x onerror="document.title='hacked'"><script>alert(1)</script>`

/** A finished test of "Who said what", submitted at once (every answer blank). */
async function finishQuickly(page: Page) {
  await page.goto('./#/quiz/assad-sochi-2018/who-said-what')
  await page.getByRole('radio', { name: /^Test/ }).check()
  await page.getByRole('button', { name: /^Start \d+ questions$/ }).click()
  await page.getByRole('button', { name: 'Submit test' }).click()
  await page.getByRole('button', { name: 'Submit anyway' }).click()
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible()
}

/**
 * Another student's attempt at the whole set, every answer right but the first `missed` (a
 * number), or but the questions at the indices listed.
 */
function classmate(name: string, id: string, missed: number | readonly number[]): string {
  const bank = loadBank('who-said-what')
  const wrong = (i: number) => (typeof missed === 'number' ? i < missed : missed.includes(i))
  const answers = bank.questions
    .map((q, i) => ({
      qid: q.id,
      score: wrong(i) ? 0 : 1,
      max: 1,
      correct: !wrong(i),
      timeMs: 9000,
    }))
    .sort((a, b) => (a.qid < b.qid ? -1 : 1))
  const score = answers.reduce((s, a) => s + a.score, 0)
  const attempt: Attempt = {
    id,
    setId: bank.id,
    mode: 'test',
    startedAt: Date.UTC(2024, 4, 18, 9),
    finishedAt: Date.UTC(2024, 4, 18, 9, 10),
    score,
    max: answers.length,
    passed: score / answers.length >= bank.passMark,
    answers,
    detailed: false,
  }
  return resultsText(makeResults(name, [attempt], () => bank, 'e2e', new Date()))
}

test('a student hands in results and a teacher reads them in the class report', async ({
  page,
}, info) => {
  // Each test downloads and builds files, and the 2-core machine is shared.
  test.slow()
  await finishQuickly(page)
  const handIn = page.locator('.hand-in')
  await expect(handIn.getByRole('heading', { name: 'Hand in results' })).toBeVisible()
  await handIn.getByLabel('Your name, as your teacher should see it').fill(XSS)
  await expectNoAxeViolations(page, 'results with hand-in')
  const downloading = page.waitForEvent('download')
  await handIn.getByRole('button', { name: 'Download for my teacher' }).click()
  const mine = info.outputPath('mine.json')
  await (await downloading).saveAs(mine)
  expect(JSON.parse(readFileSync(mine, 'utf8'))).toMatchObject({ student: { name: XSS } })

  const files = [mine]
  for (const [name, id, missed] of [
    ['Ana', 'ana001', 1],
    ['Ben', 'ben001', 4],
    ['Caro', 'car001', 8],
  ] as const) {
    const file = info.outputPath(`${name}.json`)
    writeFileSync(file, classmate(name, id, missed))
    files.push(file)
  }
  const copy = info.outputPath('Ana again.json')
  writeFileSync(copy, readFileSync(files[1]!, 'utf8'))
  const broken = info.outputPath('notes.txt')
  writeFileSync(broken, 'Dear teacher, my results are attached.')
  // A student who chose "xAPI statements" instead of the results file.
  const xapi = info.outputPath('dev-who-said-what-attempt-xapi.json')
  writeFileSync(
    xapi,
    JSON.stringify([{ actor: { name: 'Dev' }, verb: { id: 'answered' }, object: { id: 'q' } }]),
  )
  files.push(copy, broken, xapi)

  await page.goto('./#/classroom/report')
  await expect(page.getByRole('heading', { level: 1, name: 'Class report' })).toBeVisible()
  await page.getByLabel('Add results files').setInputFiles(files)
  const failures = page.locator('.error-summary')
  await expect(failures.getByRole('heading')).toHaveText('2 files could not be read')
  await expect(failures).toContainText(
    'notes.txt: it is not a Passage results file, results CSV or backup',
  )
  await expect(failures).toContainText(
    'dev-who-said-what-attempt-xapi.json: it holds xAPI statements, which are for a learning record store: ask the student to hand in again and choose “Passage results file”',
  )
  await expect(page.locator('.report-status')).toHaveText(
    '5 files from 4 students; 1 attempt was in more than one file and counts once.',
  )
  const card = page.locator('.set-report').filter({ hasText: 'Who said what' })
  await expect(card.locator('.stat-list')).toContainText('Students4')
  await expect(card.locator('.item-table tbody tr')).toHaveCount(
    loadBank('who-said-what').questions.length,
  )
  // The name from the file is text on the page, never markup.
  await expect(card.getByRole('rowheader', { name: XSS })).toBeVisible()
  await expect(card.locator('img')).toHaveCount(0)
  expect(await page.title()).not.toBe('hacked')
  await expectNoAxeViolations(page, 'class report')

  // On a phone, even at twice the text size, each question is a card: nothing scrolls sideways.
  await resizeTo(page, { width: 390, height: 844 })
  await page.evaluate(() => (document.documentElement.style.fontSize = '200%'))
  const sideways = await card
    .locator('.table-scroll')
    .evaluateAll((boxes) => boxes.map((b) => b.scrollWidth - b.clientWidth))
  expect(sideways.every((extra) => extra <= 1)).toBe(true)
  await page.evaluate(() => (document.documentElement.style.fontSize = ''))
  await expectNoAxeViolations(page, 'class report on a phone')
  await resizeTo(page, { width: 1280, height: 720 })

  const exporting = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download the question report (CSV)' }).click()
  const csv = await (await exporting).path()
  expect(readFileSync(csv, 'utf8')).toMatch(/^\uFEFFset_id,set_title,set_version,attempts_counted/)
})

/** Six students' files, so questions are flagged; the last question is right only for the weakest. */
function flaggedClass(info: TestInfo): string[] {
  const last = loadBank('who-said-what').questions.length - 1
  return (
    [
      ['Ana', 'ana001', [last]],
      ['Ben', 'ben001', [0, last]],
      ['Caro', 'car001', [0, 1, last]],
      ['Dev', 'dev001', [0, 1, 2, 3, last]],
      ['Eli', 'eli001', [0, 1, 2, 3, 4, 5, last]],
      ['Fay', 'fay001', [0, 1, 2, 3, 4, 5, 6, 7, 8]],
    ] as const
  ).map(([name, id, missed]) => {
    const file = info.outputPath(`${name}.json`)
    writeFileSync(file, classmate(name, id, missed))
    return file
  })
}

test("on a phone a question's card shows its flags whole: 'Does not tell strong from weak' wraps", async ({
  page,
}, info) => {
  const files = flaggedClass(info)
  await resizeTo(page, { width: 390, height: 844 })
  await page.goto('./#/classroom/report')
  await page.getByLabel('Add results files').setInputFiles(files)
  const card = page.locator('.set-report').filter({ hasText: 'Who said what' })
  const weak = card.locator('.flag-list li').filter({ hasText: 'Does not tell strong from weak' })
  await expect(weak.first()).toBeVisible()
  for (const size of ['', '200%']) {
    await page.evaluate((s) => (document.documentElement.style.fontSize = s), size)
    // Every flag fits its card (none runs under the card's edge), and no table scrolls sideways.
    const cut = await card.locator('.flag-list li').evaluateAll((items) =>
      items
        .filter((li) => {
          const box = li.closest('.table-scroll')!.getBoundingClientRect()
          return (
            li.scrollWidth > li.clientWidth + 1 || li.getBoundingClientRect().right > box.right + 1
          )
        })
        .map((li) => li.textContent?.trim()),
    )
    expect(cut, `flags cut at text size ${size || '100%'}`).toEqual([])
    // A card without flags or answers short of full marks has no gap where they would be: the
    // space between its lines is the same all the way down, and none is left under the last.
    const gaps = await card.locator('.item-table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => {
        const shown = [...tr.children]
          .filter((cell) => !cell.matches('.item-number, .quiet'))
          .map((cell) => cell.getBoundingClientRect())
          .sort((a, b) => a.top - b.top)
        const between = shown.slice(1).map((box, i) => Math.round(box.top - shown[i]!.bottom))
        const end =
          tr.getBoundingClientRect().bottom - parseFloat(getComputedStyle(tr).paddingBottom)
        return [...between, Math.round(end - shown.at(-1)!.bottom)]
      }),
    )
    const step = gaps[0]![0]!
    const uneven = gaps.filter(
      (row) =>
        row.slice(0, -1).some((gap) => Math.abs(gap - step) > 1) || Math.abs(row.at(-1)!) > 1,
    )
    expect(uneven, `cards with a gap at text size ${size || '100%'}`).toEqual([])
    const sideways = await card
      .locator('.table-scroll')
      .evaluateAll((boxes) => boxes.map((b) => b.scrollWidth - b.clientWidth))
    expect(sideways.every((extra) => extra <= 1)).toBe(true)
  }
})

test('at 1280 px a commonest answer’s count keeps to one line: “× 1” never splits', async ({
  page,
}, info) => {
  const bank = loadBank('who-said-what')
  // Six students, each with a few answers wrong, in words: two wrong answers to one question
  // are “Vladimir Putin” × 2, one is “Bashar al-Assad” × 1 in a column a third of the table.
  const files = ['Ana', 'Ben', 'Caro', 'Dev', 'Eli', 'Fay'].map((name, k) => {
    const responses = Object.fromEntries(
      bank.questions.map((q, i) => {
        const wrong = (i * 7 + k * 3) % 5 === 0
        switch (q.type) {
          case 'single':
            return [q.id, wrong ? q.choices.find((c) => c !== q.answer)! : q.answer]
          case 'multiple':
            return [q.id, wrong ? [q.choices.find((c) => !q.answers.includes(c))!] : q.answers]
          case 'truefalse':
            return [q.id, wrong ? !q.answer : q.answer]
          case 'short':
            return [q.id, wrong ? 'Vladimir Putin' : q.accepted[0]!]
          case 'matching':
            return [q.id, Object.fromEntries(q.pairs.map((p) => [p.left, p.right]))]
          case 'ordering':
            return [q.id, wrong ? [...q.items].reverse() : q.items]
          default:
            return [q.id, 0]
        }
      }),
    )
    const attempt = played(bank, responses, { id: `${name}1`, start: k * 100 })
    const file = info.outputPath(`${name}.json`)
    writeFileSync(file, resultsText(makeResults(name, [attempt], () => bank, 'e2e', new Date())))
    return file
  })
  await resizeTo(page, { width: 1280, height: 800 })
  await page.goto('./#/classroom/report')
  await page.getByLabel('Add results files').setInputFiles(files)
  const counts = page.locator('.set-report .wrong-list .times')
  await expect(counts.first()).toBeVisible()
  const lines = await counts.evaluateAll((spans) =>
    spans.map((span) => {
      const range = document.createRange()
      range.selectNodeContents(span)
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size
    }),
  )
  expect(lines.length).toBeGreaterThan(5)
  expect(
    lines.every((n) => n === 1),
    `counts split: ${JSON.stringify(lines)}`,
  ).toBe(true)
})

test("on a phone each student's row is a card whose marks and result keep to a line", async ({
  page,
}, info) => {
  await resizeTo(page, { width: 390, height: 844 })
  await page.goto('./#/classroom/report')
  await page.getByLabel('Add results files').setInputFiles(flaggedClass(info))
  const rows = page.locator('.set-report .student-table tbody tr')
  await expect(rows.first()).toBeVisible()
  for (const size of ['', '200%']) {
    await page.evaluate((s) => (document.documentElement.style.fontSize = s), size)
    // The lines each of a row's cells takes: a name may wrap at 200 %, a score never splits.
    const lines = await rows.evaluateAll((trs) =>
      trs.map((tr) =>
        [...tr.querySelectorAll('td')].map((td) => {
          const range = document.createRange()
          range.selectNodeContents(td)
          return new Set([...range.getClientRects()].map((r) => Math.round(r.bottom))).size
        }),
      ),
    )
    expect(
      lines.flat().every((n) => n === 1),
      `cells split at ${size || '100%'}: ${JSON.stringify(lines)}`,
    ).toBe(true)
    const sideways = await page
      .locator('.student-table-box .table-scroll, .student-table-box')
      .evaluateAll((boxes) => boxes.map((b) => b.scrollWidth - b.clientWidth))
    expect(sideways.every((extra) => extra <= 1)).toBe(true)
  }
})

test('the class report prints every column of its tables, without the controls', async ({
  page,
}, info) => {
  // The width of an A4 page inside its margins (180 mm), where the printed report is laid out.
  await resizeTo(page, { width: 680, height: 900 })
  await page.goto('./#/classroom/report')
  await page.getByLabel('Add results files').setInputFiles(flaggedClass(info))
  const card = page.locator('.set-report').filter({ hasText: 'Who said what' })
  await expect(card.locator('.flag-list li').first()).toBeVisible()
  // A file that cannot be read: the summary of it takes focus on screen.
  await page.getByLabel('Add results files').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"kind": "passage-results"'),
  })
  const failures = page.locator('.error-summary')
  await expect(failures).toBeFocused()
  await page.emulateMedia({ media: 'print' })
  // On paper: the reason, without the focus ring or the folded detail under it.
  await expect(failures).toHaveCSS('outline-style', 'none')
  await expect(failures).toContainText('broken.json: it is cut short or damaged')
  await expect(failures.locator('.failure-detail')).toBeHidden()
  // The report under its title, without the screen's "Drop the results files…" over it.
  await expect(page.getByRole('heading', { level: 1, name: 'Class report' })).toBeVisible()
  await expect(page.getByText('Drop the results files your students handed in')).toBeHidden()
  await expect(page.locator('.drop-zone')).toBeHidden()
  await expect(page.locator('.report-controls')).toBeHidden()
  await expect(card.locator('.segmented')).toBeHidden()
  // A fold left closed is a control with nothing under it on paper: the chart is there instead.
  await expect(card.getByText('Scores as a table')).toBeHidden()
  await expect(card.locator('.histogram svg.histogram-paper')).toBeVisible()
  // Paper does not scroll: a table wider than its box would lose its last columns at the edge.
  const cut = await card
    .locator('.table-scroll')
    .evaluateAll((boxes) => boxes.map((b) => b.scrollWidth - b.clientWidth))
  expect(
    cut.every((extra) => extra <= 1),
    `columns cut by ${cut.join(', ')} px`,
  ).toBe(true)
  await expect(
    card.getByRole('columnheader', { name: 'Commonest answers not fully right' }),
  ).toBeVisible()
})

test('a set not in this browser prints why its answers are missing, not how to add it', async ({
  page,
}) => {
  await page.goto('./#/classroom/report')
  const doc = JSON.parse(classmate('Ana', 'a1', 2)) as { attempts: { set: { id: string } }[] }
  doc.attempts[0]!.set.id = 'gone/old-set'
  await page.getByLabel('Add results files').setInputFiles({
    name: 'ana.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(doc)),
  })
  const missing = page.locator('.set-missing')
  await expect(missing.getByRole('link', { name: 'import its file' })).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  // On paper, why the report has no answers of its own, without a link that leads nowhere there.
  await expect(missing.getByText('To add it, open the link')).toBeHidden()
  await expect(missing).toBeVisible()
  expect(await missing.innerText()).toBe(
    'This set is not in this browser, so the report shows what the files say, without the set’s own answers.',
  )
})

test('printed at 200 % text from a wide screen, the chart fits the paper, its lettering the text’s size', async ({
  page,
}, info) => {
  await page.goto('./#/classroom/report')
  await page.getByLabel('Add results files').setInputFiles(flaggedClass(info))
  const card = page.locator('.set-report').filter({ hasText: 'Who said what' })
  await expect(card.locator('.histogram svg').first()).toBeVisible()
  // The text size setting's way: the root's font size, with the report drawn on a 1280 px screen.
  await page.evaluate(() => (document.documentElement.style.fontSize = '200%'))
  // Redrawn for the text size on screen (28rem wide, 28 px lettering), as it is before any print.
  await expect(card.locator('.histogram svg').first()).toHaveAttribute('viewBox', /^0 0 896 /)
  await page.emulateMedia({ media: 'print' })
  const printed = card.locator('.histogram svg:visible')
  await expect(printed).toHaveCount(1)
  const { width, scale, lettering, text } = await printed.evaluate((svg: SVGSVGElement) => ({
    width: svg.getBoundingClientRect().width,
    scale: svg.getBoundingClientRect().width / svg.viewBox.baseVal.width,
    lettering: parseFloat(getComputedStyle(svg).fontSize),
    text: parseFloat(getComputedStyle(document.documentElement).fontSize),
  }))
  // A4 is 680 px wide inside the report's margins, the card's padding 32 px a side at 200 %: a
  // wider chart was shrunk to the paper, its counts and scale smaller than the text around them.
  expect(width, 'the printed chart’s width').toBeLessThanOrEqual(680 - 2 * 33)
  expect(scale, 'drawn at the size it prints').toBeCloseTo(1, 2)
  expect(lettering).toBe(0.875 * text)
  // The caption stays under its chart when the chart starts a page.
  await expect(card.locator('.histogram')).toHaveCSS('break-inside', 'avoid')
})

test('printed at 200 % text, the class report’s tables are at the text’s size and its pages are full', async ({
  page,
}, info) => {
  await page.goto('./#/classroom/report')
  await page.getByLabel('Add results files').setInputFiles(flaggedClass(info))
  const card = page.locator('.set-report').filter({ hasText: 'Who said what' })
  await expect(card.locator('.item-table tbody tr')).toHaveCount(
    loadBank('who-said-what').questions.length,
  )
  await page.evaluate(() => (document.documentElement.style.fontSize = '200%'))
  // Laid out as on A4 inside the report's margins (180 × 265 mm): 680 × 1001 px.
  await resizeTo(page, { width: 680, height: 1001 })
  await page.emulateMedia({ media: 'print' })
  const { sizes, text, height } = await page.evaluate(() => ({
    sizes: [...document.querySelectorAll('.set-report :is(td, th)')].map((cell) =>
      parseFloat(getComputedStyle(cell).fontSize),
    ),
    text: parseFloat(getComputedStyle(document.documentElement).fontSize),
    height: document.documentElement.scrollHeight,
  }))
  // Both tables at the text's size: they printed at 9.5 pt, under half of it.
  expect(new Set(sizes)).toEqual(new Set([text]))
  // The set's figures on one page, under its title: "Pass rate" went on alone over the page.
  await expect(card.locator('.stat-list')).toHaveCSS('break-inside', 'avoid')
  await expect(card.getByRole('heading', { level: 2 })).toHaveCSS('break-after', 'avoid')
  await expect(card.locator('.table-head')).toHaveCSS('break-after', 'avoid')
  // A question's number and prompt, run in on a card, are one block kept whole and with the
  // figures under it: run in inline, no break rule held, and a prompt ended a page alone.
  const prompt = card.locator('.item-table tbody tr th').first()
  await expect(prompt).toHaveCSS('display', 'block')
  await expect(prompt).toHaveCSS('break-inside', 'avoid')
  await expect(prompt).toHaveCSS('break-after', 'avoid')
  const [number, words] = await card
    .locator('.item-table tbody tr')
    .first()
    .evaluate((tr) => [tr.children[0]!, tr.children[1]!].map((c) => c.getBoundingClientRect()))
  expect(number!.top, 'the number on the prompt’s first line').toBeCloseTo(words!.top, -1)
  // Back to no emulation, not 'screen': page.pdf() prints the media emulated.
  await page.emulateMedia({ media: null })
  // No more pages than the report's height fills, but for one: a question's card kept whole left
  // the foot of a page blank whenever it did not fit there (14 pages for a height that fills 11).
  // What is still kept whole (the chart, the set's figures, a student's row, one line of a card)
  // may push a page's last lines over as well: where those breaks fall decides whether the
  // blanks they leave add up to a page.
  const pages = pageCount(await page.pdf({ format: 'A4' }))
  expect(pages).toBeLessThanOrEqual(Math.ceil(height / 1001) + 1)
})

test('an attempt not counted can be counted with its score, and neither choice prints', async ({
  page,
}) => {
  await page.goto('./#/classroom/report')
  // Under the pass mark, yet "passed": an edit, or marks Passage would not give today.
  const doc = JSON.parse(classmate('Zed', 'z1', 18)) as { attempts: { passed: boolean }[] }
  doc.attempts[0]!.passed = true
  await page.getByLabel('Add results files').setInputFiles({
    name: 'zed.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(doc)),
  })
  const refused = page.locator('.error-summary')
  await expect(refused).toBeFocused()
  const count = refused.getByRole('button', { name: 'Count it with the score in the file (0%)' })
  const words = refused.locator('p')
  await expect(words).toContainText('then count the attempt', {
    ignoreCase: true,
    useInnerText: true,
  })
  await page.emulateMedia({ media: 'print' })
  await expect(refused).toContainText('zed.json: Zed’s attempt at Who said what')
  await expect(count).toBeHidden()
  // The paper says what to check, not which button to press: it has none.
  await expect(words).toContainText('Check the answer with the student.', { useInnerText: true })
  await expect(words).not.toContainText('count the attempt', { useInnerText: true })
  await page.emulateMedia({ media: 'screen' })
  await count.focus()
  await page.keyboard.press('Enter')
  const counted = page.locator('.report-notice')
  await expect(counted).toBeFocused()
  await expect(page.locator('.student-table tbody tr')).toContainText('0%')
  await page.emulateMedia({ media: 'print' })
  await expect(counted).toHaveCSS('outline-style', 'none')
  await expect(counted.getByRole('button', { name: 'Do not count it' })).toBeHidden()
  await expect(counted).toContainText('counted at 0%')
})

test('a worksheet and its answer key print, and the worksheet gives no answer away', async ({
  page,
}) => {
  // Each test downloads and builds files, and the 2-core machine is shared.
  test.slow()
  const bank = loadBank('who-said-what')
  await page.goto('./#/classroom')
  await page.getByRole('link', { name: 'Print a worksheet of Who said what' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Print “Who said what”' })).toBeVisible()
  await expectNoAxeViolations(page, 'print')

  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.print-controls')).toBeHidden()
  await expect(page.locator('.app-header')).toBeHidden()
  const sheet = await page.locator('main').innerText()
  expect(sheet).toContain(bank.questions[0]!.prompt)
  expect(sheet).not.toContain('Answer key')
  expect(sheet).not.toContain('Answer:')
  for (const q of bank.questions) if (q.explanation) expect(sheet).not.toContain(q.explanation)
  // Each printed page says which it is at its foot: the browser keeps the page's margin rule.
  const footers = () =>
    page.evaluate(() =>
      [...document.styleSheets, ...document.adoptedStyleSheets]
        .flatMap((sheet) => [...sheet.cssRules])
        .flatMap((rule) => (rule instanceof CSSMediaRule ? [...rule.cssRules] : [rule]))
        .filter((rule) => rule instanceof CSSPageRule)
        // CSSMarginRule (Chromium 131) is not in TypeScript's DOM types yet.
        .flatMap(
          (rule) => [...rule.cssRules] as unknown as { name: string; style: CSSStyleDeclaration }[],
        )
        .map((margin) => `${margin.name}: ${margin.style.content}`),
    )
  expect(await footers()).toContain('bottom-right: "Page " counter(page) " of " counter(pages)')
  // And names the sheet, so a stray page, or a key's page among worksheets, is known.
  expect(await footers()).toContain('bottom-left: "Who said what — worksheet"')
  const worksheet = await page.pdf({ format: 'A4' })
  expect(worksheet.subarray(0, 5).toString()).toBe('%PDF-')
  expect(worksheet.length).toBeGreaterThan(20_000)

  await page.emulateMedia({ media: 'screen' })
  // Chosen from the keyboard: the choice goes into the address, and focus stays on it.
  const keyChoice = page.getByRole('radio', {
    name: 'The answer key, with explanations and evidence',
  })
  await page.getByRole('radio', { name: /^The worksheet/ }).focus()
  await page.keyboard.press('ArrowDown')
  await expect(keyChoice).toBeChecked()
  await expect(page.locator('.answer-key')).toBeVisible()
  await expect(page).toHaveURL(/\?key=1$/)
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)))
  await expect(keyChoice).toBeFocused()
  await page.emulateMedia({ media: 'print' })
  const key = await page.locator('main').innerText()
  expect(key).toContain('Answer key — Who said what')
  const feet = await footers()
  expect(feet).toContain('bottom-left: "Who said what — answer key"')
  expect(feet).not.toContain('bottom-left: "Who said what — worksheet"')
  const explained = bank.questions.find((q) => q.explanation)
  if (explained) expect(key).toContain(explained.explanation!)
  const answerKey = await page.pdf({ format: 'A4' })
  expect(answerKey.subarray(0, 5).toString()).toBe('%PDF-')
  expect(answerKey.length).toBeGreaterThan(20_000)
  test.info().annotations.push({
    type: 'pdf bytes',
    description: `worksheet ${worksheet.length}, answer key ${answerKey.length}`,
  })
})

test('printed at 200 % text, a worksheet and its answer key keep to the size of their type, as at 100 %', async ({
  page,
}) => {
  const sizes = async () => {
    const sheet = page.locator('.print-sheet')
    await expect(sheet.locator(':is(.sheet-question, .key-item)').first()).toBeVisible()
    await page.emulateMedia({ media: 'print' })
    const found = await sheet.evaluate((el) => {
      const px = (selector: string, what: 'fontSize' | 'width' | 'height' | 'paddingLeft') => {
        const part = el.querySelector(selector)
        return part ? parseFloat(getComputedStyle(part)[what]) : null
      }
      return {
        instruction: px('.sheet-instruction', 'fontSize'),
        box: px('.sheet-box', 'width'),
        line: px('.sheet-line', 'height'),
        summary: px('.hint', 'fontSize'),
        evidence: px('.evidence', 'paddingLeft'),
      }
    })
    await page.emulateMedia({ media: null })
    return found
  }
  for (const key of ['', '?key=1']) {
    await page.goto(`./#/print/assad-sochi-2018/who-said-what${key}`)
    const normal = await sizes()
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'))
    // The sheet prints at 11.5 pt whatever the text size: its "Tick one box.", boxes, the key's
    // summary and quotes were twice the size of the question's words beside them.
    expect(await sizes(), key || 'worksheet').toEqual(normal)
  }
})

test("a set's worksheet prints from the library, beside Share, and leads back to the library", async ({
  page,
}) => {
  await page.goto('./#/')
  const link = page.getByRole('link', { name: 'Print a worksheet of Who said what' })
  await expect(link).toBeVisible()
  await link.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Print “Who said what”' })).toBeVisible()
  await expect(page.getByLabel('Worksheet preview')).toBeVisible()
  await page.getByRole('radio', { name: /^The answer key/ }).check()
  await expect(page).toHaveURL(/\?key=1$/)
  await page.getByRole('link', { name: 'Back to the library' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()
})

test("a worksheet printed from the dark theme, chosen or the device's, prints light", async ({
  page,
}) => {
  const printed = () =>
    page.evaluate(() => {
      const root = getComputedStyle(document.documentElement)
      return {
        scheme: root.colorScheme,
        panel: root.getPropertyValue('--panel').trim(),
        line: root.getPropertyValue('--line').trim(),
        muted: root.getPropertyValue('--muted').trim(),
      }
    })
  const light = { scheme: 'light', panel: '#f2f0ea', line: '#cfcabf', muted: '#555b66' }
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto('./#/settings')
  await page.getByRole('radio', { name: 'Dark' }).check()
  await page.evaluate(() => (location.hash = '#/print/assad-sochi-2018/who-said-what'))
  await expect(page.getByRole('heading', { level: 1, name: 'Print “Who said what”' })).toBeVisible()
  // On screen the page is dark, as chosen.
  expect(await printed()).toMatchObject({ scheme: 'dark', panel: '#23252a' })
  await page.emulateMedia({ media: 'print' })
  expect(await printed()).toEqual(light)
  // The device's dark scheme with the setting left at "system": the same white paper.
  await page.emulateMedia({ media: 'screen' })
  await page.evaluate(() => (location.hash = '#/settings'))
  await page.getByRole('radio', { name: 'Same as this device' }).check()
  await page.evaluate(() => (location.hash = '#/print/assad-sochi-2018/who-said-what'))
  await expect(page.getByRole('heading', { level: 1, name: 'Print “Who said what”' })).toBeVisible()
  expect(await printed()).toMatchObject({ scheme: 'dark' })
  await page.emulateMedia({ media: 'print' })
  expect(await printed()).toEqual(light)
})

test('the classroom page lists every set with its tools', async ({ page }) => {
  // Each test downloads and builds files, and the 2-core machine is shared.
  test.slow()
  await page.goto('./')
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Classroom' })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: 'Classroom' })).toBeVisible()
  await expect(page.locator('.set-tools')).toHaveCount(4)
  await expectNoAxeViolations(page, 'classroom')
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download for Moodle (GIFT) — Who said what' }).click()
  expect((await downloading).suggestedFilename()).toBe('who-said-what.gift.txt')
  await expect(page.locator('.tool-outcome')).toContainText('GIFT has no ordering questions')
})

// “Order” beside its two joined buttons took a row it had not: at 320 px and 200 % text it broke
// letter by letter, “O / r / d / e / r”, and “Ha / rde / st / firs / t”.
test('on a 320 px phone at 200 % text the question order choice breaks only between words', async ({
  page,
}, info) => {
  await resizeTo(page, { width: 320, height: 844 })
  await useTextSize(page, 200)
  await page.goto('./#/classroom/report')
  await page.getByLabel('Add results files').setInputFiles(flaggedClass(info))
  const order = page.getByRole('group', { name: 'Order' })
  await expect(order.getByRole('radio')).toHaveCount(2)
  for (const part of [order.locator('legend'), ...(await order.locator('label').all())]) {
    const text = (await part.textContent())!.replace(/\s+/g, ' ').trim()
    expect((await renderedLines(part)).join(' ')).toBe(text)
  }
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth)
  expect(scroll).toBeLessThanOrEqual(320)
  // Still one choice at a time, by the keyboard.
  await order.getByRole('radio', { name: 'Hardest first' }).check()
  await expect(page.getByRole('heading', { name: 'Questions, hardest first' })).toBeVisible()
})

// A filled report at a large text size: the question's number stood in a column of its own beside
// its prompt, broken inside its words (“spokesma / n?”), and the folded scores table broke its headers and bands,
// “Scor / e”, “Stud / ents”, “0– / 9%” at 320 px and “Stude / nts” at 390 px.
for (const width of [320, 390]) {
  test(`on a ${width} px phone at 200 % text a filled class report's questions and scores break only between words`, async ({
    page,
  }, info) => {
    await resizeTo(page, { width, height: 844 })
    await useTextSize(page, 200)
    await page.goto('./#/classroom/report')
    await page.getByLabel('Add results files').setInputFiles(flaggedClass(info))
    const card = page.locator('.set-report').filter({ hasText: 'Who said what' })
    await expect(card.locator('.item-prompt')).toHaveCount(
      loadBank('who-said-what').questions.length,
    )
    await card.getByText('Scores as a table').click()
    const scores = card.getByRole('table', { name: 'Scores in Who said what', exact: true })
    await expect(scores.getByRole('row')).toHaveCount(11)
    const parts = card.locator(
      '.item-table tbody :is(.item-number, .item-prompt, .item-id), .score-details :is(th, td)',
    )
    const broken: string[] = []
    for (const part of await parts.all()) {
      const text = (await part.textContent())!.replace(/\s+/g, ' ').trim()
      const lines = (await renderedLines(part)).join(' ')
      if (lines !== text) broken.push(lines)
    }
    expect(broken).toEqual([])
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(scroll).toBeLessThanOrEqual(width)
  })
}

test("on a phone the class report's downloads are a column of buttons of one width, their words from the start", async ({
  page,
}, info) => {
  await resizeTo(page, { width: 390, height: 844 })
  await page.goto('./#/classroom/report')
  await page.getByLabel('Add results files').setInputFiles(flaggedClass(info))
  const buttons = page.locator('.report-controls .quiz-actions button')
  await expect(buttons).toHaveText([
    'Download scores for the gradebook (CSV)',
    'Download the question report (CSV)',
    'Start again',
  ])
  // Each line of a label starts where its button's words start: “Download scores for the
  // gradebook / (CSV)” was two centred lines above “Start again” at its own width.
  const shapes = await buttons.evaluateAll((all) =>
    all.map((button) => {
      const range = document.createRange()
      range.selectNodeContents(button)
      const box = button.getBoundingClientRect()
      const start = box.left + button.clientLeft + parseFloat(getComputedStyle(button).paddingLeft)
      const lines = [...range.getClientRects()].filter((r) => r.width > 0)
      return {
        width: Math.round(box.width),
        starts: [...new Set(lines.map((r) => Math.abs(Math.round(r.left - start))))],
      }
    }),
  )
  expect(new Set(shapes.map((s) => s.width)).size, JSON.stringify(shapes)).toBe(1)
  expect(shapes.map((s) => s.starts)).toEqual([[0], [0], [0]])
})
