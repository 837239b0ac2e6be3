import { expect, test, type Page } from '@playwright/test'
import { evidenceQuotes } from '../../src/domain/bank/schema.ts'
import { readFileSync } from 'node:fs'
import {
  colourAt,
  expectNoAxeViolations,
  loadBank,
  openApp,
  renderedLines,
  resizeTo,
  saveOwnCopy,
} from './helpers.ts'
import { useTextSize } from './tour.ts'

const passage = JSON.parse(readFileSync('questions/assad-sochi-2018/passage.json', 'utf8')) as {
  paragraphs: string[]
}

/** Hands in a blank test of set `id`: every question is in the review, with its evidence. */
async function reviewBlankTest(page: Page, id: string) {
  await page.goto(`./#/quiz/${id}`)
  await page.getByRole('radio', { name: /^Test/ }).check()
  await page.getByRole('button', { name: /^Start \d+ questions$/ }).click()
  await page.getByRole('button', { name: 'Submit test' }).click()
  await page.getByRole('button', { name: 'Submit anyway' }).click()
  await page.getByRole('button', { name: 'Review answers' }).click()
}

// Stepping went down the article while the feedback lists the quotes in the set's order: here
// “Evidence 1 of 2” was the quote listed second.
test('"Show in the article" highlights every quote of a multi-quote question and steps through them as listed', async ({
  page,
}) => {
  const bank = loadBank('reading-between-the-lines')
  const at = (quote: string) => passage.paragraphs.join(' ').indexOf(quote)
  const question = bank.questions.find((q) => {
    const [first, second, ...rest] = evidenceQuotes(q)
    return rest.length === 0 && second !== undefined && at(first!) > at(second) && at(second) >= 0
  })!
  expect(question, 'a shipped question with two quotes the article has the other way').toBeDefined()
  const quotes = evidenceQuotes(question)

  // A test submitted at once leaves every question in the review, each with its evidence.
  await reviewBlankTest(page, bank.id)

  const item = page.locator('.review-item').filter({ hasText: question.prompt })
  // Review questions start folded: open this one.
  await item.locator('summary').click()
  await expect(item.locator('blockquote.evidence p')).toHaveText([...quotes])
  await item.getByRole('button', { name: /Show in the article/ }).press('Enter')

  // In the article the second quote comes first; the stepper starts at the first listed.
  const marks = page.locator('.reading-article mark')
  await expect(marks).toHaveText([quotes[1]!, quotes[0]!])
  const stepper = page.getByRole('navigation', { name: 'Evidence in the article' })
  await expect(stepper).toContainText('Evidence 1 of 2')
  await expect(marks.nth(1)).toBeFocused()

  await stepper.getByRole('button', { name: /Next/ }).press('Enter')
  await expect(stepper).toContainText('Evidence 2 of 2')
  await expect(marks.nth(0)).toBeFocused()
  await expect(marks.nth(0)).toHaveClass(/current/)

  await stepper.getByRole('button', { name: /Previous/ }).press('Enter')
  await expect(stepper).toContainText('Evidence 1 of 2')
  await expect(marks.nth(1)).toBeFocused()
  await expectNoAxeViolations(page, 'review with two highlighted quotes')
})

/** A colour of the page's, `css` (a variable or a system colour), as the browser computes it. */
function colourOf(page: Page, css: string) {
  return page.evaluate((value) => {
    const probe = document.createElement('i')
    probe.style.color = value
    document.body.append(probe)
    const rgb = getComputedStyle(probe).color
    probe.remove()
    return rgb
  }, css)
}

