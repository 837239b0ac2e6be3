/**
 * A Vite plugin that builds the SCORM player (src/scorm/) as one self-contained HTML page — its
 * script and styles inlined, no file to fetch, so it runs from any LMS, a zip or file:// — and
 * hands it to the app as the module `virtual:scorm-player`. Only the Classroom page's "Download
 * for an LMS" imports it, so it lives in a lazy chunk and never in the first load. The player
 * is built without the shipped banks: each package carries its one set in the page.
 */
import { fileURLToPath } from 'node:url'
import { build, type Plugin, type Rollup } from 'vite'
import vue from '@vitejs/plugin-vue'

const VIRTUAL = 'virtual:scorm-player'
const RESOLVED = `\0${VIRTUAL}`
const root = fileURLToPath(new URL('..', import.meta.url))
const entry = `${root}src/scorm/player.html`
const noShipped = `${root}src/scorm/no-shipped.ts`

/** `</script` inside inlined code would end the element; `<\/script` means the same to JS. */
const inlineSafe = (code: string) =>
  code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--')

/** Builds the player and inlines its script and styles into its page. */
export async function buildScormPlayer(): Promise<string> {
  const result = await build({
    configFile: false,
    root,
    base: './',
    logLevel: 'warn',
    plugins: [
      vue(),
      {
        name: 'passage-scorm-no-shipped-banks',
        enforce: 'pre',
        resolveId(source) {
          return source === 'virtual:passage-banks' ? noShipped : null
        },
      },
    ],
    build: {
      write: false,
      target: 'es2022',
      cssCodeSplit: false,
      modulePreload: false,
      assetsInlineLimit: () => true,
      rollupOptions: { input: entry, output: { codeSplitting: false } },
    },
  })
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[]
  const files = outputs.flatMap((o) => o.output)
  const page = files.find((f) => f.type === 'asset' && f.fileName.endsWith('.html'))
  if (!page || page.type !== 'asset') throw new Error('The SCORM player build made no page.')
  let html = String(page.source)
  for (const file of files) {
    if (file.type === 'chunk') {
      const tag = new RegExp(`<script[^>]*src="[^"]*${escapeRegExp(file.fileName)}"[^>]*></script>`)
      html = html.replace(tag, () => `<script type="module">${inlineSafe(file.code)}</script>`)
    } else if (file.fileName.endsWith('.css')) {
      const tag = new RegExp(`<link[^>]*href="[^"]*${escapeRegExp(file.fileName)}"[^>]*>`)
      html = html.replace(
        tag,
        () => `<style>${String(file.source).replace(/<\/(style)/gi, '<\\/$1')}</style>`,
      )
    }
  }
  if (/<script[^>]*\ssrc=|<link[^>]*stylesheet/.test(html)) {
    throw new Error('The SCORM player page still refers to a file it should hold.')
  }
  return html
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The plugin: `import player from 'virtual:scorm-player'` gives the page's HTML. */
export function scormPlayer(): Plugin {
  let page: Promise<string> | undefined
  return {
    name: 'passage-scorm-player',
    resolveId(id) {
      return id === VIRTUAL ? RESOLVED : null
    },
    async load(id) {
      if (id !== RESOLVED) return null
      page ??= buildScormPlayer()
      return `export default ${JSON.stringify(await page)}`
    },
  }
}
