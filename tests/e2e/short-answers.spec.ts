import { expect, test, type Locator, type Page } from '@playwright/test'
import {
  currentQuestion,
  openApp,
  saveOwnCopy,
  expectNoAxeViolations,
  loadBank,
  skipUntil,
  startInBankOrder,
  tabTo,
  resizeTo,
} from './helpers.ts'
import { useTextSize } from './tour.ts'

test('practice: a refused short answer claimed with "I was right" counts, marked as the student’s', async ({
  page,
}) => {
  // A whole set is walked through to reach a short answer wherever the shuffle put it.
  test.slow()
  const bank = loadBank('numbers-places-people')
  const total = bank.questions.length
  await page.goto('./#/quiz/assad-sochi-2018/numbers-places-people')
  await page.getByRole('button', { name: /^Start \d+ questions$/ }).click()

  // Every question is skipped but the first short answer, which gets an answer no bank accepts.
  let claimed: string | undefined
  for (let i = 1; i <= total; i++) {
    await expect(page.getByText(new RegExp(`^Question ${i} of ${total}$`))).toBeVisible()
    const q = await currentQuestion(page, bank)
    if (q.type !== 'short' || claimed) {
      await page.getByRole('button', { name: 'Skip', exact: true }).click()
      continue
    }
    claimed = q.prompt
    // The box has the focus, named by the prompt: the student types at once.
    await expect(page.getByRole('textbox', { name: q.prompt })).toBeFocused()
    await page.keyboard.type('Vladivostok')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { name: 'Incorrect', exact: true })).toBeFocused()
    // The right answer is held back while a second try is on offer, and so is the claim.
    await expect(page.getByRole('button', { name: 'I was right' })).toHaveCount(0)
    await page.getByRole('button', { name: 'Show the answer' }).click()
    await expect(page.getByText(/^Right answer:/)).toBeVisible()

    const claim = page.getByRole('button', { name: 'I was right' })
    await tabTo(page, claim)
    await expectNoAxeViolations(page, 'feedback with "I was right"')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { name: 'You marked this right' })).toBeFocused()
    // The focused heading says "You marked this right"; the live region adds only what it means.
    await expect(page.getByRole('status')).toHaveText('It counts as right in this practice quiz.')
    await expect(claim).toHaveCount(0)
    await expectNoAxeViolations(page, 'feedback marked right')
    await page.keyboard.press('Enter')
  }
  expect(claimed).toBeDefined()
  // The skipped ones are offered again at the end; this student is done.
  await expect(
    page.getByRole('heading', { name: /^\d+ skipped — answer them now\?$/ }),
  ).toBeFocused()
  await page.getByRole('button', { name: 'See results' }).click()

  // Every other question was skipped, and is counted so.
  await expect(page.locator('.result-count')).toHaveText(
    `1 of ${total} marks · 1 of ${total} questions fully right, 1 marked right by you, ${total - 1} skipped`,
  )
  await page.getByRole('button', { name: 'Review answers' }).click()
  const row = page.locator('.review-item').filter({ hasText: claimed! })
  await expect(row.getByRole('heading')).toHaveText(/Question \d+: You marked this right/)
  await expect(row).toContainText('Vladivostok')

  // The attempt kept it: the Progress page's review of it says so too, after a reload.
  await page.goto('./#/progress')
  await page.reload()
  await page.getByRole('link', { name: /^Review Numbers, places and people/ }).click()
  const stored = page.locator('.attempt-answers > li').filter({ hasText: claimed! })
  await expect(stored.getByRole('heading')).toHaveText(/Question \d+: You marked this right/)
})

test('on a phone a short answer of a few words shows whole in its box, also once checked', async ({
  page,
}) => {
  await resizeTo(page, { width: 390, height: 844 })
  await startInBankOrder(page, 'numbers-places-people')
  const box = page.getByLabel('Your answer (a word or two)')
  await skipUntil(page, box)
  await box.fill('Sochi on the Black Sea coast')
  await page.keyboard.press('Enter')
  await expect(page.locator('#feedback-heading')).toBeFocused()
  await expect(box).toBeDisabled()
  const { scroll, client } = await box.evaluate((input) => ({
    scroll: input.scrollWidth,
    client: input.clientWidth,
  }))
  expect(scroll).toBeLessThanOrEqual(client)
})

for (const { width, height } of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
])
  test(`on a second try the first answer is selected, so what is typed replaces it (${width} px)`, async ({
    page,
  }) => {
    await resizeTo(page, { width, height })
    await startInBankOrder(page, 'numbers-places-people')
    const box = page.getByRole('textbox', { name: /^Since the fighting began/ })
    await wrongTwoThenBack(page, box)
    await expect(box).toHaveValue('2')
    await page.keyboard.type('3')
    // It was "23", marked wrong.
    await expect(box).toHaveValue('3')
    await page.keyboard.press('Enter')
    await expect(
      page.getByRole('heading', { name: 'Half a mark — right on the second try', exact: true }),
    ).toBeFocused()
  })

