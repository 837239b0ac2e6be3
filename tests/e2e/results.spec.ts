import { expect, test, type Page } from '@playwright/test'
import {
  expectHeard,
  expectNoAxeViolations,
  finishQuickly,
  loadBank,
  openApp,
  renderedLines,
  resizeTo,
} from './helpers.ts'
import { useTextSize } from './tour.ts'

const bank = loadBank('who-said-what')

/** Starts a practice quiz of the first `n` questions of "Who said what", in the bank's order. */
async function startFirst(page: Page, n: number) {
  await openApp(page, '#/quiz/assad-sochi-2018/who-said-what')
  await page.getByLabel('Shuffle the questions').uncheck()
  await page.getByRole('button', { name: /^More options/ }).click()
  await page.getByLabel('Number of questions').selectOption(String(n))
  await page.getByRole('button', { name: `Start ${n} questions` }).click()
}

const choose = (page: Page, name: string) =>
  page.locator('fieldset.question').getByRole('radio', { name, exact: true }).check()
const check = (page: Page) => page.getByRole('button', { name: 'Check answer' }).click()

test('results, review and Progress show the same marks; the weakest topic and the missed-only filter', async ({
  page,
}) => {
  const five = bank.questions.slice(0, 5)
  await startFirst(page, 5)
  for (const [i, q] of five.entries()) {
    if (q.type !== 'single') throw new Error(`expected single choice, got ${q.type}`)
    const wrong = q.choices.find((c) => c !== q.answer)!
    if (i === 0) {
      // Wrong, then right on the second try: half a mark.
      await choose(page, wrong)
      await check(page)
      await page.getByRole('button', { name: 'Look back and try again' }).click()
      await choose(page, q.answer)
      await check(page)
    } else if (i === 2) {
      await choose(page, wrong)
      await check(page)
      await page.getByRole('button', { name: 'Show the answer' }).click()
    } else {
      await choose(page, q.answer)
      await check(page)
    }
    await page.getByRole('button', { name: i === 4 ? 'See results' : 'Next question' }).click()
  }

  // 1 + 1 + 1 + ½ + 0 = 3.5 of 5 marks, 70 %: exactly the pass mark.
  const marks = '3.5 of 5 marks · 3 of 5 questions fully right'
  await expect(page.getByRole('img', { name: 'Score 70%', exact: true })).toBeVisible()
  await expect(page.locator('.result-count')).toHaveText(marks)
  // Five of the set's questions: practice, with no pass or fail (only the whole set passes it).
  await expect(page.locator('.result-verdict')).toHaveText(
    "Practice on 5 of the set's 17 questions: only a quiz of the whole set passes it",
  )
  await expect(page.locator('.result-change')).toHaveText('Your first attempt at this set')
  await expect(page.locator('.result-time')).toHaveText(/^Time taken: (under 1 s|\d+ (s|min))/)

  // Only the ones I missed: the half-credit retry and the wrong one, open, focus on the first.
  await page.getByRole('button', { name: 'See the answers to the 2 I missed' }).click()
  const filter = page.getByRole('checkbox', { name: /Only the ones I missed/ })
  await expect(filter).toBeChecked()
  const items = page.locator('.quiz-review .review-item')
  await expectHeard(items.locator('h3'), [
    'Question 1: Half a mark — right on the second try',
    'Question 3: Incorrect',
  ])
  await expect(items.first().locator('summary')).toBeFocused()
  const third = items.filter({ hasText: 'Question 3' })
  const q3 = five[2]!
  if (q3.type !== 'single') throw new Error('wsw-03 is single choice')
  await expect(third.locator('.answer-marks li.has-missed')).toHaveText(
    new RegExp(`${q3.answer}\\s*Right answer`),
  )
  await expect(third.locator('.answer-marks li.has-wrong')).toContainText('Wrong')
  await filter.uncheck()
  await expect(items).toHaveCount(5)
  await expectHeard(items.locator('h3'), [
    'Question 1: Half a mark — right on the second try',
    'Question 2: Correct',
    'Question 3: Incorrect',
    'Question 4: Correct',
    'Question 5: Correct',
  ])

  // The weakest topic is "dates" (0 of 1 mark): a quiz on exactly its one question.
  await page.getByRole('button', { name: 'Practise my weakest topic: dates (1 question)' }).click()
  await expect(page.locator('.quiz-progress')).toContainText('Question 1 of 1')
  await expect(page.locator('fieldset.question legend')).toContainText(q3.prompt)
  await choose(page, q3.answer)
  await check(page)
  await page.getByRole('button', { name: 'See results' }).click()
  await expect(page.locator('.result-count')).toHaveText(
    '1 of 1 mark · 1 of 1 question fully right',
  )
  // One question is no personal best against five: nothing to compare it with.
  await expect(page.locator('.result-change')).toBeHidden()

  // Progress says the same numbers, and the first attempt's review the same marks.
  await page.getByRole('link', { name: 'your progress' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible()
  const set = page.locator('.set-progress')
  // Two quizzes of part of the set: attempts, but no score of the set, no point on a chart.
  await expect(set.locator('.stat-list')).toContainText('Attempts2 (0 passed)ScoresNone yet')
  await expect(set).toContainText(
    'Only a quiz of the whole set is scored: your 2 attempts were on part of it.',
  )
  await expect(set.locator('.score-chart')).toHaveCount(0)
  await set.getByText('Scores as a table').click()
  await expect(set.locator('tbody tr')).toHaveText([
    /Practice\s*70%\s*–\s*Part of the set/,
    /Practice\s*100%\s*–\s*Part of the set/,
  ])
  await page
    .getByRole('main')
    .getByRole('link', { name: /^Review Who said what, / })
    .nth(1)
    .click()
  await expect(page.locator('.result-score')).toHaveText('70%')
  await expect(page.locator('.result-count')).toHaveText(marks)
  const stored = page.locator('.attempt-answers .review-item')
  await expect(stored).toHaveCount(5)
  await page.getByRole('checkbox', { name: /Only the ones I missed/ }).check()
  await expectHeard(stored.locator('h3'), [
    'Question 1: Half a mark — right on the second try',
    'Question 3: Incorrect',
  ])
})

test('the library offers Continue for a quiz left half-way, after a reload', async ({ page }) => {
  await startFirst(page, 5)
  for (const q of bank.questions.slice(0, 2)) {
    if (q.type !== 'single') throw new Error(`expected single choice, got ${q.type}`)
    await choose(page, q.answer)
    await check(page)
    await page.getByRole('button', { name: 'Next question' }).click()
  }
  await expect(page.locator('.quiz-progress')).toContainText('Question 3 of 5')
  await page.getByRole('link', { name: 'Passage', exact: true }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()
  await page.reload()
  const card = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Who said what' }) })
  await expect(card.getByRole('link', { name: 'Continue “Who said what”' })).toBeVisible()
  await expect(card.locator('.set-record')).toHaveText('Started, not finished yet')
  // Other sets still start.
  await expect(page.getByRole('link', { name: 'Start “Dates and timeline”' })).toBeVisible()

  await card.getByRole('link', { name: 'Continue “Who said what”' }).click()
  await page.getByRole('button', { name: 'Resume' }).click()
  await expect(page.locator('.quiz-progress')).toContainText('Question 3 of 5')
})

test('results, the review opened and filtered, the cards and the chart pass axe in light and dark', async ({
  page,
}) => {
  // Eight axe runs: on a busy two-core machine that alone can take a minute.
  test.setTimeout(240_000)
  await resizeTo(page, { width: 390, height: 844 })
  // A quiz of a whole set, for a chart (a quiz of 5 of a set's questions draws no point).
  await openApp(page)
  await finishQuickly(page, 'dates-and-timeline')
  await startFirst(page, 5)
  for (const [i, q] of bank.questions.slice(0, 5).entries()) {
    if (q.type !== 'single') throw new Error(`expected single choice, got ${q.type}`)
    await choose(page, i === 2 ? q.choices.find((c) => c !== q.answer)! : q.answer)
    await check(page)
    if (i === 2) await page.getByRole('button', { name: 'Show the answer' }).click()
    await page.getByRole('button', { name: i === 4 ? 'See results' : 'Next question' }).click()
  }
  await page.getByRole('button', { name: 'See the answer to the one I missed' }).click()
  await page.locator('.quiz-review summary').first().click()
  // Each page by its own heading: the page before stays on screen until the next one's chunk has
  // come, and "main h1" alone was the library's heading still, when axe checked "the article".
  const pages: [string, string, () => Promise<unknown>][] = [
    ['results and review', 'Who said what', () => Promise.resolve()],
    ['library', 'Library', () => page.getByRole('link', { name: 'Library', exact: true }).click()],
    [
      'article',
      "Syria's Assad Flies to Russia for Talks With Putin",
      () => page.getByRole('link', { name: 'Read the article' }).click(),
    ],
    [
      'progress',
      'Your progress',
      () => page.getByRole('link', { name: 'Progress', exact: true }).click(),
    ],
  ]
  for (const [view, heading, open] of pages) {
    await open()
    await expect(page.locator('main h1')).toHaveText(heading)
    if (view === 'library') await expect(page.locator('.set-record').first()).toBeVisible()
    if (view === 'progress') {
      await expect(page.locator('.score-chart')).toBeVisible()
      // The chart draws at its width on screen: its labels are the page's 14 px on a phone too.
      await expect.poll(() => chartTextPx(page)).toBeCloseTo(14, 0)
    }
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme })
      await expectNoAxeViolations(page, `${view} (${colorScheme})`)
    }
  }
  // On a wide screen the chart is wider, not its text larger.
  const narrow = await page.locator('.score-chart').evaluate((svg) => svg.clientWidth)
  await resizeTo(page, { width: 1280, height: 900 })
  await expect
    .poll(() => page.locator('.score-chart').evaluate((svg) => svg.clientWidth))
    .toBeGreaterThan(narrow)
  await expect.poll(() => chartTextPx(page)).toBeCloseTo(14, 0)
})

