/**
 * Starts the worker that reads backups (backup-reader.worker.ts). A module of its own so the
 * portable single-file build can swap it for no-worker.portable.ts: a page opened from disk
 * cannot start workers, and that build must be one file with no worker beside it.
 */
export function startBackupWorker(): Worker | undefined {
  return new Worker(new URL('./backup-reader.worker.ts', import.meta.url), { type: 'module' })
}
