import {
  expect,
  test,
  type Browser,
  type Locator,
  type Page,
  type TestInfo,
} from '@playwright/test'
import {
  answeredInQuiz,
  colourAt,
  deleteFromLibrary,
  expectNoAxeViolations,
  finishQuickly,
  inkRows,
  loadBank,
  openApp,
  openProgress,
  renderedLines,
  resizeTo,
  whoSaidWhatIds,
  withReview,
  saveOwnCopy,
  tabTo,
} from './helpers.ts'
import { readFileSync } from 'node:fs'
import { serialize } from '../../src/domain/progress/migrate.ts'
import { recordAttempt } from '../../src/domain/progress/record.ts'
import { emptyProgress } from '../../src/domain/progress/schema.ts'
import { useTextSize } from './tour.ts'

test('two tabs finishing attempts lose nothing, and each sees both', async ({ context }) => {
  const a = await context.newPage()
  const b = await context.newPage()
  await openApp(a)
  await openApp(b)
  await finishQuickly(a, 'who-said-what')
  await finishQuickly(b, 'who-said-what')
  await finishQuickly(a, 'dates-and-timeline')
  for (const page of [a, b]) {
    await openProgress(page)
    await expect(page.getByText('3 attempts in 2 sets, kept in this browser only.')).toBeVisible()
  }
  await expectNoAxeViolations(a, 'progress')
})

/** A test of "Who said what" in its own order, its first question answered: one review card. */
async function finishAnsweringOne(page: Page) {
  await page.evaluate(() => (location.hash = '#/quiz/assad-sochi-2018/who-said-what'))
  await page.getByRole('radio', { name: /^Test/ }).check()
  await page.getByLabel('Shuffle the questions').uncheck()
  await page.getByRole('button', { name: /^Start \d+ questions$/ }).click()
  // The quiz arrives in its own chunk: until it does, the start page's mode radios are the ones
  // on the page, and checking "the first radio" would answer nothing.
  await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible()
  await page.locator('fieldset.question input[type="radio"]').first().check()
  await page.getByRole('button', { name: 'Next', exact: true }).click()
  await expect(page.getByText('Question 2 of')).toBeVisible()
  await page.getByRole('button', { name: 'Submit test' }).click()
  await page.getByRole('button', { name: 'Submit anyway' }).click()
  await expect(page.getByText('Saved to your progress.')).toBeVisible()
}

/** The study dashboard's text: what the review schedule holds. */
async function dashboardText(page: Page): Promise<string> {
  await page.evaluate(() => (location.hash = '#/dashboard'))
  await expect(page.getByRole('heading', { level: 1, name: 'Study dashboard' })).toBeVisible()
  await expect(page.locator('main .lede')).toContainText(' in review, kept in this browser only.')
  return page.locator('main').innerText()
}

test('backup, erase, restore: progress and the review schedule come back identical', async ({
  page,
}, info) => {
  await openApp(page)
  await finishAnsweringOne(page)
  await finishQuickly(page, 'numbers-places-people')
  const dashboard = await dashboardText(page)
  expect(dashboard).toMatch(/\d+ questions? in review/)
  await openProgress(page)
  const before = await page.locator('main').innerText()
  expect(before).toContain('2 attempts in 2 sets')

  await page.evaluate(() => (location.hash = '#/settings'))
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
  await expectNoAxeViolations(page, 'settings')
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download a backup' }).click()
  const file = info.outputPath('backup.json')
  await (await downloading).saveAs(file)
  // The backup says which Passage wrote it: the built app's own version, not "dev".
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
    appVersion: version,
    progress: expect.any(Object),
  })

  await page.getByRole('button', { name: 'Erase all my data…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Erase all your data?' })
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await dialog.getByRole('button', { name: 'Erase everything' }).click()
  await openProgress(page)
  await expect(page.getByRole('link', { name: 'Choose a first quiz' })).toBeVisible()
  await page.evaluate(() => (location.hash = '#/dashboard'))
  await expect(page.locator('main .lede')).toContainText('Nothing here yet')

  await page.evaluate(() => (location.hash = '#/settings'))
  await page.getByLabel('Restore from a backup').setInputFiles(file)
  const preview = page.locator('.restore-preview')
  await expect(preview).toContainText('2 new attempts')
  await expect(preview).toContainText('Its review schedule')
  await preview.getByRole('button', { name: 'Restore' }).click()
  await expect(page.locator('.restore-outcome')).toContainText(
    'the review schedule of 1 question added',
  )
  await expect(page.getByLabel('Restore from a backup')).toBeFocused()
  // The same file again, on the same page: read again, and nothing in it is new.
  await page.getByLabel('Restore from a backup').setInputFiles(file)
  await expect(preview).toContainText('Every attempt in it is already here.')
  await preview.getByRole('button', { name: 'Cancel' }).click()
  await openProgress(page)
  expect(await page.locator('main').innerText()).toBe(before)

  // And after a reload, from storage alone.
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible()
  expect(await page.locator('main').innerText()).toBe(before)
  expect(await dashboardText(page)).toBe(dashboard)
})

/**
 * Downloads a backup from `page`'s Settings and chooses it in a fresh browser's: that browser,
 * its page and the restore's preview, and the file.
 */
async function backupIntoFreshBrowser(
  page: Page,
  browser: Browser,
  info: TestInfo,
  { indexedDb = true } = {},
) {
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download a backup' }).click()
  const file = info.outputPath('backup.json')
  await (await downloading).saveAs(file)
  const fresh = await browser.newContext()
  // A browser that keeps no IndexedDB (private browsing, storage turned off).
  if (!indexedDb) {
    await fresh.addInitScript(() =>
      Object.defineProperty(window, 'indexedDB', { value: undefined }),
    )
  }
  const other = await fresh.newPage()
  await openApp(other, '#/settings')
  await other.getByLabel('Restore from a backup').setInputFiles(file)
  return { file, fresh, other, preview: other.locator('.restore-preview') }
}

/**
 * “Who said what” brought in from its file and saved: “My copy”, a set of the student's own; two
 * of its questions answered wrong in a quiz ten days ago, due now; Settings open, reloaded.
 */
