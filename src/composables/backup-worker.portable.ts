/**
 * The portable build's stand-in for backup-worker.ts (see vite.config.ts): no worker, so backups
 * are read on the page's own thread, as they are wherever a worker cannot start.
 */
export function startBackupWorker(): Worker | undefined {
  return undefined
}
