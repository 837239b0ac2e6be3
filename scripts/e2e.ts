/**
 * `npm run test:e2e`: builds the app (and its portable single file), checks the first-load budget
 * (scripts/size.ts), and drives the production build in Debian's Chromium. On CI a missing browser fails the run loudly; on a
 * developer's machine the browser tests are skipped with a notice.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const browser = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const onCi = !!process.env.CI && process.env.CI !== 'false'

function step(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

step(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'])
step(process.execPath, [
  'node_modules/vite/bin/vite.js',
  'build',
  '--mode',
  'portable',
  '--logLevel',
  'warn',
])
step(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/size.ts'])

if (!existsSync(browser)) {
  const how =
    'Install it with: apt-get update && apt-get install -y chromium (or set CHROMIUM_PATH).'
  if (onCi) {
    console.error(`✗ e2e: no Chromium at ${browser}. The browser tests cannot run. ${how}`)
    process.exit(1)
  }
  console.warn(`! e2e SKIPPED: no Chromium at ${browser}. ${how}`)
  process.exit(0)
}

step(process.execPath, ['node_modules/@playwright/test/cli.js', 'test', ...process.argv.slice(2)])
