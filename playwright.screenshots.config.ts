import { defineConfig } from '@playwright/test'
import base from './playwright.config.ts'

/**
 * `npm run screenshots`: every route and quiz state (the tour in tests/e2e/tour.ts) at 390 and
 * 1280 px, light and dark, saved as PNGs under screenshots/ (gitignored; CI keeps them as
 * artifacts) for a reviewer to look at. Not part of `npm test`: it checks nothing.
 */
export default defineConfig({
  ...base,
  testDir: 'tests/screenshots',
  timeout: 300_000,
})