// The quote stepped to is outlined in ink, and that outline was drawn over the focus ring: a
// keyboard user stepping with Next saw no ring anywhere once focus left the button for the quote.
for (const look of ['light', 'dark', 'forced colours'] as const) {
  test(`in ${look} the quote stepped to from the keyboard wears the focus ring, and its ink outline once focus leaves`, async ({
    page,
  }) => {
    await page.emulateMedia(
      look === 'forced colours' ? { forcedColors: 'active' } : { colorScheme: look },
    )
    const bank = loadBank('who-said-what')
    const question = bank.questions.find((q) => evidenceQuotes(q).length === 2)!
    await reviewBlankTest(page, bank.id)
    const item = page.locator('.review-item').filter({ hasText: question.prompt })
    await item.locator('summary').press('Enter')
    await item.getByRole('button', { name: /Show in the article/ }).press('Enter')
    const stepper = page.getByRole('navigation', { name: 'Evidence in the article' })
    await stepper.getByRole('button', { name: /Next/ }).press('Enter')
    await expect(stepper).toContainText('Evidence 2 of 2')

    const quote = page.locator('.reading-article mark.current')
    await expect(quote).toBeFocused()
    const ring = await colourOf(page, look === 'forced colours' ? 'Highlight' : 'var(--focus)')
    await expect(quote).toHaveCSS('outline-color', ring)
    await expect(quote).toHaveCSS('outline-width', '3px')
    await expect(quote).toHaveCSS('outline-style', 'solid')

    // Focus moves on (Tab): the quote is still the one stepped to, outlined as before.
    await page.keyboard.press('Tab')
    await expect(quote).not.toBeFocused()
    await expect(quote).toHaveCSS('outline-width', '2px')
    if (look !== 'forced colours')
      await expect(quote).toHaveCSS('outline-color', await colourOf(page, 'var(--ink)'))
  })
}

// Beside its buttons in the article's sheet at 320 px and 200 % text, “Evidence 2 of 2” was squeezed
// to a letter a line, a column taller than the sheet's screen, and “Next” was cut off at its edge;
// then the count, Previous and Next took a line each (235 px of a 700 px screen).
test('at 320 px and 200 % text the evidence count reads on one line, its buttons whole and side by side in the sheet', async ({
  page,
}) => {
  await resizeTo(page, { width: 320, height: 700 })
  await useTextSize(page, 200)
  const bank = loadBank('who-said-what')
  const question = bank.questions.find((q) => evidenceQuotes(q).length === 2)!
  await reviewBlankTest(page, bank.id)
  const item = page.locator('.review-item').filter({ hasText: question.prompt })
  await item.locator('summary').click()
  await item.getByRole('button', { name: /Show in the article/ }).click()
  const stepper = page.getByRole('navigation', { name: 'Evidence in the article' })
  const count = stepper.getByText(/^Evidence \d of 2$/)
  await expect(count).toBeVisible()
  expect(await renderedLines(count)).toEqual(['Evidence 1 of 2'])
  await expect(count).toHaveCSS('font-weight', '700')
  const boxes = await Promise.all(
    (await stepper.getByRole('button').all()).map(async (b) => (await b.boundingBox())!),
  )
  for (const box of boxes) {
    expect(box.x).toBeGreaterThanOrEqual(0)
    expect(box.x + box.width).toBeLessThanOrEqual(320)
  }
  // The count on its line, Previous and Next side by side under it: they took a line each.
  const [previous, next] = boxes
  const countBox = (await count.boundingBox())!
  expect(previous!.y).toBeGreaterThanOrEqual(countBox.y + countBox.height)
  expect(next!.y).toBe(previous!.y)
  expect(next!.x).toBeGreaterThan(previous!.x + previous!.width)
})

