/**
 * Parses JSON text while keeping where every value sits, so a problem found later at a JSON path
 * can be reported at a line and column of the file the teacher edits.
 *
 * The cost is linear in the text whatever the number of problems: parsing is JSON.parse alone;
 * the first `locate` indexes the text once (one pass, no recursion) and every later one walks
 * its path through that index and finds the line by binary search — nothing rescans the text.
 * Text nested deeper than any bank needs is refused before anything else looks at it.
 */
import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser'
import { MAX_JSON_DEPTH, tooDeepAt } from '../text/json-depth.ts'
import type { JsonPath } from './issues.ts'

export interface Position {
  line: number
  column: number
}

export interface LocatedJson {
  value: unknown
  /** Position of the value at `path`, or of its nearest existing ancestor. */
  locate(path: JsonPath, options?: { key?: boolean }): Position
}

export interface JsonSyntaxError extends Position {
  message: string
}

const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'this is not a valid number',
  PropertyNameExpected: 'expected a "quoted" property name',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":" after the property name',
  CommaExpected: 'expected "," between items (or a closing bracket)',
  CloseBraceExpected: 'expected "}" to close the object',
  CloseBracketExpected: 'expected "]" to close the list',
  EndOfFileExpected: 'unexpected text after the end of the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a string is not closed: add the missing "',
  UnexpectedEndOfNumber: 'a number is cut short',
  InvalidUnicode: 'invalid \\u escape in a string',
  InvalidEscapeCharacter: 'invalid escape in a string: write \\\\ for a backslash',
  InvalidCharacter: 'invalid character in a string (a line break must be written \\n)',
}

/** Line and column (both from 1) of a character offset; scans the text, so call it once. */
export function positionAt(text: string, offset: number): Position {
  return new Lines(text).at(offset)
}

/** The start of every line, found once; a position is then a binary search. */
class Lines {
  private readonly starts: number[] = [0]

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1)
  }

  at(offset: number): Position {
    let lo = 0
    let hi = this.starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((this.starts[mid] as number) <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - (this.starts[lo] as number) + 1 }
  }
}

/**
 * Strict JSON (no comments, no trailing commas) with positions, or the first syntax error.
 * `known(value)` may vouch for a parsed value whose shape it knows (a tidy, valid bank): such a
 * value is only as deep as its shape, so its text is not scanned for depth again.
 */
export function parseLocated(
  text: string,
  known?: (value: unknown) => boolean,
): { ok: true; json: LocatedJson } | { ok: false; error: JsonSyntaxError } {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  let value: unknown
  let thrown: unknown
  let parsed = false
  try {
    // JSON.parse is the reference reader, and the fast one; it does not recurse.
    value = JSON.parse(source)
    parsed = true
  } catch (e) {
    thrown = e
  }
  // Anything that walks the value later may recurse (JSON.stringify, the schema), and so does the
  // syntax-error path below: text nested deeper than a bank needs is refused first.
  if (!(parsed && known?.(value))) {
    const deep = tooDeepAt(source)
    if (deep >= 0) {
      return {
        ok: false,
        error: {
          ...positionAt(source, deep),
          message: `nested more than ${MAX_JSON_DEPTH} levels deep: a question bank needs only a few, so this is not one`,
        },
      }
    }
  }
  if (!parsed) return { ok: false, error: syntaxError(source, thrown) }
  let index: TextIndex | undefined
  return {
    ok: true,
    json: {
      value,
      locate(path, options) {
        index ??= new TextIndex(source)
        return index.locate(path, options?.key ?? false)
      },
    },
  }
}

