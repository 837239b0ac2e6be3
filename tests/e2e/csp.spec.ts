import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { CSP } from '../../scripts/csp.ts'
import { answerWithKeyboard, currentQuestion, loadBank, openApp } from './helpers.ts'

test('the built app runs under a strict CSP with no violation and no request off its origin', async ({
  page,
  baseURL,
}) => {
  // Each violation is reported on the console, so none is lost when a page loads another.
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`),
    ),
  )
  const violations: string[] = []
  page.on('console', (m) => {
    if (/CSP violation|Content Security Policy|Refused to/i.test(m.text()))
      violations.push(m.text())
  })
  const elsewhere: string[] = []
  page.on('request', (r) => {
    const url = r.url()
    if (!url.startsWith(baseURL!) && !/^(data|blob):/.test(url)) elsewhere.push(url)
  })

  // The header on the page, and the same policy in the built file for hosts without headers.
  const response = await page.goto('./')
  expect(response?.headers()['content-security-policy']).toBe(CSP)
  expect(readFileSync('dist/index.html', 'utf8').replace(/&#39;/g, "'")).toContain(
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
  )

  await openApp(page)
  await expect(page.getByRole('heading', { name: 'Who said what' })).toBeVisible()

  await openApp(page, '#/read/assad-sochi-2018')
  await expect(page.locator('article > p').first()).toBeVisible()

  // Practice: a right answer, its feedback, and the evidence highlighted in the article.
  const bank = loadBank('who-said-what')
  await openApp(page, '#/quiz/assad-sochi-2018/who-said-what')
  await page.getByRole('button', { name: /^Start \d+ questions$/ }).click()
  await expect(page.getByText(`Question 1 of ${bank.questions.length}`)).toBeVisible()
  await answerWithKeyboard(page, await currentQuestion(page, bank))
  await page.getByRole('button', { name: 'Check answer' }).click()
  await expect(page.getByRole('heading', { name: 'Correct', exact: true })).toBeVisible()
  await page.getByRole('button', { name: 'Show in the article' }).click()
  await expect(page.locator('.reading-article mark').first()).toBeVisible()

  // Test mode to the results and the review.
  await openApp(page, '#/quiz/assad-sochi-2018/dates-and-timeline')
  await page.getByRole('radio', { name: /^Test/ }).check()
  await page.getByRole('button', { name: /^Start \d+ questions$/ }).click()
  await page.getByRole('button', { name: 'Submit test' }).click()
  await page.getByRole('button', { name: 'Submit anyway' }).click()
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible()
  await page.getByRole('button', { name: 'Review answers' }).click()
  // Review questions start folded: open the first.
  await page.locator('.review-item summary').first().click()
  await page
    .getByRole('button', { name: /^Show in the article/ })
    .first()
    .click()
  await expect(page.locator('.reading-article mark').first()).toBeVisible()

  // Progress, one attempt, settings (the dark theme and a backup), a page that does not exist.
  await page.evaluate(() => (location.hash = '#/progress'))
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible()
  await page
    .locator('main')
    .getByRole('link', { name: /^Review/ })
    .first()
    .click()
  await expect(page.getByRole('heading', { level: 1, name: /^Your attempt at/ })).toBeVisible()

  // Review, the study dashboard, the classroom, the class report and a printable worksheet.
  for (const [hash, heading] of [
    ['#/review', 'Review'],
    ['#/dashboard', 'Study dashboard'],
    ['#/classroom', 'Classroom'],
    ['#/classroom/report', 'Class report'],
    ['#/print/assad-sochi-2018/who-said-what', 'Who said what'],
  ] as const) {
    await page.evaluate((h) => (location.hash = h), hash)
    await expect(page.getByRole('heading', { level: 1 })).toContainText(heading)
  }
  await page.evaluate(() => (location.hash = '#/settings'))
  await page.getByRole('radio', { name: 'Dark' }).check()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download a backup' }).click()
  await download
  await page.evaluate(() => (location.hash = '#/no/such/page'))
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()

  expect(violations).toEqual([])
  expect(elsewhere).toEqual([])
})
