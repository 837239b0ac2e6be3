/**
 * Edges that line up: a panel's fields, headings and groups start at one left edge, as a form
 * does in any polished app, on a phone and on a wide screen.
 */
import { expect, test, type Locator } from '@playwright/test'
import { chooseImportFile, finishQuickly, openApp, resizeTo } from './helpers.ts'

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

/** The middle of an element's words (not of its box, which a row of buttons may stretch). */
async function wordsMiddle(locator: Locator): Promise<number> {
  return locator.evaluate((el) => {
    const range = document.createRange()
    range.selectNodeContents(el)
    const box = range.getBoundingClientRect()
    return Math.round(box.top + box.height / 2)
  })
}

test('a link or hint beside a button on the teacher’s pages is level with the button’s words', async ({
  page,
}) => {
  await resizeTo(page, { width: 1280, height: 900 })
  const level = async (button: Locator, beside: Locator) => {
    const name = await beside.innerText()
    expect(await wordsMiddle(beside), `“${name}”`).toBe(await wordsMiddle(button))
  }
  await openApp(page, '#/studio/new')
  await level(
    page.getByRole('button', { name: 'Continue' }),
    page.getByRole('link', { name: 'Add a new article first' }),
  )
  await openApp(page, '#/print/assad-sochi-2018/who-said-what')
  await level(
    page.getByRole('button', { name: 'Print the worksheet' }),
    page.getByRole('link', { name: 'Back to the classroom' }),
  )
  await openApp(page, '#/studio/import')
  await chooseImportFile(page, 'quiz.gift', '::a::Where did Assad fly? {=Sochi ~Minsk}\n')
  await level(
    page.getByRole('button', { name: 'Open in the editor' }),
    page.getByText('Next: pick the evidence, then save.'),
  )
})
