/**
 * Hostile variations of valid text and values, for fuzzing every reader of untrusted input:
 * character edits of JSON text (truncation, insertion, deletion, duplication), and value edits at
 * any path (a value replaced by an awkward one, a key removed, a key such as __proto__ added).
 */
import fc from 'fast-check'

/** Numbers and strings that have broken readers before: out of range, huge, inherited names. */
export const awkward: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    0,
    -1,
    0.5,
    -0,
    1e14,
    2 ** 53 + 2,
    8.64e15,
    8.64e15 + 1,
    1e308,
    '',
    ' ',
    '__proto__',
    'constructor',
    'toString',
    '\u0000',
    '\uFEFF',
    '\uD800',
    '%',
    '|',
    '#',
    '.',
    '/',
    null,
    true,
    [],
    {},
  ),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 12 }),
  fc.nat({ max: 3000 }).map((n) => 'z'.repeat(n)),
  fc.jsonValue({ maxDepth: 3 }),
)

/** A run of base-64 digits as the progress codec writes numbers: short, long, or all "_". */
const digitRun = fc.oneof(
  fc.stringMatching(/^[0-9A-Za-z_-]{0,14}$/),
  fc.nat({ max: 20 }).map((n) => '_'.repeat(n)),
  fc.constantFrom('1ZKE8o01', '1ZKE8o00', '0', '00000000'),
)

/** One character-level edit, applied at a fraction of the text's length. */
const textEdit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  kind: fc.constantFrom('insert', 'delete', 'replace', 'duplicate', 'truncate', 'nest'),
  text: fc.oneof(
    fc.string({ maxLength: 4 }),
    fc.constantFrom('"', '\\', '{', '[', ']', '}', ',', ':', '1e400', '-', '\n', '#', '|', '.'),
  ),
  length: fc.nat({ max: 40 }),
})

/** `text` with 1–4 character edits. */
export function mutateText(text: string): fc.Arbitrary<string> {
  return fc.array(textEdit, { minLength: 1, maxLength: 4 }).map((edits) =>
    edits.reduce((t, e) => {
      const i = Math.floor(e.at * t.length)
      switch (e.kind) {
        case 'insert':
          return t.slice(0, i) + e.text + t.slice(i)
        case 'delete':
          return t.slice(0, i) + t.slice(i + e.length + 1)
        case 'replace':
          return t.slice(0, i) + e.text + t.slice(i + e.text.length)
        case 'duplicate':
          return t.slice(0, i + e.length) + t.slice(i)
        case 'truncate':
          return t.slice(0, i)
        case 'nest':
          return t.slice(0, i) + '['.repeat(e.length * 3) + t.slice(i)
      }
    }, text),
  )
}

type Path = (string | number)[]

/** Every path to a value inside `value`, the root included. */
export function pathsOf(value: unknown, at: Path = []): Path[] {
  const out: Path[] = [at]
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...at, i])))
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...at, k]))
  }
  return out
}

function edit(value: unknown, path: Path, fn: (old: unknown) => unknown): unknown {
  if (path.length === 0) return fn(value)
  const [head, ...rest] = path as [string | number, ...Path]
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? edit(v, rest, fn) : v))
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) copy[k] = k === head ? edit(v, rest, fn) : v
    return copy
  }
  return value
}

function removeAt(value: unknown, path: Path): unknown {
  if (path.length === 0) return value
  const parent = path.slice(0, -1)
  const last = path[path.length - 1]
  return edit(value, parent, (old) => {
    if (Array.isArray(old)) return old.filter((_, i) => i !== last)
    if (old !== null && typeof old === 'object') {
      return Object.fromEntries(Object.entries(old).filter(([k]) => k !== last))
    }
    return old
  })
}

/** One value-level edit of `value`: replace, remove, add a key, or edit a string's characters. */
function valueEdit(value: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(value)
  const path = fc.constantFrom(...paths)
  return fc.oneof(
    fc.tuple(path, awkward).map(([p, v]) => edit(value, p, () => v)),
    path.map((p) => removeAt(value, p)),
    fc
      .tuple(path, fc.constantFrom('__proto__', 'constructor', 'extra', 'schemaVersion'), awkward)
      .map(([p, key, v]) =>
        edit(value, p, (old) =>
          old !== null && typeof old === 'object' && !Array.isArray(old)
            ? // Through JSON, so "__proto__" becomes an own key as it would in a parsed file.
              (JSON.parse(JSON.stringify({ ...old, [key]: v })) as unknown)
            : old,
        ),
      ),
    // A stored attempt is dot-separated numbers in base 64: replace one with any run of digits.
    fc.tuple(path, fc.nat({ max: 6 }), digitRun).map(([p, field, digits]) =>
      edit(value, p, (old) => {
        if (typeof old !== 'string' || !old.includes('.')) return old
        const parts = old.split('.')
        parts[field % parts.length] = digits
        return parts.join('.')
      }),
    ),
    // Stored attempts and answers are compact texts: edit their characters too.
    fc
      .tuple(path, fc.string({ maxLength: 3 }), fc.nat({ max: 40 }))
      .map(([p, s, n]) =>
        edit(value, p, (old) =>
          typeof old === 'string' ? old.slice(0, n) + s + old.slice(n + s.length) : old,
        ),
      ),
  )
}

/** `value` with 1–3 value-level edits, as JSON-compatible data. */
export function mutateValue(value: unknown): fc.Arbitrary<unknown> {
  const arb = valueEdit(value)
  return fc.oneof(arb, arb.chain(valueEdit), arb.chain(valueEdit).chain(valueEdit))
}
