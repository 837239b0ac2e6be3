/**
 * Why a file a person chose is not JSON, in their words: what it starts with when it is not JSON
 * at all (a photo, a Word file, a note chosen by mistake), where it goes wrong as a line and
 * column, or that it stops short. The engine's own message ("Unexpected token 'o', "not json" is
 * not valid JSON") is the last resort. For files chosen on a page (a backup to restore), not for
 * the app's own stored documents, whose first-load parser keeps its short message.
 */
import { clip } from './clip.ts'

/** Why a file that stops mid-way is not JSON. */
export const CUT_SHORT = 'it is not valid JSON (it stops before its end: the file may be cut short)'

export function jsonProblem(text: string, engineMessage: string): string {
  const start = text.trimStart()
  if (!/^[[{"\d-]|^(true|false|null)\b/.test(start)) {
    return `it is not JSON: it starts with “${clip(start.replace(/\s+/g, ' '), 24)}”`
  }
  const at = /at position (\d+)/.exec(engineMessage)
  // A file cut short goes wrong where it ends ("Unterminated string in JSON at position 900"):
  // no line and column to look at, but a file to find again whole.
  if (at && Number(at[1]) >= text.trimEnd().length) return CUT_SHORT
  if (at) {
    const before = text.slice(0, Number(at[1]))
    const line = before.split('\n').length
    return `it is not valid JSON (line ${line}, column ${before.length - before.lastIndexOf('\n')})`
  }
  if (/end of JSON input/i.test(engineMessage)) return CUT_SHORT
  return `it is not valid JSON (${clip(engineMessage, 120)})`
}

/** The JSON parse's own message for `text`, or undefined when it parses. */
export function jsonParseError(text: string): string | undefined {
  try {
    JSON.parse(text)
    return undefined
  } catch (e) {
    return e instanceof Error ? e.message : String(e)
  }
}
