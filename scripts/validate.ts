/**
 * `npm run validate [--strict] [paths…]`: checks question banks the way the app will load them and
 * prints every problem as `file:line:col path: message`, then the item-writing lint's warnings as
 * `file:line:col path: warning [rule-id]: message`. Exits 0 when all is well, 1 on any problem (in
 * a file, or with a path: a link leaving questions/, a folder, bytes that are not UTF-8) — and,
 * with `--strict`, on any warning — and 2 if it could not finish: a bug, reported in one line
 * rather than a stack trace.
 */
import {
  formatIssue,
  isPassageFile,
  loadLibrary,
  type BankIssue,
  type Library,
  type SourceFile,
} from '../src/domain/bank/index.ts'
import {
  formatWarning,
  lintBank,
  locateWarnings,
  type LintIssue,
  type LintWarning,
} from '../src/domain/bank/lint/index.ts'
import { parseLocated } from '../src/domain/bank/locate.ts'
import { issueAt } from '../src/domain/bank/parse.ts'
import { passMarkProblem } from '../src/domain/bank/pass-mark.ts'
import { errorText } from '../src/domain/text/clip.ts'
import { display, findQuestionFiles, readQuestionFile } from './lib/question-files.ts'

const DEFAULT_ROOT = 'questions'

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

interface Linted {
  issues: LintIssue[]
  allowed: LintWarning[]
}

/** Lints every requested bank that loaded; banks with problems are linted once they are fixed. */
function lint(library: Library, files: readonly SourceFile[], requested: Set<string>): Linted {
  const out: Linted = { issues: [], allowed: [] }
  for (const { file, bank } of library.banks) {
    const passage = library.passages[bank.passage]
    const text = files.find((f) => f.file === file)?.text
    if (!requested.has(file) || !passage || text === undefined) continue
    const located = parseLocated(text)
    if (!located.ok) continue
    const report = lintBank(bank, passage)
    out.issues.push(...locateWarnings(file, located.json, report.warnings))
    out.allowed.push(...report.allowed)
  }
  return out
}

/** `⚠ 3 warnings: 2 giveaway, 1 key-position; 2 warnings allowed by lint.allow` */
function warningSummary({ issues, allowed }: Linted, strict: boolean): string | undefined {
  if (issues.length === 0 && allowed.length === 0) return undefined
  const byRule = new Map<string, number>()
  for (const issue of issues) byRule.set(issue.rule, (byRule.get(issue.rule) ?? 0) + 1)
  const rules = [...byRule]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([rule, n]) => `${n} ${rule}`)
    .join(', ')
  const silenced = allowed.length
    ? `${plural(allowed.length, 'warning')} allowed by lint.allow`
    : ''
  if (issues.length === 0) return `✓ no warnings; ${silenced}`
  const shown = `${plural(issues.length, 'warning')}: ${rules}${silenced ? `; ${silenced}` : ''}`
  return strict ? `✗ --strict: ${shown}` : `⚠ ${shown}`
}

/** Runs the validator over `args` and returns the exit code; output goes to `write`. */
export function validate(args: readonly string[], write: (line: string) => void): number {
  const options = args.filter((a) => a.startsWith('--'))
  const unknown = options.filter((o) => o !== '--strict')
  for (const u of unknown) write(`${u}: unknown option (the only option is --strict)`)
  if (unknown.length) return 1
  const strict = options.includes('--strict')
  const paths = args.filter((a) => !a.startsWith('--'))
  const targets = paths.length ? paths : [DEFAULT_ROOT]
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
  // The app still reads such a set as it is (a set saved before the studio refused its pass mark
  // opens, and its SCORM package passes only full marks); a file to ship must not have one.
  const unshown = library.banks.flatMap(({ file, bank }) => {
    const message = passMarkProblem(bank.passMark)
    const located =
      message && requested.has(file) && parseLocated(files.find((f) => f.file === file)?.text ?? '')
    return message && located && located.ok
      ? [{ file, issues: [issueAt(file, located.json, ['passMark'], message)] }]
      : []
  })
  library.banks = library.banks.filter((b) => !unshown.some((u) => u.file === b.file))
  const failures = [
    ...[...unreadable].map(([file, issues]) => ({ file, issues })),
    ...library.failures.filter((f) => requested.has(f.file)),
    ...unshown,
  ]
  for (const failure of failures) for (const issue of failure.issues) write(formatIssue(issue))

  const linted = lint(library, files, requested)
  for (const issue of linted.issues) write(formatWarning(issue))

  const banks = library.banks.filter((b) => requested.has(b.file))
  const questions = banks.reduce((n, b) => n + b.bank.questions.length, 0)
  const problems = failures.reduce((n, f) => n + f.issues.length, 0)
  if (problems === 0)
    write(`✓ ${requested.size} files valid: ${banks.length} question sets, ${questions} questions`)
  else
    write(
      `✗ ${plural(problems, 'problem')} in ${failures.length} of ${requested.size} files` +
        ` (${banks.length} sets with ${questions} questions are fine)`,
    )
  const summary = warningSummary(linted, strict)
  if (summary) write(summary)
  return problems > 0 || (strict && linted.issues.length > 0) ? 1 : 0
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
