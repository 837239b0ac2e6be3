/**
 * Reads a backup in a worker: parsing, checking and comparing a million attempts with the history
 * here takes seconds, which on the page's thread would freeze it. Posts each stage as it starts,
 * then the preview.
 */
import { previewOf, readBackup } from '../domain/progress/backup.ts'
import type { ProgressDoc } from '../domain/progress/schema.ts'
import type { ReaderMessage } from './backup-reader.ts'

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<{ text: string; current: ProgressDoc; now: number }>) => void) | null
  postMessage(message: ReaderMessage): void
}

scope.onmessage = ({ data }) => {
  const read = readBackup(
    data.text,
    data.current,
    (stage) => scope.postMessage({ stage }),
    data.now,
  )
  scope.postMessage({ preview: previewOf(read) })
}
