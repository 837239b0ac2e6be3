import { curly, quoted } from '../text/quote.ts'

/** A problem found in a bank or passage file, located for a person to fix. */
export interface BankIssue {
  file: string
  line: number
  column: number
  /** JSON path in the style teachers read: `questions[3].answer`. */
  path: string
  /** The same path as a list, where the problem has one (not for a file that is not JSON). */
  at?: JsonPath
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

/** A field's name in plain words: `passMark` → "pass mark". */
const words = (key: string) => key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()

/** One item of a list, by the list's name: `choices` → "choice". */
const ITEM: Record<string, string> = {
  choices: 'choice',
  answers: 'answer',
  evidence: 'evidence quote',
  accepted: 'accepted answer',
  items: 'item',
  pairs: 'pair',
  tags: 'tag',
  paragraphs: 'paragraph',
  allow: 'allowed rule',
}

/**
 * Where a problem is, in words a teacher reads before its message, as the editor's error summary
 * names places: `questions[3].choices` → "Question 4, choices", `["pairs", 0, "left"]` of a
 * question → "pair 1, left"; the top level is "The file".
 */
export function placeOf(path: JsonPath): string {
  const parts: string[] = []
  path.forEach((part, i) => {
    const before = path[i - 1]
    if (typeof part === 'string') {
      if (!(i === 0 && part === 'questions' && typeof path[1] === 'number'))
        parts.push(/^[A-Za-z_$][\w$]*$/.test(part) ? words(part) : curly(part, 40))
    } else if (i === 1 && path[0] === 'questions') parts.push(`Question ${part + 1}`)
    else if (typeof before === 'string' && ITEM[before])
      parts[parts.length - 1] = `${ITEM[before]} ${part + 1}`
    else parts.push(String(part + 1))
  })
  const out = parts.join(', ')
  return out ? out.charAt(0).toUpperCase() + out.slice(1) : 'The file'
}
