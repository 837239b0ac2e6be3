/**
 * The app's base styles (main.css: tokens, element defaults, the shared choice cards and buttons),
 * put on the page by the app's own script as a constructed stylesheet instead of a <link> in
 * index.html. The first page then waits for one file, not two: a stylesheet link held the app's
 * script back until it had arrived (a script waits for the stylesheets before it), and it was one
 * more request on every first visit; the first quiz control appears about 5 ms sooner (A/B runs
 * beside the floor of `npm run bench`). The Content Security Policy allows it: `style-src 'self'` governs <style> and
 * <link> elements and style attributes, not stylesheets built through the CSSOM.
 *
 * Adopted sheets come after the document's own in the cascade, and a page's stylesheet (a <link>
 * Vite adds when its chunk loads) is a document sheet: main.css puts everything in `@layer base`,
 * which keeps it under the pages' sheets whatever the order.
 *
 * Nothing is painted before this runs: the entry script is render-blocking (scripts/render-blocking.ts).
 */
import css from './main.css?inline'
import href from './main.css?url'

/** Puts main.css on `doc`. */
export function applyBaseStyles(doc: Document = document): void {
  // Constructed stylesheets: Chrome 73, Firefox 101, Safari 16.4.
  const Sheet = doc.defaultView?.CSSStyleSheet
  if (Sheet && 'adoptedStyleSheets' in doc && 'replaceSync' in Sheet.prototype) {
    const sheet = new Sheet()
    sheet.replaceSync(css)
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet]
    // `npm start`: an edit to main.css restyles the open page without a reload.
    if (import.meta.hot)
      import.meta.hot.accept('./main.css?inline', (next) => {
        if (next) sheet.replaceSync((next as unknown as { default: string }).default)
      })
    return
  }
  // An older browser: the same styles as a file, first in <head> as they would have been in the
  // HTML, with the page kept hidden until they are in so it never shows unstyled.
  const link = doc.createElement('link')
  link.rel = 'stylesheet'
  link.href = href
  const root = doc.documentElement
  root.style.visibility = 'hidden'
  const show = () => root.style.removeProperty('visibility')
  link.addEventListener('load', show)
  link.addEventListener('error', show)
  doc.head.prepend(link)
}
