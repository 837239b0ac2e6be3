/**
 * What a first visit to a route downloads: the entry chunk with everything it imports statically
 * and its CSS, plus the route's own lazy chunk with its static imports. Read from the Vite
 * manifest of a build, gzip -9 per file (what a static host serving .gz files sends).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

interface ManifestChunk {
  file: string
  isEntry?: boolean
  imports?: string[]
  css?: string[]
}
type Manifest = Record<string, ManifestChunk>

export interface InitialSize {
  /** Sum of the files' gzip -9 sizes, in bytes. */
  gzip: number
  files: { file: string; gzip: number }[]
}

/** gzip -9 size of one file's bytes. */
export function gzipSize(bytes: Uint8Array): number {
  return gzipSync(bytes, { level: 9 }).length
}

/** JS and CSS `dist` sends before `route` (a source path such as `src/views/QuizView.vue`) renders. */
export function initialSize(dist: string, route?: string): InitialSize {
  const manifest = JSON.parse(
    readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'),
  ) as Manifest
  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry)
  if (entries.length !== 1) throw new Error(`${dist}: expected one entry, found ${entries.length}`)
  if (route && !manifest[route]) throw new Error(`${dist}: no chunk for ${route}`)
  const files = new Set<string>()
  const visit = (key: string) => {
    const chunk = manifest[key]
    if (!chunk || files.has(chunk.file)) return
    files.add(chunk.file)
    for (const css of chunk.css ?? []) files.add(css)
    for (const imported of chunk.imports ?? []) visit(imported)
  }
  for (const key of [...entries, ...(route ? [route] : [])]) visit(key)
  const sized = [...files]
    .filter((file) => /\.(js|css)$/.test(file))
    .sort()
    .map((file) => ({ file, gzip: gzipSize(readFileSync(join(dist, file))) }))
  return { gzip: sized.reduce((sum, f) => sum + f.gzip, 0), files: sized }
}
