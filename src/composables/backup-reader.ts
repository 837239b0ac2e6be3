/**
 * Reading a backup without freezing the page. A backup may hold a million attempts (1.3 million
 * froze the page for about 9 s): JSON.parse, the schema check and the comparison with the history
 * here are each one long call that cannot be cut into slices, so they run in a Web Worker — the
 * same domain code, off the main thread, cancellable at any moment — and the page shows which
 * stage it is at. Where a worker cannot start (a test environment, a page opened from a file the
 * browser will not start workers for), the same code runs here instead.
 */
import {
  previewOf,
  readBackup,
  type BackupPreview,
  type ReadStage,
} from '../domain/progress/backup.ts'
import type { ProgressDoc } from '../domain/progress/schema.ts'
import { startBackupWorker } from './backup-worker.ts'

/** What the worker posts: a stage as it starts, then the preview. */
export type ReaderMessage = { stage: ReadStage } | { preview: BackupPreview }

export interface ReadTask {
  /** The preview; never rejects (a file that cannot be read is an `ok: false` preview). */
  result: Promise<BackupPreview>
  /** Stops reading; `result` then resolves to a refusal saying so. */
  cancel(): void
}

const CANCELLED: BackupPreview = { ok: false, message: 'Restore cancelled. Nothing was changed.' }

/** Reads `text` as a backup against `current` at `now`, in a worker when one can start. */
export function readBackupInBackground(
  text: string,
  current: ProgressDoc,
  onStage: (stage: ReadStage) => void = () => {},
  now: number = Date.now(),
): ReadTask {
  let worker: Worker | undefined
  let settle: (preview: BackupPreview) => void = () => {}
  let done = false
  const result = new Promise<BackupPreview>((resolve) => {
    settle = (preview) => {
      if (done) return
      done = true
      worker?.terminate()
      resolve(preview)
    }
  })
  const inline = () => {
    // Let the page show that reading has started before this thread is busy.
    setTimeout(() => {
      if (!done) settle(previewOf(readBackup(text, current, onStage, now)))
    }, 0)
  }
  try {
    worker = startBackupWorker()
  } catch {
    worker = undefined
  }
  if (!worker) {
    inline()
  } else {
    worker.onmessage = ({ data }: MessageEvent<ReaderMessage>) => {
      if ('stage' in data) onStage(data.stage)
      else settle(data.preview)
    }
    // A worker that cannot load (or run) leaves the work to this thread.
    worker.onerror = (e) => {
      e.preventDefault()
      worker?.terminate()
      worker = undefined
      inline()
    }
    try {
      worker.postMessage({ text, current, now })
    } catch {
      // Something in the history the browser cannot copy to a worker: read it here instead.
      worker.terminate()
      worker = undefined
      inline()
    }
  }
  return { result, cancel: () => settle(CANCELLED) }
}
