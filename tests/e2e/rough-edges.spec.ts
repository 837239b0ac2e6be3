import { expect, test, type Page } from '@playwright/test'
import { openApp, resizeTo, expectQuestionFocused } from './helpers.ts'

test('titles name the page, focus lands on the question, and the console stays quiet', async ({
  page,
}) => {
  const complaints: string[] = []
  page.on('console', (m) => {
    // The harness blocks the offline service worker; that notice is Playwright's, not the app's.
    if (/blocked by Playwright/.test(m.text())) return
    if (m.type() === 'error' || m.type() === 'warning') complaints.push(m.text())
  })
  page.on('response', (r) => {
    if (r.status() >= 400) complaints.push(`${r.status()} ${r.url()}`)
  })

  await openApp(page)
  await expect(page).toHaveTitle('Library · Passage')
  // The SVG icon is linked, so the browser never asks for /favicon.ico.
  await expect(page.locator('link[rel=icon]')).toHaveAttribute('href', /favicon\.svg$/)

  await page.getByRole('link', { name: 'Start “Who said what”' }).click()
  await expect(page).toHaveTitle('Who said what · Passage')
  await page.getByRole('button', { name: /^Start \d+ questions$/ }).click()
  await expectQuestionFocused(page)
  await expect(page).toHaveTitle(/^Question 1 of \d+ · Who said what · Passage$/)
  await page.getByRole('button', { name: 'Skip', exact: true }).click()
  await expect(page).toHaveTitle(/^Question 2 of \d+ · Who said what · Passage$/)

  await page.goto('./#/quiz/assad-sochi-2018/dates-and-timeline')
  await page.getByRole('radio', { name: /^Test/ }).check()
  await page.getByRole('button', { name: /^Start \d+ questions$/ }).click()
  await expectQuestionFocused(page)
  await expect(page.getByRole('button', { name: 'Question 1, left blank' })).toBeVisible()
  await page.getByRole('button', { name: 'Submit test' }).click()
  await page.getByRole('button', { name: 'Submit anyway' }).click()
  await expect(page.locator('#results-heading')).toBeFocused()
  await expect(page).toHaveTitle('Results · Dates and timeline · Passage')

  await page.goto('./#/progress')
  await expect(page).toHaveTitle('Your progress · Passage')
  await page.goto('./#/settings')
  await expect(page).toHaveTitle('Settings · Passage')
  // The studio's pages name themselves too, never keeping the last page's name.
  await page.goto('./#/studio/share/assad-sochi-2018/who-said-what')
  await expect(page).toHaveTitle('Share “Who said what” · Studio · Passage')
  await page.goto('./#/studio')
  await expect(page).toHaveTitle('Studio · Passage')
  await page.goto('./#/studio/import')
  await expect(page).toHaveTitle('Import questions · Studio · Passage')
  expect(complaints).toEqual([])
})

test('"Skip to content" moves past the header to the page, and the page stays', async ({
  page,
}) => {
  await openApp(page, '#/quiz/assad-sochi-2018/who-said-what')
  // The first stop of the page, reached backwards from the header's first link.
  await page.locator('.app-header .brand').focus()
  await page.keyboard.press('Shift+Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Who said what' })).toBeFocused()
  await expect(page).toHaveURL(/#\/quiz\/assad-sochi-2018\/who-said-what$/)
  await page.keyboard.press('Tab')
  await expect(page.locator('main input[type=radio]').first()).toBeFocused()
})

test('Back returns the reader to where they were on the page, and a new page opens at its top', async ({
  page,
}) => {
  await resizeTo(page, { width: 390, height: 700 })
  await openApp(page)
  const scrollY = () => page.evaluate(() => Math.round(window.scrollY))
  // The library's last set, well down the page on a phone.
  const last = page.getByRole('link', { name: /^Start “/ }).last()
  await last.scrollIntoViewIfNeeded()
  const where = await scrollY()
  expect(where).toBeGreaterThan(300)

  await last.click()
  await expect(page.locator('main h1')).toBeFocused()
  expect(await scrollY()).toBe(0)

  await page.goBack()
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeFocused()
  await expect.poll(scrollY).toBe(where)
  // Focus is on the heading for a screen reader, without pulling the page back up to it.
  expect(await scrollY()).toBe(where)
})

