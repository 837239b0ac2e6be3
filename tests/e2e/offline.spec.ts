import { readFileSync, writeFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { answerWithKeyboard, currentQuestion, loadBank, openApp, saveOwnCopy } from './helpers.ts'
import { applyAnswers } from '../../src/domain/review/apply.ts'
import { serializeReview } from '../../src/domain/review/format.ts'
import { createScheduler } from '../../src/domain/review/fsrs.ts'
import { emptyReview } from '../../src/domain/review/schema.ts'

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

test('after one visit a review of a shipped set and a set saved in the studio plays to its end with the network off', async ({
  page,
  context,
}) => {
  const bank = loadBank('who-said-what')
  await openApp(page, '#/studio/import')
  await installed(page)
  await saveOwnCopy(page)
  // One question of each answered wrong in quizzes ten days ago: both due now.
  const at = Date.now() - 10 * 86_400_000
  const answers = [
    ['assad-sochi-2018/who-said-what', 'wsw-01'],
    ['assad-sochi-2018/my-copy', 'wsw-02'],
  ].map(([setId, qid]) => ({
    setId: setId!,
    qid: qid!,
    at,
    source: 'quiz' as const,
    correct: false,
    retryUsed: false,
    timeMs: 5000,
    sure: false,
  }))
  const text = serializeReview(
    applyAnswers(emptyReview(), answers, createScheduler({ retention: 0.9 })),
  )
  await page.evaluate((t) => localStorage.setItem('passage:review', t), text)
  await context.setOffline(true)

  await page.goto('./#/review')
  await page.reload()
  await expect(page.getByRole('heading', { name: '2 questions to review' })).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'What to review' })).toContainText(
    'Set: My copy (1)',
  )
  await page.getByRole('button', { name: /^Start review/ }).click()
  for (const n of [1, 2]) {
    await expect(page.getByText(`Question ${n} of 2`)).toBeVisible()
    await answerWithKeyboard(page, await currentQuestion(page, bank))
    await page.getByRole('button', { name: 'Check answer' }).click()
    await expect(page.getByRole('heading', { name: 'Correct', exact: true })).toBeFocused()
    await page.keyboard.press('Enter')
  }
  await expect(page.getByRole('heading', { name: 'Review done' })).toBeFocused()
  await expect(page.locator('.app-header .counter')).toHaveCount(0)
})

test('a new version asks before it reloads, and never interrupts a quiz', async ({ page }) => {
  const first = `Question 1 of ${loadBank('who-said-what').questions.length}`
  await openApp(page, '#/quiz/assad-sochi-2018/who-said-what')
  await installed(page)
  await page.getByRole('button', { name: /^Start \d+ questions$/ }).click()
  await expect(page.getByText(first)).toBeVisible()
  const question = await page.locator('fieldset.question').boundingBox()
  await page.evaluate(() => Object.assign(window, { sameDocument: true }))

  // A deploy: the service worker file changes, and the browser finds it on its next check. Each
  // run marks its own deploy, and a run going on at the same time never keeps another's mark.
  const sw = 'dist/sw.js'
  const deployed = readFileSync(sw, 'utf8').replace(/\n\/\/ deployed .*\n$/, '')
  try {
    writeFileSync(
      sw,
      `${deployed}\n// deployed ${test.info().testId} ${test.info().repeatEachIndex}\n`,
    )
    const registration = await page.evaluateHandle(() => navigator.serviceWorker.getRegistration())
    await registration.evaluate((r) => r?.update())
    await page.waitForFunction((r) => Boolean(r?.waiting), registration)
    // Nothing reloads by itself, and nothing is drawn above the question to push it down.
    const prompt = page.getByRole('region', { name: 'Update available' })
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true)
    await expect(page.getByText(first)).toBeVisible()
    await expect(prompt).toBeHidden()
    expect(await page.locator('fieldset.question').boundingBox()).toEqual(question)

    // Leaving the quiz, the offer is there, said once through the app's live region.
    await page.getByRole('link', { name: 'Library', exact: true }).click()
    await expect(prompt).toBeVisible()
    await expect(page.locator('[aria-live=polite]')).toHaveText(/A new version of Passage is ready/)
    // Back at the question, it waits again.
    await page.goBack()
    await expect(page.getByText(first)).toBeVisible()
    await expect(prompt).toBeHidden()
    await page.getByRole('link', { name: 'Library', exact: true }).click()
    await prompt.getByRole('button', { name: 'Reload' }).click()
    await page.waitForFunction(() => !('sameDocument' in window))
    await expect(page.locator('html[data-ready]')).toBeAttached()
    // The quiz left half-way is kept, and the offer is not made again by the new version.
    await openApp(page, '#/quiz/assad-sochi-2018/who-said-what')
    await expect(page.getByRole('heading', { name: 'You have a quiz in progress' })).toBeVisible()
    await expect(prompt).toBeHidden()
  } finally {
    writeFileSync(sw, deployed)
  }
})
