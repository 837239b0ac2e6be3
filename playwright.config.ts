import { defineConfig, devices } from '@playwright/test'
import { onCi } from './scripts/on-ci.ts'
import { CHROMIUM, e2eBrowser } from './scripts/browser.ts'

const port = Number(process.env.PASSAGE_E2E_PORT ?? 4317)
// The headless shell when installed (scripts/browser.ts); Playwright names a missing browser.
const executablePath = e2eBrowser() ?? process.env.CHROMIUM_PATH ?? CHROMIUM
/**
 * A trace films the whole test (a screenshot of every frame drawn, and the page at every step):
 * on 2 cores it is a quarter of a run's time. CI keeps no file from a run, so there it records
 * nothing; on a developer's machine a failing test leaves its trace to open.
 * PASSAGE_E2E_TRACE=on (or off) decides either way.
 */
const traced = (process.env.PASSAGE_E2E_TRACE ?? (onCi ? 'off' : 'on')) !== 'off'

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Two browsers on two cores: tests wait for state with generous limits, so sharing the cores
  // slows each test a little and the whole run by a third less. PASSAGE_E2E_WORKERS=1 for one.
  workers: Number(process.env.PASSAGE_E2E_WORKERS ?? 2),
  reporter: process.env.CI ? 'line' : 'list',
  // Generous limits: tests wait for state, never for time, so a passing test is no slower for
  // them, and a busy 2-core machine (several checkouts testing at once) does not fail a good run.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    trace: traced ? 'retain-on-failure' : 'off',
    // The app's motion is CSS alone (no script waits for a transition to end) and stops for a
    // reader who asks for less (main.css): the tests ask, and the browser's software compositor
    // is spared drawing every frame of every fade. first-quiz.spec.ts plays with motion on.
    reducedMotion: 'reduce',
    // A service worker would answer requests the tests route or count; the offline specs allow it.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath,
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    command: `node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
})
