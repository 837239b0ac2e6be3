import { existsSync, readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { expect, test } from '@playwright/test'
import { answerWithKeyboard, currentQuestion, loadBank } from './helpers.ts'

test('the portable build is one HTML file that works opened from disk', async ({ page }) => {
  const file = resolve('dist-portable/index.html')
  expect(existsSync(file), 'run npm run build:portable first').toBe(true)
  expect(readdirSync('dist-portable').filter((f) => !f.startsWith('.'))).toEqual(['index.html'])
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  const requests: string[] = []
  page.on('request', (r) => requests.push(r.url()))

  await page.goto(`${pathToFileURL(file).href}#/`)
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()
  await page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Who said what' }) })
    .getByRole('link', { name: 'Start' })
    .click()
  await page.getByLabel('Shuffle the questions').uncheck()
  await page.getByRole('button', { name: /^Start \d+ questions$/ }).click()
  // Until the quiz is drawn, the start page's "How do you want to take it?" is the page's
  // fieldset.question, the legend the question would be looked up by.
  await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible()
  await answerWithKeyboard(page, await currentQuestion(page, loadBank('who-said-what')))
  await page.getByRole('button', { name: 'Check answer' }).click()
  await expect(page.getByRole('heading', { name: 'Correct', exact: true })).toBeVisible()
  await expect(page.locator('.evidence').first()).toBeVisible()

  expect(errors).toEqual([])
  expect(requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:'))).toEqual([])
})
