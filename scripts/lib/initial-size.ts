/**
 * What a first visit to a route downloads: the entry chunk with everything it imports statically
 * and its CSS, plus the route's own lazy chunk with its static imports when it has one (a page
 * imported statically, like the quiz page, is part of the entry), read from the Vite manifest of a
 * build, and any classic script index.html loads (the early theme). gzip -9 per file (what a
 * static host serving .gz files sends).
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

/** Files of the `<script src>` tags that are not modules (Vite's own entry is in the manifest). */
export function classicScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((m) => m[1] ?? '')
    .filter((attrs) => !/\btype\s*=\s*["']?module/.test(attrs))
    .map((attrs) => /\bsrc\s*=\s*["']\.?\/?([^"']+)["']/.exec(attrs)?.[1])
    .filter((file): file is string => !!file)
}

function readManifest(dist: string) {
  const manifest = JSON.parse(
    readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'),
  ) as Manifest
  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry)
  if (entries.length !== 1) throw new Error(`${dist}: expected one entry, found ${entries.length}`)
  return { manifest, entries }
}

/** JS and CSS `dist` sends before `route` (a source path such as `src/views/QuizView.vue`) renders. */
export function initialSize(dist: string, route?: string): InitialSize {
  const { manifest, entries } = readManifest(dist)
  const files = new Set<string>()
  const visit = (key: string) => {
    const chunk = manifest[key]
    if (!chunk || files.has(chunk.file)) return
    files.add(chunk.file)
    for (const css of chunk.css ?? []) files.add(css)
    for (const imported of chunk.imports ?? []) visit(imported)
  }
  for (const key of [...entries, ...(route ? [route] : [])]) visit(key)
  for (const file of classicScripts(readFileSync(join(dist, 'index.html'), 'utf8'))) files.add(file)
  const sized = [...files]
    .filter((file) => /\.(js|css)$/.test(file))
    .sort()
    .map((file) => ({ file, gzip: gzipSize(readFileSync(join(dist, file))) }))
  return { gzip: sized.reduce((sum, f) => sum + f.gzip, 0), files: sized }
}
