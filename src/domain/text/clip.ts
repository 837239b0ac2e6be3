/**
 * Values quoted in messages come from files and storage nobody vetted: a 5 MB answer must not be
 * repeated whole in an error. These helpers keep every quoted value, and lists of them, short.
 */

/**
 * `text` cut to `max` (1 or more) characters with an ellipsis when it is longer; a cut after a
 * word leaves no space before the ellipsis ("Describe the…", not "Describe the …"), and a cut
 * never parts an emoji's two halves (a lone half shows as "�").
 */
export function clip(text: string, max: number): string {
  // A cut right after the first half of a pair (a high surrogate) leaves that half out too.
  return text.length <= max
    ? text
    : `${text
        .slice(0, max - 1)
        .replace(/[\uD800-\uDBFF]$/, '')
        .trimEnd()}…`
}

/** Whatever was thrown, as one short line for a message. */
export function errorText(e: unknown): string {
  return clip(e instanceof Error ? `${e.name}: ${e.message}` : String(e), 160)
}