async function ownCopyDueOnSettings(page: Page) {
  await openApp(page, '#/studio/import')
  await saveOwnCopy(page)
  const own = 'assad-sochi-2018/my-copy'
  const text = answeredInQuiz(whoSaidWhatIds(2), Date.now() - 10 * 86_400_000, undefined, own)
  await page.evaluate((t) => localStorage.setItem('passage:review', t), text)
  await page.goto('./#/settings')
  await page.reload()
}

test('a backup carries the sets saved in the studio: restored in a fresh browser, “My copy” and its due questions come back for review', async ({
  page,
  browser,
}, info) => {
  await ownCopyDueOnSettings(page)
  await expect(page.getByText('the sets you saved in the Studio')).toBeVisible()
  const { file, fresh, other, preview } = await backupIntoFreshBrowser(page, browser, info)
  // Its questions' set comes with it: not “from a set no longer in your library”.
  await expect(preview.getByText(/^Its review schedule/)).toHaveText(
    'Its review schedule (2 questions) is added to yours.',
  )
  await expect(preview).toContainText('Your set “My copy”, saved in the Studio, will be added.')
  await preview.getByRole('button', { name: 'Restore' }).click()
  // It said “the review schedule of 2 questions added”, and the review: “✓ Nothing due”.
  await expect(other.locator('.restore-outcome')).toHaveText(
    "Restored: the review schedule of 2 questions added, 1 of your Studio sets added, and your settings were already the same as the backup's.",
  )
  await expect(other.locator('.app-header .counter')).toHaveText('2 to review')
  await other.evaluate(() => (location.hash = '#/review'))
  await expect(other.getByRole('heading', { name: '2 questions to review' })).toBeVisible()
  await other.getByRole('button', { name: /^Start review/ }).click()
  await expect(other.getByText('Question 1 of 2')).toBeVisible()
  await expect(other.getByText('Review · My copy')).toBeVisible()
  // The same file again: the set is here already, and stays as it is.
  await other.evaluate(() => (location.hash = '#/settings'))
  await other.getByLabel('Restore from a backup').setInputFiles(file)
  await expect(preview).toContainText('Your set “My copy” is here already: it stays as it is.')
  await fresh.close()
})

test('a Studio set restored with its attempts is named once, as one of your Studio sets, not also as a question set new to this browser', async ({
  page,
  browser,
}, info) => {
  await openApp(page, '#/studio/import')
  await saveOwnCopy(page)
  await finishQuickly(page, 'my-copy')
  await page.evaluate(() => (location.hash = '#/settings'))
  const { fresh, other, preview } = await backupIntoFreshBrowser(page, browser, info)
  await expect(preview).toContainText('Your set “My copy”, saved in the Studio, will be added.')
  await expect(preview).toContainText('1 new attempt will be added.')
  await expect(preview).not.toContainText('new to this browser')
  await preview.getByRole('button', { name: 'Restore' }).click()
  await expect(other.locator('.restore-outcome')).toHaveText(
    /^Restored: 1 attempt added, .*1 of your Studio sets added/,
  )
  await expect(other.locator('.restore-outcome')).not.toContainText('new to this browser')
  await fresh.close()
})

test('restored in a browser that keeps no Studio sets, a backup says so before the restore, not “will be added” and then “could not be saved”', async ({
  page,
  browser,
}, info) => {
  await ownCopyDueOnSettings(page)
  const { fresh, other, preview } = await backupIntoFreshBrowser(page, browser, info, {
    indexedDb: false,
  })
  // Its questions' set stays out of this library: they are said apart, before and after.
  await expect(preview.getByText(/^Its review schedule/)).toHaveText(
    'Its review schedule (2 questions) is added to yours. All of them are from a set no longer in your library.',
  )
  await expect(preview.locator('.restore-studio')).toHaveText(
    'Your set “My copy”, saved in the Studio, cannot be added: this browser is not letting Passage keep sets (private browsing, or storage turned off).',
  )
  await preview.getByRole('button', { name: 'Restore' }).click()
  const outcome = other.locator('.restore-outcome')
  await expect(outcome).toContainText(
    'Restored: the review schedule of 2 questions added (2 from a set no longer in your library)',
  )
  await expect(outcome).toContainText(
    'Your work from the Studio was not added: this browser does not keep it.',
  )
  await expect(outcome).not.toContainText('could not be saved')
  await fresh.close()
})

test('a backup carries an article written in the studio with its set: both come back in a fresh browser, and are named', async ({
  page,
  browser,
}, info) => {
  // “My own article” (the Sochi article's text) and “Own quiz” about it, as the studio stores them.
  // Without the "$schema" a file has and a stored record does not.
  const passage = JSON.parse(
    readFileSync('questions/assad-sochi-2018/passage.json', 'utf8'),
  ) as Record<string, unknown>
  const bank: Record<string, unknown> = { ...loadBank('who-said-what') }
  delete passage.$schema
  delete bank.$schema
  const savedAt = '2026-12-01T10:00:00.000Z'
  const article = {
    format: 'passage-article',
    schemaVersion: 1,
    savedAt,
    passage: { ...passage, id: 'my-article', title: 'My own article' },
  }
  const set = {
    format: 'passage-set',
    schemaVersion: 1,
    savedAt,
    bank: { ...bank, id: 'my-article/own-quiz', passage: 'my-article', title: 'Own quiz' },
  }
  await openApp(page, '#/studio')
  await page.evaluate(
    async ([a, s]) => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const open = indexedDB.open('passage-studio', 1)
        // Opened before the app has made its database (the studio's list makes none while it
        // is empty): made here with the app's stores, as its own upgrade makes them.
        open.onupgradeneeded = () => {
          for (const store of ['sets', 'articles', 'drafts'])
            if (!open.result.objectStoreNames.contains(store)) open.result.createObjectStore(store)
          if (!open.result.objectStoreNames.contains('quarantine'))
            open.result.createObjectStore('quarantine', { autoIncrement: true })
        }
        open.onsuccess = () => resolve(open.result)
      })
      const tx = db.transaction(['articles', 'sets'], 'readwrite')
      tx.objectStore('articles').put(JSON.stringify(a), 'my-article')
      tx.objectStore('sets').put(JSON.stringify(s), 'my-article/own-quiz')
      await new Promise((resolve) => (tx.oncomplete = resolve))
      db.close()
    },
    [article, set],
  )
  await page.goto('./#/settings')
  await page.reload()
  const { fresh, other, preview } = await backupIntoFreshBrowser(page, browser, info)
  await expect(preview).toContainText(
    'Your set “Own quiz” and your article “My own article”, saved in the Studio, will be added.',
  )
  await preview.getByRole('button', { name: 'Restore' }).click()
  await expect(other.locator('.restore-outcome')).toHaveText(
    "Restored: 1 of your Studio sets and 1 article added, and your settings were already the same as the backup's.",
  )
  await other.evaluate(() => (location.hash = '#/studio'))
  await expect(other.getByRole('heading', { name: 'Your articles' })).toBeVisible()
  await expect(other.locator('main')).toContainText('My own article')
  await expect(other.locator('main')).toContainText('Own quiz')
  await fresh.close()
})

