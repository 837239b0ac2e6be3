import { expect, test, type Page } from '@playwright/test'
import {
  expectNoAxeViolations,
  openApp,
  renderedLines,
  startInBankOrder,
  resizeTo,
} from './helpers.ts'
import { useTextSize } from './tour.ts'

/** The article: a column beside the quiz (complementary), or on a phone a modal sheet (dialog). */
const article = (page: Page) => page.locator('.reading-article')
const scrollBox = (page: Page) => article(page).locator('[data-scroll-box]')

async function expectNoSidewaysScroll(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }))
  expect(scroll).toBeLessThanOrEqual(client)
}

test.describe('on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } })

  test('the article is open beside the question, and the answer brings up its evidence', async ({
    page,
  }) => {
    await startInBankOrder(page)
    const question = page.locator('fieldset.question')
    await expect(article(page)).toBeVisible()
    const [q, a] = [await question.boundingBox(), await article(page).boundingBox()]
    expect(a!.x).toBeGreaterThanOrEqual(q!.x + q!.width)
    expect(a!.y).toBeLessThan(q!.y + q!.height)
    await expect(page.getByRole('button', { name: 'Hide the article' })).toHaveAttribute(
      'aria-expanded',
      'true',
    )

    await page.getByRole('radio', { name: 'Dmitry Peskov', exact: true }).check()
    await page.getByRole('button', { name: 'Check answer' }).click()
    await expect(page.locator('#feedback-heading')).toBeFocused()
    // While a second try is on offer, the proving sentence would give the answer away.
    const mark = article(page).locator('mark')
    await expect(page.getByRole('button', { name: 'Look back and try again' })).toBeVisible()
    await expect(mark).toHaveCount(0)
    await page.getByRole('button', { name: 'Show the answer' }).click()
    // Focus stays with the verdict; the article has scrolled its own box to the proving sentence.
    await expect(page.locator('#feedback-heading')).toBeFocused()
    await expect(mark).toContainText('Stability is improving')
    await expect(mark).toBeInViewport()
    expect(await scrollBox(page).evaluate((box) => box.scrollTop)).toBeGreaterThan(0)
    expect(await page.evaluate(() => window.scrollY)).toBe(0)
    await expectNoSidewaysScroll(page)
    await expectNoAxeViolations(page, 'quiz feedback beside its article')
  })

  test('scrolled down to Next, the whole article column stays on screen, its Close button too', async ({
    page,
  }) => {
    await resizeTo(page, { width: 1280, height: 800 })
    await startInBankOrder(page)
    await page.getByRole('radio', { name: /Vladimir Putin/ }).check()
    await page.getByRole('button', { name: 'Check answer' }).click()
    await page.getByRole('button', { name: 'Show the answer' }).click()
    await expect(page.getByRole('button', { name: 'Next question' })).toBeVisible()
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0)
    const box = (await article(page).boundingBox())!
    expect(box.y).toBeGreaterThanOrEqual(0)
    expect(box.y + box.height).toBeLessThanOrEqual(800)
    await expect(page.getByRole('button', { name: 'Close the article' })).toBeInViewport({
      ratio: 1,
    })
  })

  test('the student can hide it, and it stays hidden on the next visit', async ({ page }) => {
    await startInBankOrder(page)
    await page.getByRole('button', { name: 'Hide the article' }).click()
    await expect(article(page)).toBeHidden()
    await expect(page.getByRole('button', { name: 'Show the article' })).toHaveAttribute(
      'aria-expanded',
      'false',
    )

    await page.reload()
    await expect(page.locator('html[data-ready]')).toBeAttached()
    await page.getByRole('button', { name: 'Resume' }).click()
    await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible()
    await expect(article(page)).toBeHidden()
    // "P" opens it again, from the keyboard.
    await page.keyboard.press('p')
    await expect(article(page)).toBeVisible()
  })

  test('closed from inside, it gives focus to "Show the article", not to the top of the page', async ({
    page,
  }) => {
    await startInBankOrder(page)
    await page.getByRole('button', { name: 'Close the article' }).focus()
    await page.keyboard.press('Enter')
    await expect(article(page)).toBeHidden()
    const show = page.getByRole('button', { name: 'Show the article' })
    await expect(show).toBeFocused()

    // P pressed while reading closes it the same way.
    await page.keyboard.press('Enter')
    await expect(article(page)).toBeVisible()
    await article(page).locator('.source-link a').focus()
    await page.keyboard.press('p')
    await expect(article(page)).toBeHidden()
    await expect(show).toBeFocused()
  })
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('looking back, the keyboard stays in the article sheet, and Escape returns to the question', async ({
    page,
  }) => {
    await startInBankOrder(page)
    await page.getByRole('radio', { name: 'Dmitry Peskov', exact: true }).check()
    await page.getByRole('button', { name: 'Check answer' }).click()
    await page.getByRole('button', { name: 'Look back and try again' }).click()
    const sheet = page.getByRole('dialog', { name: 'The article' })
    await expect(sheet.locator('p.look-here').first()).toBeFocused()
    // Round and round inside the sheet, never on to the header under it.
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab')
      await expect(sheet.locator(':focus')).toHaveCount(1)
    }
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Shift+Tab')
      await expect(sheet.locator(':focus')).toHaveCount(1)
    }
    // The button that opened it has gone (the question is asked again): focus goes to the question.
    await page.keyboard.press('Escape')
    await expect(sheet).toBeHidden()
    await expect(page.locator('fieldset.question')).toBeFocused()
  })

  test('the article is a sheet that keeps its place and the quiz underneath keeps the student’s', async ({
    page,
  }) => {
    await startInBankOrder(page)
    await expect(article(page)).toBeHidden()
    const choice = page.getByRole('radio', { name: 'Vladimir Putin', exact: true })
    await choice.check()

    const toggle = page.getByRole('button', { name: 'Show the article' })
    await toggle.click()
    await expect(page.getByRole('dialog', { name: 'The article' })).toBeVisible()
    await expect(article(page)).toHaveAttribute('aria-modal', 'true')
    await expect(article(page).getByRole('heading', { level: 2 })).toBeFocused()
    await expectNoSidewaysScroll(page)
    await expectNoAxeViolations(page, 'quiz with the article sheet open')

    await scrollBox(page).evaluate((box) => box.scrollTo(0, 600))
    await expect.poll(() => scrollBox(page).evaluate((box) => box.scrollTop)).toBe(600)
    await page.getByRole('button', { name: 'Close the article' }).click()
    await expect(article(page)).toBeHidden()
    await expect(toggle).toBeFocused()
    await expect(choice).toBeChecked()

    await toggle.click()
    await expect(article(page)).toBeVisible()
    await expect.poll(() => scrollBox(page).evaluate((box) => box.scrollTop)).toBe(600)
    // Escape closes it too, like a dialog.
    await page.keyboard.press('Escape')
    await expect(article(page)).toBeHidden()
    await expect(page.getByRole('button', { name: 'Show the article' })).toBeFocused()
    await expectNoSidewaysScroll(page)
  })

  test('reopened further down the article, the sheet keeps its place and focus is in sight', async ({
    page,
  }) => {
    await startInBankOrder(page)
    const toggle = page.getByRole('button', { name: 'Show the article' })
    await toggle.click()
    const sheet = page.getByRole('dialog', { name: 'The article' })
    await expect(sheet.getByRole('heading', { level: 2 })).toBeFocused()
    // On to the source link at the bottom: the sheet scrolls down to it.
    await sheet.locator('.source-link a').focus()
    await expect.poll(() => scrollBox(page).evaluate((box) => box.scrollTop)).toBeGreaterThan(600)
    const place = await scrollBox(page).evaluate((box) => box.scrollTop)
    await page.keyboard.press('Escape')
    await expect(sheet).toBeHidden()
    await expect(toggle).toBeFocused()

    await page.keyboard.press('Enter')
    await expect(sheet).toBeVisible()
    await expect.poll(() => scrollBox(page).evaluate((box) => box.scrollTop)).toBe(place)
    // Focus is on the text where the student was, not on the heading far above it.
    await expect(sheet.locator(':focus')).toBeInViewport()
    await expect(sheet.getByRole('heading', { level: 2 })).not.toBeFocused()
    // Tab goes on inside the sheet.
    await page.keyboard.press('Tab')
    await expect(sheet.locator(':focus')).toHaveCount(1)
  })

  // “× Close the article” took two lines of a button the width of the sheet, under the sheet's own
  // label “The article”: 197 px of bar over the article; the label names what it closes.
  test('at 320 px and 200 % text the sheet’s Close button says “× Close” on one line, heard as “Close the article”', async ({
    page,
  }) => {
    await resizeTo(page, { width: 320, height: 700 })
    await useTextSize(page, 200)
    await startInBankOrder(page)
    await page.getByRole('button', { name: 'Show the article' }).click()
    const close = article(page).getByRole('button', { name: 'Close the article', exact: true })
    await expect(close).toBeVisible()
    const { shown, height, least } = await close.evaluate((button) => ({
      shown: [...button.childNodes]
        .filter((n) => !(n instanceof HTMLElement && n.classList.contains('visually-hidden')))
        .map((n) => n.textContent)
        .join('')
        .trim(),
      height: button.getBoundingClientRect().height,
      least: parseFloat(getComputedStyle(button).minHeight),
    }))
    expect(shown).toBe('× Close')
    // One line: no taller than a button's least height (it was two lines, 105 px).
    expect(height).toBe(least)
  })

  test('at 200 % text nothing scrolls sideways, in the quiz or its article', async ({ page }) => {
    await openApp(page, '#/settings')
    await page.getByRole('radio', { name: '200%' }).check()
    await expect(page.locator('html')).toHaveAttribute('style', /font-size: 200%/)
    await expectNoSidewaysScroll(page)

    await startInBankOrder(page)
    await expectNoSidewaysScroll(page)
    await page.getByRole('radio', { name: 'Dmitry Peskov', exact: true }).check()
    await page.getByRole('button', { name: 'Check answer' }).click()
    await expect(page.locator('#feedback-heading')).toBeFocused()
    await expectNoSidewaysScroll(page)
    await page.getByRole('button', { name: 'Look back and try again' }).click()
    // The sheet opens at the part to read again, focus on it, the proving sentence not marked.
    const part = article(page).locator('p.look-here').first()
    await expect(part).toBeFocused()
    await expect(part).toContainText('Read this part again')
    await expect(part).toBeInViewport()
    await expect(article(page).locator('mark')).toHaveCount(0)
    await expectNoSidewaysScroll(page)
    // The source's link says its site on a line; its whole address took five.
    const source = article(page).locator('.source-link a')
    await expect(source).toHaveAttribute('href', /^https:\/\/www\.themoscowtimes\.com\/2018\//)
    expect(await renderedLines(source)).toEqual(['themoscowtimes.com'])
  })
})

