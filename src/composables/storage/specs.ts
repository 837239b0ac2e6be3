/**
 * The documents Passage stores, each as a DocSpec the door reads and writes. Progress is two of
 * them in one format: the archive and its journal (see progress.ts); settings and the quiz in
 * progress are in small-specs.ts.
 */
import { parse, serialize } from '../../domain/progress/migrate.ts'
import { trimForQuota } from '../../domain/progress/record.ts'
import { emptyProgress, type ProgressDoc } from '../../domain/progress/schema.ts'
import type { DocSpec } from './door.ts'
import { STORAGE_KEYS } from './keys.ts'

/** The archive: every attempt up to the last compaction. Rewritten rarely, trimmed when full. */
export const progressSpec: DocSpec<ProgressDoc> = {
  key: STORAGE_KEYS.progress,
  label: 'progress',
  parse,
  serialize,
  empty: emptyProgress,
  trim: trimForQuota,
  immutable: true,
}

/**
 * The journal: attempts recorded since the last compaction, a few kilobytes. Never trimmed (its
 * attempts are the newest, whose detail goes last): a full storage compacts it instead.
 */
export const progressJournalSpec: DocSpec<ProgressDoc> = {
  key: STORAGE_KEYS.progressJournal,
  label: 'recent progress',
  parse,
  serialize,
  empty: emptyProgress,
  whenSetAside: 'kept the rest of your history',
  immutable: true,
}

// The small documents live apart, so the first page reads them without the progress code.
export { savedSessionsSpec, settingsSpec } from './small-specs.ts'
