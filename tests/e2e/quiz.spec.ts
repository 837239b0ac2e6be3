import { expect, test, type Locator, type Page } from '@playwright/test'
import {
  answerWithKeyboard,
  colourAt,
  currentQuestion,
  expectNoAxeViolations,
  finishQuickly,
  loadBank,
  motionDone,
  skipUntil,
  startInBankOrder,
  tabTo,
  openApp,
  resizeTo,
  expectQuestionFocused,
} from './helpers.ts'
import { evidenceQuotes } from '../../src/domain/bank/schema.ts'
import { useTextSize } from './tour.ts'

async function openSet(page: Page, title: string) {
  await openApp(page)
  const start = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: title }) })
    .getByRole('link', { name: 'Start' })
  await tabTo(page, start)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
}

async function startWithKeyboard(page: Page) {
  const start = page.getByRole('button', { name: /^Start \d+ questions$/ })
  await tabTo(page, start)
  await page.keyboard.press('Enter')
  await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible()
}

test('practice: a student answers every question right, keyboard only, and scores 100 %', async ({
  page,
}) => {
  // A whole set played key by key: many steps, so it gets the slow-test allowance.
  test.slow()
  const bank = loadBank('who-said-what')
  await openSet(page, 'Who said what')
  await startWithKeyboard(page)
  await expectNoAxeViolations(page, 'quiz')

  for (let i = 1; i <= bank.questions.length; i++) {
    await expect(
      page.getByText(new RegExp(`^Question ${i} of ${bank.questions.length}$`)),
    ).toBeVisible()
    const q = await currentQuestion(page, bank)
    await answerWithKeyboard(page, q)
    if (q.type === 'matching') await tabTo(page, page.getByRole('button', { name: 'Check answer' }))
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { name: 'Correct', exact: true })).toBeFocused()
    if (i === 1) await expectNoAxeViolations(page, 'feedback')
    await page.keyboard.press('Enter')
  }

  await expect(page.locator('.result-score')).toHaveText('100%')
  await expect(page.locator('.result-count')).toHaveText(
    `${bank.questions.length} of ${bank.questions.length} marks · ${bank.questions.length} of ${bank.questions.length} questions fully right`,
  )
  await expect(page.locator('.result-verdict')).toHaveText(/^\s*Passed —/)
  await expectNoAxeViolations(page, 'results')
})

// From the keyboard: Enter checks, Enter looks back, Esc comes back to the question, where the
// wrong choice was still chosen, and Enter checked it again: the second try was spent on it. Now
// nothing is chosen, the first pick is there to read as tried, and neither its digit nor Enter
// spends the try.
test('practice: a second try starts with nothing chosen and the first pick tried, and the try is kept', async ({
  page,
}) => {
  const bank = loadBank('who-said-what')
  await startInBankOrder(page)
  const q = await currentQuestion(page, bank)
  await answerWithKeyboard(page, q, true)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Incorrect' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('.look-here', { hasText: 'Read this part again' })).toBeFocused()
  // The ring goes round the whole part to read again, not round its first paragraph alone: each
  // paragraph ringed at both sides, the part closed above its first and below its last.
  const ring = await page.locator('p.look-here').evaluateAll((part) =>
    part.map((p) => {
      const edge = getComputedStyle(p, '::after')
      return [
        edge.borderTopWidth,
        edge.borderRightWidth,
        edge.borderBottomWidth,
        edge.borderLeftWidth,
      ]
    }),
  )
  expect(ring.length).toBeGreaterThan(1)
  ring.forEach((sides, i) =>
    expect(sides).toEqual([i ? '0px' : '3px', '3px', i < ring.length - 1 ? '0px' : '3px', '3px']),
  )
  await page.keyboard.press('Escape')
  await expect(page.locator('fieldset.question')).toBeFocused()
  const field = page.locator('fieldset.question')
  await expect(field.getByRole('radio', { name: /— you tried this$/ })).toBeDisabled()
  const at = await field
    .locator('input')
    .evaluateAll((all) => all.findIndex((el) => (el as HTMLInputElement).disabled))
  await page.keyboard.press(String(at + 1))
  await expect(field.locator('input:checked')).toHaveCount(0)
  await page.keyboard.press('Enter')
  // Said beside the question as a blank answer's message is, and by the live region.
  await expect(page.locator('.input-error')).toHaveText('Error: Choose an answer.')
  await expect(page.locator('#feedback-heading')).toHaveCount(0)
  await answerWithKeyboard(page, q)
  await page.keyboard.press('Enter')
  await expect(
    page.getByRole('heading', { name: 'Half a mark — right on the second try' }),
  ).toBeFocused()
})

