/**
 * `npm run validate [paths…]`: checks question banks the way the app will load them and prints
 * every problem as `file:line:col path: message`. Exits 0 when all is well, 1 on any problem
 * (in a file, or with a path: a link leaving questions/, a folder, bytes that are not UTF-8), and
 * 2 if it could not finish — a bug, reported in one line rather than a stack trace.
 */
import {
  formatIssue,
  isPassageFile,
  loadLibrary,
  type BankIssue,
  type SourceFile,
} from '../src/domain/bank/index.ts'
import { errorText } from '../src/domain/text/clip.ts'
import { display, findQuestionFiles, readQuestionFile } from './lib/question-files.ts'

const DEFAULT_ROOT = 'questions'

/** Runs the validator over `args` and returns the exit code; output goes to `write`. */
export function validate(args: readonly string[], write: (line: string) => void): number {
  const targets = args.length ? args : [DEFAULT_ROOT]
  const found = findQuestionFiles(targets, DEFAULT_ROOT)
  for (const m of found.missing) write(`${m}: no such file or folder`)
  if (found.missing.length) return 1

  // Problems with the files themselves (links, folders, bytes that are not UTF-8), per file.
  const unreadable = new Map<string, BankIssue[]>()
  for (const issue of found.problems) unreadable.set(issue.file, [issue])
  const requested = new Set([...found.files.map(display), ...unreadable.keys()])
  // A bank is checked against its passage, so passages under questions/ load even when only a
  // single bank was named on the command line.
  const context = findQuestionFiles([DEFAULT_ROOT], DEFAULT_ROOT)
    .files.map(display)
    .filter(isPassageFile)
  const files: SourceFile[] = []
  for (const file of new Set([...found.files.map(display), ...context])) {
    if (unreadable.has(file)) continue
    const read = readQuestionFile(file)
    if (read.ok) files.push({ file, text: read.text })
    else if (requested.has(file)) unreadable.set(file, [read.issue])
  }

  const library = loadLibrary(files)
  const failures = [
    ...[...unreadable].map(([file, issues]) => ({ file, issues })),
    ...library.failures.filter((f) => requested.has(f.file)),
  ]
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
  try {
    process.exitCode = validate(process.argv.slice(2), (line) => console.log(line))
  } catch (e) {
    // Whatever the files hold, a teacher gets one line, not a stack trace.
    console.log(`✗ validate stopped: ${errorText(e)}. This is a bug in Passage; please report it.`)
    process.exitCode = 2
  }
}
