/** Lint warnings placed in the file a teacher edits, and printed the way errors are. */
import { formatPath, type BankIssue } from '../issues.ts'
import type { LocatedJson } from '../locate.ts'
import { issueAt } from '../parse.ts'
import type { LintRuleId } from './rule-ids.ts'
import type { LintWarning } from './types.ts'

export interface LintIssue extends BankIssue {
  rule: LintRuleId
  /** The second place involved, in the same file. */
  related?: { line: number; column: number; path: string }
}

/** Each warning at its line and column, in file order. */
export function locateWarnings(
  file: string,
  json: LocatedJson,
  warnings: readonly LintWarning[],
): LintIssue[] {
  return warnings
    .map((w) => ({
      ...issueAt(file, json, w.path, w.message),
      rule: w.rule,
      ...(w.related && {
        related: { ...json.locate(w.related.path), path: formatPath(w.related.path) },
      }),
    }))
    .sort((a, b) => a.line - b.line || a.column - b.column)
}

/** `file:line:col path: warning [rule]: message (see file:line:col other.path)`. */
export function formatWarning(issue: LintIssue): string {
  const at = `${issue.file}:${issue.line}:${issue.column} ${issue.path}`
  const see = issue.related
    ? ` (see ${issue.file}:${issue.related.line}:${issue.related.column} ${issue.related.path})`
    : ''
  return `${at}: warning [${issue.rule}]: ${issue.message}${see}`
}
