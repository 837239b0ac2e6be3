/**
 * Results printed from the browser (a student's attempt for a folder, a quiz's answers for a
 * parent): the questions and scores on paper, none of the screen's forms and controls, and no
 * question's verdict parted from its prompt.
 */
import { expect, test, type Page } from '@playwright/test'
import { finishQuickly, openApp, openProgress, pageCount, resizeTo } from './helpers.ts'
import { useTextSize } from './tour.ts'

test("a printed attempt has no hand-in form, filter or back link, and keeps each question's verdict with its prompt", async ({
  page,
}) => {
  await openApp(page)
  await finishQuickly(page, 'who-said-what')
  await openAttempt(page)
  const handIn = page.getByRole('region', { name: 'Hand in results' })
  const filter = page.getByRole('checkbox', { name: /^Only the ones I missed/ })
  const back = page.getByRole('link', { name: 'Back to your progress' })
  for (const shown of [handIn, filter, back]) await expect(shown).toBeVisible()

  const when = page.locator('.byline time')
  await expect(when).toHaveText(/^Today, /, { useInnerText: true })
  await page.emulateMedia({ media: 'print' })
  for (const gone of [handIn, filter, back]) await expect(gone).toBeHidden()
  // On paper the day is its date: a printed "Today" was wrong by the next day.
  await expect(when).toHaveText(/^\d{1,2} [A-Z][a-z]+ \d{4}, /, { useInnerText: true })
  const items = page.locator('.review-item')
  expect(await items.count()).toBeGreaterThan(10)
  // A question may go on over a page, but its verdict and prompt are never cut or left alone.
  for (const breaks of await items.evaluateAll((all) =>
    all.map((item) => {
      const { breakInside, breakAfter } = getComputedStyle(item.querySelector('summary')!)
      return `${breakInside} ${breakAfter}`
    }),
  ))
    expect(breaks).toBe('avoid avoid')
  // "Your answer", "Right answer" and "Why" each in a row kept whole with what it names: at 200 %
  // text "Why" went alone at the foot of a page, its sentence over the page.
  const rows = page.locator('.review-item dl > div')
  expect(await rows.count()).toBeGreaterThan(10)
  for (const kept of await rows.evaluateAll((all) =>
    all.map((row) => `${row.firstElementChild!.tagName} ${getComputedStyle(row).breakInside}`),
  ))
    expect(kept).toBe('DT avoid')
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

  // The results' rule for paper stays theirs: another page's headings break as the browser likes.
  await page.emulateMedia({ media: 'screen' })
  await page.getByRole('link', { name: 'Settings' }).first().click()
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('heading', { name: 'Quiz defaults' })).toHaveCSS(
    'break-after',
    'auto',
  )
})

test('printed quiz results have no hand-in form or unticked filter, and their answers follow their heading', async ({
  page,
}) => {
  await openApp(page)
  await finishQuickly(page, 'who-said-what')
  const handIn = page.getByRole('region', { name: 'Hand in results' })
  await expect(handIn).toBeVisible()
  const when = page.locator('.byline.paper-only')
  await expect(when).toBeHidden()
  await page.emulateMedia({ media: 'print' })
  await expect(handIn).toBeHidden()
  // When and how, which the paper did not say: "6 Dec 2026, 10:43 am · Test mode".
  await expect(when).toHaveText(/^\d{1,2} [A-Z][a-z]+ \d{4}, .+ · Test mode\s*$/)
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

/**
 * The page (from 1) each heading of a PDF printed with `outline` and `tagged` starts on, by its
 * text: Chromium writes the outline and the page tree as text, each heading naming its page.
 */
function headingPages(pdf: Buffer): Map<string, number> {
  const objects = new Map<string, string>()
  for (const [, id, body] of pdf.toString('latin1').matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g))
    objects.set(id!, body!)
  const kids = (id: string): string[] => {
    const body = objects.get(id) ?? ''
    if (!/\/Type\s*\/Pages\b/.test(body)) return [id]
    const list = /\/Kids\s*\[([^\]]*)\]/.exec(body)?.[1] ?? ''
    return [...list.matchAll(/(\d+) 0 R/g)].flatMap(([, kid]) => kids(kid!))
  }
  const root = [...objects].find(
    ([, body]) => /\/Type\s*\/Pages\b/.test(body) && !/\/Parent/.test(body),
  )
  const order = root ? kids(root[0]) : []
  const text = (title: string) =>
    title.startsWith('<')
      ? Buffer.from(title.slice(5, -1), 'hex').swap16().toString('utf16le')
      : title.slice(1, -1).replace(/\\(.)/g, '$1')
  const pages = new Map<string, number>()
  for (const body of objects.values()) {
    const title = /\/Title\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f]*>)/.exec(body)?.[1]
    const page = /\/Dest\s*\[(\d+) 0 R/.exec(body)?.[1]
    if (title && page) pages.set(text(title).trim(), order.indexOf(page) + 1)
  }
  return pages
}

