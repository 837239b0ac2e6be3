import { computed, onScopeDispose, readonly, ref, shallowRef } from 'vue'
import { defineStore } from 'pinia'
import type { Bank } from '../domain/bank/schema.ts'
import type { QuizSession } from '../domain/quiz/session.ts'
import { attemptFromSession } from '../domain/progress/attempt.ts'
import {
  backupFilename,
  backupText,
  makeBackup,
  readBackup,
  type BackupRead,
} from '../domain/progress/backup.ts'
import type { Attempt } from '../domain/progress/codec.ts'
import { merge } from '../domain/progress/merge.ts'
import { recordAttempt, trimDetail } from '../domain/progress/record.ts'
import {
  DEFAULT_LIMITS,
  emptyProgress,
  type ProgressDoc,
  type ProgressLimits,
} from '../domain/progress/schema.ts'
import {
  hasAttempt,
  indexProgress,
  questionStats,
  recentAttempts,
  setStats,
} from '../domain/progress/stats.ts'
import { useStorageDoor } from '../composables/storage/index.ts'
import type { QuarantineEntry, ReadResult, UpdateResult } from '../composables/storage/door.ts'
import {
  readNotices,
  updateNotices,
  withNotices,
  type StorageNotice,
} from '../composables/storage/notices.ts'
import { progressSpec, savedSessionsSpec } from '../composables/storage/specs.ts'
import { useSettingsStore, type Persistence } from './settings.ts'

/** Written into backups; the build can set it with VITE_APP_VERSION. */
export const APP_VERSION: string = (import.meta.env.VITE_APP_VERSION as string | undefined) ?? 'dev'

/** A short random attempt id (48 bits as 10 base-36 letters): ids are stored once per attempt. */
function newAttemptId(): string {
  const hex = crypto.randomUUID().replace(/-/g, '').slice(0, 12)
  return parseInt(hex, 16).toString(36).padStart(10, '0')
}

/** Identifies a session across calls, so recording the same finished quiz twice adds it once. */
function sessionKey(session: QuizSession): string {
  return `${session.bankId}\n${session.seed}\n${session.startedAt}`
}

export interface RecordResult {
  attempt: Attempt
  /** false: kept in memory only (storage unavailable, read-only or full); see `notices`. */
  saved: boolean
}

export type RestoreResult = BackupRead & { saved?: boolean }

/**
 * The student's history: attempts, per-set and per-question statistics, backups, and what the
 * UI must tell the user about storage. Writes go through the storage door, always re-reading
 * and merging what is stored first, so two tabs never lose each other's attempts. Attempts the
 * storage did not take stay in memory (`unsaved`) and are retried on the next write or refresh.
 */