test('a bad backup file is refused with a message and changes nothing', async ({ page }, info) => {
  await openApp(page)
  await finishQuickly(page, 'who-said-what')
  const bad = info.outputPath('not-a-backup.json')
  const { writeFileSync } = await import('node:fs')
  writeFileSync(bad, '{"hello": "world"}')
  await page.evaluate(() => (location.hash = '#/settings'))
  await page.getByLabel('Restore from a backup').setInputFiles(bad)
  // Shown beside the file field and spoken through the app's live region.
  await expect(page.locator('.input-error')).toBeVisible()
  await expect(page.getByRole('status')).toHaveText(await page.locator('.input-error').innerText())
  await expect(page.locator('.restore-preview')).toHaveCount(0)
  await openProgress(page)
  await expect(page.getByText('1 attempt in 1 set, kept in this browser only.')).toBeVisible()
})

test('on a phone each recent attempt is a card of its own, still read as a table row', async ({
  page,
}) => {
  await resizeTo(page, { width: 390, height: 800 })
  await openApp(page)
  await finishQuickly(page, 'who-said-what')
  await openProgress(page)

  const table = page.getByRole('table', { name: 'Your latest attempts, newest first' })
  const row = table.getByRole('row').nth(1)
  const set = row.getByRole('rowheader', { name: 'Who said what' })
  const mode = row.getByRole('cell', { name: 'Test' })
  await expect(set).toBeVisible()
  await expect(mode).toBeVisible()
  await expect(row.getByRole('cell', { name: 'Not passed' })).toBeVisible()
  await expect(row.getByRole('link', { name: /^Review Who said what, / })).toBeVisible()
  // Stacked: the mode sits under the set's name, and nothing is left to scroll sideways to.
  const setBox = (await set.boundingBox())!
  const modeBox = (await mode.boundingBox())!
  expect(modeBox.y).toBeGreaterThanOrEqual(setBox.y + setBox.height - 1)
  const box = page.locator('.recent-attempts-box')
  expect(await box.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0)
  await expectNoAxeViolations(page, 'progress on a phone')
})

test("at 320 px and 200 % text a recent attempt's set name has its card's width, not the column beside its score", async ({
  page,
}) => {
  await resizeTo(page, { width: 320, height: 700 })
  await useTextSize(page, 200)
  await openApp(page)
  await finishQuickly(page, 'numbers-places-people')
  await openProgress(page)

  const row = page
    .getByRole('table', { name: 'Your latest attempts, newest first' })
    .getByRole('row')
    .nth(1)
  const set = row.getByRole('rowheader', { name: 'Numbers, places and people' })
  const score = row.getByRole('cell', { name: '0%', exact: true })
  await expect(set).toBeVisible()
  // Read in one go: the row, the name and the score from one layout.
  const boxes = await row.evaluate((tr) => {
    const box = (el: Element) => el.getBoundingClientRect()
    const cells = [...tr.children]
    const name = cells.find((c) => c.textContent?.trim() === 'Numbers, places and people')!
    const score = cells.find((c) => c.textContent?.trim() === '0%')!
    return { row: box(tr), name: box(name), score: box(score) }
  })
  // The name had 142 px of the row's 280 (four lines, one a word), the score and "Review" the rest.
  expect(boxes.name.width).toBeGreaterThan(boxes.row.width - 2)
  // The score on the line under it, at the card's right edge.
  expect(boxes.score.y).toBeGreaterThanOrEqual(boxes.name.y + boxes.name.height - 1)
  expect(boxes.score.right).toBeGreaterThan(boxes.row.right - 2)
  await expect(score).toBeVisible()
  await expect(
    row.getByRole('link', { name: /^Review Numbers, places and people, / }),
  ).toBeVisible()
  const box = page.locator('.recent-attempts-box')
  expect(await box.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0)
})

for (const { width, textSize, colorScheme, lines, set = 'who-said-what' } of [
  // Beside a set's name: "3 days ago, 3 Nov," / "9:10 am", three lines beside a long name.
  { width: 1280, textSize: 100, colorScheme: 'light', lines: ['3 days ago,', '3 Nov, 9:10 am'] },
  // Beside "Review": "3 days / ago, / 3 Nov, / 9:10 am".
  { width: 320, textSize: 200, colorScheme: 'light', lines: ['3 days ago,', '3 Nov, 9:10 am'] },
  { width: 390, textSize: 100, colorScheme: 'dark', lines: ['3 days ago, 3 Nov, 9:10 am'] },
  // A table in a column under 40em, at 600 px or at 1280 px and 200 % beside a longer name: it
  // took three lines, “3 days” / “ago, 3 Nov,” / “9:10 am”.
  { width: 600, textSize: 100, colorScheme: 'light', lines: ['3 days ago,', '3 Nov, 9:10 am'] },
  {
    width: 1280,
    textSize: 200,
    colorScheme: 'dark',
    lines: ['3 days ago,', '3 Nov, 9:10 am'],
    set: 'numbers-places-people',
  },
] as const) {
  test(`at ${width} px and ${textSize} % text (${colorScheme}) a recent attempt says when in ${lines.length === 1 ? 'one line' : 'two lines, its date and time under “3 days ago,”'}`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme })
    await page.clock.setFixedTime(new Date(Date.UTC(2026, 10, 6, 12)))
    await resizeTo(page, { width, height: 800 })
    await useTextSize(page, textSize)
    await storeScores(page, [60, 80], set)
    await openProgress(page)
    const when = page
      .getByRole('table', { name: 'Your latest attempts, newest first', exact: true })
      .getByRole('row')
      .nth(1)
      .locator('time')
    await expect(when).toHaveText('3 days ago, 3 Nov, 9:10 am')
    const drawn = (await renderedLines(when)).map((line) => line.replace(/\s+/g, ' '))
    expect(drawn).toEqual(lines)
    const box = page.locator('.recent-attempts-box')
    expect(await box.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0)
  })
}

