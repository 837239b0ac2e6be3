/**
 * Values quoted in messages come from files and storage nobody vetted: a 5 MB answer must not be
 * repeated whole in an error. These helpers keep every quoted value, and lists of them, short.
 */

/** `text` cut to `max` characters with an ellipsis when it is longer. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`
}

/** Whatever was thrown, as one short line for a message. */
export function errorText(e: unknown): string {
  return clip(e instanceof Error ? `${e.name}: ${e.message}` : String(e), 160)
}