test('test mode: some wrong and one unanswered give the exact score, the review and the evidence', async ({
  page,
}) => {
  test.slow()
  const bank = loadBank('numbers-places-people')
  const total = bank.questions.length
  await openSet(page, 'Numbers, places and people')
  const testMode = page.getByRole('radio', { name: /^Test/ })
  await tabTo(page, page.getByRole('radio', { name: /^Practice/ }))
  await page.keyboard.press('ArrowDown')
  await expect(testMode).toBeChecked()
  await startWithKeyboard(page)

  // Two all-or-nothing questions answered wrong and one left blank.
  const wrong: string[] = []
  let blank: string | undefined
  for (let i = 1; i <= total; i++) {
    await expect(page.getByText(new RegExp(`^Question ${i} of ${total}$`))).toBeVisible()
    const q = await currentQuestion(page, bank)
    const allOrNothing = q.type === 'single' || q.type === 'truefalse'
    if (allOrNothing && wrong.length < 2) {
      wrong.push(q.id)
      await answerWithKeyboard(page, q, true)
    } else if (allOrNothing && !blank) {
      blank = q.id
    } else {
      await answerWithKeyboard(page, q)
    }
    if (i < total) {
      if (q.type === 'matching') await tabTo(page, page.getByRole('button', { name: 'Next' }))
      await page.keyboard.press('Enter')
    }
  }
  expect(wrong).toHaveLength(2)
  expect(blank).toBeDefined()
  await expect(page.getByText('Test · 1 left blank')).toBeVisible()

  await tabTo(page, page.getByRole('button', { name: 'Submit test' }))
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Submit with 1 left blank?' })
  await expect(dialog).toBeVisible()
  // What a screen reader says with the dialog's name as focus lands in it: what submitting costs.
  await expect(dialog).toHaveAccessibleDescription('Questions left blank score 0.')
  await expect(dialog.getByRole('button', { name: 'Go back' })).toBeFocused()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')

  // To the nearest whole percent (it passed: nothing holds it under the pass mark).
  const expected = Math.round(((total - 3) / total) * 100)
  await expect(page.locator('.result-score')).toHaveText(`${expected}%`)
  await expect(page.locator('.result-count')).toHaveText(
    `${total - 3} of ${total} marks · ${total - 3} of ${total} questions fully right, 1 left blank`,
  )
  await expectNoAxeViolations(page, 'results')

  await page.getByRole('button', { name: 'Review answers' }).press('Enter')
  await expect(page.getByRole('heading', { name: 'Review your answers' })).toBeFocused()
  const items = page.locator('.review-item')
  await expect(items).toHaveCount(total)
  await expect(items.filter({ hasText: /Question \d+: Incorrect/ })).toHaveCount(2)
  await expect(items.filter({ hasText: /Question \d+: Left blank/ })).toHaveCount(1)
  await expect(items.filter({ hasText: /Question \d+: Correct/ })).toHaveCount(total - 3)
  await expectNoAxeViolations(page, 'review')

  // "Show in the article" highlights the proving sentence of that question and moves focus to it.
  const missed = bank.questions.find((q) => q.id === wrong[0])!
  const item = items.filter({ hasText: missed.prompt })
  await item.locator('summary').click()
  await item.getByRole('button', { name: /Show in the article/ }).press('Enter')
  const quotes = evidenceQuotes(missed)
  const marks = page.locator('.reading-article mark')
  await expect(marks).toHaveCount(quotes.length)
  for (const quote of quotes) await expect(marks.filter({ hasText: quote })).toHaveCount(1)
  await expect(marks.first()).toBeFocused()
})

/** Question `n` is on screen as a new page: scrolled to the top, its progress line in view. */
async function expectQuestionAtTop(page: Page, n: number) {
  await expectQuestionFocused(page)
  await expect(page.getByText(new RegExp(`^Question ${n} of \\d+$`))).toBeInViewport()
  expect(await page.evaluate(() => scrollY)).toBe(0)
}

/** Scrolls `button` into view from lower on the page, as a student reaching for it would. */
async function scrollDownTo(page: Page, button: Locator) {
  await button.scrollIntoViewIfNeeded()
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0)
}

test('a quiz started low on its start page, or retaken from the results, opens at its top', async ({
  page,
}) => {
  // Opened, "More options" pushes Start below the fold of a laptop screen.
  await openApp(page, '#/quiz/assad-sochi-2018/who-said-what')
  await page.getByRole('button', { name: /^More options/ }).click()
  // The options are a chunk of their own: Start is pushed down only once they are drawn.
  await expect(page.getByLabel('Quiz code (optional)')).toBeVisible()
  await page.getByRole('radio', { name: /^Test/ }).check()
  const start = page.getByRole('button', { name: /^Start \d+ questions$/ })
  await scrollDownTo(page, start)
  await start.click()
  await expectQuestionAtTop(page, 1)

  await page.getByRole('button', { name: 'Submit test' }).click()
  await page.getByRole('button', { name: 'Submit anyway' }).click()
  const retake = page.getByRole('button', { name: 'Retake in the same order' })
  await scrollDownTo(page, retake)
  await retake.click()
  await expectQuestionAtTop(page, 1)
})

test('on a phone, Next low on the feedback opens the next question at its top', async ({
  page,
}) => {
  await resizeTo(page, { width: 390, height: 844 })
  await startInBankOrder(page)
  await expectQuestionAtTop(page, 1)
  await page
    .getByRole('group', { name: /stability is improving/ })
    .getByRole('radio', { name: /Bashar al-Assad/ })
    .check()
  await page.getByRole('button', { name: 'Check answer' }).click()
  // The verdict, the quote and the explanation make the page taller than the phone.
  await expect(page.getByRole('heading', { name: 'Correct' })).toBeFocused()
  const next = page.getByRole('button', { name: /^Next/ })
  // Next sticks to the bottom of the screen: in reach without scrolling, the verdict above it.
  await expect(next).toBeInViewport({ ratio: 1 })
  await expect(page.getByRole('heading', { name: 'Correct' })).toBeInViewport()
  await scrollDownTo(page, next)
  await next.click()
  await expectQuestionAtTop(page, 2)
})