/** "Who said what"'s card on Progress, its "Scores as a table" opened, and that table's first row. */
async function firstScoreRow(page: Page) {
  const card = page.getByRole('article', { name: 'Who said what' })
  await card.getByText('Scores as a table').click()
  const table = card.getByRole('table', {
    name: 'Attempts at Who said what, oldest first',
    exact: true,
  })
  return { card, table, row: table.getByRole('row').nth(1) }
}

test("on a phone each attempt in a set's score table is a card of its own, still read as a table row", async ({
  page,
}) => {
  await resizeTo(page, { width: 390, height: 800 })
  await openApp(page)
  await finishQuickly(page, 'who-said-what')
  await openProgress(page)
  const { card, table, row } = await firstScoreRow(page)
  const when = row.getByRole('rowheader', { name: /^Today, / })
  const mode = row.getByRole('cell', { name: 'Test' })
  await expect(when).toBeVisible()
  await expect(mode).toBeVisible()
  await expect(row.getByRole('cell', { name: '0%' })).toBeVisible()
  await expect(row.getByRole('cell', { name: 'Not passed' })).toBeVisible()
  await expect(row.getByRole('link', { name: /^Review the attempt of / })).toBeVisible()
  // Stacked: the mode under the date, and nothing is left to scroll sideways to.
  const { whenBox, modeBox } = await cellBoxes(row)
  expect(modeBox.y).toBeGreaterThanOrEqual(whenBox.y + whenBox.height - 1)
  const box = card.locator('.table-scroll')
  expect(await box.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0)
  await expectNoAxeViolations(page, "a set's scores on a phone")

  // On a wide screen it is the table it was: its column headings in view, a row on one line.
  await resizeTo(page, { width: 1280, height: 800 })
  await expect(table.getByRole('columnheader', { name: 'Mode' })).toBeVisible()
  const wide = await cellBoxes(row)
  expect(Math.abs(wide.modeBox.y - wide.whenBox.y)).toBeLessThan(4)
})

/**
 * Where a row's date and mode are drawn, both read in one go: measured one after the other, a
 * layout change between the two (the page settling) would compare boxes from two layouts.
 */
function cellBoxes(row: Locator) {
  return row.evaluate((tr) => {
    const [when, mode] = [...tr.children].map((cell) => {
      const { y, height } = cell.getBoundingClientRect()
      return { y, height }
    })
    return { whenBox: when!, modeBox: mode! }
  })
}

test("at 320 px and 200 % text the date of an attempt in a set's score table stays inside its cell", async ({
  page,
}) => {
  // Three hours after it: "Today, 9:10 am", in bold.
  await page.clock.setFixedTime(new Date(Date.UTC(2026, 10, 2, 12)))
  await resizeTo(page, { width: 320, height: 800 })
  await useTextSize(page, 200)
  await storeScores(page, [100])
  await openProgress(page)
  const { card, row } = await firstScoreRow(page)
  const when = row.getByRole('rowheader', { name: /^Today, / })
  await expect(when).toBeVisible()
  await expect(row.getByRole('cell', { name: '100%', exact: true })).toBeVisible()
  // The words as drawn, and the cell and the score from the same layout: "9:10 am", which cannot
  // break, ran past its 108 px cell to the score's edge.
  const boxes = await row.evaluate((tr) => {
    const [cell, , score] = [...tr.children].map((c) => c.getBoundingClientRect())
    const range = document.createRange()
    range.selectNodeContents(tr.querySelector('time')!)
    const { left, right } = range.getBoundingClientRect()
    return { words: { left, right }, cell: cell!.toJSON(), score: score!.toJSON() }
  })
  const at = JSON.stringify(boxes)
  expect(boxes.words.right, at).toBeLessThanOrEqual(boxes.cell.right + 0.5)
  expect(boxes.words.left, at).toBeGreaterThanOrEqual(boxes.cell.left - 0.5)
  const apart =
    boxes.cell.right <= boxes.score.left ||
    boxes.cell.bottom <= boxes.score.top ||
    boxes.score.bottom <= boxes.cell.top
  expect(apart, at).toBe(true)
  const box = card.locator('.table-scroll')
  expect(await box.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0)
})

test("at 320 px and 200 % text a practice attempt's “Practice” in a set's score table stays clear of its “Review”", async ({
  page,
}) => {
  await resizeTo(page, { width: 320, height: 800 })
  await useTextSize(page, 200)
  const t0 = Date.UTC(2026, 10, 2, 9)
  const doc = recordAttempt(emptyProgress(), {
    id: 'practised',
    setId: 'assad-sochi-2018/who-said-what',
    mode: 'practice',
    startedAt: t0,
    finishedAt: t0 + 600_000,
    score: 80,
    max: 100,
    passed: true,
    answers: [],
    detailed: false,
  })
  await openApp(page)
  await page.evaluate((text) => localStorage.setItem('passage:progress', text), serialize(doc))
  await page.reload()
  await openProgress(page)
  const { card, row } = await firstScoreRow(page)
  const mode = row.getByRole('cell', { name: 'Practice', exact: true })
  const review = row.getByRole('link', { name: /^Review the attempt of / })
  await expect(mode).toBeVisible()
  await expect(review).toBeVisible()
  // The word as drawn, which ran past its cell into the link's: its right edge was the link's left.
  const word = await mode.evaluate((cell) => {
    const range = document.createRange()
    range.selectNodeContents(cell)
    const { left, right, top, bottom } = range.getBoundingClientRect()
    return { left, right, top, bottom }
  })
  const link = await review.evaluate((a) => {
    const { left, right, top, bottom } = a.getBoundingClientRect()
    return { left, right, top, bottom }
  })
  const apart =
    word.right + 8 <= link.left ||
    link.right + 8 <= word.left ||
    word.bottom <= link.top ||
    link.bottom <= word.top
  expect(apart, `“Practice” ${JSON.stringify(word)}, “Review” ${JSON.stringify(link)}`).toBe(true)
  const box = card.locator('.table-scroll')
  expect(await box.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0)
})

