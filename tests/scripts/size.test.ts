import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSize, initialSize } from '../../scripts/lib/initial-size.ts'
import { checkSize } from '../../scripts/size.ts'

let dist: string
const text = (n: number, seed: string) =>
  Array.from({ length: n }, (_, i) => `${seed}${(i * 7919) % 104729};`).join('')

beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), 'passage-size-'))
  mkdirSync(join(dist, '.vite'))
  mkdirSync(join(dist, 'assets'))
  const files = {
    'assets/index.js': text(500, 'a'),
    'assets/vue.js': text(800, 'v'),
    'assets/index.css': text(100, 'c'),
    'assets/QuizView.js': text(200, 'q'),
    'assets/runner.js': text(900, 'r'),
    'assets/ProgressView.js': text(300, 'p'),
    'early-theme.js': text(20, 't'),
    // The build's page: Vite's module entry (in the manifest) and one classic script of ours.
    'index.html': `<head><script src="./early-theme.js"></script><script type="module" crossorigin src="./assets/index.js"></script></head>`,
  }
  for (const [file, body] of Object.entries(files)) writeFileSync(join(dist, file), body)
  writeFileSync(
    join(dist, '.vite/manifest.json'),
    JSON.stringify({
      'index.html': {
        file: 'assets/index.js',
        isEntry: true,
        imports: ['_vue.js'],
        css: ['assets/index.css'],
        dynamicImports: ['src/views/QuizView.vue', 'src/views/ProgressView.vue'],
      },
      '_vue.js': { file: 'assets/vue.js' },
      'src/views/QuizView.vue': {
        file: 'assets/QuizView.js',
        imports: ['index.html', '_vue.js'],
        dynamicImports: ['src/components/quiz/play.ts'],
      },
      'src/components/quiz/play.ts': { file: 'assets/runner.js' },
      'src/views/ProgressView.vue': { file: 'assets/ProgressView.js' },
    }),
  )
})
afterEach(() => rmSync(dist, { recursive: true, force: true }))

describe('the first-load size', () => {
  it('counts the entry, its static imports and CSS, the route and classic scripts, not what loads later', () => {
    const size = initialSize(dist, 'src/views/QuizView.vue')
    expect(size.files.map((f) => f.file)).toEqual([
      'assets/QuizView.js',
      'assets/index.css',
      'assets/index.js',
      'assets/vue.js',
      'early-theme.js',
    ])
    expect(size.gzip).toBe(size.files.reduce((n, f) => n + f.gzip, 0))
    expect(size.files[0]!.gzip).toBe(gzipSize(Buffer.from(text(200, 'q'))))
  })

  it('counts a page imported statically as part of the entry', () => {
    const manifest = join(dist, '.vite/manifest.json')
    const chunks = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, unknown>
    delete chunks['src/views/QuizView.vue']
    writeFileSync(manifest, JSON.stringify(chunks))
    expect(initialSize(dist, 'src/views/QuizView.vue').files.map((f) => f.file)).toEqual([
      'assets/index.css',
      'assets/index.js',
      'assets/vue.js',
      'early-theme.js',
    ])
  })

  it('refuses a budget for a page that does not exist', () => {
    const file = join(dist, 'budget.json')
    writeFileSync(file, JSON.stringify({ route: 'src/views/NoSuchView.vue', gzipBytes: 1e6 }))
    expect(() => checkSize(dist, file, () => {})).toThrow(/no page src\/views\/NoSuchView\.vue/)
  })

  it('passes under the budget and fails over it', () => {
    const { gzip } = initialSize(dist, 'src/views/QuizView.vue')
    const budget = (bytes: number) => {
      const file = join(dist, 'budget.json')
      writeFileSync(file, JSON.stringify({ route: 'src/views/QuizView.vue', gzipBytes: bytes }))
      const lines: string[] = []
      return { code: checkSize(dist, file, (l) => lines.push(l)), last: lines.at(-1) }
    }
    expect(budget(gzip)).toMatchObject({ code: 0, last: expect.stringMatching(/^✓/) })
    expect(budget(gzip - 1)).toMatchObject({ code: 1, last: expect.stringMatching(/^✗/) })
  })
})
