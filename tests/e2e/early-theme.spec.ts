import { expect, test, type Page } from '@playwright/test'
import type { Theme } from '../../src/domain/progress/settings.ts'
import { useSettings } from './tour.ts'

/** The page's background as the reader sees it: the root's, where the design paints --paper. */
const background = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)

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
    // Once the styles are in (the root is transparent until then), the page has its colour.
    await expect.poll(() => background(page)).toMatch(/^rgb\(/)
    const early = await background(page)
    expect(lightness(early) < 0.5).toBe(chosen === 'dark')

    release()
    await expect(page.locator('html[data-ready]')).toBeAttached()
    await expect(page.getByRole('link', { name: 'Library' })).toBeVisible()
    expect(await background(page)).toBe(early)
  })
}

test('the theme script comes after every file the first page needs, so it never delays them', async ({
  request,
}) => {
  // A classic script stops the parser until it has arrived; ahead of the app's files (with the
  // policy's <meta> first, Chromium does not look past it) it cost a round trip on every first visit.
  const html = await (await request.get('./')).text()
  const head = html.slice(0, html.indexOf('</head>'))
  const at = (pattern: RegExp) => head.search(pattern)
  const theme = at(/<script src="\.\/early-theme\.js"><\/script>/)
  expect(theme).toBeGreaterThan(-1)
  expect(at(/http-equiv="Content-Security-Policy"/)).toBeLessThan(theme)
  for (const tag of [
    /<script type="module"[^>]* src="\.\/assets\/index-/,
    /<link rel="stylesheet"[^>]* href="\.\/assets\/index-/,
  ]) {
    expect(at(tag), String(tag)).toBeGreaterThan(-1)
    expect(at(tag), String(tag)).toBeLessThan(theme)
  }
})
