import { expect, test, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import type { Passage } from '../../src/domain/bank/schema.ts'
import { sentencesOf } from '../../src/domain/studio/sentences.ts'
import { expectNoAxeViolations, openApp, resizeTo, saveOwnCopy, tabTo } from './helpers.ts'
import { useTextSize } from './tour.ts'

const passage = JSON.parse(
  readFileSync('questions/assad-sochi-2018/passage.json', 'utf8'),
) as Passage
const sentences = sentencesOf(passage.paragraphs).flat()

/** Types into the field labelled `label` (within `scope`) after giving it focus. */
async function typeInto(page: Page, field: ReturnType<Page['getByLabel']>, text: string) {
  await field.focus()
  await page.keyboard.type(text)
}

/** Picks sentence `index` of the article for the question whose pick button is `pick`. */
async function pickSentence(page: Page, pick: ReturnType<Page['getByRole']>, index: number) {
  await pick.focus()
  await page.keyboard.press('Enter')
  const list = page.getByRole('listbox', { name: /Sentences of the article/ })
  await expect(list).toBeFocused()
  await page.keyboard.press('Home')
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(list.getByRole('option', { name: sentences[index]!.text })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  await page.keyboard.press('Escape')
}

test.describe('a teacher in the studio', () => {
  test('writes a set with the keyboard, picks evidence in the article, saves and plays it', async ({
    page,
  }) => {
    await page.goto('./#/studio/new/assad-sochi-2018')
    await expect(page.getByRole('heading', { level: 1, name: 'New question set' })).toBeVisible()
    await typeInto(page, page.getByLabel('Title', { exact: true }), 'My Sochi set')

    // Question 1: single choice.
    const q1 = page.getByRole('region', { name: 'Question 1', exact: true })
    await typeInto(page, q1.getByLabel('Question', { exact: true }), 'Where did Assad fly to?')
    await typeInto(page, q1.getByLabel('Option 1', { exact: true }), 'Sochi')
    await typeInto(page, q1.getByLabel('Option 2', { exact: true }), 'Minsk')
    await q1.getByLabel('Option 1 is the right answer').focus()
    await page.keyboard.press('Space')
    const sochi = sentences.findIndex((s) => /Sochi/.test(s.text))
    await pickSentence(page, q1.getByRole('button', { name: /evidence/ }), sochi)
    await expect(q1.locator('blockquote')).toHaveText(sentences[sochi]!.text)

    // Question 2: true/false, added from the keyboard.
    const type = page.getByLabel('New question type')
    await type.focus()
    await type.selectOption('truefalse')
    await tabTo(page, page.getByRole('button', { name: 'Add a question' }))
    await page.keyboard.press('Enter')
    const q2 = page.getByRole('region', { name: 'Question 2', exact: true })
    await expect(q2.getByLabel('Statement')).toBeFocused()
    await page.keyboard.type('Assad flew to Sochi.')
    await q2.getByLabel('True', { exact: true }).focus()
    await page.keyboard.press('Space')
    // Picked the later sentence first, the evidence still reads in the article's order.
    const later = sochi + 2
    await pickSentence(page, q2.getByRole('button', { name: /evidence/ }), later)
    await pickSentence(page, q2.getByRole('button', { name: /evidence/ }), sochi)
    await expect(q2.locator('blockquote')).toHaveText([
      sentences[sochi]!.text,
      sentences[later]!.text,
    ])

    await expect(page.getByText('No problems')).toBeVisible()
    await expectNoAxeViolations(page, 'set editor')
    await tabTo(page, page.getByRole('button', { name: 'Save to my library' }).first())
    await page.keyboard.press('Enter')
    await expect(page.getByText('Saved to your library.')).toBeVisible()
    await expect(page).toHaveURL(/#\/studio\/edit\/assad-sochi-2018\/my-sochi-set/)

    // Play it to 100 %.
    await page.getByRole('link', { name: 'Play it' }).press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: 'My Sochi set' })).toBeVisible()
    await page.getByRole('button', { name: /^Start 2 questions$/ }).press('Enter')
    for (let i = 1; i <= 2; i++) {
      await expect(page.getByText(`Question ${i} of 2`)).toBeVisible()
      const legend = await page.locator('fieldset.question legend').innerText()
      const right = /Where did Assad fly/.test(legend) ? 'Sochi' : 'True'
      await page.getByRole('radio', { name: right }).focus()
      await page.keyboard.press('Space')
      await page.keyboard.press('Enter')
      await expect(page.getByRole('heading', { name: 'Correct', exact: true })).toBeFocused()
      await page.keyboard.press('Enter')
    }
    await expect(page.locator('.result-score')).toHaveText('100%')

    // Still there after a reload, with the "yours" badge in the library.
    await page.goto('./')
    await page.reload()
    const mine = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: /My Sochi set/ }) })
    await expect(mine.getByText('yours', { exact: true })).toBeVisible()
    await expectNoAxeViolations(page, 'library with a set of yours')

    // Opened straight from a bookmark or a reload, the pages that list or print sets have it too.
    await page.goto('./#/print/assad-sochi-2018/my-sochi-set')
    await page.reload()
    await expect(
      page.getByRole('heading', { level: 1, name: 'Print “My Sochi set”' }),
    ).toBeVisible()
    await page.goto('./#/classroom')
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: 'Classroom' })).toBeVisible()
    await expect(
      page.getByRole('button', { name: 'Download for Moodle (GIFT) — My Sochi set' }),
    ).toBeVisible()
  })

  test('the keyboard never puts focus under the editor’s toolbar, which sticks only beside the article', async ({
    page,
  }) => {
    await resizeTo(page, { width: 1280, height: 800 })
    await page.goto('./#/studio/edit/assad-sochi-2018/who-said-what')
    const toolbar = page.locator('.editor-toolbar')
    await expect(page.getByRole('complementary', { name: 'The article' })).toBeVisible()
    await expect(toolbar).toHaveCSS('position', 'sticky')
    // Backwards from the end of a long set: every control the keyboard reaches is in view, below
    // the toolbar, not under it.
    await page.getByRole('button', { name: 'Save to my library' }).last().focus()
    const hidden: string[] = []
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Shift+Tab')
      const under = await page.evaluate(() => {
        const focused = document.activeElement as HTMLElement
        const bar = document.querySelector('.editor-toolbar')!
        if (bar.contains(focused) || focused === document.body) return null
        const f = focused.getBoundingClientRect()
        return f.top < bar.getBoundingClientRect().bottom ? focused.outerHTML.slice(0, 80) : null
      })
      if (under) hidden.push(under)
    }
    expect(hidden).toEqual([])
    // On a phone the toolbar scrolls away with the page instead of taking a fifth of the window.
    await resizeTo(page, { width: 390, height: 844 })
    await expect(toolbar).toHaveCSS('position', 'static')
    // And an option's text has its row to itself, "Right" and the buttons under it.
    const option = page.getByLabel('Option 1', { exact: true }).first()
    const list = page.locator('.list-editor').filter({ has: option }).first()
    await expect
      .poll(async () => (await option.boundingBox())!.width / (await list.boundingBox())!.width)
      .toBeGreaterThan(0.9)
    // Tab goes down the card as it reads: from the right option's text to its “Right” under it
    // (it went to “Right” first, then back up to the text).
    const right = page.locator('.edit-row:has(.right-tick :checked)').first()
    const [text, tick] = [right.locator('.form-input'), right.locator('.right-tick input')]
    await text.focus()
    await page.keyboard.press('Tab')
    await expect(tick).toBeFocused()
    expect((await tick.boundingBox())!.y).toBeGreaterThan((await text.boundingBox())!.y)
    // A question's box shows all of it: at two rows it showed “Who said that stability is
    // improving / and that this opens the doors to the”, the rest out of sight.
    const prompt = page
      .getByRole('region', { name: 'Question 1', exact: true })
      .getByLabel('Question', { exact: true })
    await expect
      .poll(() => prompt.evaluate((el) => el.scrollHeight - el.clientHeight))
      .toBeLessThanOrEqual(1)
    expect(await prompt.evaluate((el) => el.clientHeight)).toBeGreaterThan(60)
  })

  test('beside the form only the sentences scroll; on a phone a pair’s sides and a quote take the card’s width', async ({
    page,
  }) => {
    await resizeTo(page, { width: 1280, height: 600 })
    await page.goto('./#/studio/edit/assad-sochi-2018/who-said-what')
    await page
      .getByRole('button', { name: /evidence/ })
      .first()
      .click()
    const list = page.getByRole('listbox', { name: /Sentences of the article/ })
    await expect(list).toBeVisible()
    const scrolls = (selector: string) =>
      page.locator(selector).evaluate((el) => el.scrollHeight > el.clientHeight + 1)
    // One scrollbar, the list's: not a scrolling list inside a scrolling column.
    expect(await scrolls('.editor-article .sentence-list')).toBe(true)
    expect(await scrolls('.editor-article')).toBe(false)

    await resizeTo(page, { width: 390, height: 844 })
    const matching = page.locator('.question-editor').filter({ has: page.locator('.pair-row') })
    const left = matching.getByLabel('Pair 1, left side')
    const right = matching.getByLabel('Pair 1, right side')
    await expect
      .poll(async () => (await right.boundingBox())!.y - (await left.boundingBox())!.y)
      .toBeGreaterThan(20)
    const [l, r] = [(await left.boundingBox())!, (await right.boundingBox())!]
    expect(Math.abs(l.width - r.width)).toBeLessThan(2)
    // An evidence quote is as wide as its list, its buttons under it.
    const quote = page.locator('.edit-row > blockquote').first()
    const quotes = page.locator('.edit-list').filter({ has: quote }).first()
    await expect
      .poll(async () => (await quote.boundingBox())!.width / (await quotes.boundingBox())!.width)
      .toBeGreaterThan(0.9)

    // At 200 % text an option's text box, its “Right” and its buttons stay inside its card, and
    // “Right” reads on one line: they had run 7 px past the screen, “Ri / gh / t” a letter or two
    // a line and “Remove option 1” cut at the edge.
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'))
    const option = page
      .locator('.edit-list li')
      .filter({ has: page.locator('.right-tick') })
      .first()
    const inside = () =>
      option.evaluate((li) => {
        const card = li.getBoundingClientRect()
        const parts = li.querySelectorAll('.form-input, .right-tick, .item-buttons button')
        return [...parts].every((el) => {
          const r = el.getBoundingClientRect()
          return r.left >= card.left - 0.5 && r.right <= card.right + 0.5
        })
      })
    await expect.poll(inside).toBe(true)
    const tick = option.locator('.right-tick span')
    const oneLine = await tick.evaluate(
      (el) => el.getBoundingClientRect().height < 2 * parseFloat(getComputedStyle(el).fontSize),
    )
    expect(oneLine).toBe(true)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    // A question's “Type” reads on one line and its list stays in the card: it read “T / y / p /
    // e”, a letter a line, the list running past the card's edge.
    const head = page.locator('.question-editor').first()
    const typeWord = head.locator('.question-editor-head label')
    await typeWord.scrollIntoViewIfNeeded()
    expect(
      await typeWord.evaluate(
        (el) => el.getBoundingClientRect().height < 2 * parseFloat(getComputedStyle(el).fontSize),
      ),
    ).toBe(true)
    expect(
      await head.evaluate(
        (card) =>
          card.querySelector('.question-editor-head select')!.getBoundingClientRect().right <=
          card.getBoundingClientRect().right + 0.5,
      ),
    ).toBe(true)
    // An accepted answer's or an item's text box takes its list's width, its buttons under it:
    // beside them it was 59 px, two characters of what the teacher types.
    const item = page.locator('.edit-list:not(:has(.right-tick)) .edit-row > .form-input').first()
    await item.scrollIntoViewIfNeeded()
    await expect
      .poll(async () =>
        item.evaluate(
          (el) => el.getBoundingClientRect().width / el.closest('.edit-list')!.clientWidth,
        ),
      )
      .toBeGreaterThan(0.9)
  })

  test('on a 320 px phone at 200 % text a question’s lists stay inside its card', async ({
    page,
  }) => {
    await resizeTo(page, { width: 320, height: 640 })
    await useTextSize(page, 200)
    await page.goto('./#/studio/new/assad-sochi-2018')
    const q1 = page.getByRole('region', { name: 'Question 1', exact: true })
    await q1.getByText('Explanation, topics and difficulty').click()
    const lists = [q1.getByLabel('Type', { exact: true }), q1.getByLabel(/^Difficulty/)]
    // Each at most as wide as the question's own box: they were 8rem at least, 256 px at 200 %
    // text, running 14 px past the card's edge.
    const field = (await q1.getByLabel('Question', { exact: true }).boundingBox())!
    for (const list of lists) {
      await expect(list).toBeVisible()
      const box = (await list.boundingBox())!
      expect(box.x + box.width).toBeLessThanOrEqual(field.x + field.width + 0.5)
    }
  })

  test('on a 320 px phone at 200 % text an option’s and a pair’s buttons stay inside their card', async ({
    page,
  }) => {
    await resizeTo(page, { width: 320, height: 640 })
    await useTextSize(page, 200)
    await page.goto('./#/studio/edit/assad-sochi-2018/who-said-what')
    await expect(page.getByRole('button', { name: 'Remove pair 1' }).first()).toBeVisible()
    // “Remove” goes under “Move”: in one row an option's ran 3 px past its card, a pair's 14 px.
    const outside = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('.edit-list li .item-buttons button')].flatMap((b) => {
          const [box, card] = [b.getBoundingClientRect(), b.closest('li')!.getBoundingClientRect()]
          return box.right > card.right + 0.5 ? [b.textContent] : []
        }),
      )
    await expect.poll(outside).toEqual([])
  })

  test('marking an option right does not move its text box', async ({ page }) => {
    await resizeTo(page, { width: 1280, height: 800 })
    await page.goto('./#/studio/new/assad-sochi-2018')
    const q1 = page.getByRole('region', { name: 'Question 1', exact: true })
    const text = q1.getByLabel('Option 1', { exact: true })
    await expect(text).toBeVisible()
    // Across the row only: checking may scroll the page.
    const across = async () => {
      const box = (await text.boundingBox())!
      return { x: box.x, width: box.width }
    }
    const before = await across()
    const tick = q1.getByLabel('Option 1 is the right answer')
    await tick.check()
    await expect(tick).toBeChecked()
    await expect(q1.locator('.right-tick').first()).toHaveCSS('font-weight', '600')
    expect(await across()).toEqual(before)
  })

  test('a click that leaves a question with mistakes does what it says, then shows them', async ({
    page,
  }) => {
    await resizeTo(page, { width: 1280, height: 800 })
    await page.goto('./#/studio/new/assad-sochi-2018')
    const q1 = page.getByRole('region', { name: 'Question 1' })
    await q1.getByLabel('Question', { exact: true }).fill('Where did Assad fly to?')
    await q1.getByLabel('Option 2', { exact: true }).fill('Sochi')
    await expect(q1.getByLabel('Option 2', { exact: true })).toBeFocused()
    // The first question's errors appear above the button as the click leaves the question.
    await page.getByRole('button', { name: 'Add a question' }).click()
    await expect(page.getByRole('region', { name: 'Question 2', exact: true })).toBeVisible()
    await expect(q1.getByText('Choose the right answer')).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Questions (2)' })).toBeVisible()
  })

  test('Ctrl+Z in a question it takes away puts the keyboard on the question before, not the page', async ({
    page,
  }) => {
    await page.goto('./#/studio/new/assad-sochi-2018')
    const q1 = page.getByRole('region', { name: 'Question 1', exact: true })
    await typeInto(page, q1.getByLabel('Question', { exact: true }), 'Where did Assad fly to?')
    await tabTo(page, page.getByRole('button', { name: 'Add a question' }))
    await page.keyboard.press('Enter')
    const q2 = page.getByRole('region', { name: 'Question 2', exact: true })
    await expect(q2.getByLabel('Question', { exact: true })).toBeFocused()
    await page.keyboard.press('Control+z')
    await expect(q2).toHaveCount(0)
    await expect(q1).toBeFocused()
    await page.keyboard.press('Control+Shift+z')
    await expect(q2).toBeVisible()
    await expect(q1).toBeFocused()
  })

  // On a phone the new question's box came to the screen's top edge alone: its label
  // (“Statement”), its heading and its type were above the screen.
  test('on a phone a question added with the keyboard shows its heading and its field’s label with the focus', async ({
    page,
  }) => {
    await resizeTo(page, { width: 390, height: 844 })
    await page.goto('./#/studio/new/assad-sochi-2018')
    const q1 = page.getByRole('region', { name: 'Question 1', exact: true })
    await typeInto(page, q1.getByLabel('Question', { exact: true }), 'Where did Assad fly to?')
    await page.getByLabel('New question type').selectOption('truefalse')
    await tabTo(page, page.getByRole('button', { name: 'Add a question' }))
    await page.keyboard.press('Enter')
    const q2 = page.getByRole('region', { name: 'Question 2', exact: true })
    await expect(q2.getByLabel('Statement')).toBeFocused()
    await expect(q2.getByRole('heading', { name: 'Question 2', exact: true })).toBeInViewport()
    await expect(q2.getByText('Statement', { exact: true })).toBeInViewport()
    await expect(q2.getByLabel('Statement')).toBeInViewport({ ratio: 1 })
  })

  test('on a phone a new set’s article stays closed until asked, and the keyboard goes into it and back', async ({
    page,
  }) => {
    await resizeTo(page, { width: 390, height: 844 })
    await page.goto('./#/studio/new/assad-sochi-2018')
    // Exact: the article under it is a region "…Pick evidence for question 1".
    const q1 = page.getByRole('region', { name: 'Question 1', exact: true })
    const list = page.getByRole('listbox', { name: /Sentences of the article/ })
    // Under question 1 the form goes on: the article took a screen and a half there before.
    await expect(q1.getByLabel('Question', { exact: true })).toBeVisible()
    await expect(list).toHaveCount(0)
    const add = page.getByRole('button', { name: 'Add a question' })
    const gap = (await add.boundingBox())!.y - (await q1.boundingBox())!.y
    expect(gap).toBeLessThan((await q1.boundingBox())!.height + 200)

    const pick = q1.getByRole('button', { name: 'Pick evidence in the article' })
    await expect(pick).toHaveAttribute('aria-expanded', 'false')
    await pickSentence(page, pick, 0)
    // Esc: closed, the quote in the question, the keyboard on the button that opened it.
    await expect(list).toHaveCount(0)
    await expect(q1.locator('blockquote')).toHaveText(sentences[0]!.text)
    await expect(pick).toBeFocused()

    // Open, then closed with its own button.
    await page.keyboard.press('Enter')
    await expect(list).toBeFocused()
    const close = q1.getByRole('button', { name: 'Close the article', exact: true })
    await expect(close).toHaveAttribute('aria-expanded', 'true')
    await close.focus()
    await page.keyboard.press('Enter')
    await expect(list).toHaveCount(0)
    await expect(pick).toBeFocused()

    // Wide, the article is beside the form, adding to question 1.
    await resizeTo(page, { width: 1280, height: 800 })
    const panel = page.getByRole('complementary', { name: 'The article' })
    await expect(panel.getByRole('listbox', { name: /Sentences of the article/ })).toBeVisible()
    await expect(
      q1.getByRole('button', { name: 'Picking evidence for this question' }),
    ).toHaveAttribute('aria-pressed', 'true')
  })

  test('beside the form the article adds evidence to the question being worked on, and follows it when moved', async ({
    page,
  }) => {
    await resizeTo(page, { width: 1280, height: 800 })
    await page.goto('./#/studio/edit/assad-sochi-2018/who-said-what')
    const q5 = page.getByRole('region', { name: 'Question 5', exact: true })
    const prompt = (await q5.getByLabel(/^(Question|Statement)$/).inputValue()).trim()
    const panel = page.getByRole('complementary', { name: 'The article' })
    const list = panel.getByRole('listbox', { name: /Sentences of the article/ })

    // Working on question 5 (nothing pressed but its field): a click in the article adds there.
    await q5.getByLabel(/^(Question|Statement)$/).click()
    await expect(panel.getByRole('heading', { level: 2 })).toContainText(
      `Pick evidence for question 5: “${prompt.slice(0, 20)}`,
    )
    const quotes = await q5.locator('blockquote').allInnerTexts()
    const free = sentences.filter((s) => !quotes.includes(s.text))
    await list.getByRole('option', { name: free[0]!.text, exact: true }).click()
    await expect(q5.locator('blockquote').filter({ hasText: free[0]!.text })).toHaveCount(1)
    const q1 = page.getByRole('region', { name: 'Question 1', exact: true })
    await expect(q1.locator('blockquote').filter({ hasText: free[0]!.text })).toHaveCount(0)

    // Moved up, it is question 4, and the article still adds to it.
    await q5.getByRole('button', { name: 'Move up question 5' }).click()
    const q4 = page.getByRole('region', { name: 'Question 4', exact: true })
    await expect(q4.getByLabel(/^(Question|Statement)$/)).toHaveValue(prompt)
    await expect(panel.getByRole('heading', { level: 2 })).toContainText(
      'Pick evidence for question 4',
    )
    await list.getByRole('option', { name: free[1]!.text, exact: true }).click()
    await expect(q4.locator('blockquote').filter({ hasText: free[1]!.text })).toHaveCount(1)
  })

  test('Move up and Move down keep the keyboard on the button, on the question moved', async ({
    page,
  }) => {
    await page.goto('./#/studio/edit/assad-sochi-2018/who-said-what')
    const promptOf = (n: number) =>
      page
        .getByRole('region', { name: `Question ${n}`, exact: true })
        .getByLabel(/^(Question|Statement)$/)
    const first = await promptOf(1).inputValue()
    await page.getByRole('button', { name: 'Move down question 1', exact: true }).focus()
    await page.keyboard.press('Enter')
    await expect(promptOf(2)).toHaveValue(first)
    await expect(
      page.getByRole('button', { name: 'Move down question 2', exact: true }),
    ).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(promptOf(3)).toHaveValue(first)
    await expect(
      page.getByRole('button', { name: 'Move down question 3', exact: true }),
    ).toBeFocused()
    // Back to the top, where its Move up is off: the keyboard is on its Move down.
    await page.keyboard.press('Shift+Tab')
    await expect(
      page.getByRole('button', { name: 'Move up question 3', exact: true }),
    ).toBeFocused()
    await page.keyboard.press('Enter')
    await page.keyboard.press('Enter')
    await expect(promptOf(1)).toHaveValue(first)
    await expect(
      page.getByRole('button', { name: 'Move down question 1', exact: true }),
    ).toBeFocused()
  })

  test('“N problems to fix” lists them at the top, each a link to its field, before any save', async ({
    page,
  }) => {
    await page.goto('./#/studio/new/assad-sochi-2018')
    await expect(page.getByRole('heading', { level: 1, name: 'New question set' })).toBeVisible()
    // A fresh form finds no fault before the teacher has done anything (GOV.UK's way); the count
    // comes with the first problem a field or question left shows: a right title shows none.
    const status = page.locator('.editor-status')
    const title = page.getByLabel('Title', { exact: true })
    await expect(title).toBeEditable()
    await expect(status).toHaveText('')
    await typeInto(page, title, 'Half done')
    const problems = page.getByRole('button', { name: /^\d+ problems? to fix$/ })
    await page.keyboard.press('Tab')
    await expect(status).toHaveText('Not saved to your library yet')
    await expect(problems).toHaveCount(0)
    const q1 = page.getByRole('region', { name: 'Question 1', exact: true })
    await typeInto(page, q1.getByLabel('Question', { exact: true }), 'Where did Assad fly to?')
    await title.focus()
    await expect(problems).toBeVisible()
    // As many as its card shows: the right answer, option 1, option 2.
    await expect(q1.locator('.input-error')).toHaveCount(3)
    await expect(problems).toHaveText('⚠ 3 problems to fix')
    const count = Number((await problems.innerText()).match(/\d+/)![0])
    await expect(page.locator('.error-summary')).toHaveCount(0)

    await tabTo(page, problems)
    await page.keyboard.press('Enter')
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
    await expect(summary).toBeFocused()
    const links = summary.getByRole('link')
    await expect(links).toHaveCount(count)
    await links.first().click()
    await expect(page.locator(':focus')).toHaveAttribute('id', /.+/)
    expect(await page.evaluate(() => document.activeElement?.tagName)).toMatch(
      /INPUT|TEXTAREA|SELECT|FIELDSET/,
    )
  })

  test('“N warnings” lists them at the top in a few words, each a link to its field', async ({
    page,
  }) => {
    await page.goto('./#/studio/edit/assad-sochi-2018/dates-and-timeline')
    const q1 = page.getByRole('region', { name: 'Question 1', exact: true })
    await expect(q1.locator('blockquote')).toHaveCount(1)
    await q1.getByRole('button', { name: 'Remove quote 1' }).click()
    const count = page.getByRole('button', { name: '1 warning' })
    await expect(count).toBeVisible()
    await expect(page.locator('.editor-status')).toHaveText(
      '✓ No problems · 1 warning · not saved to your library yet',
    )
    await count.click()
    const list = page.getByRole('region', { name: 'Things to check' })
    await expect(list).toBeFocused()
    await expect(count).toHaveAttribute('aria-expanded', 'true')
    const link = list.getByRole('link', { name: 'Question 1, evidence: No evidence' })
    await link.click()
    await expect(q1.getByRole('button', { name: /evidence/ })).toBeFocused()
    // Beside the field the warning says it in words, with no rule's name in brackets.
    await expect(q1.locator('.field-warning')).toHaveText(
      'Warning: Has no evidence, so students cannot be shown the sentence that proves the answer; pick the sentence (or sentences) that prove it in the article',
    )
    await count.click()
    await expect(list).toHaveCount(0)
  })

  test('says “Saved” only until the next change, also after a reload', async ({ page }) => {
    await page.goto('./#/studio/edit/assad-sochi-2018/dates-and-timeline')
    await page.getByRole('button', { name: 'Save to my library' }).first().click()
    const saved = page.getByText('Saved to your library.')
    await expect(saved).toBeVisible()
    await page.reload()
    await expect(saved).toBeVisible()
    await page.getByLabel('Title', { exact: true }).press('End')
    await page.keyboard.type('!')
    await expect(page.getByText('not saved to your library yet')).toBeVisible()
    await expect(saved).toHaveCount(0)
  })

  test('keeps what was typed the moment before a reload or leaving the editor', async ({
    page,
  }) => {
    // The browser's "leave this page?" and the editor's own question are both answered "leave".
    page.on('dialog', (dialog) => void dialog.accept())
    await page.goto('./#/studio/new/assad-sochi-2018')
    const title = page.getByLabel('Title', { exact: true })
    const restored = page.getByText('Restored the changes you had not saved')
    await title.fill('Typed just before the reload')
    await page.reload()
    await expect(restored).toBeVisible()
    await expect(title).toHaveValue('Typed just before the reload')

    await title.fill('Typed just before leaving')
    await page.getByRole('link', { name: 'Back to the studio' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Studio' })).toBeVisible()
    await page.goBack()
    await expect(restored).toBeVisible()
    await expect(title).toHaveValue('Typed just before leaving')
  })

  test('discarding unsaved work in the studio keeps the keyboard in the list, then on the sets', async ({
    page,
  }) => {
    page.on('dialog', (dialog) => void dialog.accept())
    // Two drafts: a new set, and changes to a copy of a shipped set.
    await page.goto('./#/studio/new/assad-sochi-2018')
    await page.getByLabel('Title', { exact: true }).fill('A new set, not saved')
    await page.getByRole('link', { name: 'Back to the studio' }).click()
    const studio = page.getByRole('heading', { level: 1, name: 'Studio', exact: true })
    await expect(studio).toBeVisible()
    // A change of address returns before the router has opened the page: until the copy's heading
    // shows, the Title field on screen may still be the new set's.
    await page.goto('./#/studio/edit/assad-sochi-2018/who-said-what')
    await expect(
      page.getByRole('heading', { level: 1, name: 'Copy “Who said what”' }),
    ).toBeVisible()
    await page.getByLabel('Title', { exact: true }).fill('A copy, not saved')
    await page.getByRole('link', { name: 'Back to the studio' }).click()
    await expect(studio).toBeVisible()
    const drafts = page.getByRole('region', { name: 'Not saved yet' })
    await expect(drafts.getByRole('listitem')).toHaveCount(2)

    const discard = async (n: number) => {
      await drafts
        .getByRole('button', { name: /^Discard/ })
        .nth(n)
        .press('Enter')
      await page.keyboard.press('Tab')
      await expect(page.getByRole('button', { name: 'Discard it', exact: true })).toBeFocused()
      await page.keyboard.press('Enter')
    }
    // The first discarded: the keyboard is on the draft now first, not at the top of the page.
    const remaining = await drafts.locator('.item-name strong').nth(1).textContent()
    await discard(0)
    await expect(drafts.getByRole('listitem')).toHaveCount(1)
    await expect(drafts.getByRole('link', { name: `Continue ${remaining}` })).toBeFocused()
    // The last discarded: the list is gone, and the keyboard carries on at the sets below it.
    await discard(0)
    await expect(drafts).toHaveCount(0)
    await expect(page.getByRole('heading', { level: 2, name: 'Your sets' })).toBeFocused()
  })

  test('back from a set’s Edit or Share, the keyboard is on that link again (from Print, on “More”), not at the top', async ({
    page,
  }) => {
    await useTextSize(page, 200)
    await resizeTo(page, { width: 320, height: 640 })
    for (const title of ['First copy', 'Second copy', 'Third copy']) {
      await openApp(page, '#/studio/import')
      await saveOwnCopy(page, title, 'copy.json')
    }
    // A visit that starts on the studio opens at its heading.
    await openApp(page, '#/studio')
    await page.reload()
    const studio = page.getByRole('heading', { level: 1, name: 'Studio', exact: true })
    await expect(studio).toBeFocused()

    const row = page.getByRole('region', { name: 'Your sets' }).getByRole('listitem').last()
    const back = page.getByRole('link', { name: 'Back to the studio' })
    for (const name of [/^Edit/, /^Share/]) {
      const link = row.getByRole('link', { name })
      // By the browser's Back, then by the page's own link.
      await link.press('Enter')
      await expect(back).toBeVisible()
      await page.goBack()
      await expect(link).toBeFocused()
      await expect(link).toBeInViewport()
      await link.press('Enter')
      await back.press('Enter')
      await expect(link).toBeFocused()
      await expect(link).toBeInViewport()
    }
    // Print is behind “More”: back from it, the keyboard is on “More”, not at the top.
    const more = row.getByRole('button', { name: /^More/ })
    await more.press('Enter')
    await row.getByRole('link', { name: /^Print/ }).press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: /^Print “/ })).toBeVisible()
    await page.goBack()
    await expect(more).toBeFocused()
    await expect(more).toBeInViewport()
    // From anywhere else, the heading as before.
    await page.getByRole('link', { name: 'Library', exact: true }).press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeFocused()
    await page.goBack()
    await expect(studio).toBeFocused()
  })

  test('back on the library from a set’s Edit, Share or Print, the keyboard is on that link (or its “More”), not on the heading far above', async ({
    page,
  }) => {
    await resizeTo(page, { width: 390, height: 640 })
    await openApp(page, '#/studio/import')
    await saveOwnCopy(page)
    await openApp(page, '#/')
    await page.reload()
    const library = page.getByRole('heading', { level: 1, name: 'Library', exact: true })
    await expect(library).toBeFocused()
    const mine = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: /^My copy/ }) })
    const shipped = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: /^Who said what/ }) })
    const edit = mine.getByRole('link', { name: /^Edit/ })
    // By the browser's Back: the set's own links, and a shipped set's Print, in sight.
    for (const link of [
      edit,
      mine.getByRole('link', { name: /^Share/ }),
      shipped.getByRole('link', { name: /^Print/ }),
    ]) {
      await link.press('Enter')
      await expect(library).toBeHidden()
      await page.goBack()
      await expect(link).toBeFocused()
      await expect(link).toBeInViewport()
    }
    // Print behind “More”: back on “More”, folded.
    const more = mine.getByRole('button', { name: /^More/ })
    await more.press('Enter')
    await page.keyboard.press('Tab')
    await expect(mine.getByRole('link', { name: /^Print/ })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: /^Print “/ })).toBeVisible()
    await page.goBack()
    await expect(more).toBeFocused()
    await expect(more).toBeInViewport()
    await expect(more).toHaveAttribute('aria-expanded', 'false')
    // By the editor's own “Back to the studio”, the studio's list instead.
    await edit.press('Enter')
    await page.getByRole('link', { name: 'Back to the studio' }).press('Enter')
    await expect(
      page.getByRole('region', { name: 'Your sets' }).getByRole('link', { name: /^Edit My copy/ }),
    ).toBeFocused()
  })

  test('asks before deleting a set of yours, and keeps it on Cancel', async ({ page }) => {
    await page.goto('./#/studio/edit/assad-sochi-2018/who-said-what')
    await expect(
      page.getByRole('heading', { level: 1, name: 'Copy “Who said what”' }),
    ).toBeVisible()
    await page.getByRole('button', { name: 'Save to my library' }).first().click()
    await expect(page.getByText('Saved to your library.')).toBeVisible()
    await page.goto('./')
    const copy = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: /Who said what \(copy\)/ }) })
    // Edit and Share in sight, the rest behind “More” (a disclosure), which the keyboard opens.
    const more = copy.getByRole('button', { name: 'More actions for Who said what (copy)' })
    const remove = copy.getByRole('button', { name: /^Delete/ })
    await expect(remove).toBeHidden()
    await more.press('Enter')
    await expect(more).toHaveAttribute('aria-expanded', 'true')
    await remove.click()
    const dialog = page.getByRole('dialog', { name: /Delete “Who said what \(copy\)”\?/ })
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(copy).toBeVisible()
    // Cancelled: the keyboard is back on “More”, folded.
    await expect(more).toBeFocused()
    await expect(more).toHaveAttribute('aria-expanded', 'false')
    // Escape folds it too, the keyboard staying on it.
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    await expect(copy.getByRole('link', { name: /^Print/ })).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(more).toBeFocused()
    await expect(remove).toBeHidden()
    // A second copy is told apart by its title; made from the keyboard.
    await page.keyboard.press('Enter')
    await tabTo(page, copy.getByRole('button', { name: /^Duplicate/ }), 3)
    await page.keyboard.press('Enter')
    const second = page.getByRole('heading', { name: 'Who said what (copy 2)', exact: false })
    // The new copy's title takes focus, so the teacher sees where it went.
    await expect(second).toBeFocused()
    await expect(more).toHaveAttribute('aria-expanded', 'false')
    await more.click()
    await remove.click()
    await dialog.getByRole('button', { name: 'Delete the set' }).click()
    await expect(copy).toHaveCount(0)
    // The keyboard goes on from the next set, not from the top of the page.
    await expect(second).toBeFocused()

    // The studio's own list has the same actions: the last set deleted there, focus on its heading.
    await page.getByRole('link', { name: 'Studio' }).click()
    const mine = page.getByRole('region', { name: 'Your sets' })
    const row = mine.getByRole('listitem').filter({ hasText: 'Who said what (copy 2)' })
    await expect(row.getByRole('link', { name: /^Edit/ })).toBeVisible()
    await expect(row.getByRole('link', { name: /^Share/ })).toBeVisible()
    await row.getByRole('button', { name: /^More/ }).click()
    await row.getByRole('button', { name: /^Delete/ }).click()
    await page
      .getByRole('dialog', { name: /Delete “Who said what \(copy 2\)”\?/ })
      .getByRole('button', { name: 'Delete the set' })
      .click()
    await expect(mine.getByText('None yet. Write one')).toBeVisible()
    await expect(mine.getByRole('heading', { name: 'Your sets' })).toBeFocused()
  })

  test('line breaks typed in a question and its explanation reach the student', async ({
    page,
  }) => {
    await page.goto('./#/studio/edit/assad-sochi-2018/who-said-what')
    const q1 = page.getByRole('region', { name: 'Question 1', exact: true })
    await q1.getByLabel('Question', { exact: true }).fill('Who flew to Sochi?\nPick one.')
    // Open already: the shipped question has an explanation.
    await q1
      .getByLabel('Explanation (optional)')
      .fill('The article says so.\n\nIt names him first.')
    await q1.getByRole('button', { name: 'Preview', exact: true }).click()
    const preview = q1.locator('.question-preview')
    // Shown as typed, on their own lines (HTML alone would run them into one).
    expect(await preview.locator('legend').innerText()).toBe('Who flew to Sochi?\nPick one.')
    // The right answer: after a wrong one the explanation waits, as in a quiz, for the second try.
    await preview.getByRole('radio', { name: 'Bashar al-Assad' }).check()
    await q1.getByRole('button', { name: 'Check the answer' }).click()
    await expect(preview.locator('.keeps-lines')).toBeVisible()
    expect(await preview.locator('.keeps-lines').innerText()).toBe(
      'The article says so.\n\nIt names him first.',
    )
  })

  test('a question’s preview is drawn as a quiz draws it, with the studio opened first', async ({
    page,
  }) => {
    // Opened straight from its address: no quiz page has been seen in this tab.
    await page.goto('./#/studio/edit/assad-sochi-2018/who-said-what')
    const matching = page.getByRole('region', { name: 'Question 15', exact: true })
    await matching.getByRole('button', { name: 'Preview', exact: true }).click()
    // Each statement's match lines up in a column beside it, not jammed against its text.
    const selects = matching.locator('.question-preview').getByRole('combobox')
    await expect(selects).toHaveCount(3)
    const lefts = await selects.evaluateAll((all) => all.map((s) => s.getBoundingClientRect().left))
    expect(new Set(lefts).size).toBe(1)

    const ordering = page.getByRole('region', { name: 'Question 16', exact: true })
    await ordering.getByRole('button', { name: 'Preview', exact: true }).click()
    await ordering.getByRole('button', { name: 'Check the answer' }).click()
    // The verdict comes in its box, with the verdict's broad edge.
    const feedback = ordering.getByRole('region', { name: /Incorrect/ })
    await expect(feedback).toHaveCSS('border-left-width', '8px')
  })

  test('the keyboard keeps its place after Save, the last Undo and taking out the only quote', async ({
    page,
  }) => {
    await page.goto('./#/studio/edit/assad-sochi-2018/dates-and-timeline')
    await page.getByRole('button', { name: 'Save to my library' }).first().click()
    await expect(page.getByText('Saved to your library.')).toBeVisible()

    // Saved again from the end of the long form: the button keeps focus, and says so beside it.
    const title = page.getByLabel('Title', { exact: true })
    await title.press('End')
    await page.keyboard.type('!')
    const save = page.locator('.editor-form').getByRole('button', { name: 'Save to my library' })
    await save.focus()
    await page.keyboard.press('Enter')
    const saved = page.locator('.editor-form').getByText('✓ Saved')
    await expect(saved).toBeInViewport()
    await expect(save).toBeFocused()
    await expect(
      page.getByRole('status').filter({ hasText: /^Saved “.+!” to your library\.$/ }),
    ).toBeAttached()

    // The last Undo leaves focus on Undo, which says it has nothing more to undo.
    await title.press('End')
    await page.keyboard.type('?')
    const undo = page.getByRole('button', { name: 'Undo' })
    await undo.focus()
    // Typing is undone a field's run at a time: pressed until the title is back, a few at most.
    for (let i = 0; i < 3 && (await title.inputValue()) !== 'Dates and timeline (copy)'; i++)
      await page.keyboard.press('Enter')
    await expect(undo).toHaveAttribute('aria-disabled', 'true')
    await expect(title).toHaveValue('Dates and timeline (copy)')
    await expect(undo).toBeFocused()

    // Taking out a question's only quote: focus goes to the button that picks evidence.
    const q1 = page.getByRole('region', { name: 'Question 1', exact: true })
    await expect(q1.locator('blockquote')).toHaveCount(1)
    await q1.getByRole('button', { name: 'Remove quote 1' }).focus()
    await page.keyboard.press('Enter')
    await expect(q1.getByText('No evidence yet.')).toBeVisible()
    await expect(q1.getByRole('button', { name: /evidence/ })).toBeFocused()
  })
})
