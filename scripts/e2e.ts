/**
 * `npm run test:e2e`: builds the app (and its portable single file, and a copy over hostile banks
 * in dist/hostile/), checks the first-load budget (scripts/size.ts), and drives the production
 * build in Debian's Chromium (its headless shell when installed: scripts/browser.ts). On CI a
 * missing browser fails the run loudly; on a developer's machine the browser tests are skipped
 * with a notice.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeHostileBanks } from '../tests/fixtures/hostile.ts'
import { onCi } from './on-ci.ts'
import { CHROMIUM, HEADLESS_SHELL, e2eBrowser } from './browser.ts'

const browser = e2eBrowser()

function step(command: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
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

// The same app built over hostile banks (tests/fixtures/hostile.ts), served at dist/hostile/.
const hostile = mkdtempSync(join(tmpdir(), 'passage-hostile-'))
try {
  writeHostileBanks(hostile)
  step(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn', '--outDir', 'dist/hostile'],
    { PASSAGE_QUESTIONS_DIR: hostile },
  )
} finally {
  rmSync(hostile, { recursive: true, force: true })
}

if (!browser) {
  const where = process.env.CHROMIUM_PATH ?? `${HEADLESS_SHELL} or ${CHROMIUM}`
  const how =
    'Install it with: apt-get update && apt-get install -y chromium-headless-shell (or chromium, or set CHROMIUM_PATH).'
  if (onCi) {
    console.error(`✗ e2e: no Chromium at ${where}. The browser tests cannot run. ${how}`)
    process.exit(1)
  }
  console.warn(`! e2e SKIPPED: no Chromium at ${where}. ${how}`)
  process.exit(0)
}

step(process.execPath, ['node_modules/@playwright/test/cli.js', 'test', ...process.argv.slice(2)], {
  CHROMIUM_PATH: browser,
})
