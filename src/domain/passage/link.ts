/**
 * The one rule for turning text from a bank into a link: only absolute http(s) addresses qualify.
 * Anything else (`javascript:`, `data:`, relative paths) is shown as plain text, never as an href.
 */

/** The address as a link target, or null when it must not become a link. */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    return null
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
}
