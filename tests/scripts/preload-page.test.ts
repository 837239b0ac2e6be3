import { describe, expect, it } from 'vitest'
import { preloadPage } from '../../scripts/preload-page.ts'

type Handler = (html: string, ctx: { bundle?: Record<string, unknown> }) => unknown

const chunk = (
  fileName: string,
  imports: string[],
  facadeModuleId: string | null,
  isEntry = false,
) => ({ type: 'chunk', fileName, imports, facadeModuleId, isEntry }) as const

function tagsFor(bundle: Record<string, unknown> | undefined) {
  const hook = preloadPage('src/views/QuizView.vue').transformIndexHtml as { handler: Handler }
  return hook.handler('<html></html>', { bundle })
}

describe('the quiz page fetched beside the first chunk', () => {
  const bundle = {
    'assets/index.js': chunk('assets/index.js', [], '/repo/src/main.ts', true),
    'assets/QuizView.js': chunk(
      'assets/QuizView.js',
      ['assets/index.js', 'assets/title.js'],
      '/repo/src/views/QuizView.vue',
    ),
    'assets/title.js': chunk('assets/title.js', ['assets/index.js'], null),
    'assets/LibraryView.js': chunk(
      'assets/LibraryView.js',
      ['assets/index.js'],
      '/repo/src/views/LibraryView.vue',
    ),
    'assets/index.css': { type: 'asset', fileName: 'assets/index.css' },
  }

  it('links the page chunk and what it imports, not the first chunk nor other pages', () => {
    expect(tagsFor(bundle)).toEqual([
      {
        tag: 'link',
        attrs: { rel: 'modulepreload', crossorigin: true, href: './assets/QuizView.js' },
        injectTo: 'head',
      },
      {
        tag: 'link',
        attrs: { rel: 'modulepreload', crossorigin: true, href: './assets/title.js' },
        injectTo: 'head',
      },
    ])
  })

  it('adds nothing to one self-contained file or the dev server', () => {
    expect(tagsFor({ 'index.html': { type: 'asset', fileName: 'index.html' } })).toBeUndefined()
    expect(tagsFor(undefined)).toBeUndefined()
  })
})