/** The size the score chart's axis labels are drawn at on screen, in CSS pixels. */
function chartTextPx(page: Page) {
  return page
    .locator('.score-chart-grid text')
    .first()
    .evaluate((text: SVGTextElement) => {
      const toScreen = text.ownerSVGElement?.getScreenCTM()
      return parseFloat(getComputedStyle(text).fontSize) * (toScreen?.a ?? Number.NaN)
    })
}

test('a reload of the results page shows the results again; a new quiz leaves them behind', async ({
  page,
}) => {
  await openApp(page)
  await finishQuickly(page, 'dates-and-timeline')
  const score = await page.locator('.result-score').textContent()
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible()
  await expect(page.locator('.result-score')).toHaveText(score!)
  await expect(page.getByText('Saved to your progress.')).toBeVisible()
  await expect(page).toHaveURL(/#\/quiz\/assad-sochi-2018\/dates-and-timeline\?results$/)
  // Still one attempt: showing the results again records nothing.
  await page.evaluate(() => (location.hash = '#/progress'))
  await expect(page.getByText('1 attempt in 1 set')).toBeVisible()
  // The set's Start in the library opens its start page, not the results, to take it again.
  await page.getByRole('link', { name: 'Library' }).click()
  await page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Dates and timeline' }) })
    .getByRole('link', { name: 'Start' })
    .click()
  await expect(page.getByRole('radio', { name: /^Test/ })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Your result' })).toHaveCount(0)
  // Back, past the library and Progress, returns to the results.
  for (let i = 0; i < 3; i++) await page.goBack()
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible()

  // Another quiz started in this tab: a reload of its start page is the start page.
  await page.evaluate(() => (location.hash = '#/quiz/assad-sochi-2018/who-said-what'))
  await page.getByRole('button', { name: /^Start \d+ questions$/ }).click()
  await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible()
  await page.evaluate(() => (location.hash = '#/quiz/assad-sochi-2018/dates-and-timeline'))
  await page.reload()
  await expect(page.getByRole('button', { name: /^Start \d+ questions$/ })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Your result' })).toHaveCount(0)
})

test("an attempt's review on Progress numbers the questions as its results page did", async ({
  page,
}) => {
  await openApp(page)
  // A test of the whole set, shuffled (the default), submitted at once.
  await finishQuickly(page, 'who-said-what')
  const prompts = (list: string) => page.locator(`${list} .review-item .review-prompt`)
  await page.getByRole('button', { name: 'Review answers' }).click()
  await expect(prompts('.quiz-review')).toHaveCount(bank.questions.length)
  const asked = await prompts('.quiz-review').allTextContents()
  expect(asked).not.toEqual(bank.questions.map((q) => q.prompt))

  await page.getByRole('link', { name: 'your progress' }).click()
  await page
    .getByRole('main')
    .getByRole('link', { name: /^Review Who said what, / })
    .click()
  await expect(prompts('.attempt-answers')).toHaveText(asked)
  await expect(page.locator('.attempt-answers .review-item h3').first()).toHaveText(
    'Question 1: Left blank',
  )
})

// At 320 px and 200 % text the topics scrolled sideways in their box (“Marks” half cut off, “Score”
// out of view, “10 of 12” on two lines); they are Progress's two lines now, the score beside the
// name and the marks under it, still a table to a screen reader.
test('at 320 px and 200 % text the results read each topic whole: its name, score and marks, nothing to scroll to', async ({
  page,
}) => {
  await resizeTo(page, { width: 320, height: 800 })
  await useTextSize(page, 200)
  await openApp(page)
  await finishQuickly(page, 'who-said-what')
  const box = page.getByRole('region', { name: 'Score by topic' })
  const table = box.getByRole('table', { name: 'By topic, weakest first' })
  await expect(table.getByRole('row')).toHaveCount(
    1 + new Set(bank.questions.flatMap((q) => q.tags ?? [])).size,
  )
  expect(await box.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0)
  const quotes = table.getByRole('row', { name: /^quotes/ })
  const name = quotes.getByRole('rowheader')
  const [marks, score] = await quotes.getByRole('cell').all()
  await expect(marks!).toHaveText('0 of 12')
  await expect(score!).toHaveText('0%')
  await quotes.scrollIntoViewIfNeeded()
  for (const cell of [name, marks!, score!]) {
    await expect(cell).toBeInViewport({ ratio: 1 })
    expect(await renderedLines(cell)).toEqual([(await cell.textContent())!.trim()])
  }
  // The score beside the name, the marks under them.
  const [n, m, sc] = await Promise.all(
    [name, marks!, score!].map(async (c) => (await c.boundingBox())!),
  )
  expect(Math.abs(sc!.y - n!.y)).toBeLessThan(2)
  expect(m!.y).toBeGreaterThanOrEqual(n!.y + n!.height - 1)
  // Nothing to scroll: the box is no Tab stop on the way from the next steps onward.
  await page.locator('.result-next button').last().focus()
  await page.keyboard.press('Tab')
  await expect(box).not.toBeFocused()
})

for (const { width, text, scrolls } of [
  { width: 1280, text: 100, scrolls: false },
  { width: 320, text: 200, scrolls: true },
]) {
  test(`at ${width} px and ${text} % text the topic table's box is ${scrolls ? 'a Tab stop that the arrow keys scroll, once its table is wider' : 'no Tab stop: it has nothing to scroll'}`, async ({
    page,
  }) => {
    await resizeTo(page, { width, height: 800 })
    await useTextSize(page, text)
    await openApp(page)
    await finishQuickly(page, 'who-said-what')
    const box = page.getByRole('region', { name: 'Score by topic' })
    await expect(box.getByRole('table')).toBeVisible()
    // No bank here has a topic too long for a phone's column: one as wide as two screens stands
    // in for it, measured by the box as a real one would be.
    if (scrolls) {
      await box
        .getByRole('rowheader')
        .first()
        .evaluate((th) => (th.style.minWidth = '200vw'))
      await expect.poll(() => box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true)
    } else {
      expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(false)
    }
    // From the last of the next steps, the next Tab goes to the table's box only if it scrolls.
    await page.keyboard.press('Shift')
    await page.locator('.result-next button').last().focus()
    await page.keyboard.press('Tab')
    if (!scrolls) {
      await expect(page.locator('.result-next button').last()).not.toBeFocused()
      await expect(box).not.toBeFocused()
      return
    }
    await expect(box).toBeFocused()
    await expect(box).toHaveCSS('outline-style', 'solid')
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0)
  })
}

// The result line said “2 left blank” over two answers reviewed as “Skipped”, the practice's own
// word for them (“2 skipped — answer them now?”): two names for one count on one screen.
test('practice results count the questions skipped as “skipped”, as their review and the offer before did', async ({
  page,
}) => {
  await startFirst(page, 5)
  const first = bank.questions[0]!
  if (first.type !== 'single') throw new Error(`expected single choice, got ${first.type}`)
  await choose(page, first.answer)
  await check(page)
  await page.getByRole('button', { name: 'Next question' }).click()
  for (const n of [2, 3, 4, 5]) {
    await expect(page.getByText(`Question ${n} of 5`)).toBeVisible()
    await page.getByRole('button', { name: 'Skip', exact: true }).click()
  }
  await expect(page.getByRole('heading', { name: '4 skipped — answer them now?' })).toBeVisible()
  await page.getByRole('button', { name: 'See results' }).click()
  await expect(page.locator('.result-count')).toHaveText(/, 4 skipped$/)
  await expect(page.locator('.result-count')).not.toContainText('left blank')
  await page.getByRole('button', { name: 'Review answers' }).click()
  await expect(page.locator('.review-item h3')).toHaveText([
    'Question 1: Correct',
    'Question 2: Skipped',
    'Question 3: Skipped',
    'Question 4: Skipped',
    'Question 5: Skipped',
  ])
})
