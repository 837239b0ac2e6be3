import { expect, test } from '@playwright/test'
import { tabTo, openApp } from './helpers.ts'

// The rest of the suite asks for reduced motion (playwright.config.ts): a first quiz is played as
// most students see it, with every fade and slide.
test.use({ reducedMotion: 'no-preference' })

test.describe('a student on the built app, keyboard only', () => {
  test('opens the library, starts a set and answers a question', async ({ page }) => {
    await openApp(page)
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Who said what' })).toBeVisible()

    // Tab to the set's Start link and open it.
    const start = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Who said what' }) })
      .getByRole('link', { name: 'Start' })
    await tabTo(page, start)
    await expect(start).toBeFocused()
    await page.keyboard.press('Enter')
    // The new page's heading takes focus (after a frame), as a screen reader user expects.
    await expect(page.getByRole('heading', { level: 1, name: 'Who said what' })).toBeFocused()

    // Practice mode is the default; turn shuffling off so the first question is the bank's first.
    const shuffle = page.getByLabel('Shuffle the questions')
    await shuffle.focus()
    await page.keyboard.press('Space')
    await expect(shuffle).not.toBeChecked()
    await page.keyboard.press('Tab') // "More options"
    await page.keyboard.press('Tab')
    await expect(page.getByRole('button', { name: /^Start \d+ questions$/ })).toBeFocused()
    await page.keyboard.press('Enter')

    await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible()
    const group = page.getByRole('group', { name: /stability is improving/ })
    await expect(group).toBeVisible()

    // Arrow keys move through the radio group; find Assad and submit with Enter.
    await page.keyboard.press('Tab')
    const assad = group.getByRole('radio', { name: /Bashar al-Assad/ })
    for (let i = 0; i < 4 && !(await assad.isChecked()); i++) await page.keyboard.press('ArrowDown')
    await expect(assad).toBeChecked()
    await page.keyboard.press('Enter')

    await expect(page.getByRole('heading', { name: 'Correct' })).toBeVisible()
    await expect(page.locator('.evidence')).toContainText('Assad told Putin')
    // Heard once: focus is on the verdict heading, which says it; the live region stays quiet
    // (it used to say "Correct." as well). Tab goes on to "Show in the article".
    await expect(page.getByRole('heading', { name: 'Correct', exact: true })).toBeFocused()
    await expect(page.getByRole('status')).toHaveText('')
    await page.keyboard.press('Tab')
    await expect(page.getByRole('button', { name: 'Show in the article' })).toBeFocused()

    // "Show in the article" moves focus to the highlighted sentence; a button brings it back.
    await page.getByRole('button', { name: 'Show in the article' }).press('Enter')
    const mark = page.locator('.reading-article mark')
    await expect(mark).toBeFocused()
    await expect(mark).toContainText('Assad told Putin')
    await page.getByRole('button', { name: 'Back to the question' }).press('Enter')
    await expect(page.getByRole('heading', { name: 'Correct', exact: true })).toBeFocused()
  })

  test('reads the article on its own page', async ({ page }) => {
    await openApp(page, '#/read/assad-sochi-2018')
    await expect(
      page.getByRole('heading', {
        level: 1,
        name: "Syria's Assad Flies to Russia for Talks With Putin",
      }),
    ).toBeVisible()
    await expect(page.getByText('Reuters via The Moscow Times')).toBeVisible()
    await expect(page.locator('article > p:not(.byline, .source-link)')).toHaveCount(14)
    await expect(page.getByText('Related article')).toHaveCount(0)
  })

  test('a page asked for while the app is still starting is the page shown', async ({ page }) => {
    // No wait for the app: the hash changes while the router's first navigation may be pending.
    await page.goto('./')
    await page.evaluate(() => (location.hash = '#/settings'))
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
    await expect(page).toHaveURL(/#\/settings$/)
  })
})
