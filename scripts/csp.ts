/**
 * The Content Security Policy the built app runs under: nothing but its own files, no inline
 * script or style, no plugins, no <base>. Sent as a header by `vite preview` (and so in every
 * browser test) and written into the built index.html for static hosts that send no headers.
 */
import type { Plugin } from 'vite'

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ')

/**
 * Puts the policy in a <meta http-equiv> first thing in <head> of the build. Every directive of
 * CSP is allowed there (frame-ancestors, report-uri and sandbox are not, and CSP has none of them).
 * The dev server is left alone: its hot reload injects inline styles.
 */
export function cspMeta(): Plugin {
  return {
    name: 'passage-csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
          injectTo: 'head-prepend',
        },
      ],
    },
  }
}