test('an ordering question keeps each item’s buttons on its right, and drops them once checked', async ({
  page,
}) => {
  await resizeTo(page, { width: 1280, height: 800 })
  await startInBankOrder(page, 'dates-and-timeline')
  const list = page.locator('ol.ordering')
  await skipUntil(page, list)
  // Long items wrap their words beside the buttons: every row has its buttons at the same place.
  const rows = await list.locator('li').evaluateAll((items) =>
    items.map((li) => {
      const row = li.getBoundingClientRect()
      const down = li.querySelector('[data-move=down]')!.getBoundingClientRect()
      return { right: Math.round(row.right - down.right), top: Math.round(down.top - row.top) }
    }),
  )
  expect(new Set(rows.map((r) => r.right)).size).toBe(1)
  expect(Math.max(...rows.map((r) => r.top))).toBeLessThan(12)
  await page.getByRole('button', { name: 'Check answer' }).click()
  await expect(page.locator('#feedback-heading')).toBeFocused()
  // Checked, the order can no longer move: no buttons that would do nothing.
  await expect(list.getByRole('button', { name: /^Move/ })).toHaveCount(0)
})

/** The feedback's room over its heading's words and under its last line's, and what ends it. */
async function feedbackRoom(page: Page) {
  await motionDone(page)
  return page.locator('.feedback').evaluate((box) => {
    const text = (el: Element) => {
      const range = document.createRange()
      range.selectNodeContents(el)
      return [...range.getClientRects()]
    }
    const edges = box.getBoundingClientRect()
    return {
      over: text(box.querySelector('h2')!)[0]!.top - edges.top,
      under: edges.bottom - text(box.lastElementChild!).at(-1)!.bottom,
      last: box.lastElementChild!.tagName,
    }
  })
}

// The feedback ended 37 px under its last paragraph against 24 px over its heading: the
// paragraph's own margin sat on the box's padding.
test('the feedback has as much room under its last line as over its heading', async ({ page }) => {
  await startInBankOrder(page)
  await page.getByRole('radio', { name: /Vladimir Putin/ }).check()
  await page.getByRole('button', { name: 'Check answer' }).click()
  await expect(page.getByRole('button', { name: 'Show the answer' })).toBeVisible()
  const held = await feedbackRoom(page)
  expect(held.last).toBe('P')
  expect(Math.abs(held.under - held.over), JSON.stringify(held)).toBeLessThan(3)
  await page.getByRole('button', { name: 'Show the answer' }).click()
  await expect(page.getByRole('button', { name: 'Show in the article' })).toBeVisible()
  const shown = await feedbackRoom(page)
  expect(shown.last).toBe('BUTTON')
  expect(Math.abs(shown.under - shown.over), JSON.stringify(shown)).toBeLessThan(3)
})

/**
 * The standalone controls on the page under 24 × 24 px, the least WCAG 2.5.8 asks with a mouse,
 * each as "what: width × height". A link in a sentence is exempt (its line sets its size), and a
 * radio or checkbox is measured with its label, which is its target.
 */
async function smallTargets(page: Page): Promise<string[]> {
  await motionDone(page)
  return page.evaluate(() => {
    const small: string[] = []
    for (const el of document.querySelectorAll(
      'a, button, [role=button], input, summary, select',
    )) {
      const target = el.matches('input') ? (el.closest('label, .choice') ?? el) : el
      const box = target.getBoundingClientRect()
      if (box.width === 0 || (box.width >= 24 && box.height >= 24)) continue
      const inSentence = [...(el.parentElement?.childNodes ?? [])].some(
        (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim().length > 1,
      )
      if (el.matches('a') && inSentence) continue
      const name = (el.textContent ?? '').trim().replace(/\s+/g, ' ')
      small.push(`${el.tagName} “${name}”: ${box.width} × ${box.height}`)
    }
    return small
  })
}

// "Read the article", "Edit a copy", "Share", the reader's "Back to the library" and an
// attempt's "Review" were 19–24 px tall with a mouse: 44 px only on a touch screen.
test('with a mouse every standalone link and button a student meets is at least 24 px', async ({
  page,
}) => {
  const check = async (view: string, drawn: Locator) => {
    await expect(drawn).toBeVisible()
    expect.soft(await smallTargets(page), `under 24 px on ${view}`).toEqual([])
  }
  await openApp(page)
  await check('the library', page.getByRole('link', { name: /^Share/ }).first())
  await page.getByRole('link', { name: 'Read the article' }).first().click()
  await check('the article', page.getByRole('link', { name: 'Back to the library' }))
  await startInBankOrder(page)
  await check('a question', page.getByRole('button', { name: 'Check answer' }))
  await page.getByRole('radio', { name: /Vladimir Putin/ }).check()
  await page.getByRole('button', { name: 'Check answer' }).click()
  await page.getByRole('button', { name: 'Show the answer' }).click()
  await check('the feedback', page.getByRole('button', { name: 'Show in the article' }))
  await finishQuickly(page, 'numbers-places-people')
  await check('the results', page.getByRole('button', { name: /^See the answers? to the/ }))
  await page.evaluate(() => (location.hash = '#/progress'))
  await check(
    'the progress',
    page
      .getByRole('main')
      .getByRole('link', { name: /^Review .+, / })
      .first(),
  )
})

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

  test('the options carry no keyboard digits, and no list of keyboard shortcuts is shown', async ({
    page,
  }) => {
    await startInBankOrder(page)
    const option = page.locator('fieldset.question .choice').first()
    await expect(option).toBeVisible()
    await expect(option.locator('.choice-key')).toBeHidden()
    await expect(page.getByText('Keyboard shortcuts')).toBeHidden()
  })

  test('a test’s question numbers, the article’s Close, a Review link and the selects are 44 px targets', async ({
    page,
  }) => {
    const tall = async (what: string, target: Locator) => {
      await expect(target).toBeVisible()
      // Measured still: the article's sheet slides up, and halfway its Close was 43.99999 px.
      await motionDone(page)
      const box = (await target.boundingBox())!
      expect.soft(box.height, `${what} is ${box.height} px tall`).toBeGreaterThanOrEqual(44)
    }
    await openApp(page, '#/quiz/assad-sochi-2018/dates-and-timeline')
    await page.getByRole('button', { name: /^More options/ }).click()
    await tall('Number of questions', page.getByLabel('Number of questions'))
    await page.getByRole('radio', { name: /^Test/ }).check()
    await page.getByRole('button', { name: /^Start \d+ questions$/ }).click()
    const number = page.getByRole('navigation', { name: 'Questions' }).getByRole('button').first()
    await tall('a question number', number)
    expect((await number.boundingBox())!.width).toBeGreaterThanOrEqual(44)
    await page
      .getByRole('button', { name: /Show the article|Read the article/ })
      .first()
      .click()
    await tall('Close the article', page.getByRole('button', { name: 'Close the article' }))
    await page.getByRole('button', { name: 'Close the article' }).click()
    await page.getByRole('button', { name: 'Submit test' }).click()
    await page.getByRole('button', { name: 'Submit anyway' }).click()
    await expect(page.getByText('Saved to your progress.')).toBeVisible()
    await page.evaluate(() => (location.hash = '#/progress'))
    // The attempt's own link, in the page: the header's "Review" is a link on every page, and
    // was the one measured (before Progress had even opened).
    await tall(
      'Review (an attempt)',
      page.getByRole('main').getByRole('link', { name: /^Review .+, / }),
    )
    await page.evaluate(() => (location.hash = '#/settings'))
    await tall('Remember at least', page.getByLabel('Remember at least'))
  })
})

