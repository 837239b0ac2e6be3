import { describe, expect, it } from 'vitest'
import { CHROMIUM, HEADLESS_SHELL, e2eBrowser } from '../../scripts/browser.ts'

const installed =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path)

describe('the browser the e2e tests drive', () => {
  it('is the headless shell when it is installed, beside Chromium or alone', () => {
    expect(e2eBrowser({}, installed(HEADLESS_SHELL, CHROMIUM))).toBe(HEADLESS_SHELL)
    expect(e2eBrowser({}, installed(HEADLESS_SHELL))).toBe(HEADLESS_SHELL)
  })

  it('is Chromium when the shell is not installed, and none when neither is', () => {
    expect(e2eBrowser({}, installed(CHROMIUM))).toBe(CHROMIUM)
    expect(e2eBrowser({}, installed())).toBeUndefined()
  })

  it('is the one CHROMIUM_PATH names, and none when nothing is there', () => {
    const env = { CHROMIUM_PATH: '/opt/chrome/chrome' }
    expect(e2eBrowser(env, installed('/opt/chrome/chrome', HEADLESS_SHELL))).toBe(
      '/opt/chrome/chrome',
    )
    expect(e2eBrowser(env, installed(HEADLESS_SHELL, CHROMIUM))).toBeUndefined()
  })
})
