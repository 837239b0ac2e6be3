/**
 * `npm run size` (part of `npm test`, after the build): the first-load budget. Sums the gzip -9
 * bytes of the JS and CSS a first visit to the budget's route downloads and fails when they are
 * over `bench/budget.json`.
 */
import { existsSync, readFileSync } from 'node:fs'
import { initialSize } from './lib/initial-size.ts'

interface Budget {
  route: string
  gzipBytes: number
}

/** Checks `dist` against the budget file; returns the exit code, writing lines to `write`. */
export function checkSize(dist: string, budgetFile: string, write: (line: string) => void): number {
  const budget = JSON.parse(readFileSync(budgetFile, 'utf8')) as Budget
  // A page with no chunk of its own is counted as part of the entry: it must be a real page.
  if (!existsSync(budget.route)) throw new Error(`${budgetFile}: no page ${budget.route}`)
  const size = initialSize(dist, budget.route)
  for (const f of size.files) write(`  ${String(f.gzip).padStart(7)}  ${f.file}`)
  const verdict = size.gzip <= budget.gzipBytes ? '✓' : '✗'
  write(
    `${verdict} first load of ${budget.route}: ${size.gzip} bytes gzip -9, budget ${budget.gzipBytes} (${budgetFile})`,
  )
  return size.gzip <= budget.gzipBytes ? 0 : 1
}

if (process.argv[1]?.endsWith('size.ts')) {
  const dist = process.argv[2] ?? 'dist'
  const write = (line: string) => console.log(line)
  process.exitCode = checkSize(dist, 'bench/budget.json', write)
}
