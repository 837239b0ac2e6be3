import { test } from '@playwright/test'
import { settled, tour } from '../e2e/tour.ts'

const OUT = process.env.PASSAGE_SCREENSHOTS ?? 'screenshots'

for (const width of [390, 1280]) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`every page and state at ${width} px, ${scheme}`, async ({ page }) => {
      await page.setViewportSize({ width, height: width < 600 ? 844 : 800 })
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' })
      let n = 0
      await tour(page, async (name) => {
        await settled(page)
        n++
        const file = `${OUT}/${width}-${scheme}/${String(n).padStart(2, '0')}-${name}.png`
        await page.screenshot({ path: file, fullPage: true })
      })
    })
  }
}
