import { expect, test, type BrowserContext, type Page } from '@playwright/test'
import {
  answeredInQuiz,
  expectNoAxeViolations,
  loadBank,
  openApp,
  whoSaidWhatIds,
  withReview,
} from './helpers.ts'

const bank = loadBank('who-said-what')
const QUIZ = '#/quiz/assad-sochi-2018/who-said-what'

/** Opens the set and starts a five-question test in the bank's order. */
async function startTest(page: Page) {
  await openApp(page, QUIZ)
  await page.getByLabel('Test — answer everything').check()
  await page.getByLabel('Shuffle the questions').uncheck()
  await page.getByRole('button', { name: /^More options/ }).click()
  await page.getByLabel('Number of questions').selectOption('5')
  await page.getByRole('button', { name: 'Start 5 questions' }).click()
}

/**
 * Picks the right answer of the single-choice question `index` (the bank's order), or a wrong one
 * when `right` is false, and goes on.
 */
async function answerRight(page: Page, index: number, right = true) {
  const q = bank.questions[index]!
  if (q.type !== 'single') throw new Error(`expected single choice, got ${q.type}`)
  const choice = right ? q.answer : q.choices.find((c) => c !== q.answer)!
  await expect(page.getByText(`Question ${index + 1} of 5`)).toBeVisible()
  await page.locator('fieldset.question').getByRole('radio', { name: choice, exact: true }).check()
  await page.getByRole('button', { name: 'Next', exact: true }).click()
  await expect(page.getByText(`Question ${index + 2} of 5`)).toBeVisible()
}

/** What this browser has saved of the quiz in progress: the question it is on. */
const savedIndex = (page: Page) =>
  page.evaluate(() => {
    const text = localStorage.getItem('passage:quiz-in-progress')
    const doc = text ? (JSON.parse(text) as { sessions: Record<string, { index: number }> }) : null
    return doc?.sessions['assad-sochi-2018/who-said-what']?.index ?? null
  })

/** The test started and its first question answered and saved in `page`; a second tab opens the set. */
async function secondTabAfterOneAnswer(context: BrowserContext, page: Page): Promise<Page> {
  await startTest(page)
  await answerRight(page, 0)
  await expect.poll(() => savedIndex(page)).toBe(1)
  const other = await context.newPage()
  await openApp(other, QUIZ)
  return other
}

test('one quiz in two tabs: the tab left behind stops, says why, and can take the quiz back; it is recorded once', async ({
  context,
  page,
}) => {
  // Tab A: a five-question test in the bank's order, two questions answered.
  await startTest(page)
  await answerRight(page, 0)
  await answerRight(page, 1)
  await expect.poll(() => savedIndex(page)).toBe(2)

  // Tab B opens the same set, resumes, and answers the third question.
  const other = await context.newPage()
  await openApp(other, QUIZ)
  await other.getByRole('button', { name: 'Resume' }).click()
  await answerRight(other, 2)

  // Tab A stops where it was, says why, and does not write its older answers back.
  const moved = page.getByRole('heading', { name: 'This quiz went on in another tab' })
  await expect(moved).toBeFocused()
  await expect(page).toHaveTitle('Quiz in another tab · Who said what · Passage')
  await expect(page.locator('fieldset.question')).toHaveCount(0)
  await expectNoAxeViolations(page, 'quiz went on in another tab')
  await expect.poll(() => savedIndex(page)).toBe(3)
  // Closing tab A saves nothing over tab B's answers.
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')))
  expect(await savedIndex(page)).toBe(3)

  // Taken back: tab A goes on from tab B's answers, and now tab B is the one told.
  await page.getByRole('button', { name: 'Continue here' }).click()
  await answerRight(page, 3)
  await expect.poll(() => savedIndex(page)).toBe(4)
  await expect(
    other.getByRole('heading', { name: 'This quiz went on in another tab' }),
  ).toBeVisible()

  // Tab B takes it again and submits it; tab A learns it was finished, and it counts once.
  await other.getByRole('button', { name: 'Continue here' }).click()
  await expect(other.getByText('Question 5 of 5')).toBeVisible()
  await other.getByRole('button', { name: 'Submit test' }).click()
  await other.getByRole('button', { name: 'Submit anyway' }).click()
  await expect(other.locator('.result-count')).toHaveText(/^4 of 5 marks/)
  await expect(
    page.getByRole('heading', { name: 'You finished this quiz in another tab' }),
  ).toBeVisible()
  await page.getByRole('button', { name: 'Start a new quiz' }).click()
  await expect(page.getByRole('heading', { name: 'Who said what', level: 1 })).toBeFocused()
  await expect(page.getByRole('button', { name: /^Start \d+ questions$/ })).toBeVisible()
  await openApp(page, '#/progress')
  await expect(page.getByText('1 attempt in 1 set, kept in this browser only.')).toBeVisible()
})

