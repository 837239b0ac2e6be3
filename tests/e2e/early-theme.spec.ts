import { expect, test, type Page } from '@playwright/test'
import type { Theme } from '../../src/domain/progress/settings.ts'
import { useSettings } from './tour.ts'

/** The page's background as the reader sees it: the root's, where the design paints --paper. */
const background = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)

/** The colour scheme the root is drawn in: what the browser's own background follows. */
const colorScheme = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)

/** Relative lightness 0–1 of an `rgb(r, g, b)` colour, enough to tell a light page from a dark. */
function lightness(rgb: string): number {
  const [r = 0, g = 0, b = 0] = (rgb.match(/\d+/g) ?? []).map(Number)
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255
}

const cases: { chosen: Exclude<Theme, 'system'>; device: 'light' | 'dark' }[] = [
  { chosen: 'dark', device: 'light' },
  { chosen: 'light', device: 'dark' },
]

for (const { chosen, device } of cases) {
  test(`a reader who chose ${chosen} on a ${device} device sees only the ${chosen} page while the app loads`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: device })
    await useSettings(page, { theme: chosen })
    // Hold the app's own script back: what the page shows meanwhile is what its first paint shows.
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
      await held
      await route.continue()
    })

    await page.goto('./', { waitUntil: 'commit' })
    await expect(page.locator('html')).toHaveAttribute('data-theme', chosen)
    await expect(page.locator('#app')).toBeEmpty()
    // The app's styles come with its script: until then the browser's own page is what a browser
    // that paints early shows, and it follows the root's colour scheme, not the device's.
    expect(await colorScheme(page)).toBe(chosen)

    release()
    await expect(page.locator('html[data-ready]')).toBeAttached()
    await expect(page.getByRole('link', { name: 'Library' })).toBeVisible()
    expect(lightness(await background(page)) < 0.5).toBe(chosen === 'dark')
    expect(await colorScheme(page)).toBe(chosen)
  })
}

test('the first page needs one file: the app script, which holds the first paint and brings the styles', async ({
  request,
}) => {
  // A classic script stops the parser until it has arrived; ahead of the app's script (with the
  // policy's <meta> first, Chromium does not look past it) it cost a round trip on every first visit.
  // A stylesheet <link> held the app's script back until it had arrived (src/styles/base.ts).
  const html = await (await request.get('./')).text()
  const head = html.slice(0, html.indexOf('</head>'))
  const at = (pattern: RegExp) => head.search(pattern)
  const theme = at(/<script src="\.\/early-theme\.js"><\/script>/)
  expect(theme).toBeGreaterThan(-1)
  expect(at(/http-equiv="Content-Security-Policy"/)).toBeLessThan(theme)
  const app = at(/<script type="module"[^>]* src="\.\/assets\/index-[^"]+"[^>]* blocking="render"/)
  expect(app).toBeGreaterThan(-1)
  expect(app).toBeLessThan(theme)
  expect(head).not.toMatch(/<link rel="stylesheet"/)
})
