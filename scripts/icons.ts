/**
 * `npm run icons`: draws the PNG app icons from their SVG sources in public/icons/ with the
 * Chromium the browser tests use. The PNGs are committed (run this after changing an SVG).
 */
import { readFileSync } from 'node:fs'
import { chromium } from 'playwright-core'

const ICONS = [
  { source: 'public/icons/icon.svg', out: 'public/icons/icon-192.png', size: 192 },
  { source: 'public/icons/icon.svg', out: 'public/icons/icon-512.png', size: 512 },
  {
    source: 'public/icons/icon-maskable.svg',
    out: 'public/icons/icon-maskable-512.png',
    size: 512,
  },
  { source: 'public/icons/icon-maskable.svg', out: 'public/icons/apple-touch-icon.png', size: 180 },
]

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
})
try {
  for (const { source, out, size } of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } })
    const svg = readFileSync(source, 'utf8')
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    )
    await page.locator('svg').screenshot({ path: out, omitBackground: true })
    await page.close()
    console.log(`${out} (${size}×${size}) from ${source}`)
  }
} finally {
  await browser.close()
}
