import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test'
import type { Question } from '../../src/domain/bank/schema.ts'
import {
  answeredInQuiz,
  answerWithKeyboard,
  currentQuestion,
  expectNoAxeViolations,
  loadBank,
  openApp,
  tabTo,
  resizeTo,
  whoSaidWhatIds,
  saveOwnCopy,
  expectQuestionFocused,
  inkRows,
  withReview,
} from './helpers.ts'
import { useTextSize } from './tour.ts'

const bank = loadBank('who-said-what')
const SET = 'assad-sochi-2018/who-said-what'
/** Three "Who said what" questions, answered wrong in the review tests' quizzes. */
const THREE = whoSaidWhatIds(3)

/** Answers the card on screen right, keyboard only, saying "sure" first; leaves its feedback up. */
async function reviewRight(page: Page, q: Question) {
  await page.keyboard.press('s')
  await expect(page.getByRole('radio', { name: 'Sure', exact: true })).toBeChecked()
  await answerWithKeyboard(page, q)
  if (q.type === 'matching') await tabTo(page, page.getByRole('button', { name: 'Check answer' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Correct', exact: true })).toBeFocused()
}

async function forecastSummary(page: Page): Promise<string> {
  await page.evaluate(() => (location.hash = '#/dashboard'))
  await expect(page.getByRole('heading', { level: 1, name: 'Study dashboard' })).toBeVisible()
  const figure = page.getByRole('figure', { name: /^Due in the next 14 days/ })
  return (await figure.locator('.chart-summary').innerText()).trim()
}

test('finish a set, come back when it is due, review it keyboard-only across a reload', async ({
  page,
}) => {
  test.slow()
  await page.clock.install({ time: new Date('2025-12-01T09:00:00') })
  await page.goto('./#/quiz/assad-sochi-2018/who-said-what')
  await page.getByRole('radio', { name: /^Test/ }).check()
  await page.getByRole('button', { name: /^Start \d+ questions$/ }).click()
  await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible()
  // Two answered wrong, one right, the rest left unanswered: three cards.
  let wrong = 0
  let right = 0
  while (wrong < 2 || right < 1) {
    const q = await currentQuestion(page, bank)
    if ((q.type === 'single' || q.type === 'truefalse') && wrong < 2) {
      await answerWithKeyboard(page, q, true)
      wrong++
    } else if (right < 1 && (q.type === 'single' || q.type === 'truefalse')) {
      await answerWithKeyboard(page, q)
      right++
    }
    await page.getByRole('button', { name: 'Next', exact: true }).click()
  }
  await page.getByRole('button', { name: 'Submit test' }).click()
  await page.getByRole('button', { name: 'Submit anyway' }).click()
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible()
  await expect(page.locator('.app-header .counter')).toHaveCount(0)

  // Ten days later every card is due: the header, the library and the forecast say so.
  await page.clock.setSystemTime(new Date('2025-12-10T09:00:00'))
  await page.goto('./')
  await expect(page.locator('.app-header .counter')).toHaveText('3 to review')
  await expect(page.locator('.due-banner')).toContainText('3 to review')
  expect(await forecastSummary(page)).toMatch(/^3 questions due today/)

  // The header's link; the dashboard, with no review yet, offers its own "Review now" too.
  await tabTo(page, page.getByRole('link', { name: 'Review 3 to review' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: '3 questions to review' })).toBeVisible()
  await tabTo(page, page.getByRole('button', { name: /^Start review/ }))
  await page.keyboard.press('Enter')

  for (let i = 1; i <= 3; i++) {
    await expect(page.getByText(`Question ${i} of 3`)).toBeVisible()
    if (i === 2) {
      // A reload mid-review carries on with the same session, at the card it had reached, and
      // focus goes to that card as it did before the reload.
      await page.reload()
      await expect(page.getByText('Question 2 of 3')).toBeVisible()
    }
    await expectQuestionFocused(page)
    const q = await currentQuestion(page, bank)
    await reviewRight(page, q)
    await page.keyboard.press('Enter')
  }

  await expect(page.getByRole('heading', { name: 'Review done' })).toBeFocused()
  await expect(page.locator('.review-stats')).toContainText('3 questions')
  const figure = (name: string) => page.locator('.review-stats > div').filter({ hasText: name })
  await expect(figure('Right first time')).toHaveText('Right first time 3', { useInnerText: true })
  await expect(figure('Right overall')).toHaveText('Right overall 100%', { useInnerText: true })
  await expect(page.locator('.review-next')).toHaveText(
    /Next review in \d+ days, on \w+day \d+ December\./,
  )
  await expect(page.locator('.app-header .counter')).toHaveCount(0)
  expect(await forecastSummary(page)).toMatch(/^Nothing due today/)
})

/**
 * Opens `#/<path>` with three cards answered wrong ten days ago, all due now (real time). The first
 * page settles before the hash changes, so the router's first navigation cannot undo it.
 */
async function openWithThreeDue(page: Page, path: string) {
  await openApp(page)
  const text = answeredInQuiz(THREE, Date.now() - 10 * 86_400_000)
  await page.evaluate((t) => localStorage.setItem('passage:review', t), text)
  await page.goto(`./#/${path}`)
  await expect(page).toHaveURL(new RegExp(`#/${path}$`))
  await page.reload()
  await expect(page.locator('html[data-ready]')).toBeAttached()
}

test("the questions of a set saved in the studio come back for review and count in the header, as the shipped sets' do", async ({
  page,
}) => {
  // “Who said what” brought in from its file and saved: “My copy”, a set of the student's own.
  await openApp(page, '#/studio/import')
  await saveOwnCopy(page)
  const own = 'assad-sochi-2018/my-copy'
  await expect(page).toHaveURL(new RegExp(`#/studio/edit/${own}\\?`))
  // Two of its questions answered wrong in a quiz ten days ago.
  const text = answeredInQuiz(THREE.slice(0, 2), Date.now() - 10 * 86_400_000, undefined, own)
  await page.evaluate((t) => localStorage.setItem('passage:review', t), text)
  await page.goto('./#/review')
  await page.reload()
  // They said “✓ Nothing due … None has slipped so far”, and the dashboard “Nothing here yet”.
  await expect(page.getByRole('heading', { name: '2 questions to review' })).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'What to review' })).toContainText(
    'Set: My copy (2)',
  )
  await page.getByRole('button', { name: /^Start review/ }).click()
  await expect(page.getByText('Question 1 of 2')).toBeVisible()
  await expect(page.getByText('Review · My copy')).toBeVisible()
  await currentQuestion(page, bank)
  // The header counts them on every page, Settings too, which has no use for the studio's sets.
  await page.goto('./#/settings')
  await page.reload()
  await expect(page.locator('.app-header .counter')).toHaveText('2 to review')
})

