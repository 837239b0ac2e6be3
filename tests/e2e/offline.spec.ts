import { readFileSync, writeFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { answerWithKeyboard, currentQuestion, loadBank, openApp } from './helpers.ts'

test.use({ serviceWorkers: 'allow' })

/** Waits until the service worker has cached everything and answers for the page. */
async function installed(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
}

test('after one visit Passage works with the network off: reload and play a quiz to the results', async ({
  page,
  context,
}) => {
  await openApp(page)
  await installed(page)
  await context.setOffline(true)

  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()
  await openApp(page, '#/quiz/assad-sochi-2018/who-said-what')
  await page.getByRole('button', { name: /^More options/ }).click()
  await page.getByLabel('Number of questions').selectOption('5')
  await page.getByRole('button', { name: 'Start 5 questions' }).click()
  const bank = loadBank('who-said-what')
  for (let i = 1; i <= 5; i++) {
    await expect(page.getByText(`Question ${i} of 5`)).toBeVisible()
    await answerWithKeyboard(page, await currentQuestion(page, bank))
    await page.getByRole('button', { name: 'Check answer' }).click()
    await expect(page.getByRole('heading', { name: 'Correct', exact: true })).toBeVisible()
    await page.keyboard.press('Enter')
  }
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible()
  await expect(page.getByText('Saved to your progress.')).toBeVisible()
})

test('a new version asks before it reloads, and never interrupts a quiz', async ({ page }) => {
  const first = `Question 1 of ${loadBank('who-said-what').questions.length}`
  await openApp(page, '#/quiz/assad-sochi-2018/who-said-what')
  await installed(page)
  await page.getByRole('button', { name: /^Start \d+ questions$/ }).click()
  await expect(page.getByText(first)).toBeVisible()
  await page.evaluate(() => Object.assign(window, { sameDocument: true }))

  // A deploy: the service worker file changes, and the browser finds it on its next check.
  const sw = 'dist/sw.js'
  const deployed = readFileSync(sw, 'utf8')
  try {
    writeFileSync(sw, `${deployed}\n// a new version\n`)
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update())
    const prompt = page.getByRole('status').filter({ hasText: 'A new version of Passage is ready' })
    await expect(prompt).toBeVisible()
    // Still the same page and the same question: nothing reloaded by itself.
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true)
    await expect(page.getByText(first)).toBeVisible()

    await prompt.getByRole('button', { name: 'Reload' }).click()
    await expect(page.getByRole('heading', { name: 'You have a quiz in progress' })).toBeVisible()
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(false)
  } finally {
    writeFileSync(sw, deployed)
  }
})
