/**
 * Parses JSON text while keeping where every value sits, so a problem found later at a JSON path
 * can be reported at a line and column of the file the teacher edits.
 */
import {
  findNodeAtLocation,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from 'jsonc-parser'
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

/** Line and column (both from 1) of a character offset. */
export function positionAt(text: string, offset: number): Position {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}

/** Strict JSON (no comments, no trailing commas) with positions, or the first syntax error. */
export function parseLocated(
  text: string,
): { ok: true; json: LocatedJson } | { ok: false; error: JsonSyntaxError } {
  const errors: ParseError[] = []
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const root = parseTree(source, errors, { disallowComments: true, allowTrailingComma: false })
  const first = errors[0]
  if (first || !root) {
    const offset = first?.offset ?? 0
    const code = first ? printParseErrorCode(first.error) : 'ValueExpected'
    const message = SYNTAX_MESSAGES[code] ?? code
    return {
      ok: false,
      error: { ...positionAt(source, offset), message: `invalid JSON: ${message}` },
    }
  }
  // JSON.parse is the reference reader; the tree is only for positions.
  const value: unknown = JSON.parse(source)
  return {
    ok: true,
    json: {
      value,
      locate(path, options) {
        return positionAt(source, nodeOffset(root, path, options?.key ?? false))
      },
    },
  }
}

function nodeOffset(root: Node, path: JsonPath, key: boolean): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = findNodeAtLocation(root, path.slice(0, depth))
    if (!node) continue
    // For a property, point at its name ("answr": …) rather than its value.
    if (key && depth === path.length && node.parent?.type === 'property') {
      return node.parent.offset
    }
    return node.offset
  }
  return root.offset
}