/** Changes the stored record of the studio's set `id` as the studio would on a save or a delete. */
async function changeStudioSet(page: Page, id: string, change: 'first-question' | 'whole-set') {
  await page.evaluate(
    async ([key, what]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('passage-studio')
        open.onsuccess = () => resolve(open.result)
        open.onerror = () => reject(new Error(String(open.error)))
      })
      const tx = db.transaction('sets', 'readwrite')
      const sets = tx.objectStore('sets')
      const read = sets.get(key)
      read.onsuccess = () => {
        const record = JSON.parse(read.result as string) as { bank: { questions: unknown[] } }
        record.bank.questions.shift()
        if (what === 'whole-set') sets.delete(key)
        else sets.put(JSON.stringify(record), key)
      }
      await new Promise((resolve) => (tx.oncomplete = resolve))
      db.close()
    },
    [id, change] as const,
  )
}

test('a review under way counts only the questions still there when the studio deletes some, and ends unsaid when it deletes the set', async ({
  page,
}) => {
  await openApp(page, '#/studio/import')
  await saveOwnCopy(page)
  const own = 'assad-sochi-2018/my-copy'
  const text = answeredInQuiz(THREE, Date.now() - 10 * 86_400_000, undefined, own)
  await page.evaluate((t) => localStorage.setItem('passage:review', t), text)
  await page.goto('./#/review')
  await page.reload()
  await page.getByRole('button', { name: /^Start review/ }).click()
  await expect(page.getByText('Question 1 of 3')).toBeVisible()
  // Its first question deleted in the studio, the page reloaded: it said “Question 1 of 3”.
  await changeStudioSet(page, own, 'first-question')
  await page.reload()
  await expect(page.getByText('Question 1 of 2')).toBeVisible()
  await expect(page.locator('.app-header .counter')).toHaveText('2 to review')
  // The whole set deleted: it said “Review done”, “Reviewed 0 questions”, “Right overall 0%”.
  await changeStudioSet(page, own, 'whole-set')
  await page.reload()
  // Its three questions never come back: not "Nothing due", as if they would (e73aa6d).
  await expect(page.getByRole('heading', { name: 'Nothing to review', exact: true })).toBeVisible()
  await expect(
    page.getByText('The 3 questions you answered were of a set no longer in your library.'),
  ).toBeVisible()
  await expect(page.getByText('Review done')).toHaveCount(0)
  await expect(page.locator('.app-header .counter')).toHaveCount(0)
})

