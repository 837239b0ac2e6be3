/**
 * Forced colours (Windows High Contrast, a browser's own contrast themes) repaint every colour
 * with a few system ones; what the page draws with colour must keep its shape there.
 */
import { expect, test, type Locator, type Page } from '@playwright/test'
import { openApp } from './helpers.ts'

/**
 * How many pixels wide the disclosure's marker is on its first drawn row and on its widest, as
 * drawn on screen: a triangle pointing right starts at a point, a square as wide as it ends.
 */
async function markerRows(page: Page, disclosure: Locator) {
  // A long first question (the quiz is shuffled) can push it below the fold, outside the shot.
  await disclosure.scrollIntoViewIfNeeded()
  const region = await disclosure.evaluate((el) => {
    const box = el.getBoundingClientRect()
    const style = getComputedStyle(el)
    const em = parseFloat(style.fontSize)
    const left = box.left + parseFloat(style.paddingLeft)
    return {
      x: Math.floor(left) - 1,
      y: Math.floor(box.top),
      width: Math.ceil(0.55 * em) + 3,
      height: Math.ceil(box.height),
    }
  })
  const shot = await page.screenshot({ clip: region })
  // Decoded in the page, as helpers.ts's colourAt does.
  return page.evaluate(
    async ({ bytes, width, height }) => {
      const blob = new Blob([new Uint8Array(bytes)], { type: 'image/png' })
      const bitmap = await createImageBitmap(blob)
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
      const context = canvas.getContext('2d')!
      context.drawImage(bitmap, 0, 0)
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height)
      const at = (x: number, y: number) =>
        data.slice((y * bitmap.width + x) * 4, (y * bitmap.width + x) * 4 + 3)
      const paper = at(0, 0)
      const rows: number[] = []
      for (let y = 0; y < Math.min(height, bitmap.height); y++) {
        let ink = 0
        for (let x = 0; x < Math.min(width, bitmap.width); x++) {
          const c = at(x, y)
          if (
            Math.abs(c[0]! - paper[0]!) +
              Math.abs(c[1]! - paper[1]!) +
              Math.abs(c[2]! - paper[2]!) >
            150
          )
            ink++
        }
        if (ink > 0) rows.push(ink)
      }
      return { first: rows[0] ?? 0, widest: Math.max(0, ...rows) }
    },
    { bytes: [...shot], width: region.width, height: region.height },
  )
}

test('in forced colours a disclosure ("More options", "Keyboard shortcuts") keeps its triangle, not a square', async ({
  page,
}) => {
  await page.emulateMedia({ forcedColors: 'active' })
  await openApp(page, '#/quiz/assad-sochi-2018/who-said-what')
  const more = page.getByRole('button', { name: /^More options/ })
  await page.getByRole('button', { name: /^Start \d+ questions$/ }).waitFor()
  for (const disclosure of [
    more,
    page.locator('summary').filter({ hasText: 'Keyboard shortcuts' }),
  ]) {
    if (disclosure !== more)
      await page.getByRole('button', { name: /^Start \d+ questions$/ }).click()
    await expect(disclosure).toBeVisible()
    const { first, widest } = await markerRows(page, disclosure)
    expect(widest, 'a marker drawn').toBeGreaterThan(3)
    expect(first, `its first row against its widest, ${widest} px`).toBeLessThan(widest / 2)
  }
})

test('in forced colours the chosen option card is edged thick in the highlight colour, its words where they were', async ({
  page,
}) => {
  await page.emulateMedia({ forcedColors: 'active' })
  await openApp(page, '#/quiz/assad-sochi-2018/who-said-what')
  await page.getByRole('button', { name: /^More options/ }).click()
  await expect(page.getByLabel('Shuffle the questions')).toBeVisible()
  await page.getByLabel('Shuffle the questions').uncheck()
  await page.getByRole('button', { name: /^Start \d+ questions$/ }).click()
  // Until the quiz arrives in its chunk, the start page's mode cards are the ones on the page.
  await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible()
  const cards = page.locator('fieldset.question .choice')
  await expect(cards.first()).toBeVisible()
  const words = cards.nth(1).locator('label')
  const before = await words.boundingBox()
  await cards.nth(1).locator('input').check()
  // Away from the card: the focus ring would be drawn where the edge is.
  await page.getByRole('heading', { level: 1 }).click()
  const edge = (card: Locator) =>
    card.evaluate((el) => {
      const style = getComputedStyle(el)
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) }
    })
  expect(await edge(cards.nth(1))).toEqual({ style: 'solid', width: 3 })
  expect((await edge(cards.first())).style).toBe('none')
  expect(await words.boundingBox()).toEqual(before)
})
