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

/**
 * The words of a link made by `safeHttpUrl`: the site it goes to ("themoscowtimes.com" for
 * https://www.themoscowtimes.com/2018/05/18/…-a61487), which keeps to a line where the whole
 * address took six at 320 px and 200 % text; the href keeps the whole address. It is the host,
 * never the part before an "@": https://trusted.org@evil.example/ says evil.example.
 */
export function linkSite(href: string): string {
  return new URL(href).host.replace(/^www\./, '')
}