test('a time limit’s minutes sit on one line with their word, under the choice, not as another card', async ({
  page,
}) => {
  await resizeTo(page, { width: 390, height: 844 })
  /** The number field and its word share a line, and the row is no card of its own. */
  const expectOneLine = async () => {
    const minutes = page.getByRole('spinbutton', { name: 'minutes', exact: true })
    const word = page.locator('.minutes-row > label')
    const [a, b] = [(await minutes.boundingBox())!, (await word.boundingBox())!]
    expect(Math.abs(a.y + a.height / 2 - (b.y + b.height / 2))).toBeLessThan(4)
    expect(b.x).toBeGreaterThan(a.x + a.width)
    await expect(page.locator('.minutes-row')).toHaveCSS('border-top-style', 'none')
  }
  await openApp(page, '#/settings')
  await page.getByRole('radio', { name: 'A time limit' }).check()
  await expectOneLine()
  await page.goto('#/quiz/assad-sochi-2018/who-said-what')
  await page.getByText('More options').click()
  await page.getByRole('checkbox', { name: 'Time limit' }).check()
  await expectOneLine()
  await expect(
    page.getByRole('spinbutton', { name: 'minutes', exact: true }),
  ).toHaveAccessibleDescription('You can pause or add time as you go.')
})

test('a setting typed out of range and sent with Enter is told once, below it, in the page’s words', async ({
  page,
}) => {
  await openApp(page, '#/settings')
  await page.getByRole('radio', { name: 'A time limit' }).check()
  for (const [name, typed, error] of [
    ['minutes', '500', 'Type a whole number of minutes from 1 to 180.'],
    ['Questions joining your reviews a day', '5000', 'Type a whole number from 0 to 999.'],
  ] as const) {
    const field = page.getByRole('spinbutton', { name, exact: true })
    // The browser shows its own bubble for a field it finds invalid as the form is sent.
    await field.evaluate((el) => {
      el.addEventListener('invalid', () => el.setAttribute('data-bubbled', ''))
    })
    await field.fill(typed)
    await field.press('Enter')
    // Heard as written: the ⚠ drawn before it is not read out as “warning sign”.
    await expect(field).toHaveAccessibleDescription(new RegExp(`^Error: ${error}`))
    await expect(field).not.toHaveAttribute('data-bubbled')
  }
  await expectUnderMinutes(page)
})

/** The minutes' error starts where their field does, not out at the edge of the choice above. */
async function expectUnderMinutes(page: Page) {
  const field = page.getByRole('spinbutton', { name: 'minutes', exact: true })
  const error = page.locator('.minutes-row + .input-error')
  const [fieldBox, errorBox] = [await field.boundingBox(), await error.boundingBox()]
  expect(errorBox!.x).toBeCloseTo(fieldBox!.x, 0)
}

test('minutes typed out of range on a quiz’s start page and sent with Enter are told once, below them', async ({
  page,
}) => {
  await openApp(page, '#/quiz/assad-sochi-2018/dates-and-timeline')
  await page.getByRole('button', { name: /^More options/ }).click()
  await page.getByRole('checkbox', { name: 'Time limit' }).check()
  const field = page.getByRole('spinbutton', { name: 'minutes', exact: true })
  // The browser shows its bubble for a field it finds invalid as the form is sent, unless the
  // page's own `invalid` handler (which runs first) has cancelled it.
  await field.evaluate((el) => {
    el.addEventListener('invalid', (e) => {
      if (!e.defaultPrevented) el.setAttribute('data-bubbled', '')
    })
  })
  await field.fill('500')
  await field.press('Enter')
  await expect(field).toHaveAccessibleDescription(
    /Error: Type a whole number of minutes from 1 to 180\./,
  )
  await expect(field).toBeFocused()
  await expect(field).not.toHaveAttribute('data-bubbled')
  await expect(page.getByRole('button', { name: /^Start \d+ questions$/ })).toBeVisible()
  await expectUnderMinutes(page)
})

test('every disclosure is in the link colour, light and dark: the quiz start’s “More options” and the quiz’s “Keyboard shortcuts” alike', async ({
  page,
}) => {
  const colour = (l: ReturnType<Page['locator']>) => l.evaluate((e) => getComputedStyle(e).color)
  const schemes = ['light', 'dark'] as const
  await openApp(page, '#/quiz/assad-sochi-2018/who-said-what')
  const link: Record<string, string> = {}
  for (const scheme of schemes) {
    await page.emulateMedia({ colorScheme: scheme })
    link[scheme] = await colour(page.getByRole('button', { name: /^More options/ }))
    expect(link[scheme]).not.toBe(await colour(page.getByRole('heading', { level: 1 })))
  }
  expect(link.light).not.toBe(link.dark)
  await page.getByRole('button', { name: /^Start \d+ questions$/ }).click()
  const shortcuts = page.locator('summary').filter({ hasText: 'Keyboard shortcuts' })
  await expect(shortcuts).toBeVisible()
  for (const scheme of schemes) {
    await page.emulateMedia({ colorScheme: scheme })
    expect(await colour(shortcuts)).toBe(link[scheme])
  }
})