/** A review of the three due cards started from the review page: its first card on screen. */
async function startReviewOfThree(page: Page) {
  await openWithThreeDue(page, 'review')
  await page.getByRole('button', { name: /^Start review/ }).click()
  await expect(page.getByText('Question 1 of 3')).toBeVisible()
}

/** The first card of a new review answered wrong and checked: its second try on offer. */
async function firstCardMissed(page: Page): Promise<Question> {
  await startReviewOfThree(page)
  const first = await currentQuestion(page, bank)
  await answerWithKeyboard(page, first, true)
  await page.getByRole('button', { name: 'Check answer' }).click()
  await expect(page.getByRole('heading', { name: 'Incorrect' })).toBeFocused()
  return first
}

/** The card's second try answered right and checked, then on to the next card. */
async function secondTryRight(page: Page, q: Question) {
  await answerWithKeyboard(page, q)
  await page.getByRole('button', { name: 'Check answer' }).click()
  await expect(
    page.getByRole('heading', { name: 'Right on the second try', exact: true }),
  ).toBeFocused()
  await page.getByRole('button', { name: 'Next question' }).click()
}

/** Cards 2 and 3 of the review answered right, to its summary. */
async function restRightToSummary(page: Page) {
  for (const n of [2, 3]) {
    await expect(page.getByText(`Question ${n} of 3`)).toBeVisible()
    await reviewRight(page, await currentQuestion(page, bank))
    await page.keyboard.press('Enter')
  }
  await expect(page.getByRole('heading', { name: 'Review done' })).toBeFocused()
}

test("a returning learner's library does not jump as the review count and records arrive", async ({
  page,
}) => {
  await resizeTo(page, { width: 390, height: 800 })
  // Every layout shift of something on the page (the header's count may nudge its own links).
  await page.addInitScript(() => {
    const shifts: string[] = []
    Object.assign(window, { shifts })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as {
        sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[]
      }[]) {
        for (const { node, previousRect: a, currentRect: b } of entry.sources) {
          if (!node || !document.querySelector('main')?.contains(node)) continue
          shifts.push(`${node.nodeName}.${(node as Element).className}: ${a.y} → ${b.y}`)
        }
      }
    }).observe({ type: 'layout-shift', buffered: true })
  })
  await openWithThreeDue(page, '')
  const banner = page.getByRole('region', { name: 'Review', exact: true })
  await expect(banner).toContainText('3 to review from 1 set')
  await expect(banner.getByRole('link', { name: 'Review now' })).toBeVisible()
  await expect(page.locator('.set-record').first()).toHaveText('Not played yet')
  await expect(page.locator('.set-record[aria-hidden]')).toHaveCount(0)
  expect(await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts)).toEqual([])
})

test('the review and dashboard pages pass axe in every state', async ({ page }) => {
  // Five full axe runs: the slow-test allowance.
  test.slow()
  // Real time here (axe opens a page of its own).
  await openWithThreeDue(page, 'review')
  await expect(page.getByRole('heading', { name: '3 questions to review' })).toBeVisible()
  await expectNoAxeViolations(page, 'review start')
  await page.getByRole('button', { name: /^Start review/ }).click()
  await expect(page.getByText('Question 1 of 3')).toBeVisible()
  for (let i = 1; i <= 3; i++) {
    await reviewRight(page, await currentQuestion(page, bank))
    if (i === 1) await expectNoAxeViolations(page, 'review feedback')
    await page.keyboard.press('Enter')
  }
  await expect(page.getByRole('heading', { name: 'Review done' })).toBeVisible()
  await expectNoAxeViolations(page, 'review summary')
  await page.getByRole('button', { name: 'Done' }).click()
  await expect(page.getByRole('heading', { name: /^Nothing due — next review/ })).toBeVisible()
  await expectNoAxeViolations(page, 'review empty state')
  await forecastSummary(page)
  await expectNoAxeViolations(page, 'dashboard')
})