test('in forced colours the accuracy bars by topic are filled, not empty outlines', async ({
  page,
}) => {
  await page.emulateMedia({ forcedColors: 'active' })
  await openApp(page, '#/quiz/assad-sochi-2018/who-said-what')
  await page.getByRole('radio', { name: /^Test/ }).check()
  await page.getByLabel('Shuffle the questions').uncheck()
  await page.getByRole('button', { name: /^Start \d+ questions$/ }).click()
  // The first question, tagged "quotes" and "people", answered right: part of those bars filled.
  await page.getByRole('radio', { name: 'Bashar al-Assad', exact: true }).check()
  await page.getByRole('button', { name: 'Submit test' }).click()
  await page.getByRole('button', { name: 'Submit anyway' }).click()
  await expect(page.getByText('Saved to your progress.')).toBeVisible()
  await openProgress(page)
  const fill = page.getByRole('row', { name: /^quotes/ }).locator('.meter-fill')
  await fill.scrollIntoViewIfNeeded()
  const box = (await fill.boundingBox())!
  // The fill against the table cell just left of its meter.
  const drawn = await colourAt(page, box.x + box.width / 2, box.y + box.height / 2)
  expect(drawn).not.toBe(await colourAt(page, box.x - 6, box.y + box.height / 2))
})

test("the dashboard's four headline figures fill a wide row evenly, each label on one line, and pair up on a phone", async ({
  page,
}) => {
  await resizeTo(page, { width: 1280, height: 800 })
  await openApp(page)
  await finishAnsweringOne(page)
  await dashboardText(page)
  const list = page.locator('.dashboard-stats')
  const figures = list.locator(':scope > div')
  await expect(figures).toHaveCount(4)
  const boxes = () =>
    figures.evaluateAll((all) =>
      all.map((el) => {
        const box = el.getBoundingClientRect()
        const label = el.querySelector('dt')!
        const line = parseFloat(getComputedStyle(label).lineHeight)
        return {
          x: box.x,
          y: box.y,
          right: box.right,
          width: box.width,
          lines: label.getBoundingClientRect().height / line,
        }
      }),
    )
  const wide = await boxes()
  const row = (await list.boundingBox())!
  for (const box of wide) {
    expect(box.y).toBeCloseTo(wide[0]!.y, 0)
    expect(box.width).toBeCloseTo(wide[0]!.width, 0)
    expect(Math.round(box.lines), 'a label on one line').toBe(1)
  }
  expect(wide[3]!.right).toBeCloseTo(row.x + row.width, 0)

  await resizeTo(page, { width: 390, height: 800 })
  await expect(async () => {
    const narrow = await boxes()
    expect(narrow[1]!.y).toBeCloseTo(narrow[0]!.y, 0)
    expect(narrow[2]!.y).toBeGreaterThan(narrow[0]!.y)
    expect(narrow[2]!.x).toBeCloseTo(narrow[0]!.x, 0)
    expect(narrow[3]!.y).toBeCloseTo(narrow[2]!.y, 0)
  }).toPass()
})

test("an attempt's review marks each folded question with a whole chevron, turning down when opened", async ({
  page,
}) => {
  await openApp(page)
  await finishQuickly(page, 'who-said-what')
  await openProgress(page)
  await page
    .getByRole('link', { name: /^Review/ })
    .last()
    .click()
  const summary = page.locator('.review-item summary').first()
  await expect(summary).toBeVisible()
  /** The chevron's ink, row by row: how many pixels unlike the paper each drawn row has. */
  const chevronInk = async () => {
    await summary.scrollIntoViewIfNeeded()
    // The chevron turns as its question opens (150 ms): measured once it has stopped.
    await summary.evaluate(async (el) => {
      await Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished))
    })
    const region = await summary.evaluate((el) => {
      const box = el.getBoundingClientRect()
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize)
      return {
        x: Math.floor(box.left),
        y: Math.floor(box.top + 0.6 * rem),
        width: Math.ceil(1.2 * rem),
        height: Math.ceil(1.6 * rem),
      }
    })
    return (await inkRows(page, region)).map((row) => row.ink)
  }
  // Folded, ">": two strokes meeting at a point, as tall as it is wide or taller.
  const folded = await chevronInk()
  expect(folded.length, `a chevron drawn: ${folded.join(' ')}`).toBeGreaterThanOrEqual(7)
  expect(
    folded.reduce((a, b) => a + b, 0),
    `its strokes: ${folded.join(' ')}`,
  ).toBeGreaterThanOrEqual(14)
  await summary.click()
  // Open, "v": wide at its top, a point at its foot.
  const open = await chevronInk()
  expect(open.length, `a chevron drawn: ${open.join(' ')}`).toBeGreaterThanOrEqual(4)
  expect(Math.max(...open), `its top: ${open.join(' ')}`).toBeGreaterThan(2 * open.at(-1)!)
})

/** Stores attempts of `set` ("Who said what") a day apart with these scores (of 100), and reloads. */
async function storeScores(page: Page, scores: readonly number[], set = 'who-said-what') {
  const t0 = Date.UTC(2026, 10, 2, 9)
  const doc = scores.reduce(
    (d, score, i) =>
      recordAttempt(d, {
        id: `scored${i}`,
        setId: `assad-sochi-2018/${set}`,
        mode: 'test',
        startedAt: t0 + i * 86_400_000,
        finishedAt: t0 + i * 86_400_000 + 600_000,
        score,
        max: 100,
        passed: score >= 70,
        answers: [],
        detailed: false,
      }),
    emptyProgress(),
  )
  await openApp(page)
  await page.evaluate((text) => localStorage.setItem('passage:progress', text), serialize(doc))
  await page.reload()
}

