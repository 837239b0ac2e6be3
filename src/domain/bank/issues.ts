import { quoted } from '../text/clip.ts'

/** A problem found in a bank or passage file, located for a person to fix. */
export interface BankIssue {
  file: string
  line: number
  column: number
  /** JSON path in the style teachers read: `questions[3].answer`. */
  path: string
  message: string
}

export type JsonPath = readonly (string | number)[]

/** `questions[3].answer` from `['questions', 3, 'answer']`. */
export function formatPath(path: JsonPath): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += out ? `.${part}` : part
    // A key can be anything a file holds, megabytes included: keep the path readable.
    else out += `[${quoted(part, 40)}]`
  }
  return out || '(top level)'
}

/** One line per issue, as editors and terminals link it: `file:line:col path: message`. */
export function formatIssue(issue: BankIssue): string {
  return `${issue.file}:${issue.line}:${issue.column} ${issue.path}: ${issue.message}`
}

/** What `root` holds at `path`; undefined where the path leads nowhere. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<PropertyKey, unknown>)[part]
  }
  return current
}
