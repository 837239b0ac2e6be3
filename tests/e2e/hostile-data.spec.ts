/**
 * Issue 10's findings, as a student would meet them: saved data that once lost every new attempt,
 * dates outside what a Date can hold, and a backup that tried to rewrite an attempt already here.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { toDigits } from '../../src/domain/progress/digits.ts'
import { emptyProgress, MAX_TIME_MS } from '../../src/domain/progress/schema.ts'
import { backupText, makeBackup } from '../../src/domain/progress/backup.ts'
import { applyAnswers } from '../../src/domain/review/apply.ts'
import { createScheduler } from '../../src/domain/review/fsrs.ts'
import { emptyReview } from '../../src/domain/review/schema.ts'
import {
  expectNoAxeViolations,
  finishQuickly,
  openApp,
  openProgress,
  renderedLines,
  resizeTo,
} from './helpers.ts'
import { useTextSize } from './tour.ts'

const SET = 'assad-sochi-2018/who-said-what'

/** Stores `text` as the saved progress and opens the app on it. */
async function openWithStored(page: Page, text: string) {
  await openApp(page)
  await page.evaluate((t) => localStorage.setItem('passage:progress', t), text)
  await page.reload()
}

async function quarantined(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('passage:quarantine:'))
      .map((k) => localStorage.getItem(k) ?? ''),
  )
}

/** Progress shows the finished attempt, and still does after a reload (from storage alone). */
async function expectOneAttemptKept(page: Page) {
  await openProgress(page)
  await expect(page.getByText('1 attempt in 1 set, kept in this browser only.')).toBeVisible()
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible()
  await expect(page.getByText('1 attempt in 1 set, kept in this browser only.')).toBeVisible()
}

test('old saved progress with numbers too large to keep is set aside, and new attempts are saved', async ({
  page,
}) => {
  const old = `{"attempts":[{"set":"${SET}","score":1e14,"total":1e14,"date":"2024-05-18T10:00:00Z"}]}`
  await openWithStored(page, old)
  const notice = page.getByRole('alert').filter({ hasText: 'could not be read' })
  await expect(notice).toBeVisible()
  expect(await quarantined(page)).toEqual([old])

  await finishQuickly(page, 'who-said-what')
  await expectOneAttemptKept(page)
})

test('a saved attempt dated after the year 9999 is set aside; the Progress page still works', async ({
  page,
}) => {
  const start = toDigits(MAX_TIME_MS / 1000 + 1)
  const stored = JSON.stringify({
    schemaVersion: 1,
    sets: { [SET]: { lists: {}, attempts: { a1: `.${start}.0.u1.0/1` } } },
  })
  await openWithStored(page, stored)
  await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toBeVisible()
  await openProgress(page)
  await expect(page.getByRole('link', { name: 'Choose a first quiz' })).toBeVisible()
  await expectNoAxeViolations(page, 'progress after a quarantined date')

  await finishQuickly(page, 'who-said-what')
  await expectOneAttemptKept(page)
})

test('a backup whose copy of an attempt here has other results never changes it', async ({
  page,
}, info) => {
  // At 200 % text, so that the preview can be seen on a small phone too.
  await useTextSize(page, 200)
  await openApp(page)
  await finishQuickly(page, 'who-said-what')
  await openProgress(page)
  const before = await page.locator('main').innerText()

  await page.evaluate(() => (location.hash = '#/settings'))
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download a backup' }).click()
  const file = info.outputPath('backup.json')
  await (await downloading).saveAs(file)

  // The same attempt id with other results: every answer wrong turned right (or right to wrong).
  const backup = JSON.parse(readFileSync(file, 'utf8')) as {
    progress: { sets: Record<string, { attempts: Record<string, string> }> }
  }
  const attempts = backup.progress.sets[SET]!.attempts
  const [id] = Object.keys(attempts)
  const forged = attempts[id!]!.replace(/\.t([01])\./, (_, p: string) =>
    p === '1' ? '.t0.' : '.t1.',
  )
  expect(forged).not.toBe(attempts[id!])
  attempts[id!] = forged
  const forgedFile = info.outputPath('forged.json')
  writeFileSync(forgedFile, JSON.stringify(backup))

  await page.getByLabel('Restore from a backup').setInputFiles(forgedFile)
  const preview = page.locator('.restore-preview')
  await expect(preview).toContainText(
    '1 attempt in it is also in this browser, with different results.',
  )
  await expect(preview).toContainText("Yours is kept as it is: the backup's copy is not restored.")
  const download = preview.getByRole('button', { name: "Download the backup's copy" })
  await expect(download).toBeVisible()
  await expectNoAxeViolations(page, 'restore preview with a conflict')
  // On a 320 px phone the button's words stay whole: “Downloa / d the backup's copy” before.
  await resizeTo(page, { width: 320, height: 568 })
  await expect
    .poll(async () => (await renderedLines(download)).join(' '))
    .toBe("Download the backup's copy")
  expect((await renderedLines(download)).length).toBeGreaterThan(1)
  await resizeTo(page, { width: 1280, height: 720 })
  await preview.getByRole('button', { name: 'Restore' }).click()

  await openProgress(page)
  expect(await page.locator('main').innerText()).toBe(before)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible()
  expect(await page.locator('main').innerText()).toBe(before)
})

test('a backup from a clock set years ahead leaves out the review answers it dates after today', async ({
  page,
}, info) => {
  await page.clock.install({ time: new Date('2025-12-05T09:00:00Z') })
  await openApp(page)
  const at = Date.UTC(2077, 6, 13, 9)
  const review = applyAnswers(
    emptyReview(),
    [
      {
        setId: SET,
        qid: 'wsw-01',
        at,
        source: 'quiz',
        correct: false,
        retryUsed: false,
        timeMs: 5000,
        sure: false,
      },
    ],
    createScheduler({ retention: 0.9 }),
  )
  const file = info.outputPath('ahead.json')
  writeFileSync(
    file,
    backupText(makeBackup({ progress: emptyProgress(), review }, 'test', new Date(at + 3_600_000))),
  )
  await page.evaluate(() => (location.hash = '#/settings'))
  await page.getByLabel('Restore from a backup').setInputFiles(file)
  // Read in the backup worker, which is told today's date.
  const preview = page.locator('.restore-preview')
  await expect(preview).toContainText(
    'Its review schedule, whose answers are dated after today (a clock set wrong, or an edit), so yours stays as it is.',
  )
  await preview.getByRole('button', { name: 'Restore' }).click()
  await expect(page.locator('.restore-outcome')).toContainText(
    'Review answers with dates that cannot be right were left out.',
  )
  expect(await page.evaluate(() => localStorage.getItem('passage:review'))).toBeNull()
})
