/**
 * `npm run checks`: the static checks of `npm test` — types, lint, format and the shipped banks —
 * run side by side. Each is a process that spends most of its time on one core, so on two cores
 * they finish in about the time of the slowest (ESLint's type-aware rules) instead of the sum.
 * Each check's output is printed whole when it ends, never interleaved with another's. Exits
 * non-zero when any check fails, after every check has reported.
 */
import { spawn } from 'node:child_process'
import { pathToFileURL } from 'node:url'

export interface Check {
  name: string
  command: string
  args: string[]
}

/**
 * npm itself: the CLI that started this script when there is one (run through Node, which works
 * on every platform; Windows will not spawn `npm.cmd` without a shell), else `npm` on the PATH.
 */
const npmCli = process.env.npm_execpath
const npm = (args: string[]) =>
  npmCli && /\.[cm]?js$/.test(npmCli)
    ? { command: process.execPath, args: [npmCli, ...args] }
    : { command: 'npm', args }
const script = (name: string, ...args: string[]): Check => ({
  name: `${name} (npm run ${args.join(' ')})`,
  ...npm(['run', '--silent', ...args]),
})

export const CHECKS: Check[] = [
  script('types', 'typecheck'),
  script('lint', 'lint'),
  script('format', 'format:check'),
  script('banks', 'validate', '--', '--strict'),
]

function run(check: Check, write: (text: string) => void): Promise<boolean> {
  const started = performance.now()
  return new Promise((resolve) => {
    const output: Buffer[] = []
    let reported = false
    // A command that cannot start reports 'error' and may then report 'close' too: say it once.
    const finish = (ok: boolean, note = '') => {
      if (reported) return
      reported = true
      const seconds = ((performance.now() - started) / 1000).toFixed(1)
      const text = Buffer.concat(output).toString().trim()
      write(`${ok ? '✓' : '✗'} ${check.name}, ${seconds} s${note}\n${text ? `${text}\n` : ''}`)
      resolve(ok)
    }
    const child = spawn(check.command, check.args, { stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk))
    child.on('error', (error) => finish(false, `: ${error.message}`))
    child.on('close', (code) => finish(code === 0))
  })
}

/** Runs every check at once; the names of those that failed (none: all passed). */
export async function runChecks(
  checks: readonly Check[],
  write: (text: string) => void = (text) => process.stdout.write(text),
): Promise<string[]> {
  const passed = await Promise.all(checks.map((check) => run(check, write)))
  return checks.filter((_, i) => !passed[i]).map((check) => check.name)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const failed = await runChecks(CHECKS)
  if (failed.length) {
    process.stderr.write(`✗ ${failed.length} of ${CHECKS.length} failed: ${failed.join('; ')}\n`)
    process.exit(1)
  }
}
