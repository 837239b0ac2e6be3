/**
 * The documents Passage stores, each as a DocSpec the door reads and writes. Progress is two of
 * them in one format: the archive and its journal (see progress.ts); settings are in small-specs.ts,
 * the quiz in progress in saved-sessions.ts.
 */
import { parse, serialize } from '../../domain/progress/migrate.ts'
import { salvageProgress, type LeftOut } from '../../domain/progress/salvage.ts'
import { attemptCount } from '../../domain/progress/stats.ts'
import { parseJson } from '../../domain/progress/versioned.ts'
import { trimForQuota } from '../../domain/progress/record.ts'
import { emptyProgress, type ProgressDoc } from '../../domain/progress/schema.ts'
import type { DocSpec } from './door.ts'
import { STORAGE_KEYS } from './keys.ts'

/**
 * The attempts of stored progress that still read when the whole does not (one damaged attempt
 * must not hide the others); the text itself is set aside by the door all the same.
 */
function salvage(text: string): { value: ProgressDoc; lost: readonly LeftOut[] } | undefined {
  const json = parseJson(text)
  const kept = json.ok ? salvageProgress(json.doc) : undefined
  return kept && attemptCount(kept.doc) > 0 ? { value: kept.doc, lost: kept.leftOut } : undefined
}

/** The archive: every attempt up to the last compaction. Rewritten rarely, trimmed when full. */
export const progressSpec: DocSpec<ProgressDoc> = {
  key: STORAGE_KEYS.progress,
  label: 'progress',
  parse,
  serialize,
  empty: emptyProgress,
  trim: trimForQuota,
  salvage,
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
  salvage,
  immutable: true,
}

// The small documents live apart, so the first page reads settings without the progress code.
export { settingsSpec } from './small-specs.ts'
export { savedSessionsSpec } from './saved-sessions.ts'
