/**
 * A Vite plugin that puts the Settings theme on the page before its first paint
 * (src/composables/early-theme.ts): a small classic script in <head>, ahead of the app's module
 * script and styles. The built site loads it as a file of its own (`early-theme.js`), which the
 * Content Security Policy allows (`script-src 'self'`) and the service worker precaches; the
 * portable single file, which has no policy, carries it inline. Counted in the first-load budget.
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
    transformIndexHtml: () => [
      inline
        ? { tag: 'script', children: earlyThemeScript(), injectTo: 'head-prepend' }
        : { tag: 'script', attrs: { src: `./${EARLY_THEME_FILE}` }, injectTo: 'head-prepend' },
    ],
  }
}
