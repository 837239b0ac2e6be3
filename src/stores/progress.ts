import { computed, onScopeDispose, readonly, ref, shallowRef, toRaw } from 'vue'
import { defineStore } from 'pinia'
import type { Bank } from '../domain/bank/schema.ts'
import type { QuizSession } from '../domain/quiz/session.ts'
import { attemptFromSession } from '../domain/progress/attempt.ts'
import {
  backupFilename,
  backupText,
  makeBackup,
  previewOf,
  readBackup,
  type BackupPreview,
  type ReadStage,
} from '../domain/progress/backup.ts'
import type { Attempt } from '../domain/progress/codec.ts'
import { merge, planRestore, withoutAttempts, type RestorePlan } from '../domain/progress/merge.ts'
import { recordAll, recordAttempt } from '../domain/progress/record.ts'
import {
  DEFAULT_LIMITS,
  emptyProgress,
  type ProgressDoc,
  type ProgressLimits,
} from '../domain/progress/schema.ts'
import {
  attemptCount as attemptsIn,
  hasAttempt,
  indexProgress,
  passCount,
  questionStats,
  recentAttempts,
  setStats,
} from '../domain/progress/stats.ts'
import { readBackupInBackground, type ReadTask } from '../composables/backup-reader.ts'
import type { StudioPart } from '../domain/studio/in-backup.ts'
import { useStorageDoor } from '../composables/storage/index.ts'
import type { QuarantineEntry, UpdateError } from '../composables/storage/door.ts'
import { readNotices, withNotices, type StorageNotice } from '../composables/storage/notices.ts'
import { useProgressStorage } from '../composables/storage/progress.ts'
import { savedSessionsSpec } from '../composables/storage/specs.ts'
import { mayHaveActiveQuiz } from '../composables/storage/active-quiz.ts'
import { sessionOf } from '../domain/progress/saved-sessions.ts'
import { STORAGE_KEYS } from '../composables/storage/keys.ts'
import { onRoomMaybe } from '../composables/storage/room.ts'
import { reviewSpec } from '../composables/storage/review.ts'
import type { ReviewDoc } from '../domain/review/schema.ts'
import { useSettingsStore, type Persistence } from './settings.ts'

/** Written into backups; the build can set it with VITE_APP_VERSION. */
export const APP_VERSION: string = (import.meta.env.VITE_APP_VERSION as string | undefined) ?? 'dev'

/** The notice that attempts storage had refused are saved now. */
const SAVED_NOW = 'saved'
const PROGRESS_KEYS: readonly string[] = [STORAGE_KEYS.progress, STORAGE_KEYS.progressJournal]

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

export type RestoreResult = BackupPreview & { saved?: boolean }

/**
 * The student's history: attempts, per-set and per-question statistics, backups, and what the
 * UI must tell the user about storage. Writes go through the progress storage (archive and
 * journal, composables/storage/progress.ts), which re-reads and merges what is stored first, so
 * two tabs never lose each other's attempts. Attempts the storage did not take stay in memory
 * (`unsaved`) and are retried on the next write or refresh. Recording one attempt touches only
 * its set in memory and the small journal in storage, whatever the size of the history.
 */