test.describe('on a touch screen, more 44 px targets', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

  test('an ordering question’s Up and Down buttons are 44 px targets', async ({ page }) => {
    await startInBankOrder(page, 'dates-and-timeline')
    const list = page.locator('ol.ordering')
    await skipUntil(page, list)
    const heights = await list
      .getByRole('button', { name: /^Move/ })
      .evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().height))
    expect(heights.length).toBeGreaterThan(0)
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44)
  })

  // At 200 % text "↑ Up" and "↓ Down" did not fit on one line: they were stacked at the left.
  for (const [width, textSize] of [
    [390, 200],
    [320, 200],
    [390, 100],
  ] as const)
    test(`an ordering question’s Up and Down share a row at each item’s right (${width} px, ${textSize} %)`, async ({
      page,
    }) => {
      await resizeTo(page, { width, height: 844 })
      await useTextSize(page, textSize)
      await startInBankOrder(page, 'dates-and-timeline')
      const list = page.locator('ol.ordering')
      await skipUntil(page, list)
      for (const li of await list.locator('li').all()) {
        const row = (await li.boundingBox())!
        const up = (await li.locator('[data-move=up]').boundingBox())!
        const down = (await li.locator('[data-move=down]').boundingBox())!
        expect(Math.abs(up.y - down.y)).toBeLessThan(1)
        expect(up.x + up.width).toBeLessThanOrEqual(down.x)
        expect(down.x - (up.x + up.width)).toBeLessThan(12)
        expect(down.x + down.width).toBeLessThanOrEqual(row.x + row.width)
        expect(row.x + row.width - (down.x + down.width)).toBeLessThan(24)
        expect(Math.min(up.height, up.width, down.height, down.width)).toBeGreaterThanOrEqual(44)
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width)
    })

  test('the feedback ends as far under “Show in the article” as over its heading', async ({
    page,
  }) => {
    await startInBankOrder(page)
    await page.getByRole('radio', { name: /Vladimir Putin/ }).check()
    await page.getByRole('button', { name: 'Check answer' }).click()
    await page.getByRole('button', { name: 'Show the answer' }).click()
    await expect(page.getByRole('button', { name: 'Show in the article' })).toBeVisible()
    const room = await feedbackRoom(page)
    expect(room.last).toBe('BUTTON')
    expect(Math.abs(room.under - room.over), JSON.stringify(room)).toBeLessThan(3)
  })

  test('“Show in the article” in the feedback and the review, and the review’s filter', async ({
    page,
  }) => {
    const tall = async (what: string, target: Locator) => {
      await expect(target).toBeVisible()
      // Measured still, not as the feedback slides in.
      await motionDone(page)
      const box = (await target.boundingBox())!
      expect.soft(box.height, `${what} is ${box.height} px tall`).toBeGreaterThanOrEqual(44)
    }
    await startInBankOrder(page)
    await page.getByRole('radio', { name: /Vladimir Putin/ }).check()
    await page.getByRole('button', { name: 'Check answer' }).click()
    await page.getByRole('button', { name: 'Show the answer' }).click()
    await tall(
      'the feedback’s Show in the article',
      page.getByRole('button', { name: 'Show in the article' }),
    )
    await finishQuickly(page, 'numbers-places-people')
    await page.getByRole('button', { name: /^See the answers? to the/ }).click()
    await page.getByRole('button', { name: 'Open all' }).click()
    await tall(
      'the review’s Show in the article',
      page.getByRole('button', { name: /^Show in the article/ }).first(),
    )
    await tall('Only the ones I missed', page.locator('.review-filter'))
  })
})

test('with a mouse and keyboard, each option shows its digit', async ({ page }) => {
  // In the bank's order: the first question is a single choice (shuffled, it may be typed).
  await startInBankOrder(page)
  await expect(page.locator('fieldset.question .choice-key').first()).toHaveText('1')
})

