/**
 * The lint for the editor: in a Web Worker where there is one (the lint of a 200-question set
 * takes longer than a frame), otherwise on the main thread after a tick. Only the latest request
 * is answered; older ones are dropped.
 */
import type { Passage } from '../../domain/bank/schema.ts'
import { lintMessages, type FieldMessage, type Lintable } from '../../domain/studio/validate.ts'
import { startLintWorker } from './lint-worker.ts'

export interface Linter {
  lint(lintable: Lintable, passage: Passage): Promise<FieldMessage[] | null>
  dispose(): void
}

export function createLinter(): Linter {
  let latest = 0
  let worker: Worker | null = null
  const waiting = new Map<number, (w: FieldMessage[] | null) => void>()
  if (typeof Worker !== 'undefined') {
    try {
      worker = startLintWorker() ?? null
      if (worker) {
        worker.onmessage = (e: MessageEvent<{ id: number; warnings: FieldMessage[] }>) => {
          waiting.get(e.data.id)?.(e.data.id === latest ? e.data.warnings : null)
          waiting.delete(e.data.id)
        }
      }
    } catch {
      worker = null
    }
  }
  return {
    lint(lintable, passage) {
      const id = ++latest
      if (worker) {
        // Plain data only: the draft may hold Vue proxies, which cannot be posted.
        const message = JSON.parse(JSON.stringify({ id, lintable, passage })) as object
        return new Promise((resolve) => {
          waiting.set(id, resolve)
          worker.postMessage(message)
        })
      }
      // The editor already holds the lint code (it checks drafts with the same module).
      return Promise.resolve().then(() => (id === latest ? lintMessages(lintable, passage) : null))
    },
    dispose() {
      worker?.terminate()
      for (const resolve of waiting.values()) resolve(null)
      waiting.clear()
    },
  }
}
