/**
 * How deeply JSON text nests, found without recursion. Every JSON Passage reads (banks, passages,
 * stored progress, backups) needs a handful of levels; text nested thousands deep is an attack on
 * the recursive code after the parse (JSON.stringify, tree builders), so it is refused up front.
 */

/** The deepest nesting of lists and objects accepted anywhere; real documents use under ten. */
export const MAX_JSON_DEPTH = 64

/**
 * The offset at which `text` opens a list or object deeper than `max`, or -1 when it never does.
 * Brackets inside strings do not count. One pass, no recursion, no allocation; it does not check
 * the rest of the syntax, which the parser does.
 */
export function tooDeepAt(text: string, max: number = MAX_JSON_DEPTH): number {
  let depth = 0
  const n = text.length
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x22) {
      // Skip the string: a backslash escapes the next character, a quote ends it, and so does a
      // line break (never inside valid JSON), as parsers that recover from errors read it.
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i)
        if (d === 0x5c) i++
        else if (d === 0x22 || d === 0x0a || d === 0x0d) break
      }
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return i
    } else if (c === 0x5d || c === 0x7d) {
      depth--
    }
  }
  return -1
}