test('with shortcuts off in Settings, the options show no digits, which would do nothing', async ({
  page,
}) => {
  await openApp(page, '#/settings')
  await page.getByLabel(/^Keyboard shortcuts in quizzes/).uncheck()
  await startInBankOrder(page)
  const first = page.locator('fieldset.question .choice').first()
  await expect(first).toBeVisible()
  await expect(first.locator('.choice-key')).toBeHidden()
  await page.keyboard.press('1')
  await expect(first.getByRole('radio')).not.toBeChecked()
})

for (const { width, height, textSize } of [
  { width: 320, height: 568, textSize: 100 },
  { width: 390, height: 844, textSize: 200 },
]) {
  test(`on a ${width} px phone at ${textSize} % text the verdict shows above Next stuck to the bottom, the article’s button under it in the page${textSize === 200 ? ', Next under the feedback on a 320 × 568 one' : ''}`, async ({
    page,
  }) => {
    await resizeTo(page, { width, height })
    const bank = loadBank('dates-and-timeline')
    await useTextSize(page, textSize)
    await startInBankOrder(page, 'dates-and-timeline')
    await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible()
    const q = await currentQuestion(page, bank)
    await answerWithKeyboard(page, q)
    await page.getByRole('button', { name: 'Check answer' }).click()
    const verdict = page.getByRole('heading', { name: 'Correct', exact: true })
    await expect(verdict).toBeFocused()
    const bar = page.locator('.practice-actions')
    await expect(bar).toHaveCSS('position', 'sticky')
    // Next alone sticks, a row of one button: the article's button beside it would not fit, and a
    // row each took a third of a 390 × 844 phone at 200 % text (290 px), two rows at 320 px.
    const next = page.getByRole('button', { name: 'Next question' })
    const article = page.getByRole('button', { name: 'Show the article' })
    await expect(bar.getByRole('button')).toHaveCount(1)
    const [v, b] = [(await verdict.boundingBox())!, (await bar.boundingBox())!]
    expect(b.height).toBeLessThan(height * 0.15)
    expect(v.y + v.height).toBeLessThanOrEqual(b.y)
    // By keyboard, Next and then the article's button, which is in the page under the bar.
    await next.focus()
    await page.keyboard.press('Tab')
    await expect(article).toBeFocused()
    await expect(article).toBeInViewport({ ratio: 1 })
    const [a, settled] = [(await article.boundingBox())!, (await bar.boundingBox())!]
    expect(settled.y + settled.height).toBeLessThanOrEqual(a.y)
    // The phone turned on its side has room for both: the article's button goes back beside Next,
    // and turned back it goes under the bar, keeping focus each time (it fell to the page).
    await resizeTo(page, { width: height, height: width })
    await expect(bar.getByRole('button')).toHaveCount(2)
    await expect(article).toBeFocused()
    await resizeTo(page, { width, height })
    await expect(bar.getByRole('button')).toHaveCount(1)
    await expect(article).toBeFocused()
    if (textSize < 200) return
    // On a 320 × 568 phone the two-line Next would take over a quarter of the screen and cover the
    // feedback: the bar stays in the page, under the feedback, read whole before the buttons.
    await resizeTo(page, { width: 320, height: 568 })
    await expect(bar).toHaveCSS('position', 'static')
    const feedback = page.locator('.feedback')
    await feedback.scrollIntoViewIfNeeded()
    const [f, below] = [(await feedback.boundingBox())!, (await bar.boundingBox())!]
    expect(f.y + f.height).toBeLessThanOrEqual(below.y)
  })
}

test('on a 320 px phone a long match wraps in its box, and its list is as wide as the box', async ({
  page,
}) => {
  await resizeTo(page, { width: 320, height: 700 })
  const bank = loadBank('numbers-places-people')
  const at = bank.questions.findIndex((q) => q.type === 'matching')
  const question = bank.questions[at]!
  if (question.type !== 'matching') throw new Error('no matching question')
  const long = question.pairs.map((p) => p.right).sort((a, b) => b.length - a.length)[0]!
  await openApp(page, '#/quiz/assad-sochi-2018/numbers-places-people')
  await page.getByRole('radio', { name: /^Test/ }).check()
  await startInBankOrder(page, 'numbers-places-people')
  await page.getByRole('button', { name: `Question ${at + 1}, left blank` }).click()
  await expect(page.getByText(`Question ${at + 1} of ${bank.questions.length}`)).toBeVisible()
  const select = page.locator('fieldset.question select').first()
  await select.selectOption(long)
  // All of it in view: the box grows a line instead of cutting the words off at its edge.
  const fits = await select.evaluate((el) => el.scrollWidth <= el.clientWidth)
  expect(fits).toBe(true)
  const box = (await select.boundingBox())!
  await select.click()
  const option = select.locator('option', { hasText: long })
  await expect(option).toBeVisible()
  const listed = (await option.boundingBox())!
  expect(listed.x).toBeGreaterThanOrEqual(box.x - 1)
  expect(listed.x + listed.width).toBeLessThanOrEqual(box.x + box.width + 1)
})

test("on a first visit, More options' number of questions is drawn as the quiz's other selects", async ({
  page,
}) => {
  await openApp(page, '#/quiz/assad-sochi-2018/who-said-what')
  await page.getByRole('button', { name: /^More options/ }).click()
  const count = page.getByLabel('Number of questions')
  // The customizable select with the app's border, not the browser's grey default.
  await expect(count).toHaveCSS('appearance', 'base-select')
  await count.selectOption('5')
  await expect(page.getByRole('button', { name: 'Start 5 questions' })).toBeVisible()
})