export const useProgressStore = defineStore('progress', () => {
  const door = useStorageDoor()
  const settings = useSettingsStore()

  const current = shallowRef<ProgressDoc>(emptyProgress())
  const ownNotices = ref<StorageNotice[]>([])
  const persistence = ref<Persistence>('saving')
  const limits = ref<ProgressLimits>({ ...DEFAULT_LIMITS })
  const quarantined = ref<QuarantineEntry[]>([])
  const dismissed = new Set<string>()
  /** What storage has not taken yet; merged into every write until one succeeds. */
  let unsaved: ProgressDoc | null = null
  /** Attempts recorded in this tab, re-added if a simultaneous write in another tab lost them. */
  const mine = new Map<string, Attempt>()
  const recorded = new Map<string, Attempt>()

  const doc = computed(() => current.value)
  const index = computed(() => indexProgress(current.value))
  /** Every played set's statistics, most recently played first. */
  const sets = computed(() =>
    [...index.value.sets.values()].sort((a, b) => b.lastPlayed - a.lastPlayed),
  )
  const attemptCount = computed(() => index.value.stored.length)
  /** This store's notices and the settings store's, for one list in the UI. */
  const notices = computed<readonly StorageNotice[]>(() =>
    withNotices(ownNotices.value, settings.notices),
  )

  function statsOf(setId: string) {
    return setStats(current.value, setId)
  }
  function questionStatsOf(setId: string, qid: string) {
    return questionStats(current.value, setId, qid)
  }
  /** The `n` latest attempts, newest first, of one set or all. */
  function recent(n: number, setId?: string) {
    return recentAttempts(current.value, n, setId)
  }

  function note(more: StorageNotice[]) {
    ownNotices.value = withNotices(
      ownNotices.value,
      more.filter((n) => !dismissed.has(n.id)),
    )
  }
  function withUnsaved(base: ProgressDoc): ProgressDoc {
    return unsaved ? trimDetail(merge(base, unsaved), limits.value) : base
  }
  function refreshQuarantine() {
    quarantined.value = door.listQuarantine()
  }
  function follow(read: ReadResult<ProgressDoc>) {
    persistence.value =
      read.status === 'newer'
        ? 'read-only'
        : read.status === 'unavailable'
          ? 'unavailable'
          : 'saving'
  }

  /** Writes what is unsaved, merged into what storage holds now. */
  function save(): boolean {
    const pending = unsaved
    if (!pending) return true
    const result: UpdateResult<ProgressDoc> = door.update(progressSpec, (stored) =>
      trimDetail(merge(stored, pending), limits.value),
    )
    follow(result.read)
    note(updateNotices(progressSpec, result))
    if (result.ok && result.value) {
      unsaved = null
      current.value = result.value
    } else {
      if (result.error === 'unavailable') persistence.value = 'unavailable'
      current.value = result.value ?? withUnsaved(current.value)
    }
    refreshQuarantine()
    return result.ok
  }

  /** Reads storage again: at start, and when another tab saved. */
  function refresh() {
    const read = door.read(progressSpec)
    follow(read)
    note(readNotices(progressSpec, read))
    // Write a migrated document back at once, so the old version is read (and reported) once.
    if (read.status === 'migrated') unsaved = merge(unsaved ?? emptyProgress(), read.value)
    // A write from another tab at the very moment of ours can lose our attempt: add it back.
    const lost = [...mine.values()].filter((a) => !hasAttempt(read.value, a.setId, a.id))
    if (lost.length > 0 && read.status !== 'newer' && read.status !== 'unavailable') {
      unsaved = lost.reduce((d, a) => recordAttempt(d, a, limits.value), unsaved ?? emptyProgress())
    }
    current.value = withUnsaved(read.value)
    note(readNotices(savedSessionsSpec, door.read(savedSessionsSpec)))
    refreshQuarantine()
    if (unsaved && persistence.value === 'saving') save()
  }

  /** Records a finished quiz; recording the same session again returns the first attempt. */
  function recordSession(session: QuizSession, bank: Bank): RecordResult {
    const key = sessionKey(session)
    const known = recorded.get(key)
    if (known) {
      return { attempt: known, saved: !unsaved || !hasAttempt(unsaved, known.setId, known.id) }
    }
    const attempt = attemptFromSession(session, bank, newAttemptId())
    recorded.set(key, attempt)
    mine.set(attempt.id, attempt)
    unsaved = recordAttempt(unsaved ?? emptyProgress(), attempt, limits.value)
    current.value = withUnsaved(current.value)
    return { attempt, saved: save() }
  }

  /** Everything (progress and settings) as one JSON file to download. */
  function exportBackup(): { filename: string; text: string } {
    const now = new Date()
    const backup = makeBackup(
      { progress: current.value, settings: settings.settings },
      APP_VERSION,
      now,
    )
    return { filename: backupFilename(now), text: backupText(backup) }
  }

  /** What restoring `text` would add, or why it cannot be restored; changes nothing. */
  function previewRestore(text: string): BackupRead {
    return readBackup(text, current.value)
  }

  /** Merges a backup in (by attempt id, never duplicating) and takes its settings. */
  function restore(text: string): RestoreResult {
    const read = readBackup(text, current.value)
    if (!read.ok) return read
    unsaved = merge(unsaved ?? emptyProgress(), read.backup.progress)
    current.value = withUnsaved(current.value)
    const saved = save()
    if (read.backup.settings) settings.apply(read.backup.settings)
    return { ...read, saved }
  }

  /** Erases every Passage key (progress, settings, quiz in progress, quarantine). */
  function eraseAll(): boolean {
    const ok = door.eraseAll()
    unsaved = null
    mine.clear()
    recorded.clear()
    dismissed.clear()
    ownNotices.value = []
    current.value = emptyProgress()
    settings.$reset()
    refresh()
    return ok
  }

  /** The text kept under a quarantine key, to download; null when it is gone. */
  function quarantineText(key: string): string | null {
    return door.readRaw(key)
  }

  /** Deletes a quarantined copy (and its notice); saving resumes if it was holding it up. */
  function discardQuarantine(key: string): boolean {
    const ok = door.remove(key)
    ownNotices.value = ownNotices.value.filter((n) => n.key !== key)
    settings.forget(key)
    refreshQuarantine()
    if (unsaved) save()
    return ok
  }

  function dismiss(id: string) {
    dismissed.add(id)
    ownNotices.value = ownNotices.value.filter((n) => n.id !== id)
    settings.dismiss(id)
  }

  /** How many attempts per set keep their answers; older ones keep only their scores. */
  function setDetailLimit(detailPerSet: number) {
    if (!(Number.isInteger(detailPerSet) && detailPerSet >= 0)) {
      throw new RangeError(
        `The number of detailed attempts must be a whole number, not ${detailPerSet}`,
      )
    }
    limits.value = { detailPerSet }
  }

  function $reset() {
    unsaved = null
    mine.clear()
    recorded.clear()
    dismissed.clear()
    ownNotices.value = []
    limits.value = { ...DEFAULT_LIMITS }
    refresh()
  }

  refresh()
  onScopeDispose(
    door.subscribe(progressSpec.key, (change) => {
      // "Erase all" in another tab: forget this tab's attempts too rather than bring them back.
      if (change.removed) {
        mine.clear()
        unsaved = null
      }
      refresh()
    }),
  )

  return {
    doc,
    sets,
    attemptCount,
    notices,
    persistence: readonly(persistence),
    limits: readonly(limits),
    quarantined: readonly(quarantined),
    statsOf,
    questionStatsOf,
    recent,
    refresh,
    recordSession,
    exportBackup,
    previewRestore,
    restore,
    eraseAll,
    quarantineText,
    discardQuarantine,
    dismiss,
    setDetailLimit,
    $reset,
  }
})
