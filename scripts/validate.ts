/**
 * `npm run validate [paths…]`: checks question banks the way the app will load them and prints
 * every problem as `file:line:col path: message`. Exits 1 on any problem, 0 when all is well.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { relative, resolve, join } from 'node:path'
import {
  formatIssue,
  isPassageFile,
  loadLibrary,
  type SourceFile,
} from '../src/domain/bank/index.ts'

const DEFAULT_ROOT = 'questions'

function jsonFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path]
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = join(path, entry.name)
      if (entry.isDirectory()) return jsonFiles(full)
      return entry.name.endsWith('.json') ? [full] : []
    })
}

function display(path: string): string {
  return relative(process.cwd(), resolve(path)).split('\\').join('/')
}

/** Runs the validator over `args` and returns the exit code; output goes to `write`. */
export function validate(args: readonly string[], write: (line: string) => void): number {
  const targets = args.length ? args : [DEFAULT_ROOT]
  const missing = targets.filter((t) => !existsSync(t))
  for (const m of missing) write(`${m}: no such file or folder`)
  if (missing.length) return 1

  const requested = new Set(targets.flatMap(jsonFiles).map(display))
  // A bank is checked against its passage, so passages under questions/ load even when only a
  // single bank was named on the command line.
  const context = existsSync(DEFAULT_ROOT)
    ? jsonFiles(DEFAULT_ROOT).map(display).filter(isPassageFile)
    : []
  const files: SourceFile[] = [...new Set([...requested, ...context])].map((file) => ({
    file,
    text: readFileSync(file, 'utf8'),
  }))

  const library = loadLibrary(files)
  const failures = library.failures.filter((f) => requested.has(f.file))
  for (const failure of failures) for (const issue of failure.issues) write(formatIssue(issue))

  const banks = library.banks.filter((b) => requested.has(b.file))
  const questions = banks.reduce((n, b) => n + b.bank.questions.length, 0)
  const problems = failures.reduce((n, f) => n + f.issues.length, 0)
  if (problems === 0) {
    write(`✓ ${requested.size} files valid: ${banks.length} question sets, ${questions} questions`)
    return 0
  }
  write(
    `✗ ${problems} ${problems === 1 ? 'problem' : 'problems'} in ${failures.length} of ${requested.size} files` +
      ` (${banks.length} sets with ${questions} questions are fine)`,
  )
  return 1
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('validate.ts')) {
  process.exitCode = validate(process.argv.slice(2), (line) => console.log(line))
}
