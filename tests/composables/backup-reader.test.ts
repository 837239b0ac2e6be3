import { describe, expect, it, vi } from 'vitest'
import { readBackupInBackground } from '../../src/composables/backup-reader.ts'
import { backupText, makeBackup, type ReadStage } from '../../src/domain/progress/backup.ts'
import { emptyProgress } from '../../src/domain/progress/schema.ts'

// No worker starts in this environment unless a test gives one.
vi.mock('../../src/composables/backup-worker.ts', () => ({
  startBackupWorker: vi.fn(() => {
    throw new Error('no workers here')
  }),
}))

const text = backupText(makeBackup({ progress: emptyProgress() }, 'test', new Date(0)))

describe('reading a backup in the background', () => {
  it('reports each stage, then the preview (here without a worker, on this thread)', async () => {
    const stages: ReadStage[] = []
    const task = readBackupInBackground(text, emptyProgress(), (s) => stages.push(s))
    // Nothing runs before the caller has had a chance to show that reading started.
    expect(stages).toEqual([])
    expect(await task.result).toMatchObject({ ok: true, sets: 0, summary: { newAttempts: 0 } })
    expect(stages).toEqual(['reading', 'checking', 'comparing'])
  })

  it('can be cancelled, and then changes nothing', async () => {
    const task = readBackupInBackground(text, emptyProgress())
    task.cancel()
    expect(await task.result).toEqual({
      ok: false,
      message: 'Restore cancelled. Nothing was changed.',
    })
  })

  it('reads on this thread when the history cannot be sent to the worker', async () => {
    const terminate = vi.fn()
    const { startBackupWorker } = await import('../../src/composables/backup-worker.ts')
    vi.mocked(startBackupWorker).mockReturnValueOnce({
      postMessage: () => {
        throw new DOMException('could not be cloned', 'DataCloneError')
      },
      terminate,
    } as unknown as Worker)
    const task = readBackupInBackground(text, emptyProgress())
    expect(await task.result).toMatchObject({ ok: true, summary: { newAttempts: 0 } })
    expect(terminate).toHaveBeenCalled()
  })

  it('refuses a file that is not a backup with a message, never by rejecting', async () => {
    const task = readBackupInBackground('{"kind": "passage-backup"', emptyProgress())
    expect(await task.result).toMatchObject({ ok: false })
  })
})