// Two quotes that overlap are marked in pieces, and the one stepped to is outlined as one: its
// start edge once, at its start, and its end edge once, at its end. Each piece drew its start (or
// end) edge at every line it ran onto: bars down the left of the lines of the quote's first
// piece, down the right of its last's.
for (const [look, width, textSize] of [
  ['dark', 390, 100],
  ['light', 320, 200],
] as const) {
  test(`at ${width} px, ${textSize} % text, in ${look}, a quote another overlaps is outlined at its start and end only, not at each line`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: look })
    if (textSize !== 100) await useTextSize(page, textSize)
    // Tall enough for the whole quote to be on screen at 200 % text.
    await resizeTo(page, { width, height: 1600 })
    const [paragraph] = passage.paragraphs
    const cut = (from: string, to: string) =>
      paragraph!.slice(paragraph!.indexOf(from), paragraph!.indexOf(to) + to.length)
    const bank = structuredClone(loadBank('who-said-what'))
    // From the paragraph's start to "the Syrian conflict", and from "on the Black Sea" to its end.
    bank.questions[0]!.evidence = [
      cut('Syrian President', 'Syrian conflict'),
      cut('on the Black Sea', 'chief backer.'),
    ]
    await openApp(page, '#/studio/import')
    await saveOwnCopy(page, 'Overlapping quotes', 'overlap.json', bank)
    await reviewBlankTest(page, 'assad-sochi-2018/overlapping-quotes')
    const item = page.locator('.review-item').filter({ hasText: bank.questions[0]!.prompt })
    await item.locator('summary').press('Enter')
    await item.getByRole('button', { name: /Show in the article/ }).press('Enter')
    const stepper = page.getByRole('navigation', { name: 'Evidence in the article' })
    const ring = await colourOf(page, 'var(--focus)')
    const rgb = (css: string) => css.replace(/^rgb\((.*)\)$/, '$1').replace(/ /g, '')

    for (const step of ['Evidence 1 of 2', 'Evidence 2 of 2']) {
      if (step.startsWith('Evidence 2'))
        await stepper.getByRole('button', { name: /Next/ }).press('Enter')
      await expect(stepper).toContainText(step)
      const current = page.locator('.reading-article mark.current')
      await expect(current).toHaveCount(2)
      await expect(current.first()).toBeFocused()
      // The quote's lines, in order, each a box: its pieces' boxes on one line are joined.
      const lines = await current.evaluateAll((marks) => {
        const byLine = new Map<
          number,
          { left: number; right: number; top: number; bottom: number }
        >()
        for (const rect of marks.flatMap((m) => [...m.getClientRects()])) {
          const key = Math.round(rect.top)
          const line = byLine.get(key)
          byLine.set(key, {
            left: Math.min(line?.left ?? rect.left, rect.left),
            right: Math.max(line?.right ?? rect.right, rect.right),
            top: rect.top,
            bottom: rect.bottom,
          })
        }
        return [...byLine.values()]
      })
      expect(lines.length, 'the quote runs over several lines').toBeGreaterThan(2)
      const edges = []
      for (const line of lines) {
        const middle = Math.round((line.top + line.bottom) / 2)
        edges.push([
          await colourAt(page, Math.floor(line.left) - 1, middle),
          await colourAt(page, Math.ceil(line.right), middle),
        ])
      }
      // The ring's colour just before the quote's first line and just after its last; the
      // sheet's own beside every other line's start and end.
      const ringed = edges.map(([start, end]) => [start === rgb(ring), end === rgb(ring)])
      expect(ringed, step).toEqual(lines.map((_, i) => [i === 0, i === lines.length - 1]))
    }
  })
}

// The sentence the arrow keys are on is ringed on every line it runs over. A box-shadow on an inline
// sentence is drawn around the whole sentence as if on one line: at 320 px and 200 % text the first
// sentence's ten lines each had the ring only above and below, its left end on the first line and
// its right end on the last.
for (const look of ['light', 'dark'] as const) {
  test(`at 320 px and 200 % text, in ${look}, the sentence the arrow keys are on is ringed at each line’s start and end`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: look })
    await useTextSize(page, 200)
    // Tall enough for the whole sentence to be on screen.
    await resizeTo(page, { width: 320, height: 1600 })
    await page.goto('./#/studio/edit/assad-sochi-2018/who-said-what')
    await page
      .getByRole('button', { name: /evidence/ })
      .first()
      .press('Enter')
    const list = page.getByRole('listbox', { name: /Sentences of the article/ })
    await expect(list).toBeFocused()
    // The article's first sentence, its longest.
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Home')
    const sentence = list.locator('.sentence.active')
    await expect(sentence).toContainText(passage.paragraphs[0]!.slice(0, 30))
    const ring = (await colourOf(page, 'var(--focus)'))
      .replace(/^rgb\((.*)\)$/, '$1')
      .replace(/ /g, '')
    await expect(sentence).toHaveCSS('box-shadow', /3px/)
    const lines = await sentence.evaluate((el) =>
      [...el.getClientRects()].map(({ left, right, top, bottom }) => ({
        left,
        right,
        top,
        bottom,
      })),
    )
    expect(lines.length, 'the sentence runs over many lines').toBeGreaterThan(8)
    const edges = []
    for (const line of lines) {
      const middle = Math.round((line.top + line.bottom) / 2)
      edges.push([
        (await colourAt(page, Math.floor(line.left) - 1, middle)) === ring,
        (await colourAt(page, Math.ceil(line.right), middle)) === ring,
      ])
    }
    expect(edges).toEqual(lines.map(() => [true, true]))
  })
}