test('practice started from the dashboard opens on its first card, with focus on it', async ({
  page,
}) => {
  await openWithThreeDue(page, 'dashboard')
  const practise = page.getByRole('link', { name: /^Practise the 3 questions I find hard$/ })
  await tabTo(page, practise)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Practice' })).toBeVisible()
  await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible()
  // The address is cleared once the practice has started; focus stays on the card, not the heading.
  await expect(page).toHaveURL(/#\/review$/)
  await expect(page.locator('fieldset.question')).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.locator('fieldset.question').getByRole('radio').first()).toBeFocused()
})

test('two tabs reviewing at once lose nothing', async ({ context }) => {
  const text = answeredInQuiz(THREE, new Date('2025-12-01T09:00:00').getTime())
  const a = await context.newPage()
  const b = await context.newPage()
  for (const page of [a, b]) await page.clock.install({ time: new Date('2025-12-10T09:00:00') })
  await openApp(a)
  await a.evaluate((t) => localStorage.setItem('passage:review', t), text)

  // The router has finished its first navigation, so it follows the hash; the reload reads the
  // review document again.
  await a.goto('./#/review')
  await expect(a).toHaveURL(/#\/review$/)
  await a.reload()
  await a.getByRole('button', { name: /^Start review/ }).click()
  await expect(a.getByText('Question 1 of 3')).toBeVisible()
  await reviewRight(a, await currentQuestion(a, bank))

  // The second tab joins the same session at the next card.
  await b.goto('./#/review')
  await expect(b.getByText('Question 2 of 3')).toBeVisible()
  await reviewRight(b, await currentQuestion(b, bank))
  await b.keyboard.press('Enter')
  await expect(b.getByText('Question 3 of 3')).toBeVisible()

  // The first tab learnt of the second's answer (its header counts one card left to review, not
  // two): it goes on to the last card, not the second.
  await expect(a.locator('.app-header .counter')).toHaveText(/^\s*1\b/)
  await a.keyboard.press('Enter')
  await expect(a.getByText('Question 3 of 3')).toBeVisible()
  await reviewRight(a, await currentQuestion(a, bank))
  await a.keyboard.press('Enter')
  await expect(a.locator('.review-stats')).toContainText('3 questions')

  // The second tab's card was answered in the first: it moves on, to the end of the session.
  await expect(b.getByRole('heading', { name: 'Review done' })).toBeVisible()
  await expect(b.locator('.review-stats')).toContainText('3 questions')
  const stored = await b.evaluate(() => JSON.parse(localStorage.getItem('passage:review')!))
  expect(Object.keys(stored.cards[SET]).sort()).toEqual(['wsw-01', 'wsw-02', 'wsw-03'])
  for (const page of [a, b]) {
    await expect(page.locator('.app-header .counter')).toHaveCount(0)
  }
})

test('a reload during feedback brings the card back as it was: its second try, or its answer', async ({
  page,
}) => {
  const first = await firstCardMissed(page)

  // The second try on offer survives a reload, on the same card.
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Incorrect' })).toBeFocused()
  await expect(page.locator('fieldset.question legend')).toContainText(first.prompt)
  await expect(page.getByText('Question 1 of 3')).toBeVisible()
  await page.getByRole('button', { name: 'Look back and try again' }).click()

  // So does the second try, opened: nothing chosen, the first answer there to read as tried.
  await page.reload()
  await expect(page.locator('fieldset.question legend')).toContainText(first.prompt)
  await expect(page.getByRole('button', { name: 'Check answer' })).toBeVisible()
  await expect(page.locator('fieldset.question input:checked')).toHaveCount(0)
  await expect(page.getByRole('radio', { name: /— you tried this$/ })).toBeDisabled()
  await secondTryRight(page, first)

  // The answer shown, then a reload: the card is graded, and its answer is still there to read.
  await expect(page.getByText('Question 2 of 3')).toBeVisible()
  const second = await currentQuestion(page, bank)
  if (second.type !== 'single') throw new Error(`${second.id} should be single choice`)
  await answerWithKeyboard(page, second, true)
  await page.getByRole('button', { name: 'Check answer' }).click()
  await page.getByRole('button', { name: 'Show the answer' }).click()
  await expect(page.locator('.feedback')).toContainText(`Right answer: ${second.answer}`)
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Incorrect' })).toBeFocused()
  await expect(page.locator('.feedback')).toContainText(`Right answer: ${second.answer}`)
  await expect(page.getByText('Question 2 of 3')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Look back and try again' })).toHaveCount(0)
  await page.getByRole('button', { name: 'Next question' }).click()
  await expect(page.getByText('Question 3 of 3')).toBeVisible()
})

test('a card right only on the second try ends the review counted as that, not as right', async ({
  page,
}) => {
  const first = await firstCardMissed(page)
  await page.getByRole('button', { name: 'Look back and try again' }).click()
  await secondTryRight(page, first)
  await restRightToSummary(page)
  await expect(page.locator('.review-stats > div')).toHaveText(
    [
      'Reviewed 3 questions',
      'Right overall 83% a second try counts half',
      'Sure but wrong 0',
      'Right first time 2',
      'Right on the second try 1',
      'Wrong 0',
    ],
    { useInnerText: true },
  )
})

test('at 200 % text the words of “What to review” sit in the middle of its box, not at its top', async ({
  page,
}) => {
  await resizeTo(page, { width: 1280, height: 800 })
  await useTextSize(page, 200)
  await withReview(page, answeredInQuiz(THREE, Date.now() - 10 * 86_400_000))
  await openApp(page, '#/review')
  const select = page.getByRole('combobox', { name: 'What to review' })
  await expect(select).toContainText('Everything due (3)')
  // 88 px tall: the words' middle was 7 px above the box's.
  expect(await wordsOffMiddle(page, select)).toBeLessThanOrEqual(3)
})

/** How far the middle of a select's drawn words is from the middle of its box, in px. */
async function wordsOffMiddle(page: Page, select: Locator): Promise<number> {
  await page.evaluate(() => document.fonts.ready)
  // The drawn rows of its words, inside its border and left of its arrow.
  const box = (await select.boundingBox())!
  const clip = { x: box.x + 4, y: box.y + 2, width: box.width * 0.6, height: box.height - 4 }
  const rows = (await inkRows(page, clip)).map((row) => row.y)
  expect(rows.length).toBeGreaterThan(10)
  const wordsMiddle = clip.y + (rows[0]! + rows.at(-1)! + 1) / 2
  return Math.abs(wordsMiddle - (box.y + box.height / 2))
}

// As “What to review”'s (ff57717): their words sat 7 px above the middle of their 88 px boxes.
for (const { what, hash, select, before } of [
  {
    what: 'the number of questions',
    hash: '#/quiz/assad-sochi-2018/who-said-what',
    select: (page: Page) => page.getByLabel('Number of questions'),
    before: (page: Page) => page.getByRole('button', { name: /^More options/ }).click(),
  },
  {
    what: 'a setting',
    hash: '#/settings',
    select: (page: Page) => page.getByRole('combobox').first(),
  },
  {
    what: "a question's type in the studio",
    hash: '#/studio/new/assad-sochi-2018',
    select: (page: Page) => page.getByLabel('Type', { exact: true }).first(),
  },
]) {
  test(`at 200 % text the words of ${what}'s select sit in the middle of its box`, async ({
    page,
  }) => {
    await resizeTo(page, { width: 1280, height: 800 })
    await useTextSize(page, 200)
    await openApp(page, hash)
    await before?.(page)
    const box = select(page)
    await expect(box).toBeVisible()
    await box.scrollIntoViewIfNeeded()
    // The number of questions' was 4 px off, a setting's 3.5 (2 and 1.5 now: figures stand high).
    expect(await wordsOffMiddle(page, box)).toBeLessThanOrEqual(3)
  })
}

test('on a phone the review’s summary gives each figure a line: its label whole, its value at the end', async ({
  page,
}) => {
  await resizeTo(page, { width: 390, height: 844 })
  const first = await firstCardMissed(page)
  await page.getByRole('button', { name: 'Look back and try again' }).click()
  // On a phone the article opens as a sheet over the card.
  await page.getByRole('button', { name: 'Back to the question' }).click()
  await secondTryRight(page, first)
  await restRightToSummary(page)
  const figures = await page.locator('.review-stats > div').evaluateAll((divs) =>
    divs.map((div) => {
      const label = div.querySelector('dt')!.getBoundingClientRect()
      const value = div.querySelector('dd')!.getBoundingClientRect()
      const line = parseFloat(getComputedStyle(div.querySelector('dt')!).lineHeight)
      const lines = Math.round(label.height / line)
      const where = value.top < label.bottom && value.left > label.right ? 'beside' : 'under'
      return `${div.querySelector('dt')!.textContent}: ${lines} line${lines === 1 ? '' : 's'}, value ${where}`
    }),
  )
  // Two to a row, "Right on the second try" broke in two, its value under it.
  expect(figures).toEqual([
    'Reviewed: 1 line, value beside',
    'Right overall: 1 line, value beside',
    'Sure but wrong: 1 line, value beside',
    'Right first time: 1 line, value beside',
    'Right on the second try: 1 line, value beside',
    'Wrong: 1 line, value beside',
  ])
})

test('a review ended part-way keeps its answers, leaves the rest due, and does not come back', async ({
  page,
}) => {
  await startReviewOfThree(page)
  await reviewRight(page, await currentQuestion(page, bank))
  await page.keyboard.press('Enter')
  await expect(page.getByText('Question 2 of 3')).toBeVisible()
  const skipped = await currentQuestion(page, bank)
  await page.getByRole('button', { name: 'Skip', exact: true }).click()
  await expect(page.getByText('Question 3 of 3')).toBeVisible()

  // A reload keeps the skip: the last card again, not the skipped one.
  await page.reload()
  await expect(page.getByText('Question 3 of 3')).toBeVisible()
  await expect(page.locator('fieldset.question legend')).not.toContainText(skipped.prompt)

  // Ended from the keyboard: focus on the page's heading, said once, shown under the heading, and
  // the choice of what to review again, with the two not answered still due.
  await tabTo(page, page.getByRole('button', { name: 'End this review' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Review' })).toBeFocused()
  await expect(page.getByRole('status').filter({ hasText: /ended/ })).toHaveText(
    'Review ended. 1 answer kept; 2 questions still due.',
  )
  await expect(page.locator('h1 + .review-ended')).toBeVisible()
  await expect(page.locator('h1 + .review-ended')).toHaveText(
    'Review ended. 1 answer kept; 2 questions still due.',
  )
  await expect(page.getByRole('heading', { name: '2 questions to review' })).toBeVisible()
  await expect(page.locator('.app-header .counter')).toHaveText('2 to review')

  // Over for good: a reload does not bring the session back, nor the news of its end.
  await page.reload()
  await expect(page.getByRole('heading', { name: '2 questions to review' })).toBeVisible()
  await expect(page.locator('.review-ended')).toHaveCount(0)
  await expect(page.getByText(/^Card \d of 3$/)).toHaveCount(0)
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('passage:review')!))
  expect(stored.session).toBeUndefined()
})

/**
 * A new tab's review of three due cards, its first (a single choice) answered wrong and its
 * answer shown: the card's feedback on screen.
 */
async function firstCardAnsweredWrong(context: BrowserContext) {
  const page = await context.newPage()
  await startReviewOfThree(page)
  const first = await currentQuestion(page, bank)
  if (first.type !== 'single') throw new Error(`${first.id} should be single choice`)
  await answerWithKeyboard(page, first, true)
  await page.getByRole('button', { name: 'Check answer' }).click()
  await page.getByRole('button', { name: 'Show the answer' }).click()
  await expect(page.locator('.feedback')).toContainText(`Right answer: ${first.answer}`)
  return { page, first }
}

test('a tab closed on a card’s feedback and opened again shows it as it was', async ({
  context,
}) => {
  const { page, first } = await firstCardAnsweredWrong(context)
  await page.close()

  // A new tab (its own sessionStorage) at the review: the answer and its explanation, not the
  // next card; and a third tab opened beside it joins at the next card.
  const again = await context.newPage()
  await again.goto('./#/review')
  await expect(again.getByRole('heading', { name: 'Incorrect' })).toBeFocused()
  await expect(again.locator('.feedback')).toContainText(`Right answer: ${first.answer}`)
  await expect(again.getByText('Question 1 of 3')).toBeVisible()
  const beside = await context.newPage()
  await beside.goto('./#/review')
  await expect(beside.getByText('Question 2 of 3')).toBeVisible()
})

test('a second tab opened beside one hidden on a card’s feedback joins at the next card; a tab opened once the first has gone shows the feedback', async ({
  context,
}) => {
  const { page, first } = await firstCardAnsweredWrong(context)
  // The student switches to another tab: this one is hidden, still open.
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'hidden' })
    document.dispatchEvent(new Event('visibilitychange'))
  })
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('passage:review-card')))
    .not.toBeNull()

  const beside = await context.newPage()
  await beside.goto('./#/review')
  await expect(beside.getByText('Question 2 of 3')).toBeVisible()
  await expect(beside.getByRole('heading', { name: 'Incorrect' })).toHaveCount(0)
  await beside.close()

  // The first tab is closed: a tab opened now finds its card as it was.
  await page.close()
  const again = await context.newPage()
  await again.goto('./#/review')
  await expect(again.getByRole('heading', { name: 'Incorrect' })).toBeFocused()
  await expect(again.locator('.feedback')).toContainText(`Right answer: ${first.answer}`)
  await expect(again.getByText('Question 1 of 3')).toBeVisible()
})

