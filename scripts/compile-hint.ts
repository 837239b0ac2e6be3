/**
 * V8's explicit compile hint for the entry script: a first line `//# allFunctionsCalledOnLoad`
 * asks Chromium (136 and later) to compile every function of the file while the file streams in,
 * on a background thread, instead of pre-parsing each one there and compiling it again on the main
 * thread the first time it runs. Nearly all of the entry runs on the first page (Vue, the router,
 * Pinia, the app shell, the quiz's start page), which is what the hint is for. Other browsers read
 * a comment. Lazy chunks are left alone: most of what they hold runs later, or never.
 *
 * It must be the file's very first line. Vite writes its own first line into a chunk
 * (`const __vite__mapDeps=…`) when it generates the bundle, so the hint is added after that, and
 * `scripts/size.ts` checks that the built entry still starts with it.
 */
import type { Plugin } from 'vite'

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad'

/** Whether a built script starts with the hint (and so is compiled eagerly). */
export function hasCompileHint(code: string): boolean {
  return code.startsWith(`${COMPILE_HINT}\n`)
}

/**
 * The script with the hint as its first line, and its source map (JSON text) moved down the one
 * line the hint takes, so every position still points at the same source.
 */
export function withCompileHint(code: string, map?: string): { code: string; map?: string } {
  if (hasCompileHint(code)) return { code, map }
  let shifted = map
  if (map !== undefined) {
    const parsed = JSON.parse(map) as { mappings: string }
    parsed.mappings = `;${parsed.mappings}`
    shifted = JSON.stringify(parsed)
  }
  return { code: `${COMPILE_HINT}\n${code}`, map: shifted }
}

/** Puts the hint on the build's entry chunks, after every other plugin has written them. */
export function entryCompileHint(): Plugin {
  return {
    name: 'passage-entry-compile-hint',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !chunk.isEntry) continue
          const mapAsset = bundle[`${chunk.fileName}.map`]
          const map =
            mapAsset?.type === 'asset' && typeof mapAsset.source === 'string'
              ? mapAsset.source
              : undefined
          const next = withCompileHint(chunk.code, map)
          chunk.code = next.code
          if (mapAsset?.type === 'asset' && next.map !== undefined) mapAsset.source = next.map
        }
      },
    },
  }
}
