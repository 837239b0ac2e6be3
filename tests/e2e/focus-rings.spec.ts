/**
 * A focus ring is seen whole: no box that scrolls or clips cuts it, on a phone or a wide screen.
 */
import { expect, test, type Locator } from '@playwright/test'
import { finishQuickly, openApp, resizeTo } from './helpers.ts'

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