test('in a test the navigator ticks an answered number, so colour is not all that tells it', async ({
  page,
}) => {
  await openApp(page, '#/quiz/assad-sochi-2018/who-said-what')
  await page.getByRole('radio', { name: /^Test/ }).check()
  await page.getByLabel('Shuffle the questions').uncheck()
  await page.getByRole('button', { name: /^Start \d+ questions$/ }).click()
  await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible()
  await page.locator('fieldset.question input[type="radio"]').first().check()
  const nav = page.getByRole('navigation', { name: 'Questions' })
  const answered = nav.getByRole('button', { name: 'Question 1, answered' })
  const unanswered = nav.getByRole('button', { name: 'Question 2, left blank' })
  const tick = (button: Locator) => button.evaluate((el) => getComputedStyle(el, '::after').content)
  for (const forcedColors of ['none', 'active'] as const) {
    await page.emulateMedia({ forcedColors })
    await expect.poll(() => tick(answered)).toBe('"✓"')
    expect(await tick(unanswered)).toBe('none')
  }
})

// In lines of two, 17 numbers at 200 % text on a 320 px phone took 9 rows (880 px): the question
// started two screens down.
test('at 320 px and 200 % text the navigator is one row that scrolls, the question under it, the current number in view', async ({
  page,
}) => {
  await resizeTo(page, { width: 320, height: 800 })
  await useTextSize(page, 200)
  await openApp(page, '#/quiz/assad-sochi-2018/who-said-what')
  await page.getByRole('radio', { name: /^Test/ }).check()
  await startInBankOrder(page)
  const nav = page.getByRole('navigation', { name: 'Questions' })
  const row = nav.getByRole('list')
  const rowsOf = () =>
    nav.evaluate((el) => new Set([...el.querySelectorAll('button')].map((b) => b.offsetTop)).size)
  expect(await rowsOf()).toBe(1)
  await expect(page.locator('fieldset.question legend')).toBeInViewport()
  // Its end fades: more numbers are beyond it.
  await expect(row).not.toHaveCSS('mask-image', 'none')

  /** Whether the current number is whole in the row's visible box. */
  const currentInView = () =>
    row.evaluate((ol) => {
      const box = ol.getBoundingClientRect()
      const at = ol.querySelector('[aria-current]')!.getBoundingClientRect()
      return at.left >= box.left && at.right <= box.right
    })
  for (let n = 2; n <= 9; n++) {
    await page.getByRole('button', { name: 'Next', exact: true }).click()
    await expect(page.getByText(`Question ${n} of 17`)).toBeVisible()
    await expect.poll(currentInView).toBe(true)
  }
  // Back half-way after a reload, its number is in view as well.
  await page.reload()
  await page.getByRole('button', { name: 'Resume' }).click()
  await expect(page.getByText('Question 9 of 17')).toBeVisible()
  await expect.poll(currentInView).toBe(true)

  // A wide screen keeps the grid, every number in sight.
  await resizeTo(page, { width: 1280, height: 800 })
  await expect.poll(rowsOf).toBeGreaterThan(1)
  await expect(row).toHaveCSS('mask-image', 'none')
})

test('in a test the navigator marks a matching question half done "partly answered", as the hand-in dialog counts it', async ({
  page,
}) => {
  const bank = loadBank('numbers-places-people')
  const at = bank.questions.findIndex((q) => q.type === 'matching')
  const question = bank.questions[at]!
  if (question.type !== 'matching') throw new Error('no matching question')
  await openApp(page, '#/quiz/assad-sochi-2018/numbers-places-people')
  await page.getByRole('radio', { name: /^Test/ }).check()
  await startInBankOrder(page, 'numbers-places-people')
  const nav = page.getByRole('navigation', { name: 'Questions' })
  await nav.getByRole('button', { name: `Question ${at + 1}, left blank` }).click()
  await expect(page.getByText(`Question ${at + 1} of ${bank.questions.length}`)).toBeVisible()
  await page.locator('fieldset.question select').first().selectOption(question.pairs[0]!.right)
  const partly = nav.getByRole('button', { name: `Question ${at + 1}, partly answered` })
  await expect(partly).toBeVisible()
  // Its own mark, not the answered tick nor colour alone: a half-filled circle and a dashed edge,
  // in both themes and in forced colours (which keep the symbol and the border's style).
  const mark = () => partly.evaluate((el) => getComputedStyle(el, '::after').content)
  for (const [colorScheme, forcedColors] of [
    ['light', 'none'],
    ['dark', 'none'],
    ['light', 'active'],
  ] as const) {
    await page.emulateMedia({ colorScheme, forcedColors })
    await expect.poll(mark).toBe('"◐"')
    await expect(partly).toHaveCSS('border-top-style', 'dashed')
  }
  await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' })
  await page.getByRole('button', { name: 'Submit test' }).click()
  await expect(page.getByRole('dialog')).toContainText(
    'the one you partly answered earns marks for the parts you did',
  )
})

test('in forced colours the progress bar under "Question N of M" still shows how far along', async ({
  page,
}) => {
  await page.emulateMedia({ forcedColors: 'active' })
  await startInBankOrder(page)
  // It fills as questions are answered: one checked, one of 17 drawn.
  await page.locator('fieldset.question .choice').first().click()
  await page.getByRole('button', { name: 'Check answer' }).click()
  await expect(page.getByRole('progressbar', { name: 'Answered' })).toHaveAttribute(
    'aria-valuetext',
    /^1 of \d+$/,
  )
  const bar = (await page.locator('.quiz-bar').boundingBox())!
  // Its filled start against the page just above it: a bar of one colour with the page is gone.
  const middle = bar.y + bar.height / 2
  const filled = await colourAt(page, bar.x + 4, middle)
  expect(filled).not.toBe(await colourAt(page, bar.x + 4, bar.y - 4))
  expect(filled).not.toBe(await colourAt(page, bar.x + bar.width - 8, middle))
})