/** A test of Who said what submitted unanswered, then its review opened. */
async function reviewSubmittedTest(page: Page) {
  await openApp(page, '#/quiz/assad-sochi-2018/who-said-what')
  await page.getByRole('radio', { name: /^Test/ }).check()
  await page.getByLabel('Shuffle the questions').uncheck()
  await page.getByRole('button', { name: /^Start \d+ questions$/ }).click()
  await page.getByRole('button', { name: 'Submit test' }).click()
  await page.getByRole('button', { name: 'Submit anyway' }).click()
  await expect(page.locator('#results-heading')).toBeVisible()
  // The results stand alone; the article joins the review.
  await expect(article(page)).toHaveCount(0)
  await page.getByRole('button', { name: 'Review answers' }).click()
  await expect(page.locator('#review-heading')).toBeFocused()
  const first = page.locator('.review-item').first()
  await first.locator('summary').click()
  return first.getByRole('button', { name: /^Show in the article/ })
}

test.describe('the review of a finished quiz, on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } })

  test('has the article open beside it, and "Show in the article" scrolls it to the evidence', async ({
    page,
  }) => {
    const show = await reviewSubmittedTest(page)
    const review = page.locator('.quiz-review')
    await expect(article(page)).toBeVisible()
    const [r, a] = [await review.boundingBox(), await article(page).boundingBox()]
    expect(a!.x).toBeGreaterThanOrEqual(r!.x + r!.width)
    expect(a!.y).toBeLessThan(r!.y + r!.height)
    const hide = page.getByRole('button', { name: 'Hide the article' })
    await expect(hide).toHaveAttribute('aria-expanded', 'true')

    await show.click()
    const mark = article(page).locator('mark').first()
    await expect(mark).toBeFocused()
    await expect(mark).toBeInViewport()
    expect(await scrollBox(page).evaluate((box) => box.scrollTop)).toBeGreaterThan(0)
    await expectNoSidewaysScroll(page)
    await expectNoAxeViolations(page, 'review beside its article')

    // Hidden, it stays out of the way until asked for again.
    await hide.click()
    await expect(article(page)).toBeHidden()
    await show.click()
    await expect(article(page).locator('mark').first()).toBeFocused()
  })
})