export const useProgressStore = defineStore('progress', () => {
  const door = useStorageDoor()
  const storage = useProgressStorage(door)
  const settings = useSettingsStore()

  const current = shallowRef<ProgressDoc>(emptyProgress())
  const ownNotices = ref<StorageNotice[]>([])
  const persistence = ref<Persistence>('saving')
  const limits = ref<ProgressLimits>({ ...DEFAULT_LIMITS })
  const quarantined = ref<QuarantineEntry[]>([])
  const dismissed = new Set<string>()
  /** What storage has not taken yet; merged into every write until one succeeds. */
  let unsaved: ProgressDoc | null = null
  /** Why the last write failed, if it did. */
  let lastError: UpdateError | undefined
  /** How many times attempts storage had refused were saved later (the results page listens). */
  const resaved = ref(0)
  /** Attempts recorded in this tab, re-added if a simultaneous write in another tab lost them. */
  const mine = new Map<string, Attempt>()
  const recorded = new Map<string, Attempt>()
  /** Each preview, with the history it was compared with and the file's text. */
  const previewed = new WeakMap<BackupPreview, [ProgressDoc, string]>()

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
  /** How many attempts at a set passed, judged by `passMark` when the set is loaded. */
  function passCountOf(setId: string, passMark?: number) {
    return passCount(current.value, setId, passMark)
  }
  /**
   * Whether a quiz of `setId` is under way, for a page's Continue: what the door read of the saved
   * quiz (what it kept of a damaged one, so a quiz set aside is not offered beside the notice that
   * it cannot be continued), or the tab's copy of a quiz storage refused. The quick look parses
   * the saved quiz again only when it is a newer version's, which the door does not read.
   */
  function quizUnderWay(setId: string): boolean {
    const quizzes = door.read(savedSessionsSpec)
    return (
      sessionOf(quizzes.value, setId)?.status === 'active' ||
      mayHaveActiveQuiz(setId, false, quizzes.status === 'newer' ? undefined : null)
    )
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
  function refreshQuarantine() {
    quarantined.value = door.listQuarantine()
  }

  /**
   * Writes what is unsaved, merged into what storage holds now; `rewrite` writes even with
   * nothing unsaved (a migrated document). The in-memory document already holds what is
   * unsaved, so it only takes in what the write brought back (other tabs' attempts).
   */
  function save(rewrite = false): boolean {
    const pending = unsaved
    if (!pending && !rewrite) return true
    const refusedBefore = lastError !== undefined
    const result = storage.save(pending, limits.value)
    lastError = result.error
    persistence.value = result.persistence
    if (!result.ok) withdraw(SAVED_NOW)
    note(result.notices)
    if (result.ok) {
      unsaved = null
      if (pending && refusedBefore) {
        // What was kept in this tab only is in storage now: "could not save" is over, and said.
        ownNotices.value = ownNotices.value.filter(
          (n) => !(n.kind === 'quota-full' && PROGRESS_KEYS.includes(n.key ?? '')),
        )
        dismissed.delete(SAVED_NOW)
        note([{ id: SAVED_NOW, kind: 'saved' }])
        resaved.value++
      }
      const journal = result.journal ?? emptyProgress()
      // After a compaction the archive is the whole history. Otherwise only attempts this tab
      // has not seen are new: the journal's copies of the others may keep detail that this
      // document already trimmed, and taking them back would cost their whole set.
      current.value = result.archive
        ? recordAll(result.archive, journal, limits.value)
        : recordAll(current.value, withoutAttempts(journal, current.value), limits.value)
    }
    refreshQuarantine()
    return result.ok
  }

  /** Reads storage again: at start, and when another tab saved (`changed` names the key). */
  function reload(changed?: string | null) {
    const read = storage.read(limits.value, changed)
    persistence.value = read.persistence
    note(read.notices)
    // A write from another tab at the very moment of ours can lose our attempt: add it back.
    const lost = [...mine.values()].filter((a) => !hasAttempt(read.value, a.setId, a.id))
    if (lost.length > 0 && read.persistence === 'saving') {
      unsaved = lost.reduce((d, a) => recordAttempt(d, a, limits.value), unsaved ?? emptyProgress())
    }
    current.value = unsaved ? recordAll(read.value, unsaved, limits.value) : read.value
    const quizzes = door.read(savedSessionsSpec)
    note(readNotices(savedSessionsSpec, quizzes))
    // What is kept of a damaged document (the other sets' quizzes, or none) is written back at
    // once: discarding the set-aside copy (which takes the broken original with it) then loses
    // none of them, and a library card no longer finds the set-aside quiz to continue.
    if (quizzes.status === 'quarantined' && quizzes.quarantineStored) {
      door.update(savedSessionsSpec, (d) => d)
    }
    refreshQuarantine()
    // Write a migrated document back at once, so the old version is read (and reported) once.
    if ((unsaved || read.rewrite) && persistence.value === 'saving') save(read.rewrite)
  }

  /** Reads storage again: at start, and when another tab saved. */
  function refresh() {
    reload()
  }

  /** Tries again what storage refused, when there may be room now (room.ts). */
  function retry() {
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
    current.value = recordAttempt(current.value, attempt, limits.value)
    return { attempt, saved: save() }
  }

  /** The review store's cards while storage has not taken all of them (`holdReview`). */
  let reviewHeld: (() => ReviewDoc | undefined) | undefined
  /** Where a backup finds review cards storage refused (the review store imports this one). */
  function holdReview(held: () => ReviewDoc | undefined) {
    reviewHeld = held
  }

  /**
   * Everything (progress, settings, the review cards and, given by the page, the sets saved in
   * the studio) as one JSON file to download.
   */
  function exportBackup(studio?: StudioPart): { filename: string; text: string } {
    const now = new Date()
    // The review cards as this tab holds them when storage refused some answers (the backup is
    // what keeps them then), else as stored (the review store writes every answer through).
    const review = door.read(reviewSpec)
    const backup = makeBackup(
      {
        progress: current.value,
        settings: settings.settings,
        review:
          reviewHeld?.() ??
          (review.status === 'ok' || review.status === 'migrated' ? review.value : undefined),
        ...(studio && { studio }),
      },
      APP_VERSION,
      now,
    )
    return { filename: backupFilename(now), text: backupText(backup) }
  }

  /**
   * What restoring a preview does to the history here now: its plan, compared again when the
   * history changed since it was read (a quiz handed in, or a backup restored, here or in another
   * tab), its new attempts with the history now.
   */
  function planNow(preview: Extract<BackupPreview, { ok: true }>): RestorePlan {
    const { plan } = toRaw(preview)
    const [before, text] = previewed.get(toRaw(preview)) ?? []
    if (before === current.value) return plan
    // Attempts erased here since (“Erase all”, in any tab) are not “already here”: the file is
    // compared again, as the preview keeps only what was new of it.
    if (text && before && attemptsIn(withoutAttempts(before, current.value))) {
      const read = readBackup(text, current.value, undefined, Date.now())
      if (read.ok) return read.plan
    }
    const again = planRestore(current.value, plan.add)
    // The backup's attempts that were here then are here still: the rest of ours are only here.
    const both = before ? attemptsIn(before) - plan.onlyHere : 0
    return {
      add: again.add,
      known: plan.known + again.known,
      conflicts: merge(plan.conflicts, again.conflicts),
      onlyHere: Math.max(0, again.onlyHere - both),
    }
  }

  /** The backup's copies that differ from attempts here now, as a backup file of their own. */
  function conflictsBackup(preview: Extract<BackupPreview, { ok: true }>): {
    filename: string
    text: string
  } {
    const now = new Date()
    const backup = makeBackup({ progress: planNow(preview).conflicts }, APP_VERSION, now)
    return {
      filename: backupFilename(now).replace('passage-backup', 'passage-conflicting-attempts'),
      text: backupText(backup),
    }
  }

  /**
   * Reads a backup off the main thread and says what restoring it would do, or why it cannot
   * be restored; changes nothing. Pass the preview to `restore`.
   */
  function previewRestore(text: string, onStage?: (stage: ReadStage) => void): ReadTask {
    const against = current.value
    const task = readBackupInBackground(text, against, onStage)
    void task.result.then((preview) => {
      if (preview.ok) previewed.set(preview, [against, text])
    })
    return task
  }

  /**
   * Adds a backup's attempts that are not here yet and takes its settings, unless `keepSettings`:
   * a preview from `previewRestore`, or the file's text (read here and now). An attempt already
   * here is never changed: a backup copy that differs is left out (see `conflictsBackup`).
   */
  function restore(source: string | BackupPreview, keepSettings?: boolean): RestoreResult {
    // A preview a page kept in a ref arrives as a reactive proxy: its attempts are taken raw, so
    // the history stays plain data that the next backup's worker can be sent.
    const preview =
      typeof source === 'string'
        ? previewOf(readBackup(source, current.value, undefined, Date.now()))
        : toRaw(source)
    if (!preview.ok) return preview
    // A preview compared with an older history (another tab saved since) is compared again.
    const { add } = typeof source === 'string' ? preview.plan : planNow(preview)
    const before = { current: current.value, unsaved, notices: ownNotices.value }
    unsaved = merge(unsaved ?? emptyProgress(), add)
    current.value = recordAll(current.value, add, limits.value)
    const saved = save()
    if (!saved && lastError === 'quota') {
      // Kept in memory only, the backup's attempts would hold up every later save (each one
      // writes them all again): the student's next quiz would be lost with them at a reload.
      current.value = before.current
      unsaved = before.unsaved
      ownNotices.value = before.notices
      const n = attemptsIn(add)
      return {
        ok: false,
        message: `Not restored: this browser has no room for the ${n > 1 ? `${n.toLocaleString('en')} attempts` : 'attempt'} in this backup, even without the answers. Nothing was changed; keep the file.`,
      }
    }
    if (preview.settings && !keepSettings) settings.apply(preview.settings)
    return { ...preview, saved }
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

  /** Takes back a notice whose cause is over (a quiz in progress saved after all, or finished). */
  function withdraw(id: string) {
    ownNotices.value = ownNotices.value.filter((n) => n.id !== id)
  }

  /** Shows another document's storage notices with these (the review store's, say). */
  function report(more: StorageNotice[]) {
    note(more)
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
  onScopeDispose(onRoomMaybe(retry))
  onScopeDispose(
    storage.subscribe((change) => {
      // "Erase all" in another tab: forget this tab's attempts too rather than bring them back.
      if (change.removed) {
        mine.clear()
        unsaved = null
      }
      reload(change.removed ? undefined : change.key)
    }),
  )

  return {
    doc,
    sets,
    attemptCount,
    notices,
    resaved: computed(() => resaved.value),
    // Read-only views as getters: Pinia would try to write a readonly ref back when it hydrates.
    persistence: computed(() => readonly(persistence).value),
    limits: computed(() => readonly(limits).value),
    quarantined: computed(() => readonly(quarantined).value),
    statsOf,
    questionStatsOf,
    passCountOf,
    quizUnderWay,
    recent,
    refresh,
    recordSession,
    exportBackup,
    holdReview,
    previewRestore,
    planNow,
    conflictsBackup,
    restore,
    withdraw,
    eraseAll,
    quarantineText,
    discardQuarantine,
    report,
    dismiss,
    setDetailLimit,
    $reset,
  }
})
