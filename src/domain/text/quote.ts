/**
 * Values from files and storage, quoted for a message a person reads, each cut short (./clip.ts).
 * A module of its own, apart from clip.ts: the first page needs only `clip` and `errorText`, and a
 * module the first page shares with a later one is put in the first page's chunk whole.
 */

/** A value in "quotes" for a message, cut to about `max` characters. */
export function quoted(value: string, max = 60): string {
  if (value.length <= max) return JSON.stringify(value)
  return `${JSON.stringify(value.slice(0, max))}… (${value.length.toLocaleString('en')} characters)`
}

/**
 * A value in “curly quotes” for a message a person reads, cut to about `max` characters. Line
 * breaks and other control characters stay visible as JSON writes them (`\n`), so a message is
 * one line; quotes and backslashes are shown as they are.
 */
export function curly(value: string, max = 60): string {
  const inner = (v: string) =>
    JSON.stringify(v)
      .slice(1, -1)
      .replace(/\\(["\\])/g, '$1')
  if (value.length <= max) return `“${inner(value)}”`
  return `“${inner(value.slice(0, max))}”… (${value.length.toLocaleString('en')} characters)`
}

/** The first `max` values, quoted and joined by ", ", then "and n more" for the rest. */
export function quotedList(values: readonly string[], max = 5): string {
  const shown = values.slice(0, max).map((v) => curly(v))
  const rest = values.length - shown.length
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ')
}