test.describe('the review of a finished quiz, on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('opens the article as a sheet at the evidence, and closing it returns to the question', async ({
    page,
  }) => {
    const show = await reviewSubmittedTest(page)
    await expect(article(page)).toBeHidden()
    await expect(page.getByRole('button', { name: 'Show the article' })).toHaveAttribute(
      'aria-expanded',
      'false',
    )

    await show.click()
    await expect(article(page)).toBeVisible()
    const mark = article(page).locator('mark').first()
    await expect(mark).toBeFocused()
    await expect(mark).toBeInViewport()
    await expectNoSidewaysScroll(page)
    await expectNoAxeViolations(page, 'review with the article sheet open')

    await page.getByRole('button', { name: 'Back to the question' }).click()
    await expect(article(page)).toBeHidden()
    await expect(show).toBeFocused()
    await expectNoSidewaysScroll(page)
  })
})

test.describe("an article's page on a narrow phone at 200 % text", () => {
  test.use({ viewport: { width: 320, height: 800 } })

  test('its card of sets ends at the last Start button, with its own padding under it and no more', async ({
    page,
  }) => {
    await useTextSize(page, 200)
    await openApp(page, '#/read/assad-sochi-2018')
    const card = page.locator('section.start-quiz')
    const start = card.getByRole('link', { name: /^Start / }).last()
    await expect(start).toBeVisible()
    // Under the last Start: its set's own padding, then the card's; no list margin besides.
    const { gap, padding } = await card.evaluate((el) => {
      const last = el.querySelector('.set-summary:last-child a.button')!.getBoundingClientRect()
      const style = getComputedStyle(el)
      const item = getComputedStyle(el.querySelector('.set-summary:last-child')!)
      return {
        gap: el.getBoundingClientRect().bottom - last.bottom,
        padding:
          parseFloat(item.paddingBottom) +
          parseFloat(style.paddingBottom) +
          parseFloat(style.borderBottomWidth),
      }
    })
    expect(gap).toBeCloseTo(padding, 0)
  })

  // The count, the kinds of question and the pass mark ran on as one, nine lines with “5 number /
  // questions” split and the pass mark at the end.
  test("a set's count and pass mark read together, the kinds of question on lines of their own", async ({
    page,
  }) => {
    await useTextSize(page, 200)
    await openApp(page, '#/read/assad-sochi-2018')
    const meta = page
      .locator('.set-summary')
      .filter({ hasText: 'Dates and timeline' })
      .locator('.set-meta')
    const types = meta.locator('.set-types')
    await expect(types).toBeVisible()
    const lines = await renderedLines(meta)
    const first = await renderedLines(types)
    expect(lines.slice(0, lines.length - first.length).join(' ')).toBe(
      '13 questions · pass mark 70%',
    )
    expect(first[0]).toMatch(/^3 single choice,/)
  })
})
