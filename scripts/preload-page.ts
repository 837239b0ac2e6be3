/**
 * `<link rel="modulepreload">` in the built index.html for one lazy page and the chunks it imports,
 * so a first visit fetches them beside the first chunk instead of after it has run. The quiz page
 * is what a student's link opens: fetched early, its first question is on screen one round trip
 * sooner (the benchmark's "navigation → first quiz control"), and on any other first page the few
 * kilobytes sit in the cache for the quiz that follows. The page stays a chunk of its own.
 */
import type { Plugin } from 'vite'

type Chunk = { type: 'chunk'; fileName: string; imports: string[]; facadeModuleId: string | null }

/** `page`: the page component's path from the repository root, e.g. `src/views/QuizView.vue`. */
export function preloadPage(page: string): Plugin {
  return {
    name: 'passage-preload-page',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle
        if (!bundle) return
        const chunks = Object.values(bundle).filter(
          (c): c is Chunk & typeof c => c.type === 'chunk',
        )
        const root = chunks.find((c) => c.facadeModuleId?.endsWith(`/${page}`))
        // One self-contained file (the portable build) has no chunk to fetch early.
        if (!root) return
        const entry = chunks.find((c) => (c as { isEntry?: boolean }).isEntry)
        const files: string[] = []
        const visit = (name: string) => {
          if (files.includes(name) || name === entry?.fileName) return
          files.push(name)
          chunks.find((c) => c.fileName === name)?.imports.forEach(visit)
        }
        visit(root.fileName)
        return files.map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
          injectTo: 'head' as const,
        }))
      },
    },
  }
}