/** Stores `times` attempts of "Who said what", every question answered right, and reloads. */
async function storeAllRight(page: Page, times: number) {
  const bank = JSON.parse(
    readFileSync('questions/assad-sochi-2018/who-said-what.json', 'utf8'),
  ) as { questions: { id: string }[] }
  const answers = bank.questions.map(({ id }) => ({
    qid: id,
    score: 1,
    max: 1,
    correct: true,
    timeMs: 5000,
  }))
  const t0 = Date.UTC(2026, 10, 2, 9)
  let doc = emptyProgress()
  for (let i = 0; i < times; i++)
    doc = recordAttempt(doc, {
      id: `right${i}`,
      setId: 'assad-sochi-2018/who-said-what',
      mode: 'test',
      startedAt: t0 + i * 86_400_000,
      finishedAt: t0 + i * 86_400_000 + 600_000,
      score: answers.length,
      max: answers.length,
      passed: true,
      answers,
      detailed: false,
    })
  await page.evaluate((text) => localStorage.setItem('passage:progress', text), serialize(doc))
  await page.reload()
}

test('at 320 px and 200 % text the chart draws the latest 8 of 20 scores, their dots apart, and says so; the table has all 20', async ({
  page,
}) => {
  await resizeTo(page, { width: 320, height: 800 })
  await useTextSize(page, 200)
  await storeScores(
    page,
    Array.from({ length: 20 }, (_, i) => (i % 2 ? 90 : 40)),
  )
  await openProgress(page)
  const card = page.getByRole('article', { name: 'Who said what' })
  await expect(card.locator('figcaption')).toHaveText(/^Your latest 8 scores, oldest to newest; /)
  const dots = card.locator('.score-chart-dot')
  await expect(dots).toHaveCount(8)
  // Centre to centre, more than a dot's width: 20 stood 3.2 px apart, their 7 px dots overlapping.
  const { gaps, width } = await dots.evaluateAll((cs) => {
    const boxes = cs.map((c) => c.getBoundingClientRect())
    return {
      gaps: boxes.slice(1).map((b, i) => b.x - boxes[i]!.x),
      width: Math.max(...boxes.map((b) => b.width)),
    }
  })
  expect(Math.min(...gaps), `gaps ${gaps.join(', ')}`).toBeGreaterThan(width)
  await card.getByText('Scores as a table').click()
  const table = card.getByRole('table', {
    name: 'Attempts at Who said what, oldest first',
    exact: true,
  })
  await expect(table.getByRole('row')).toHaveCount(21)
  // A wide screen has room for all 20.
  await resizeTo(page, { width: 1280, height: 800 })
  await expect(dots).toHaveCount(20)
  await expect(card.locator('figcaption')).toHaveText(/^Your scores, oldest to newest; /)
})

test('at 320 px and 200 % text the chart keeps as much room at the right of the latest point as its score takes, its points spread over more of the plot', async ({
  page,
}) => {
  await resizeTo(page, { width: 320, height: 800 })
  await useTextSize(page, 200)
  // A latest "90%" with room only at the right of its point: room was kept for "100%".
  await storeScores(page, [40, 90, 40, 90, 40, 90, 40, 90])
  await openProgress(page)
  const chart = page.getByRole('article', { name: 'Who said what' }).locator('.score-chart')
  const dots = chart.locator('.score-chart-dot')
  await expect(dots).toHaveCount(8)
  const { span, plot, latest, svg } = await chart.evaluate((figure) => {
    const box = (el: Element | null) => el!.getBoundingClientRect()
    const xs = [...figure.querySelectorAll('.score-chart-dot')].map((d) => box(d).x)
    const grid = box(figure.querySelector('.score-chart-grid line'))
    const values = [...figure.querySelectorAll('.score-chart-value')]
    return {
      span: xs.at(-1)! - xs[0]!,
      plot: grid.width,
      latest: { text: values.at(-1)!.textContent?.trim(), right: box(values.at(-1)!).right },
      svg: box(figure.closest('svg') ?? figure.querySelector('svg')).right,
    }
  })
  // 61 px of a 121 px plot, where room was kept for "100%"; 81 px now.
  expect(span, `points over ${span} of ${plot} px`).toBeGreaterThan(0.6 * plot)
  expect(latest.text).toBe('90%')
  expect(latest.right).toBeLessThanOrEqual(svg)
  if (process.env.PASSAGE_SCREENSHOTS)
    await chart.screenshot({ path: `${process.env.PASSAGE_SCREENSHOTS}/chart-320-200.png` })
})

test("on a phone at 200 % text the score chart's pass mark words are clear of the scores' line and points", async ({
  page,
}) => {
  await resizeTo(page, { width: 390, height: 844 })
  await useTextSize(page, 200)
  // Scores falling through the pass mark at the right end, where its words were written.
  await storeScores(page, [94, 71, 35])
  await openProgress(page)
  const chart = page.locator('.score-chart')
  await expect(chart).toHaveAttribute('aria-label', /from 94% to 35%, falling/)
  // In the drawing's own units (CSS pixels, as it is drawn at its width): the words' box as the
  // browser laid them out, against each point's dot and each segment of the line between them.
  const clearance = await chart.evaluate((svg: SVGSVGElement) => {
    const words = svg.querySelector<SVGTextElement>('.score-chart-pass-label')!.getBBox()
    const dots = [...svg.querySelectorAll<SVGCircleElement>('.score-chart-dot')].map((c) => ({
      x: c.cx.baseVal.value,
      y: c.cy.baseVal.value,
    }))
    let nearest = Infinity
    dots.slice(1).forEach((b, i) => {
      const a = dots[i]!
      for (let k = 0; k <= 400; k++) {
        const x = a.x + ((b.x - a.x) * k) / 400
        const y = a.y + ((b.y - a.y) * k) / 400
        const dx = Math.max(words.x - x, 0, x - (words.x + words.width))
        const dy = Math.max(words.y - y, 0, y - (words.y + words.height))
        nearest = Math.min(nearest, Math.hypot(dx, dy))
      }
    })
    // Nor a score written by its point.
    const scores = [...svg.querySelectorAll<SVGTextElement>('.score-chart-value')].map((t) =>
      t.getBBox(),
    )
    const overlapping = scores.filter(
      (s) =>
        s.x < words.x + words.width &&
        words.x < s.x + s.width &&
        s.y < words.y + words.height &&
        words.y < s.y + s.height,
    ).length
    return { nearest, overlapping, points: dots.length, words: words.width * words.height }
  })
  expect(clearance.points).toBe(3)
  expect(clearance.words).toBeGreaterThan(0)
  // More than a dot's radius and ring (3.5 + 1.25 px): nothing of the line or its points covers them.
  expect(clearance.nearest).toBeGreaterThan(4.75)
  expect(clearance.overlapping).toBe(0)
})

