/**
 * Edges that line up: a panel's fields, headings and groups start at one left edge, as a form
 * does in any polished app, on a phone and on a wide screen.
 */
import { expect, test, type Locator } from '@playwright/test'
import { finishQuickly, openApp, resizeTo } from './helpers.ts'

async function leftOf(locator: Locator): Promise<number> {
  const box = await locator.boundingBox()
  expect(box, 'on screen').not.toBeNull()
  return Math.round(box!.x)
}

for (const width of [390, 1280]) {
  test(`at ${width} px the hand-in panel's groups start at its name field's edge, not indented past it`, async ({
    page,
  }) => {
    await resizeTo(page, { width, height: 844 })
    await openApp(page)
    // A second attempt, so the panel offers "This attempt" or "All my results" as well as formats.
    await finishQuickly(page, 'dates-and-timeline')
    await finishQuickly(page, 'who-said-what')
    const panel = page.getByRole('region', { name: 'Hand in results' })
    const field = panel.getByRole('textbox', { name: /^Your name/ })
    await expect(field).toBeVisible()
    const edge = await leftOf(field)
    expect(await leftOf(panel.getByRole('heading', { name: 'Hand in results' }))).toBe(edge)
    for (const group of ['What to hand in', 'Format']) {
      const fieldset = panel.getByRole('group', { name: group })
      expect(await leftOf(fieldset.locator('legend')), `“${group}”`).toBe(edge)
      expect(await leftOf(fieldset.locator('.choice').first()), `“${group}”'s first option`).toBe(
        edge,
      )
    }
  })
}
