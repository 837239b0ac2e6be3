/**
 * Size limits for sets and articles that come from outside — a file, a link, the browser's own
 * storage — checked before anything else reads them, so a hostile or broken input is refused with
 * a sentence instead of freezing the page. Generous for real teaching material.
 */
import type { JsonPath } from '../bank/issues.ts'

export const LIMITS = {
  /** A file picked for import, or a set in a link, in characters. */
  fileChars: 2_000_000,
  /** One text field: a prompt, an option, a quote. */
  textChars: 5_000,
  /**
   * One text field of an editor's draft, which keeps what was typed past `textChars` (the editor
   * says to shorten it before saving) up to this, so a hostile record cannot freeze the editor.
   */
  draftChars: 100_000,
  /** One paragraph of an article. */
  paragraphChars: 20_000,
  /** Items in any list: questions, options, paragraphs. */
  listItems: 1_000,
  /** How deep JSON may nest. */
  depth: 8,
} as const

export interface LimitProblem {
  /** Where, as a path: a caller names the place in its own words (placeInFile). */
  at: JsonPath
  /** What to do, for the place named before it: "Shorten it to 5,000 characters or fewer (it has 6,000)". */
  message: string
  /**
   * What was found, said of the place named before it: "It is 6,000 characters long, more than
   * the 5,000 Passage keeps" (a stored record set aside says what, where it cannot say what to do).
   */
  found: string
}

const n = (count: number) => count.toLocaleString('en')

/**
 * The first few places where `value` goes past a limit; empty when it stays within them.
 * `textChars` is the longest text field outside an article's paragraphs.
 */
export function limitProblems(
  value: unknown,
  max = 5,
  textChars: number = LIMITS.textChars,
): LimitProblem[] {
  const out: LimitProblem[] = []
  const add = (at: JsonPath, message: string, found: string) => out.push({ at, message, found })
  const walk = (v: unknown, path: JsonPath, depth: number) => {
    if (out.length >= max) return
    if (depth > LIMITS.depth) {
      add(
        path,
        `Remove what is inside it: Passage reads nothing nested more than ${LIMITS.depth} levels deep`,
        `It is nested more than ${LIMITS.depth} levels deep`,
      )
      return
    }
    if (typeof v === 'string') {
      const paragraph = path.includes('paragraphs')
      const limit = paragraph ? LIMITS.paragraphChars : textChars
      if (v.length > limit)
        add(
          path,
          `Shorten it to ${n(limit)} characters or fewer${paragraph ? ', or split it in two' : ''} (it has ${n(v.length)})`,
          `It is ${n(v.length)} characters long, more than the ${n(limit)} Passage keeps`,
        )
      return
    }
    if (Array.isArray(v)) {
      if (v.length > LIMITS.listItems) {
        add(
          path,
          `Keep it to ${n(LIMITS.listItems)} items or fewer (it has ${n(v.length)})`,
          `It has ${n(v.length)} items, more than the ${n(LIMITS.listItems)} Passage keeps`,
        )
        return
      }
      v.forEach((item, i) => walk(item, [...path, i], depth + 1))
      return
    }
    if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v)
      if (entries.length > LIMITS.listItems) {
        add(
          path,
          `Remove the fields Passage does not use (it has ${n(entries.length)})`,
          `It has ${n(entries.length)} fields, more than Passage uses`,
        )
        return
      }
      for (const [k, item] of entries) {
        if (k.length > 200) {
          add(
            path,
            'Remove the field whose name is over 200 characters long: Passage has no such field',
            'A field in it has a name over 200 characters long',
          )
          return
        }
        walk(item, [...path, k], depth + 1)
      }
    }
  }
  walk(value, [], 0)
  return out
}
