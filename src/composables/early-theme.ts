/**
 * The theme chosen in Settings, put on the page before it first paints. The app applies its checked
 * settings once its script has run; until then the page is drawn in the system's scheme, so a
 * reader who chose dark on a light system would see the light page flash at every load. This runs
 * first, as a classic script in <head>: `scripts/early-theme.ts` writes the function's own text
 * into that script, so it must use nothing from outside its body.
 *
 * The theme goes on <html> as `data-theme`, for the app's styles, and as the root's `color-scheme`,
 * for the browser's own page (its background, before the app's styles are in: a browser that
 * paints before the app's script has run shows that page). The app hands the colour scheme back to
 * its styles once they are in (composables/theme.ts).
 *
 * Only "light" and "dark" are taken. Anything else — the default "system", a damaged or foreign
 * document, storage that throws — leaves the page to the CSS, and the app's own reading decides
 * (and reports a damaged document).
 */
export function applyEarlyTheme(
  win: { readonly localStorage: Pick<Storage, 'getItem'> },
  root: { dataset: DOMStringMap; style: { colorScheme: string } },
): void {
  try {
    const text = win.localStorage.getItem('passage:settings')
    // A settings document is a few hundred characters: a huge value is not one worth parsing here.
    if (!text || text.length > 10_000) return
    const doc: unknown = JSON.parse(text)
    const theme = typeof doc === 'object' && doc !== null && 'theme' in doc ? doc.theme : undefined
    if (theme === 'light' || theme === 'dark') {
      root.dataset.theme = theme
      root.style.colorScheme = theme
    }
  } catch {
    // Storage that cannot be read, or text that is not JSON: the page keeps the system's scheme.
  }
}
