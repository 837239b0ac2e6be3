/**
 * Size limits for sets and articles that come from outside — a file, a link, the browser's own
 * storage — checked before anything else reads them, so a hostile or broken input is refused with
 * a sentence instead of freezing the page. Generous for real teaching material.
 */
import { formatPath, type JsonPath } from '../bank/issues.ts'

export const LIMITS = {
  /** A file picked for import, or a set in a link, in characters. */
  fileChars: 2_000_000,
  /** One text field: a prompt, an option, a quote. */
  textChars: 5_000,
  /** One paragraph of an article. */
  paragraphChars: 20_000,
  /** Items in any list: questions, options, paragraphs. */
  listItems: 1_000,
  /** How deep JSON may nest. */
  depth: 8,
} as const

export interface LimitProblem {
  path: string
  /** The place as a path, for a caller that names it in words. */
  at: JsonPath
  message: string
}

/** The first few places where `value` goes past a limit; empty when it stays within them. */
export function limitProblems(value: unknown, max = 5): LimitProblem[] {
  const out: LimitProblem[] = []
  const walk = (v: unknown, path: JsonPath, depth: number) => {
    if (out.length >= max) return
    if (depth > LIMITS.depth) {
      out.push({
        path: formatPath(path),
        at: path,
        message: `is nested more than ${LIMITS.depth} levels deep`,
      })
      return
    }
    if (typeof v === 'string') {
      const limit = path.includes('paragraphs') ? LIMITS.paragraphChars : LIMITS.textChars
      if (v.length > limit)
        out.push({
          path: formatPath(path),
          at: path,
          message: `is ${v.length.toLocaleString('en')} characters long; at most ${limit.toLocaleString('en')} are allowed`,
        })
      return
    }
    if (Array.isArray(v)) {
      if (v.length > LIMITS.listItems) {
        out.push({
          path: formatPath(path),
          at: path,
          message: `has ${v.length.toLocaleString('en')} items; at most ${LIMITS.listItems.toLocaleString('en')} are allowed`,
        })
        return
      }
      v.forEach((item, i) => walk(item, [...path, i], depth + 1))
      return
    }
    if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v)
      if (entries.length > LIMITS.listItems) {
        out.push({ path: formatPath(path), at: path, message: 'has too many fields' })
        return
      }
      for (const [k, item] of entries) {
        if (k.length > 200) {
          out.push({
            path: formatPath(path),
            at: path,
            message: 'has a field name over 200 characters',
          })
          return
        }
        walk(item, [...path, k], depth + 1)
      }
    }
  }
  walk(value, [], 0)
  return out
}
