/**
 * A Vite plugin that makes the app's entry script render-blocking (`blocking="render"`): the
 * browser paints nothing until the script has run. The script puts the styles on the page
 * (src/styles/base.ts) and draws the first page, so the first paint is the styled app, never an
 * unstyled or empty one. A browser that does not know the attribute runs the script as before; the
 * <meta name="color-scheme"> in index.html and the early theme keep its empty page in the reader's
 * colours until then. Not for the portable single file, whose script is inline in the page.
 */
import type { Plugin } from 'vite'

/** Adds `blocking="render"` to the page's module scripts that have a `src`. */
export function blockRenderOnEntry(html: string): string {
  return html.replace(/<script\b([^>]*)>/g, (tag, attrs: string) =>
    /\btype="module"/.test(attrs) && /\bsrc=/.test(attrs) && !/\bblocking=/.test(attrs)
      ? `<script${attrs} blocking="render">`
      : tag,
  )
}

export function renderBlockingEntry(): Plugin {
  return {
    name: 'passage-render-blocking-entry',
    transformIndexHtml: { order: 'post', handler: blockRenderOnEntry },
  }
}