/** Where and why `source` is not JSON, in words a teacher can act on. */
function syntaxError(source: string, thrown: unknown): JsonSyntaxError {
  // jsonc-parser names the problem and its offset; the depth check keeps its recursion shallow.
  const errors: ParseError[] = []
  try {
    parseTree(source, errors, { disallowComments: true, allowTrailingComma: false })
  } catch {
    // Should the recovery from an error still recurse too deep, fall back to JSON.parse's words.
    errors.length = 0
  }
  const first = errors[0]
  if (!first) {
    // JSON.parse refused something jsonc-parser accepts (a control character, say).
    const detail = thrown instanceof Error ? thrown.message : String(thrown)
    return { line: 1, column: 1, message: `invalid JSON: ${detail.slice(0, 120)}` }
  }
  const code = printParseErrorCode(first.error)
  // "…": "Assad", }" or "…, ]": a comma after the last item, as JavaScript allows and JSON does
  // not; said at the comma, the character to remove, instead of "expected a property name".
  const close = source[first.offset]
  const before = source.slice(0, first.offset).trimEnd()
  if ((close === '}' || close === ']') && before.endsWith(',')) {
    return {
      ...positionAt(source, before.length - 1),
      message: `invalid JSON: a comma after the last item: remove the "," before "${close}"`,
    }
  }
  return {
    ...positionAt(source, first.offset),
    message: `invalid JSON: ${SYNTAX_MESSAGES[code] ?? code}`,
  }
}

const QUOTE = 0x22
const BACKSLASH = 0x5c
const OPEN_OBJECT = 0x7b
const OPEN_ARRAY = 0x5b
/** Objects with more members than this get a key → member map on their first look-up. */
const MAP_FROM = 16

/** Offset of the quote closing the string that opens at `start`. */
function stringEnd(text: string, start: number): number {
  for (let at = text.indexOf('"', start + 1); at >= 0; at = text.indexOf('"', at + 1)) {
    let slashes = 0
    while (text.charCodeAt(at - 1 - slashes) === BACKSLASH) slashes++
    if (slashes % 2 === 0) return at
  }
  return text.length
}

/** Whether a character ends a number, true, false or null: , ] } : or white space. */
function isDelimiter(c: number): boolean {
  return (
    c === 0x2c ||
    c === 0x5d ||
    c === 0x7d ||
    c === 0x3a ||
    c === 0x20 ||
    c === 0x0a ||
    c === 0x0d ||
    c === 0x09
  )
}

/** Whether `text` has a backslash between `from` and `to` (keys are scanned once, so this is linear). */
function hasBackslash(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === BACKSLASH) return true
  return false
}

/** A growable list of offsets in a typed array: millions of values, few objects to collect. */
class Offsets {
  data = new Int32Array(1024)
  length = 0

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2)
      bigger.set(this.data)
      this.data = bigger
    }
    this.data[this.length++] = value
  }
}

/**
 * Every value of a valid JSON text: where it starts, the key it is stored under, its parent, and
 * (computed once at the end) the members of each list and object in order. Built in one pass
 * with an explicit stack, in typed arrays.
 */
/**
 * How many texts have been indexed for positions: once per file that has problems to report,
 * never for a clean one, however many problems it has (tests/domain/bank/hostile.test.ts).
 */
export const textIndexes = { built: 0 }

class TextIndex {
  private readonly starts = new Offsets()
  /** Offset of the opening quote of the value's key, -1 for list items and the root. */
  private readonly keys = new Offsets()
  /** Offset of the closing quote of the value's key. */
  private readonly keyEnds = new Offsets()
  private readonly parents = new Offsets()
  /** Values whose key has escapes, so must be decoded to compare. */
  private readonly escaped = new Set<number>()
  /** The members of value v are memberList[memberStart[v] … memberStart[v + 1]). */
  private readonly memberStart: Int32Array
  private readonly memberList: Int32Array
  private readonly maps = new Map<number, Map<string, number>>()
  private readonly lines: Lines