test('on a phone at 150 % text no score on the chart is crossed by the line going into its point', async ({
  page,
}) => {
  await resizeTo(page, { width: 390, height: 844 })
  await useTextSize(page, 150)
  // Up to 100%, then down to 75%: "75%", written above its point, was crossed by the line into it.
  await storeScores(page, [50, 100, 75])
  await openProgress(page)
  const chart = page.locator('.score-chart')
  await expect(chart).toHaveAttribute('aria-label', /from 50% to 75%, rising/)
  // Each score's box as the browser laid it out, against the line and every point's dot, in the
  // drawing's own units.
  const scores = await chart.evaluate((svg: SVGSVGElement) => {
    const dots = [...svg.querySelectorAll<SVGCircleElement>('.score-chart-dot')].map((c) => ({
      x: c.cx.baseVal.value,
      y: c.cy.baseVal.value,
    }))
    return [...svg.querySelectorAll<SVGTextElement>('.score-chart-value')].map((t) => {
      const box = t.getBBox()
      const from = (x: number, y: number) =>
        Math.hypot(
          Math.max(box.x - x, 0, x - (box.x + box.width)),
          Math.max(box.y - y, 0, y - (box.y + box.height)),
        )
      let line = Infinity
      dots.slice(1).forEach((b, i) => {
        const a = dots[i]!
        for (let k = 0; k <= 400; k++)
          line = Math.min(line, from(a.x + ((b.x - a.x) * k) / 400, a.y + ((b.y - a.y) * k) / 400))
      })
      return {
        text: t.textContent.trim(),
        line,
        dot: Math.min(...dots.map((d) => from(d.x, d.y))),
      }
    })
  })
  expect(scores.map((s) => s.text)).toEqual(['50%', '100%', '75%'])
  for (const { text, line, dot } of scores) {
    // More than the line's half-width (2.5 px wide) from its middle, a dot's radius and ring
    // (3.5 + 1.25 px) from its centre.
    expect(line, `${text} from the line`).toBeGreaterThan(1.25)
    expect(dot, `${text} from the points`).toBeGreaterThan(4.75)
  }
})

test("a set's figures use the page's width: “Last played” on one line beside “First attempt” on a wide page, and none sideways on a phone at 200 % text", async ({
  page,
}) => {
  // Five days after the last of three attempts: "5 days ago, 4 Nov, 9:10 am".
  await page.clock.setFixedTime(new Date(Date.UTC(2026, 10, 9, 12)))
  await resizeTo(page, { width: 1280, height: 800 })
  await storeScores(page, [94, 71, 35])
  await openProgress(page)
  const figures = async (p: Page) => {
    const list = p.locator('.set-progress .stat-list')
    await expect(list.getByText(/^5 days ago, 4\sNov, /)).toBeVisible()
    return list.evaluate((dl) => {
      const { right } = dl.getBoundingClientRect()
      const each = [...dl.querySelectorAll(':scope > div')].map((div) => {
        const box = div.getBoundingClientRect()
        const dd = div.querySelector('dd')!
        const lines =
          dd.getBoundingClientRect().height / parseFloat(getComputedStyle(dd).lineHeight)
        return [div.querySelector('dt')!.textContent, { y: box.y, right: box.right, lines }]
      })
      const by: Record<string, { y: number; right: number; lines: number }> =
        Object.fromEntries(each)
      return { right, sideways: dl.scrollWidth > dl.clientWidth, by }
    })
  }
  const wide = await figures(page)
  // It wrapped onto two lines in a column of its own, the rest of its row empty.
  expect(Math.round(wide.by['Last played']!.lines), 'Last played on one line').toBe(1)
  expect(wide.by['Last played']!.y).toBeCloseTo(wide.by['First attempt']!.y, 0)
  expect(wide.by['Last played']!.right).toBeLessThanOrEqual(wide.right + 0.5)
  expect(wide.sideways).toBe(false)

  // A phone at 200 % text: one figure a row, none wider than the card.
  const phone = await page.context().newPage()
  await phone.clock.setFixedTime(new Date(Date.UTC(2026, 10, 9, 12)))
  await resizeTo(phone, { width: 390, height: 844 })
  await useTextSize(phone, 200)
  await openApp(phone, '#/progress')
  const narrow = await figures(phone)
  expect(narrow.sideways).toBe(false)
  expect(narrow.by['Last played']!.y).toBeGreaterThan(narrow.by['First attempt']!.y)
  for (const label of ['Attempts', 'Best', 'Last', 'Average', 'First attempt', 'Last played'])
    expect(narrow.by[label]!.right, label).toBeLessThanOrEqual(narrow.right + 0.5)

  // Marks by topic shows every column: each topic's marks under its name, its score over its bar
  // beside them, each figure on one line. As a table its “Score” was off the screen, to scroll to.
  await storeAllRight(phone, 9)
  const topics = phone.getByRole('table', { name: 'Marks by topic, weakest first' })
  await expect(topics.getByRole('row', { name: /^quotes 108 of 108 100%$/ })).toBeVisible()
  const box = phone.getByRole('region', { name: 'Marks by topic' })
  expect(await box.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0)
  const right = (await box.boundingBox())!
  // The caption takes the box's width, not a letter a line.
  const caption = (await topics.locator('caption').boundingBox())!
  expect(caption.width).toBeGreaterThan(right.width / 2)
  const cells = await topics.locator('tbody :is(th, td)').evaluateAll((all) =>
    all.map((cell) => {
      // The lines of its words (not of its bar).
      const tops: number[] = []
      const texts = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT)
      for (let node = texts.nextNode(); node; node = texts.nextNode()) {
        const range = document.createRange()
        range.selectNodeContents(node)
        for (const r of range.getClientRects()) if (r.width > 0) tops.push(Math.round(r.top))
      }
      const text = (cell.textContent ?? '').trim()
      return {
        text,
        lines: new Set(tops).size,
        right: cell.getBoundingClientRect().right,
      }
    }),
  )
  expect(cells.length).toBeGreaterThan(0)
  for (const { text, lines, right: edge } of cells) {
    expect(edge, `“${text}” in view`).toBeLessThanOrEqual(right.x + right.width + 0.5)
    expect(lines, `“${text}” on one line`).toBe(1)
  }
})