// The offer read the saved quiz once, when the page opened: with the quiz taken further in
// another tab it still said "question 2 of 5, 1 answered", and Resume opened question 4.
test('an offer to resume follows the quiz another tab takes further, and Resume opens it there', async ({
  context,
  page,
}) => {
  const other = await secondTabAfterOneAnswer(context, page)
  const offer = other.getByRole('region', { name: 'You have a quiz in progress' })
  await expect(offer).toContainText('Test: question 2 of 5, 1 answered.')

  await answerRight(page, 1)
  await answerRight(page, 2)
  await expect(offer).toContainText('Test: question 4 of 5, 3 answered.')
  await other.getByRole('button', { name: 'Resume' }).click()
  await expect(other.getByText('Question 4 of 5')).toBeVisible()
})

// Finished in the other tab, the quiz offered here was still "in progress", and Resume led to the
// start page without a word.
test('an offer to resume says so when another tab finishes the quiz, and starts a new one', async ({
  context,
  page,
}) => {
  const other = await secondTabAfterOneAnswer(context, page)
  const resume = other.getByRole('button', { name: 'Resume' })
  await resume.focus()
  await page.getByRole('button', { name: 'Submit test' }).click()
  await page.getByRole('button', { name: 'Submit anyway' }).click()
  await expect(page.getByText('Saved to your progress.')).toBeVisible()

  const gone = other.getByRole('heading', { name: 'Your quiz is no longer in progress' })
  await expect(gone).toBeFocused()
  await expect(other.getByText('You finished it or started over in another tab.')).toBeVisible()
  await expect(resume).toHaveCount(0)
  await expectNoAxeViolations(other, 'offer of a quiz finished in another tab')
  await other.getByRole('button', { name: 'Start a new quiz' }).click()
  await expect(other.getByRole('heading', { name: 'Who said what', level: 1 })).toBeFocused()
  await expect(other.getByRole('button', { name: /^Start \d+ questions$/ })).toBeVisible()
})

// A quiz answered in one tab makes review cards (and reviews the due ones it asks); a tab left on
// the review page learns of them from the `storage` event, without a reload.
test('a quiz finished in one tab shows in the review page, its count and the dashboard of another, each card once', async ({
  context,
  page,
}) => {
  await context.clock.install({ time: new Date('2025-12-10T09:00:00') })
  // Three questions answered wrong nine days ago are due today.
  const [, , third, fourth, fifth] = whoSaidWhatIds(5)
  await withReview(
    page,
    answeredInQuiz([third!, fourth!, fifth!], Date.parse('2025-12-01T09:00:00')),
  )
  const other = await context.newPage()
  await openApp(page)
  await openApp(other, '#/review')
  const count = other.locator('.app-header .counter')
  await expect(count).toHaveText(/^\s*3\b/)
  await expect(other.getByRole('button', { name: 'Start review (3 questions)' })).toBeVisible()

  // The first tab's test: two new questions wrong, the third (due) right, two left blank.
  await startTest(page)
  await answerRight(page, 0, false)
  await answerRight(page, 1, false)
  await answerRight(page, 2)
  await page.getByRole('button', { name: 'Submit test' }).click()
  await page.getByRole('button', { name: 'Submit anyway' }).click()
  await expect(page.getByText('Saved to your progress.')).toBeVisible()

  // The other tab, never reloaded: the card reviewed in the quiz is no longer due.
  await expect(count).toHaveText(/^\s*2\b/)
  await expect(other.getByRole('button', { name: 'Start review (2 questions)' })).toBeVisible()
  await other.evaluate(() => (location.hash = '#/dashboard'))
  await expect(other.getByText('5 questions in review, kept in this browser only.')).toBeVisible()

  // Both reloaded: five cards, one attempt.
  for (const tab of [page, other]) {
    await tab.reload()
    await openApp(tab, '#/dashboard')
    await expect(tab.getByText('5 questions in review, kept in this browser only.')).toBeVisible()
    await expect(tab.locator('.app-header .counter')).toHaveText(/^\s*2\b/)
  }
  const stored = await other.evaluate(() => JSON.parse(localStorage.getItem('passage:review')!))
  expect(Object.keys(stored.cards['assad-sochi-2018/who-said-what']).sort()).toEqual(
    whoSaidWhatIds(5),
  )
  await openApp(other, '#/progress')
  await expect(other.getByText('1 attempt in 1 set, kept in this browser only.')).toBeVisible()
})
