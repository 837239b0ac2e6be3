/**
 * Results printed from the browser (a student's attempt for a folder, a quiz's answers for a
 * parent): the questions and scores on paper, none of the screen's forms and controls, and no
 * question cut across two pages.
 */
import { expect, test } from '@playwright/test'
import { finishQuickly, openApp } from './helpers.ts'

test('a printed attempt has no hand-in form, filter or back link, and keeps each question on one page', async ({
  page,
}) => {
  await openApp(page)
  await finishQuickly(page, 'who-said-what')
  await page.evaluate(() => (location.hash = '#/progress'))
  await page
    .getByRole('main')
    .getByRole('link', { name: /^Review .+, / })
    .first()
    .click()
  await expect(page.getByRole('heading', { level: 1, name: /^Your attempt at/ })).toBeVisible()
  const handIn = page.getByRole('region', { name: 'Hand in results' })
  const filter = page.getByRole('checkbox', { name: /^Only the ones I missed/ })
  const back = page.getByRole('link', { name: 'Back to your progress' })
  for (const shown of [handIn, filter, back]) await expect(shown).toBeVisible()

  await page.emulateMedia({ media: 'print' })
  for (const gone of [handIn, filter, back]) await expect(gone).toBeHidden()
  const items = page.locator('.review-item')
  expect(await items.count()).toBeGreaterThan(10)
  for (const breakInside of await items.evaluateAll((all) =>
    all.map((item) => getComputedStyle(item).breakInside),
  ))
    expect(breakInside).toBe('avoid')
  await expect(page.getByRole('heading', { name: 'Question by question' })).toHaveCSS(
    'break-after',
    'avoid',
  )
  // Open on paper, with nothing to click: no chevron beside each question.
  for (const chevron of await page
    .locator('.review-item summary')
    .evaluateAll((all) => all.map((s) => getComputedStyle(s, '::before').display)))
    expect(chevron).toBe('none')

  // With the filter on, the paper says why questions are missing.
  await page.emulateMedia({ media: 'screen' })
  await filter.check()
  await page.emulateMedia({ media: 'print' })
  await expect(filter).toBeVisible()
})

test('printed quiz results have no hand-in form or unticked filter, and their answers follow their heading', async ({
  page,
}) => {
  await openApp(page)
  await finishQuickly(page, 'who-said-what')
  const handIn = page.getByRole('region', { name: 'Hand in results' })
  await expect(handIn).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  await expect(handIn).toBeHidden()
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible()
  // Its buttons gone, "Play again" was a heading over a quiz code to type "under More options".
  await expect(page.getByRole('heading', { name: 'Play again' })).toBeHidden()
  await expect(page.locator('.quiz-code')).toBeHidden()
  await expect(page.getByText('Saved to your progress.')).toBeHidden()
  // The answers under their heading, never the heading alone at the foot of a page.
  await page.emulateMedia({ media: 'screen' })
  await page.getByRole('button', { name: 'Review answers' }).click()
  await expect(page.locator('#review-heading')).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('#review-heading')).toHaveCSS('break-after', 'avoid')
  await expect(page.getByRole('checkbox', { name: /^Only the ones I missed/ })).toBeHidden()
})

/** The pages of a PDF, counted from its bytes (Chromium writes each page's dictionary as text). */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0
}

test('printed results and answers beside the article end on their last answer, not a blank page', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await openApp(page)
  await finishQuickly(page, 'who-said-what')
  await page.getByRole('button', { name: 'Review answers' }).click()
  await expect(page.locator('#review-heading')).toBeVisible()
  const article = page.getByRole('complementary', { name: 'The article' })
  await expect(article).toBeVisible()
  // How tall the paper's content is, laid out for print as it is on screen now.
  const printedHeight = async () => {
    await page.emulateMedia({ media: 'print' })
    const height = await page.evaluate(() => document.documentElement.scrollHeight)
    // Back to no emulation, not 'screen': page.pdf() prints the media emulated.
    await page.emulateMedia({ media: null })
    return height
  }
  const besideHeight = await printedHeight()
  const beside = pageCount(await page.pdf())
  // The same paper from the page without the article beside it: the article is not printed.
  await article.getByRole('button', { name: /Close the article/ }).click()
  await expect(article).toBeHidden()
  const aloneHeight = await printedHeight()
  const alone = pageCount(await page.pdf())
  expect(alone).toBeGreaterThan(1)
  expect(beside).toBe(alone)
  // Not a pixel more with the article beside: 35 px of the two-column layout's margins reached
  // the paper, and gave a blank last page whenever the answers nearly filled the one before.
  expect(besideHeight).toBe(aloneHeight)
})

test('results printed before "Review answers" have the answers on the paper, and not on screen after', async ({
  page,
}) => {
  await openApp(page)
  await finishQuickly(page, 'who-said-what')
  const review = page.locator('#review-heading')
  await expect(review).toBeHidden()
  // Printing draws the review for the paper (beforeprint): the score page and its 17 answers.
  expect(pageCount(await page.pdf())).toBeGreaterThan(1)
  await expect(review).toBeHidden()
})