test("on a phone at 200 % text the dashboard's accuracy tables show every column, each bar as long as the others", async ({
  page,
}) => {
  await resizeTo(page, { width: 390, height: 844 })
  await useTextSize(page, 200)
  // Twelve “Who said what” answers, every third right: topics from 0% to 100%.
  await withReview(
    page,
    answeredInQuiz(whoSaidWhatIds(12), Date.now() - 10 * 86_400_000, (i) => i % 3 === 0),
  )
  await openApp(page, '#/dashboard')
  for (const name of ['By question set', 'By topic']) {
    const box = page.getByRole('region', { name, exact: true })
    await expect(box.getByRole('table')).toBeVisible()
    expect(await box.evaluate((el) => el.scrollWidth - el.clientWidth), name).toBeLessThanOrEqual(0)
  }
  // A bar's length is its percentage of one length in every row: under “0%” it was as narrow as
  // “0%”, under “100%” as wide as “100%”.
  const topics = page.getByRole('table', { name: 'By topic' })
  await expect(topics.getByRole('row', { name: /^critics 2 of 2 100%$/ })).toBeVisible()
  const widths = await topics
    .locator('.meter')
    .evaluateAll((bars) => bars.map((bar) => Math.round(bar.getBoundingClientRect().width)))
  expect(widths.length).toBeGreaterThan(2)
  expect(new Set(widths).size, `bar widths ${widths.join(', ')}`).toBe(1)
})

test('a set of your own is named on Progress by its title, and once deleted in the Studio in words, never by its id', async ({
  page,
}) => {
  await openApp(page, '#/studio/import')
  await saveOwnCopy(page)
  await finishQuickly(page, 'my-copy')
  // Reloaded on Progress: the set's title from the page's first drawing, not “no longer in your
  // library” until the Studio's sets arrive. Every heading a set's card ever shows is noted.
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { seen: string[] }).seen = [])
    new MutationObserver(() => {
      for (const h of document.querySelectorAll('.set-progress h3')) seen.push(h.textContent)
    }).observe(document, { subtree: true, childList: true, characterData: true })
  })
  await page.goto('./#/progress')
  await page.reload()
  await expect(page.locator('.set-progress h3')).toHaveText('My copy')
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen)
  expect(new Set(seen)).toEqual(new Set(['My copy']))
  // Deleted in the Studio: it said “assad-sochi-2018/my-copy” and “shown by its id”.
  await page.evaluate(() => (location.hash = '#/studio'))
  const mine = page.getByRole('region', { name: 'Your sets' })
  const row = mine.getByRole('listitem').filter({ hasText: 'My copy' })
  await row.getByRole('button', { name: /^More/ }).click()
  await row.getByRole('button', { name: /^Delete/ }).click()
  await page
    .getByRole('dialog', { name: /Delete “My copy”\?/ })
    .getByRole('button', { name: 'Delete the set' })
    .click()
  await expect(mine.getByText('None yet. Write one')).toBeVisible()
  await page.reload()
  await openProgress(page)
  const set = page.locator('.set-progress')
  await expect(set.getByRole('heading')).toHaveText('A set no longer in your library')
  await expect(set).toContainText('Its questions cannot be shown: only your scores are kept.')
  const recent = page.getByRole('region', { name: 'Recent attempts' })
  // Played today, once: told by that day from another set gone of 17 questions.
  await expect(recent.getByRole('rowheader')).toHaveText(
    /^A set no longer in your library, played \d{1,2} \w+ \d{4}, 17 questions$/,
  )
  await expect(page.locator('main')).not.toContainText('my-copy')
  await recent.getByRole('link', { name: /^Review/ }).click()
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Your attempt at a set no longer in your library',
    }),
  ).toBeVisible()
})

test('a set of yours deleted from the library comes back with Undo, with its attempts; without Undo a reload finds it gone', async ({
  page,
}) => {
  await openApp(page, '#/studio/import')
  await saveOwnCopy(page)
  await finishQuickly(page, 'my-copy')
  await page.evaluate(() => (location.hash = '#/'))
  const title = page.getByRole('heading', { level: 3, name: 'My copy yours', exact: true })
  await deleteFromLibrary(page, 'My copy')
  // Said politely under the article's sets, and within the keyboard's reach from where it is.
  const status = page.getByRole('status').filter({ hasText: 'Deleted “My copy”.' })
  await expect(status).toHaveText('Deleted “My copy”. Undo the deletion of My copy')
  const undo = status.getByRole('button', { name: 'Undo the deletion of My copy' })
  await tabTo(page, undo)
  await page.keyboard.press('Enter')
  await expect(title).toBeFocused()
  await expect(status).toHaveCount(0)
  await page.reload()
  await expect(title).toBeVisible()
  // Its attempt is its own again: named by its title, not “a set no longer in your library”.
  await openProgress(page)
  await expect(page.locator('.set-progress h3')).toHaveText('My copy')
  await expect(
    page.getByRole('region', { name: 'Recent attempts' }).getByRole('rowheader'),
  ).toHaveText('My copy')

  // On a fresh library page, the quiz's styles not loaded, the dialog has its own look still.
  await page.evaluate(() => (location.hash = '#/'))
  await page.reload()
  await deleteFromLibrary(page, 'My copy', async (dialog) => {
    expect((await dialog.boundingBox())!.width).toBeLessThanOrEqual(28 * 16)
  })
  await page.reload()
  await expect(
    page.getByRole('heading', { level: 3, name: 'Who said what', exact: true }),
  ).toBeVisible()
  await expect(title).toHaveCount(0)
  await expect(page.getByRole('button', { name: /^Undo/ })).toHaveCount(0)
})
