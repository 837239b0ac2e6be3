import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './helpers.ts'
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

const SCREENSHOTS = process.env.PASSAGE_SCREENSHOTS ?? 'screenshots'

/**
 * Every page and quiz state (the tour) at each width and colour scheme: nothing scrolls sideways,
 * and at the phone and laptop widths axe finds nothing in light or dark. Each state is also saved
 * as a screenshot under screenshots/<width>-<scheme>/ (gitignored; CI keeps them as artifacts),
 * for a reviewer to look at.
 */
// Five tours of the whole app: spread over both browsers.
test.describe.configure({ mode: 'parallel' })

const SWEEPS = [
  { width: 320, scheme: 'light', axe: false },
  { width: 390, scheme: 'light', axe: true },
  { width: 390, scheme: 'dark', axe: true },
  { width: 1280, scheme: 'light', axe: true },
  { width: 1280, scheme: 'dark', axe: true },
] as const

for (const { width, scheme, axe } of SWEEPS) {
  test(`at ${width} px in ${scheme}, every page and quiz state: nothing scrolls sideways${axe ? ', axe finds nothing' : ''}`, async ({
    page,
  }) => {
    // A tour of the whole app with a check (and axe) at every state.
    test.setTimeout(300_000)
    await page.setViewportSize({ width, height: width < 600 ? 844 : 800 })
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' })
    let n = 0
    await tour(page, async (name) => {
      await expectNoSidewaysScroll(page, name)
      if (axe) await expectNoAxeViolations(page, `${name} (${width} px, ${scheme})`)
      n++
      await page.screenshot({
        path: `${SCREENSHOTS}/${width}-${scheme}/${String(n).padStart(2, '0')}-${name}.png`,
        fullPage: true,
      })
    })
  })
}