  constructor(private readonly text: string) {
    textIndexes.built++
    this.lines = new Lines(text)
    const open: number[] = []
    let key = -1
    let keyEnd = -1
    let keyEscaped = false
    const n = text.length
    for (let i = 0; i < n;) {
      const c = text.charCodeAt(i)
      if (c === 0x7d || c === 0x5d) {
        open.pop()
        i++
        continue
      }
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x2c || c === 0x3a) {
        i++
        continue
      }
      const parent = open.length > 0 ? (open[open.length - 1] as number) : -1
      if (
        c === QUOTE &&
        key < 0 &&
        parent >= 0 &&
        text.charCodeAt(this.starts.data[parent] as number) === OPEN_OBJECT
      ) {
        // In an object a string with no key before it is the next key.
        key = i
        keyEnd = stringEnd(text, i)
        keyEscaped = hasBackslash(text, i + 1, keyEnd)
        i = keyEnd + 1
        continue
      }
      const id = this.starts.length
      this.starts.push(i)
      this.keys.push(key)
      this.keyEnds.push(keyEnd)
      this.parents.push(parent)
      if (key >= 0 && keyEscaped) this.escaped.add(id)
      key = -1
      if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
        open.push(id)
        i++
      } else if (c === QUOTE) {
        i = stringEnd(text, i) + 1
      } else {
        // A number, true, false or null runs to the next delimiter.
        while (i < n && !isDelimiter(text.charCodeAt(i))) i++
      }
    }
    // Members grouped by parent: values are numbered in document order, so each group is too.
    const count = this.starts.length
    this.memberStart = new Int32Array(count + 1)
    for (let v = 1; v < count; v++)
      (this.memberStart[(this.parents.data[v] as number) + 1] as number)++
    for (let v = 0; v < count; v++) {
      this.memberStart[v + 1] =
        (this.memberStart[v + 1] as number) + (this.memberStart[v] as number)
    }
    this.memberList = new Int32Array(Math.max(0, count - 1))
    const next = this.memberStart.slice(0, count)
    for (let v = 1; v < count; v++) {
      const parent = this.parents.data[v] as number
      this.memberList[(next[parent] as number)++] = v
    }
  }

  locate(path: JsonPath, key: boolean): Position {
    let node = 0
    let depth = 0
    for (const part of path) {
      const next = this.member(node, part)
      if (next < 0) break
      node = next
      depth++
    }
    // For a property, point at its name ("answr": …) rather than its value.
    const keyAt = this.keys.data[node] as number
    const offset =
      key && depth === path.length && keyAt >= 0 ? keyAt : (this.starts.data[node] as number)
    return this.lines.at(offset)
  }

  private member(node: number, part: string | number): number {
    const from = this.memberStart[node] as number
    const to = this.memberStart[node + 1] as number
    const c = this.text.charCodeAt(this.starts.data[node] as number)
    if (c === OPEN_ARRAY) {
      return typeof part === 'number' && part >= 0 && part < to - from
        ? (this.memberList[from + part] as number)
        : -1
    }
    if (c !== OPEN_OBJECT || typeof part !== 'string') return -1
    if (to - from > MAP_FROM) return this.mapOf(node, from, to).get(part) ?? -1
    // The last of duplicate keys, as JSON.parse keeps the last value.
    for (let k = to - 1; k >= from; k--) {
      const id = this.memberList[k] as number
      if (this.keyIs(id, part)) return id
    }
    return -1
  }

  private mapOf(node: number, from: number, to: number): Map<string, number> {
    let map = this.maps.get(node)
    if (!map) {
      map = new Map()
      for (let k = from; k < to; k++) {
        const id = this.memberList[k] as number
        map.set(this.keyText(id), id)
      }
      this.maps.set(node, map)
    }
    return map
  }

  /** Whether member `id`'s key is `part`: compared in place, decoded only if it has escapes. */
  private keyIs(id: number, part: string): boolean {
    const start = this.keys.data[id] as number
    if (this.escaped.has(id)) return this.keyText(id) === part
    const end = this.keyEnds.data[id] as number
    return end - start - 1 === part.length && this.text.startsWith(part, start + 1)
  }

  private keyText(id: number): string {
    const start = this.keys.data[id] as number
    const raw = this.text.slice(start, (this.keyEnds.data[id] as number) + 1)
    return this.escaped.has(id) ? (JSON.parse(raw) as string) : raw.slice(1, -1)
  }
}