/**
 * The focused box of a number question answered "2", wrong; Enter on the feedback is "Look back
 * and try again", which opens the article; Escape leaves it for the question, the box focused.
 */
async function wrongTwoThenBack(page: Page, box: Locator) {
  await expect(box).toBeFocused()
  await page.keyboard.type('2')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Incorrect', exact: true })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('.look-here', { hasText: 'Read this part again' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(box).toBeFocused()
}

/**
 * A quiz of "Numbers, places, people" whose first question, a number of visits, has a prompt of
 * some 90 lines at 390 px: its box is far below the screen's bottom when the page is at its top.
 * `inView`: the box and what it counts ("visits", under it at 320 px and 200 % text) are both on
 * screen.
 */
async function longPromptQuiz(page: Page, { width, height, textSize }: Screen) {
  await resizeTo(page, { width, height })
  const bank = structuredClone(loadBank('numbers-places-people'))
  const [first] = bank.questions
  first!.prompt = `${first!.prompt} `.repeat(25).trim()
  await useTextSize(page, textSize)
  await openApp(page, '#/studio/import')
  await saveOwnCopy(page, 'Long prompts', 'long.json', bank)
  await startInBankOrder(page, 'long-prompts')
  const box = page.getByRole('textbox', { name: first!.prompt.slice(0, 40) })
  const unit = page.locator('.input-with-unit').getByText('visits', { exact: true })
  const inView = async () => {
    for (const part of [box, unit]) {
      const { y, height: tall } = (await part.boundingBox())!
      if (y < 0 || y + tall > height) return false
    }
    return true
  }
  return { box, inView }
}
interface Screen {
  width: number
  height: number
  textSize: number
}

for (const screen of [
  { width: 390, height: 844, textSize: 100 },
  { width: 320, height: 640, textSize: 200 },
]) {
  const { width, textSize } = screen
  test(`on a phone a typed answer under a long prompt has the focus in view with its unit, after a reload too (${width} px, ${textSize} % text)`, async ({
    page,
  }) => {
    const { box, inView } = await longPromptQuiz(page, screen)
    await expect(box).toBeFocused()
    expect(await inView()).toBe(true)
    await page.reload()
    await page.getByRole('button', { name: 'Resume' }).click()
    await expect(box).toBeFocused()
    expect(await inView()).toBe(true)
  })
}

// Wherever the article is a sheet over the quiz: a phone, and at 200 % text 1280 and 1024 px too
// (the article stands beside the quiz from 1 024 px at 100 % text, 2 048 px at 200 %).
for (const screen of [
  { width: 390, height: 844, textSize: 100 },
  { width: 320, height: 640, textSize: 200 },
  { width: 1280, height: 800, textSize: 200 },
  { width: 1024, height: 768, textSize: 200 },
]) {
  const { width, textSize } = screen
  test(`back to the question from the article's sheet in the middle of a second try, the box is in view with its unit (${width} px, ${textSize} % text)`, async ({
    page,
  }) => {
    const { box, inView } = await longPromptQuiz(page, screen)
    // One Escape closes the article (its "Back to the question" with it), and the box takes the
    // focus, scrolled in from above with its unit (as the first display shows both), the first
    // try's "2" selected.
    await wrongTwoThenBack(page, box)
    await expect(page.getByRole('dialog', { name: 'The article' })).toBeHidden()
    expect(
      await box.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd]),
    ).toEqual([0, 1])
    expect(await inView()).toBe(true)
  })
}

// The article is a sheet here (see above); the page was left scrolled down where the feedback
// was, the box in view but what the second try is worth, above the question, out of sight.
test('back to the question from the article in the middle of a second try, what it is worth is in view above the box (1280 px, 200 % text)', async ({
  page,
}) => {
  await resizeTo(page, { width: 1280, height: 800 })
  await useTextSize(page, 200)
  await startInBankOrder(page, 'numbers-places-people')
  const box = page.getByRole('textbox', { name: /^Since the fighting began/ })
  await expect(box).toBeFocused()
  await page.keyboard.type('2')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Incorrect', exact: true })).toBeFocused()
  await page.getByRole('button', { name: 'Look back and try again' }).click()
  await expect(page.locator('.look-here', { hasText: 'Read this part again' })).toBeFocused()
  await page.getByRole('button', { name: 'Back to the question' }).click()
  await expect(box).toBeFocused()
  await expect(box).toHaveValue('2')
  await expect(box).toBeInViewport()
  await expect(
    page.getByText('Practice · second try, for half the marks', { exact: true }),
  ).toBeInViewport()
})
