/**
 * Values quoted in messages come from files and storage nobody vetted: a 5 MB answer must not be
 * repeated whole in an error. These helpers keep every quoted value, and lists of them, short.
 */

/** `text` cut to `max` characters with an ellipsis when it is longer. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`
}

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

/** Whatever was thrown, as one short line for a message. */
export function errorText(e: unknown): string {
  return clip(e instanceof Error ? `${e.name}: ${e.message}` : String(e), 160)
}
