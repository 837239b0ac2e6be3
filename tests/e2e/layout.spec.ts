import { expect, test, type Page } from '@playwright/test'
import { settled, tour } from './tour.ts'

/**
 * The page is no wider than the screen: nothing scrolls sideways. On failure it names the
 * elements that stick out, so a CI log says what to fix.
 */
async function expectNoSidewaysScroll(page: Page, where: string) {
  await settled(page)
  const { scroll, client, culprits } = await page.evaluate(() => {
    const client = document.documentElement.clientWidth
    const culprits = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > client + 0.5)
      // Inside a box that scrolls on its own (a wide table) is fine.
      .filter((el) => !el.parentElement?.closest('.table-scroll'))
      .slice(0, 5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} “${(el.textContent ?? '').trim().slice(0, 40)}”`,
      )
    return { scroll: document.documentElement.scrollWidth, client, culprits }
  })
  expect(
    scroll,
    `${where} is ${scroll} px wide on a ${client} px screen; sticking out: ${culprits.join('; ')}`,
  ).toBeLessThanOrEqual(client)
}

for (const width of [320, 390, 1280]) {
  test(`nothing scrolls sideways at ${width} px, on any page or quiz state`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 })
    await tour(page, (name) => expectNoSidewaysScroll(page, name))
  })
}
