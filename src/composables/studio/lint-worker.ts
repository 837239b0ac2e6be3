/**
 * Starts the worker that lints the editor's draft (lint.worker.ts). A module of its own so the
 * portable single-file build can swap it for no-worker.portable.ts.
 */
export function startLintWorker(): Worker | undefined {
  return new Worker(new URL('./lint.worker.ts', import.meta.url), { type: 'module' })
}
