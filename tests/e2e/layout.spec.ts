import { expect, test, type Page } from '@playwright/test'

/** The page is no wider than the screen: nothing scrolls sideways. */
async function expectNoSidewaysScroll(page: Page, where: string) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }))
  expect(scroll, `${where} is ${scroll} px wide on a ${client} px screen`).toBeLessThanOrEqual(
    client,
  )
}

for (const width of [320, 390, 1280]) {
  test(`nothing scrolls sideways at ${width} px, on any page or quiz state`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 })

    await page.goto('./#/quiz/assad-sochi-2018/who-said-what')
    // In the bank's order the first question is a single choice.
    await page.getByLabel('Shuffle the questions').uncheck()
    await page.getByRole('button', { name: /^Start \d+ questions$/ }).click()
    await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible()
    await expectNoSidewaysScroll(page, 'a practice question')
    await page.getByRole('button', { name: 'Show the article' }).click()
    await expect(page.getByRole('complementary', { name: 'The article' })).toBeVisible()
    await expectNoSidewaysScroll(page, 'a question with the article open')
    await page.getByRole('radio').first().check()
    await page.getByRole('button', { name: 'Check answer' }).click()
    await expect(page.locator('#feedback-heading')).toBeVisible()
    await expectNoSidewaysScroll(page, 'feedback')

    await page.goto('./#/quiz/assad-sochi-2018/dates-and-timeline')
    await page.getByRole('radio', { name: /^Test/ }).check()
    await page.getByRole('button', { name: /^Start \d+ questions$/ }).click()
    await expect(page.getByRole('navigation', { name: /questions/i })).toBeVisible()
    await expectNoSidewaysScroll(page, 'a test question with the navigator')
    await page.getByRole('button', { name: 'Submit test' }).click()
    await page.getByRole('button', { name: 'Submit anyway' }).click()
    await expect(page.locator('#results-heading')).toBeVisible()
    await expectNoSidewaysScroll(page, 'the results')
    await page.getByRole('button', { name: 'Review answers' }).click()
    await page
      .locator('.review-item')
      .first()
      .getByRole('button', { name: /Show in/ })
      .click()
    await expect(page.locator('aside mark').first()).toBeFocused()
    await expectNoSidewaysScroll(page, 'the review with the article')

    const pages: [string, string | RegExp][] = [
      ['./', 'Library'],
      ['./#/read/assad-sochi-2018', "Syria's Assad Flies to Russia for Talks With Putin"],
      ['./#/progress', 'Progress'],
      ['./#/settings', 'Settings'],
      ['./#/no-such-page', /not found/i],
    ]
    for (const [url, heading] of pages) {
      await page.goto(url)
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
      await expectNoSidewaysScroll(page, url)
    }
    await page.goto('./#/progress')
    await page
      .getByRole('link', { name: /^Review/ })
      .first()
      .click()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expectNoSidewaysScroll(page, 'an attempt')
  })
}
