/**
 * A focus ring is seen whole: no box that scrolls or clips cuts it, on a phone or a wide screen.
 */
import { expect, test, type Locator } from '@playwright/test'
import { finishQuickly, openApp, resizeTo, skipUntil, startInBankOrder, tabTo } from './helpers.ts'
import { useTextSize } from './tour.ts'

/** The sides of `control`'s focus ring that the box it scrolls in cuts off. */
function cutSides(control: Locator) {
  return control.evaluate((el) => {
    const style = getComputedStyle(el)
    const reach = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset)
    const ring = el.getBoundingClientRect()
    const box = el.closest('.table-scroll')!.getBoundingClientRect()
    return [
      ring.left - reach < box.left - 0.5 && 'left',
      ring.right + reach > box.right + 0.5 && 'right',
      ring.top - reach < box.top - 0.5 && 'top',
      ring.bottom + reach > box.bottom + 0.5 && 'bottom',
    ].filter(Boolean)
  })
}

for (const width of [390, 1280]) {
  test(`at ${width} px the focus ring of a Review link in Recent attempts is whole, not cut by the table's box`, async ({
    page,
  }) => {
    await resizeTo(page, { width, height: 844 })
    await openApp(page)
    await finishQuickly(page, 'who-said-what')
    await page.evaluate(() => (location.hash = '#/progress'))
    const links = page.locator('.recent-attempts-box').getByRole('link', { name: /^Review / })
    await expect(links.first()).toBeVisible()
    for (const link of await links.all()) {
      // Focus moved after a key press is shown as the keyboard's: the ring is drawn.
      await page.keyboard.press('Shift')
      await link.focus()
      await expect(link).toHaveCSS('outline-style', 'solid')
      expect(await cutSides(link)).toEqual([])
    }
  })
}

test("a table in a scrolling box starts at the page's edge, as the text above it does", async ({
  page,
}) => {
  await resizeTo(page, { width: 390, height: 844 })
  await openApp(page)
  await finishQuickly(page, 'who-said-what')
  const table = page.getByRole('region', { name: 'Score by topic' }).locator('table')
  const heading = page.getByRole('heading', { name: 'Your result' })
  expect(Math.round((await table.boundingBox())!.x)).toBe(
    Math.round((await heading.boundingBox())!.x),
  )
})

test('on a phone each header link reached with Tab is scrolled whole into the row, with its focus ring', async ({
  page,
}) => {
  await resizeTo(page, { width: 390, height: 844 })
  await openApp(page, '#/settings')
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeFocused()
  const nav = page.getByRole('navigation', { name: 'Main' })
  expect(await nav.evaluate((row) => row.scrollWidth > row.clientWidth)).toBe(true)
  // Back from the page's heading through the links, last to first: "Classroom" is half in view
  // at the start, "Progress" a sliver at the other end once Settings is in the middle.
  for (const name of ['Classroom', 'Settings', 'Studio', 'Progress', 'Review', 'Library']) {
    await page.keyboard.press('Shift+Tab')
    const link = nav.getByRole('link', { name: new RegExp(`^${name}`) })
    await expect(link).toBeFocused()
    await expect(link).toHaveCSS('outline-style', 'solid')
    const cut = await link.evaluate((el) => {
      const style = getComputedStyle(el)
      const reach = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset)
      const ring = el.getBoundingClientRect()
      const row = el.closest('nav')!.getBoundingClientRect()
      return [
        ring.left - reach < row.left - 0.5 && 'left',
        ring.right + reach > row.right + 0.5 && 'right',
      ].filter(Boolean)
    })
    expect(cut, `${name}: sides of its ring cut off`).toEqual([])
  }
})

test('on a phone, once the keyboard leaves the header for the page, the row scrolls back to the page’s own link', async ({
  page,
}) => {
  await resizeTo(page, { width: 390, height: 844 })
  await openApp(page, '#/review')
  await expect(page.getByRole('heading', { level: 1, name: 'Review' })).toBeFocused()
  const nav = page.getByRole('navigation', { name: 'Main' })
  const here = nav.getByRole('link', { name: /^Review/ })
  const inRow = () =>
    here.evaluate((el) => {
      const link = el.getBoundingClientRect()
      const row = el.closest('nav')!.getBoundingClientRect()
      return link.left >= row.left - 0.5 && link.right <= row.right + 0.5
    })
  await expect.poll(inRow).toBe(true)
  // Through the links to the last, which scrolls the row to its end, Review out of sight…
  await page.getByRole('link', { name: 'Skip to content' }).focus()
  for (let i = 0; i < 7; i++) await page.keyboard.press('Tab')
  await expect(nav.getByRole('link', { name: 'Classroom' })).toBeFocused()
  expect(await inRow()).toBe(false)
  // …and on into the page: the student still sees where they are.
  await page.keyboard.press('Tab')
  await expect(nav.locator(':focus')).toHaveCount(0)
  await expect.poll(inRow).toBe(true)
})

/**
 * `control`'s focus ring is on the screen whole, and what is drawn at its corners is `control`:
 * no sticky bar covers it.
 */
async function expectRingSeen(control: Locator) {
  const seen = await control.evaluate((el) => {
    const style = getComputedStyle(el)
    const reach = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset)
    const box = el.getBoundingClientRect()
    const corners = [
      [box.left + 2, box.top + 2],
      [box.right - 2, box.bottom - 2],
    ].map(([x, y]) => el.contains(document.elementFromPoint(x!, y!)))
    return {
      onScreen: box.top - reach >= 0 && box.bottom + reach <= innerHeight,
      uncovered: corners.every(Boolean),
    }
  })
  expect(seen).toEqual({ onScreen: true, uncovered: true })
}

// Moved down, an item's row stays where it is in the page (the row below moves up past it): it
// kept the focus and nothing scrolled it into view. At 390 px and 200 % text the first item, moved
// down with Alt+↓, went under the screen's bottom edge with its focus ring.
test('on a phone at 200 % text an item moved down with Alt+ArrowDown comes into view with its focus ring', async ({
  page,
}) => {
  await resizeTo(page, { width: 390, height: 844 })
  await useTextSize(page, 200)
  await startInBankOrder(page, 'numbers-places-people')
  const items = page.locator('fieldset.question .order-item')
  await skipUntil(page, items)
  const words = (await items.first().locator('.order-text').textContent())!
  await items.first().focus()
  await page.keyboard.press('Alt+ArrowDown')
  await expect(items.nth(1)).toContainText(words)
  await expect(items.nth(1)).toBeFocused()
  await expectRingSeen(items.nth(1))
})

// Scrolled up from under the screen's bottom edge by Tab, a control stopped flush with it: at
// 1280 px and 200 % text the ring of Settings' “Erase all my data…” was cut by its 5 px.
test('at 1280 px and 200 % text a control tabbed to from under the screen comes into view with its focus ring', async ({
  page,
}) => {
  await resizeTo(page, { width: 1280, height: 800 })
  await useTextSize(page, 200)
  await openApp(page, '#/settings')
  const erase = page.getByRole('button', { name: 'Erase all my data…' })
  await expect(erase).not.toBeInViewport()
  await tabTo(page, erase, 80)
  await expectRingSeen(erase)
})
