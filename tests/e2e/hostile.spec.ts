import { expect, test, type Page } from '@playwright/test'
import {
  BIG_COUNT,
  LONG_PROMPT_CHARS,
  PAYLOADS,
  hostileBank,
  hostilePassage,
} from '../fixtures/hostile.ts'
import { answerWithKeyboard, currentQuestion, resizeTo } from './helpers.ts'

// scripts/e2e.ts builds the app over tests/fixtures/hostile.ts into dist/hostile/.
async function openHostile(page: Page, hash = '') {
  await page.goto(`./hostile/${hash}`)
  await expect(page.locator('html[data-ready]')).toBeAttached()
}

/** Nothing ran, loaded or became a link: every payload stayed text. */
async function expectInert(page: Page, where: string) {
  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss), where).toBeUndefined()
  await expect(
    page.locator('main img, main svg[onload], main script, a[href^="javascript:"]'),
    where,
  ).toHaveCount(0)
}

test.describe('a bank full of markup, script and template syntax', () => {
  const dialogs: string[] = []
  test.beforeEach(({ page }) => {
    page.on('dialog', (d) => {
      dialogs.push(d.message())
      void d.dismiss()
    })
  })
  test.afterEach(() => expect(dialogs).toEqual([]))

  test('shows every payload as literal text on every page', async ({ page }) => {
    await openHostile(page)
    await expect(page.getByRole('heading', { level: 2, name: hostilePassage.title })).toBeVisible()
    await expect(page.getByRole('heading', { level: 3, name: hostileBank.title })).toBeVisible()
    await expectInert(page, 'library')

    await openHostile(page, '#/read/hostile')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(hostilePassage.title)
    for (const payload of PAYLOADS) await expect(page.locator('article')).toContainText(payload)
    await expect(page.locator('.source-link a')).toHaveAttribute('href', hostilePassage.url!)
    await expectInert(page, 'article')

    await openHostile(page, '#/quiz/hostile/all-fields')
    await expect(page.getByText(hostileBank.description!)).toBeVisible()
    await page.getByRole('button', { name: /^More options/ }).click()
    await expect(page.getByLabel(`tag ${PAYLOADS[0]}`)).toBeAttached()
    await page.getByLabel('Shuffle the questions').uncheck()
    await page.getByRole('button', { name: /^Start \d+ questions$/ }).click()
    for (const [i, q] of hostileBank.questions.entries()) {
      await expect(
        page.getByText(`Question ${i + 1} of ${hostileBank.questions.length}`),
      ).toBeVisible()
      expect((await currentQuestion(page, hostileBank)).id).toBe(q.id)
      await answerWithKeyboard(page, q)
      await page.getByRole('button', { name: 'Check answer' }).click()
      await expect(page.getByRole('heading', { name: 'Correct', exact: true })).toBeVisible()
      await expect(page.locator('.feedback')).toContainText(q.explanation!)
      await expectInert(page, `feedback on ${q.id}`)
      await page.keyboard.press('Enter')
    }
    await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible()
    await page.getByRole('button', { name: 'Review answers' }).click()
    await expect(page.locator('.review-item')).toHaveCount(hostileBank.questions.length)
    await expect(page.locator('.review-list')).toContainText(PAYLOADS[4])
    // Every question open, so the payloads in answers and evidence are on screen too.
    await page.getByRole('button', { name: 'Open all' }).click()
    await page
      .getByRole('button', { name: /^Show in the article/ })
      .first()
      .click()
    await expect(page.locator('.reading-article mark').first()).toBeVisible()
    await expectInert(page, 'results and review')

    await page.evaluate(() => (location.hash = '#/progress'))
    await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible()
    await expect(page.locator('main')).toContainText(hostileBank.title)
    await expectInert(page, 'progress')
    await page
      .locator('main')
      .getByRole('link', { name: /^Review/ })
      .first()
      .click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      `Your attempt at ${hostileBank.title}`,
    )
    await expect(page.locator('main')).toContainText(PAYLOADS[1])
    await expectInert(page, 'attempt')

    await openHostile(page, '#/print/hostile/all-fields')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Print “${hostileBank.title}”`)
    for (const payload of PAYLOADS) await expect(page.locator('main')).toContainText(payload)
    await expectInert(page, 'worksheet')
  })

  test('a set of 2 000 questions and a 5 000-character prompt stay usable', async ({ page }) => {
    // 2 000 questions on a shared 2-core machine: the slow timeout.
    test.slow()
    await resizeTo(page, { width: 390, height: 800 })
    await openHostile(page, '#/quiz/hostile/big')
    await page.getByLabel('Shuffle the questions').uncheck()
    await page.getByRole('button', { name: `Start ${BIG_COUNT} questions` }).click()
    await expect(page.getByText(`Question 1 of ${BIG_COUNT}`)).toBeVisible()
    const legend = page.locator('fieldset.question legend')
    expect((await legend.innerText()).trim()).toHaveLength(LONG_PROMPT_CHARS)
    // The long prompt wraps: nothing scrolls sideways on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await page.getByRole('radio', { name: /Right/ }).check()
    await page.getByRole('button', { name: 'Check answer' }).click()
    await expect(page.getByRole('heading', { name: 'Correct', exact: true })).toBeVisible()
    await page.getByRole('button', { name: 'Next question' }).click()
    await expect(page.getByText(`Question 2 of ${BIG_COUNT}`)).toBeVisible()

    // A test over all of them: jump to the last, submit, and review every one.
    await resizeTo(page, { width: 1280, height: 800 })
    // A reload (the same address would only change the hash): the quiz in progress is offered.
    await page.reload()
    await expect(page.locator('html[data-ready]')).toBeAttached()
    await page.getByRole('button', { name: 'Start over' }).click()
    // One answer given: it asks first.
    await page.getByRole('button', { name: 'Yes, start over' }).click()
    await page.getByRole('radio', { name: /^Test/ }).check()
    await page.getByRole('button', { name: `Start ${BIG_COUNT} questions` }).click()
    const navigator = page.getByRole('navigation', { name: 'Questions' })
    await expect(navigator.getByRole('button')).toHaveCount(BIG_COUNT)
    await navigator.getByRole('button', { name: new RegExp(`^Question ${BIG_COUNT}\\b`) }).click()
    await expect(page.getByText(`Question ${BIG_COUNT} of ${BIG_COUNT}`)).toBeVisible()
    await page.getByRole('radio', { name: /Right/ }).check()
    await page.getByRole('button', { name: 'Submit test' }).click()
    await page.getByRole('button', { name: 'Submit anyway' }).click()
    await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible()
    await page.getByRole('button', { name: 'Review answers' }).click()
    await expect(page.locator('.review-item')).toHaveCount(BIG_COUNT)
    await expectInert(page, 'review of 2 000')
  })
})