test('a paused timed test hides its questions and the article until Resume', async ({ page }) => {
  await resizeTo(page, { width: 1280, height: 800 })
  const bank = loadBank('dates-and-timeline')
  await openApp(page, '#/quiz/assad-sochi-2018/dates-and-timeline')
  await page.getByRole('radio', { name: /^Test/ }).check()
  await page.getByRole('button', { name: /^More options/ }).click()
  await page.getByRole('checkbox', { name: 'Time limit' }).check()
  await page.getByRole('button', { name: /^Start \d+ questions$/ }).click()
  await expect(page.getByText(`Question 1 of ${bank.questions.length}`)).toBeVisible()
  const question = await currentQuestion(page, bank)
  await answerWithKeyboard(page, question)
  // The question's legend (a true/false one starts with "True or false?").
  const prompt = page.locator('main legend').filter({ hasText: question.prompt })
  const article = page.getByRole('complementary')
  await expect(prompt).toBeVisible()
  await expect(article).toBeVisible()

  await page.getByRole('button', { name: 'Pause' }).click()
  // A break, not time to read: the question, the palette and the article go, the clock stops.
  await expect(page.getByRole('heading', { name: 'Paused' })).toBeVisible()
  await expect(prompt).toHaveCount(0)
  await expect(page.getByRole('navigation', { name: 'Questions' })).toHaveCount(0)
  await expect(article).toHaveCount(0)
  const resume = page.getByRole('button', { name: 'Resume' })
  await expect(resume).toBeFocused()
  await page.keyboard.press('Enter')
  // Back as it was, the answer given still there.
  await expect(prompt).toBeVisible()
  await expect(article).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Paused' })).toHaveCount(0)
  await expect(page.getByText(`Test · ${bank.questions.length - 1} left blank`)).toBeVisible()
})

/**
 * A timed test of "Who said what" in the bank's order, on its ordering question (the 16th), which
 * is long enough to scroll on any screen; returns the time left, once it shows.
 */
async function timedTestAtItsOrderingQuestion(page: Page): Promise<Locator> {
  await openApp(page, '#/quiz/assad-sochi-2018/who-said-what')
  await page.getByRole('radio', { name: /^Test/ }).check()
  await page.getByLabel('Shuffle the questions').uncheck()
  await page.getByRole('button', { name: /^More options/ }).click()
  await page.getByRole('checkbox', { name: 'Time limit' }).check()
  await page.getByRole('button', { name: /^Start \d+ questions$/ }).click()
  await page.getByRole('button', { name: /^Question 16,/ }).click()
  await expect(page.locator('fieldset.question .order-item')).toHaveCount(6)
  const timeLeft = page.locator('.quiz-timer')
  await expect(timeLeft).toContainText(/Time left: \d+:\d\d/)
  return timeLeft
}