test.describe('in India, half an hour off UTC’s hours', () => {
  test.use({ timezoneId: 'Asia/Kolkata' })

  test('just after midnight a hard question due this evening says "next review today"', async ({
    page,
  }) => {
    // 00:10 on 3 December in India is 18:40 on the 2nd in UTC; the whole hour before began at
    // 23:30 yesterday there, and the list counted days from that.
    await page.clock.install({ time: new Date('2025-12-02T18:40:00Z') })
    await openApp(page)
    // Wrong in a quiz at 17:00 yesterday, India time: due again at 17:00 today.
    const text = answeredInQuiz(THREE, Date.parse('2025-12-02T11:30:00Z'))
    await page.evaluate((t) => localStorage.setItem('passage:review', t), text)
    await page.goto('./#/dashboard')
    await expect(page).toHaveURL(/#\/dashboard$/)
    await page.reload()
    const hard = page.locator('.hard-questions li .hint')
    await expect(hard).toHaveCount(3)
    await expect(hard.first()).toHaveText('Who said what · wrong last time · next review today')
  })
})

test.describe('the next card opens its article at the top, the title whole, not where the last card left it', () => {
  const heading = (page: Page) => page.locator('.reading-article h2')

  test('beside the card, on a wide screen', async ({ page }) => {
    await resizeTo(page, { width: 1280, height: 800 })
    await startReviewOfThree(page)
    const box = page.locator('.reading-article [data-scroll-box]')
    await expect(heading(page)).toBeInViewport({ ratio: 1 })
    // The first card's proof scrolls the article down to it.
    await reviewRight(page, await currentQuestion(page, bank))
    const mark = page.locator('.reading-article mark')
    await expect(mark).toBeInViewport()
    await expect(heading(page)).not.toBeInViewport()
    await page.keyboard.press('Enter')
    await expect(page.getByText('Question 2 of 3')).toBeVisible()
    await expect(mark).toHaveCount(0)
    await expect(heading(page)).toBeInViewport({ ratio: 1 })
    expect(await box.evaluate((el) => el.scrollTop)).toBe(0)
  })

  test('in the sheet, on a phone', async ({ page }) => {
    await resizeTo(page, { width: 390, height: 844 })
    const first = await firstCardMissed(page)
    // "Look back" opens the sheet down at the part to read again; Escape closes it.
    await page.getByRole('button', { name: 'Look back and try again' }).click()
    const sheet = page.getByRole('dialog', { name: 'The article' })
    await expect(sheet.locator('.look-here-start')).toBeInViewport()
    await expect(heading(page)).not.toBeInViewport()
    await page.keyboard.press('Escape')
    await expect(sheet).toBeHidden()
    await secondTryRight(page, first)
    await expect(page.getByText('Question 2 of 3')).toBeVisible()
    await page.getByRole('button', { name: 'Show the article' }).click()
    await expect(heading(page)).toBeFocused()
    await expect(heading(page)).toBeInViewport({ ratio: 1 })
  })
})