test('printed results and answers beside the article end on their last answer, not a blank page', async ({
  page,
}) => {
  await resizeTo(page, { width: 1280, height: 800 })
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

/** Opens the review of the attempt just made from Progress. */
async function openAttempt(page: Page) {
  await page.evaluate(() => (location.hash = '#/progress'))
  await page
    .getByRole('main')
    .getByRole('link', { name: /^Review .+, / })
    .first()
    .click()
  await expect(page.getByRole('heading', { level: 1, name: /^Your attempt at/ })).toBeVisible()
}

// Each question a third of a page and kept whole, the first after a quiz went over to page 2 with
// its heading, under a topic table; from Progress, the second went, and page 1 was half blank.
for (const [where, open, onPageOne] of [
  [
    'after a quiz',
    async () => {},
    ['Your result', 'Review your answers', 'Question 1: Left blank'],
  ],
  [
    'from Progress',
    openAttempt,
    ['Question by question', 'Question 1: Left blank', 'Question 2: Left blank'],
  ],
] as const)
  test(`printed results ${where} have the answers under the score on page 1`, async ({ page }) => {
    await openApp(page)
    // In the bank's order, so the same questions fall on the same pages every time.
    await finishQuickly(page, 'who-said-what', { inBankOrder: true })
    await open(page)
    const pages = headingPages(await page.pdf({ outline: true, tagged: true }))
    for (const heading of onPageOne) expect(pages.get(heading), heading).toBe(1)
    // And the pages are full: the 17 questions took 11 pages before they were filled (the compact
    // style tested below brings them to 7).
    expect(pages.get('Question 17: Left blank')).toBeLessThan(10)
  })

// At 200 % text the screen's ring pushed the score's facts under it, and the paper's page 1 ended
// before “Time taken”, which began page 2 alone.
test('printed results at 200 % text keep the score, its facts and the time taken together on page 1', async ({
  page,
}) => {
  await useTextSize(page, 200)
  await openApp(page)
  await finishQuickly(page, 'who-said-what', { inBankOrder: true })
  // The PDF's outline names headings only: the facts are named as headings for it, their look kept.
  const facts = page.locator('.result-facts p')
  await expect(facts).toHaveCount(4)
  await facts.evaluateAll((all) => {
    for (const fact of all) fact.setAttribute('role', 'heading')
  })
  const pages = headingPages(await page.pdf({ outline: true, tagged: true }))
  expect(pages.get('Your result')).toBe(1)
  const onPage = (start: string) => [...pages].find(([text]) => text.startsWith(start))?.[1]
  for (const fact of ['Not passed yet', '0 of 17 marks', 'Your first attempt', 'Time taken: '])
    expect(onPage(fact), fact).toBe(1)
})

test('printed answers are compact: a quiz of 17 questions and its answers take 7 pages, in type of 10 pt or more', async ({
  page,
}) => {
  await openApp(page)
  await finishQuickly(page, 'who-said-what', { inBankOrder: true })
  // The screen's room around each question (made for a finger and a chevron) took 10 pages.
  expect(pageCount(await page.pdf())).toBeLessThanOrEqual(7)
  // Still read at arm's length: no text of a question under 10 pt (13⅓ px) on paper.
  await page.getByRole('button', { name: 'Review answers' }).click()
  await expect(page.locator('#review-heading')).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  const sizes = await page
    .locator('.review-item')
    .first()
    .evaluate((item) =>
      [...item.querySelectorAll('h3, .review-prompt, dt, dd, .evidence p')].map((el) =>
        parseFloat(getComputedStyle(el).fontSize),
      ),
    )
  expect(sizes.length).toBeGreaterThanOrEqual(5)
  for (const px of sizes) expect(px).toBeGreaterThanOrEqual(40 / 3)
  // A quote is set off by a thin rule, not the screen's thick bar.
  await expect(page.locator('.review-item .evidence').first()).toHaveCSS('border-left-width', '1px')
})

// At 150 % text on Letter paper the two attempts' Progress ended page 4 with “Recent attempts”, its
// table of them on page 5.
test('printed Progress keeps a table’s heading with its table, not alone at the foot of a page', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2026-03-02T10:00:00'))
  await useTextSize(page, 150)
  await openApp(page)
  for (const set of ['who-said-what', 'numbers-places-people'])
    await finishQuickly(page, set, { inBankOrder: true })
  await openProgress(page)
  const pdf = await page.pdf({ format: 'Letter', outline: true, tagged: true })
  const pages = headingPages(pdf)
  expect(pages.get('Recent attempts')).toBe(pageCount(pdf))
  // Nor a row cut across two pages (a card of three lines at a large text size): at 200 % text a
  // long table of attempts ended a page with an attempt's date, its mode and result on the next.
  await page.emulateMedia({ media: 'print' })
  const rows = page.locator('.table-scroll tr')
  expect(await rows.count()).toBeGreaterThan(4)
  for (const kept of await rows.evaluateAll((all) =>
    all.map((row) => getComputedStyle(row).breakInside),
  ))
    expect(kept).toBe('avoid')
  // Nothing to click on paper: no column of “Review” words, and each cell under its heading.
  await expect(page.locator('.attempt-review-link').first()).toBeAttached()
  await expect(page.locator('.attempt-review-link:visible')).toHaveCount(0)
  for (const [heads, cells] of await page
    .locator('.table-scroll table')
    .evaluateAll((tables) =>
      (tables as HTMLTableElement[]).map((table) =>
        [table.tHead?.rows[0], table.tBodies[0]?.rows[0]].map(
          (row) =>
            [...(row?.cells ?? [])].filter((c) => getComputedStyle(c).display !== 'none').length,
        ),
      ),
    ))
    expect(cells).toBe(heads)
})