// A phone, and the same at twice the text size: the ordering question is several screens long.
for (const textSize of [100, 200]) {
  test(`a timed test keeps the time left in view down a long question, and focus out from under it (${textSize} %)`, async ({
    page,
  }) => {
    await resizeTo(page, { width: 390, height: 844 })
    await useTextSize(page, textSize)
    const timeLeft = await timedTestAtItsOrderingQuestion(page)

    // Down to the end of the page, under the question's buttons: the time left is still on the
    // screen, at its top.
    const submit = page.getByRole('button', { name: 'Submit test' })
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    await expect(submit).toBeInViewport()
    await expect(timeLeft).toBeInViewport()
    const pill = (await timeLeft.boundingBox())!
    expect(pill.y).toBeGreaterThanOrEqual(0)
    expect(pill.y).toBeLessThanOrEqual(16)

    // Back up with the keyboard to the question numbers: whatever the focus reaches is scrolled
    // into view below the time left, never under it.
    await submit.focus()
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Shift+Tab')
      const focused = await page.evaluate(() => document.activeElement!.getBoundingClientRect().top)
      const now = (await timeLeft.boundingBox())!
      expect(focused, `focus ${i + 1} below the time left`).toBeGreaterThanOrEqual(
        now.y + now.height,
      )
      if (
        await page
          .getByRole('button', { name: /^Question 1,/ })
          .evaluate((el) => el === document.activeElement)
      )
        break
    }
    // Not said every second: the time left is no live region.
    expect(await timeLeft.evaluate((el) => el.closest('[aria-live]'))).toBeNull()
  })

  // In the dark at twice the text size, in the light at the usual size.
  // And a tablet, the article not beside: there the bar is drawn once the pill sticks. And a wide
  // screen, the article beside the quiz (2048 px at 200 % text): the bar is the quiz column's.
  const width = textSize === 100 ? [390, 800, 1280] : [390, 2048]
  const named = (w: number) =>
    w === 390 ? 'on a phone' : w === 800 ? 'at 800 px' : `at ${w} px beside the article`
  for (const w of width)
    test(`a timed test ${named(w)} shows nothing half-hidden beside the time left (${textSize} %)`, async ({
      page,
    }) => {
      await resizeTo(page, { width: w, height: w > 800 ? 800 : 844 })
      await page.emulateMedia({
        colorScheme: (textSize === 200) === (w !== 800) ? 'dark' : 'light',
      })
      await useTextSize(page, textSize)
      const timeLeft = await timedTestAtItsOrderingQuestion(page)
      const article = page.getByRole('complementary', { name: 'The article' })
      if (w > 800) await expect(article).toBeVisible()

      // The progress line ("Question 16 of 17 … Test · 17 left blank") scrolled up to the time left,
      // which sticks: it used to show beside the pill, cut through; the pill's row is paper now.
      const progress = page.locator('.quiz-progress')
      const row = await page.evaluate(() => {
        const timer = document.querySelector('.quiz-timer')!
        const pill = timer.getBoundingClientRect()
        const line = document.querySelector('.quiz-progress')!.getBoundingClientRect()
        // Where the pill sticks, 2 px into it.
        window.scrollBy(0, line.top - parseFloat(getComputedStyle(timer).top) - 2)
        const paper = getComputedStyle(document.documentElement).getPropertyValue('--paper').trim()
        // The quiz's column: the screen, or beside the article the column left of it.
        const column = document.querySelector('.reading-main')!.getBoundingClientRect()
        return { paper, right: pill.right, end: Math.min(column.right, window.innerWidth) }
      })
      // The progress line is in the pill's row, behind it (once the scroll has happened).
      const inRow = async () => {
        const [pill, line] = [(await timeLeft.boundingBox())!, (await progress.boundingBox())!]
        return line.y < pill.y + pill.height && line.y + line.height > pill.y
      }
      await expect.poll(inRow).toBe(true)
      const pill = (await timeLeft.boundingBox())!
      expect(pill.y).toBeLessThanOrEqual(16)
      // The row beside the pill, from the top of the screen to the room left under it, clear of
      // the pill's own shadow.
      const shot = await page.screenshot({
        clip: {
          x: row.right + 16,
          y: 0,
          width: (w > 800 ? row.end : w) - row.right - 16,
          height: pill.y + pill.height + 6,
        },
      })
      const colours = await distinctColours(page, shot)
      expect(colours).toEqual([row.paper])
      if (w > 800) {
        // The article beside keeps its top: its bar and Close button are not painted over.
        const close = article.getByRole('button', { name: /Close the article/ })
        const box = (await close.boundingBox())!
        expect(box.y).toBeLessThan(pill.y + pill.height + 6)
        const top = await distinctColours(
          page,
          await page.screenshot({ clip: { x: box.x, y: box.y, width: box.width, height: 4 } }),
        )
        expect(top).not.toEqual([row.paper])
      }
    })
}

/**
 * How many lines the words seen in `box` take: a screen reader's words, clipped to a pixel, are
 * not seen. Pieces of text that overlap from top to bottom share a line.
 */
async function linesSeen(box: Locator): Promise<number> {
  return box.evaluate((el) => {
    const rects: DOMRect[] = []
    const texts = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
      const parent = node.parentElement!
      if (!parent.checkVisibility() || parent.closest('.visually-hidden')) continue
      const range = document.createRange()
      range.selectNodeContents(node)
      rects.push(...[...range.getClientRects()].filter((r) => r.width > 0))
    }
    rects.sort((a, b) => a.top - b.top)
    let lines = 0
    let bottom = -Infinity
    for (const r of rects) {
      // Below all the text before it (glyph boxes of two lines may touch).
      if (r.top >= bottom - 2) lines++
      bottom = Math.max(bottom, r.bottom)
    }
    return lines
  })
}

// The narrowest phone and a common one, at twice the text size: the page is 9 to 11 em wide.
for (const width of [320, 390])
  test(`at ${width} px and 200 % text the time left reads on one line, paused too, its clock whole`, async ({
    page,
  }) => {
    await resizeTo(page, { width, height: 844 })
    await useTextSize(page, 200)
    const timeLeft = await timedTestAtItsOrderingQuestion(page)
    const icon = timeLeft.locator('svg')
    for (const state of ['running', 'paused']) {
      if (state === 'paused') {
        await page.getByRole('button', { name: 'Pause' }).click()
        await expect(page.getByRole('heading', { name: 'Paused' })).toBeVisible()
      }
      // "Time left: 10:00" took two lines in the pill, "10:00 (paused)" under "Time left:".
      expect(await linesSeen(timeLeft), `the time left, ${state}`).toBe(1)
      await expect(timeLeft).toHaveText(/\d+:\d\d left/, { useInnerText: true })
      const clock = (await icon.boundingBox())!
      expect(clock.width, `the clock, ${state}`).toBeCloseTo(clock.height, 0)
    }
  })

/** The colours (as #rrggbb) of a PNG screenshot, decoded in a blank page of the same browser. */
async function distinctColours(page: Page, png: Buffer): Promise<string[]> {
  const blank = await page.context().newPage()
  const found = await blank.evaluate(async (b64) => {
    const img = new Image()
    img.src = `data:image/png;base64,${b64}`
    await img.decode()
    const canvas = document.createElement('canvas')
    canvas.width = img.width
    canvas.height = img.height
    const context = canvas.getContext('2d')!
    context.drawImage(img, 0, 0)
    const data = context.getImageData(0, 0, img.width, img.height).data
    const seen = new Set<string>()
    for (let i = 0; i < data.length; i += 4) {
      const hex = [data[i]!, data[i + 1]!, data[i + 2]!]
        .map((v) => v.toString(16).padStart(2, '0'))
        .join('')
      seen.add(`#${hex}`)
    }
    return [...seen]
  }, png.toString('base64'))
  await blank.close()
  return found
}
