/**
 * A Vite plugin that puts the Settings theme on the page before its first paint
 * (src/composables/early-theme.ts): a small classic script at the end of <head>. The built site
 * loads it as a file of its own (`early-theme.js`), which the Content Security Policy allows
 * (`script-src 'self'`) and the service worker precaches; the portable single file, which has no
 * policy, carries it inline. Counted in the first-load budget.
 *
 * Why last: a classic script stops the HTML parser until it has been fetched and run, and with the
 * policy's <meta> first in <head> Chromium does not look ahead for the other files meanwhile. First
 * in <head>, the app's script, styles and preloaded page were requested only after this file had
 * arrived: one extra round trip on every first visit. Last, it is fetched beside them, and still
 * runs before <body> exists, so before the first paint; the module script, deferred, runs after it.
 */
import { minifySync, type Plugin } from 'vite'
import { applyEarlyTheme } from '../src/composables/early-theme.ts'

export const EARLY_THEME_FILE = 'early-theme.js'

/** The script's text: the function's own source, called on this page, minified. */
export function earlyThemeScript(): string {
  const source = `(${applyEarlyTheme.toString()})(window, document.documentElement);`
  return `${minifySync(EARLY_THEME_FILE, source).code.trim()}\n`
}

export function earlyTheme({ inline }: { inline: boolean }): Plugin {
  return {
    name: 'passage-early-theme',
    configureServer(server) {
      server.middlewares.use(`/${EARLY_THEME_FILE}`, (_request, response) => {
        response.setHeader('content-type', 'text/javascript; charset=utf-8')
        response.end(earlyThemeScript())
      })
    },
    generateBundle() {
      if (!inline)
        this.emitFile({ type: 'asset', fileName: EARLY_THEME_FILE, source: earlyThemeScript() })
    },
    transformIndexHtml: {
      // After Vite's own tags and the plugins listed before this one (see above).
      order: 'post',
      handler: () => [
        inline
          ? { tag: 'script', children: earlyThemeScript(), injectTo: 'head' }
          : { tag: 'script', attrs: { src: `./${EARLY_THEME_FILE}` }, injectTo: 'head' },
      ],
    },
  }
}
