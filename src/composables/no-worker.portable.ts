/**
 * The portable build's stand-in for backup-worker.ts and studio/lint-worker.ts (see
 * vite.config.ts): a page opened from disk cannot start workers, and that build must be one file
 * with none beside it, so backups are read and drafts linted on the page's own thread there.
 */
export function startBackupWorker(): Worker | undefined {
  return undefined
}

export function startLintWorker(): Worker | undefined {
  return undefined
}
