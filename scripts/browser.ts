import { existsSync } from 'node:fs'

/**
 * Debian's old headless shell (`apt-get install chromium-headless-shell`): the same Blink and V8
 * as Chromium, without the window's compositor and GPU process, and the build Playwright itself
 * drives for headless tests. On 2 cores the browser suite takes half the time in it.
 */
export const HEADLESS_SHELL = '/usr/lib/chromium/chromium-headless-shell'
/** Debian's Chromium (`apt-get install chromium`). */
export const CHROMIUM = '/usr/bin/chromium'

/**
 * The browser the e2e tests drive: `CHROMIUM_PATH` when set, else the headless shell, else
 * Chromium, whichever is installed; undefined when none is.
 */
export function e2eBrowser(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): string | undefined {
  if (env.CHROMIUM_PATH) return exists(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined
  return [HEADLESS_SHELL, CHROMIUM].find(exists)
}
