import { computed, onScopeDispose, readonly, ref, shallowRef, watchSyncEffect } from 'vue'
import { defineStore } from 'pinia'
import {
  applySettings,
  defaultSettings,
  type Settings,
  type SettingsPatch,
  type Theme,
} from '../domain/progress/settings.ts'
import type { QuizMode } from '../domain/quiz/options.ts'
import { useStorageDoor } from '../composables/storage/index.ts'
import type { ReadResult } from '../composables/storage/door.ts'
import {
  readNotices,
  updateNotices,
  withNotices,
  type StorageNotice,
} from '../composables/storage/notices.ts'
import { settingsSpec } from '../composables/storage/small-specs.ts'
import { onRoomMaybe } from '../composables/storage/room.ts'
import { showSettings } from '../composables/shown-settings.ts'

/** The notice that storage refused the settings. */
const NOT_SAVED = `quota-full:${settingsSpec.key}`

export type Persistence = 'saving' | 'read-only' | 'unavailable'

function persistenceOf(status: ReadResult<unknown>['status']): Persistence {
  return status === 'newer' ? 'read-only' : status === 'unavailable' ? 'unavailable' : 'saving'
}

/**
 * The user's settings: default quiz mode, timer, keyboard shortcuts, theme, review scheduling
 * (desired retention, new cards a day), text size, the article beside the questions, the columns of
 * the class report's spreadsheets. Every change is
 * written at once through the storage door, re-reading first so a change made in another tab to
 * another setting is kept; other tabs follow through the `storage` event.
 */
export const useSettingsStore = defineStore('settings', () => {
  const door = useStorageDoor()
  const current = shallowRef<Settings>(defaultSettings())
  const notices = ref<StorageNotice[]>([])
  const persistence = ref<Persistence>('saving')
  const dismissed = new Set<string>()
  /** Changes storage did not take (full, blocked by a quarantine); retried on the next write. */
  let unsaved: SettingsPatch | null = null

  const settings = computed(() => current.value)
  const mode = computed(() => current.value.mode)
  const timerSec = computed(() => current.value.timerSec)
  const shortcuts = computed(() => current.value.shortcuts)
  const theme = computed(() => current.value.theme)
  const retention = computed(() => current.value.retention)
  const newPerDay = computed(() => current.value.newPerDay)
  const textSize = computed(() => current.value.textSize)
  const articleBeside = computed(() => current.value.articleBeside)
  const csv = computed(() => current.value.csv)

  function note(more: StorageNotice[]) {
    notices.value = withNotices(
      notices.value,
      more.filter((n) => !dismissed.has(n.id)),
    )
  }

  /** Reads settings from storage again (at start, and when another tab changed them). */
  function refresh() {
    const read = door.read(settingsSpec)
    note(readNotices(settingsSpec, read))
    persistence.value = persistenceOf(read.status)
    // Newer or unavailable storage still gives usable defaults for this session.
    current.value = unsaved ? applySettings(read.value, unsaved) : read.value
    if (unsaved && persistence.value === 'saving') save(unsaved)
    // What still read of settings set aside is written back at once, so discarding the set-aside
    // copy (which takes the broken original with it) loses none of it.
    else if (read.salvaged && read.quarantineStored) save({})
  }

  /** Writes `patch` over what is stored now; keeps it in memory (and `unsaved`) on failure. */
  function save(patch: SettingsPatch) {
    const wanted = applySettings(current.value, patch)
    const result = door.update(settingsSpec, (stored) => applySettings(stored, patch))
    note(updateNotices(settingsSpec, result))
    if (result.ok && result.value) {
      unsaved = null
      // Saved after all: "could not save your settings" is over.
      notices.value = notices.value.filter((n) => n.id !== NOT_SAVED)
      persistence.value = 'saving'
      current.value = result.value
    } else {
      unsaved = { ...unsaved, ...patch }
      if (result.error === 'newer') persistence.value = 'read-only'
      if (result.error === 'unavailable') persistence.value = 'unavailable'
      current.value = wanted
    }
  }

  /** Changes some settings; throws a RangeError for a value that is not allowed. */
  function update(patch: SettingsPatch) {
    save({ ...unsaved, ...patch })
  }

  function setMode(value: QuizMode) {
    update({ mode: value })
  }
  /** null turns the timer off. */
  function setTimer(seconds: number | null) {
    update({ timerSec: seconds })
  }
  function setShortcuts(on: boolean) {
    update({ shortcuts: on })
  }
  function setTheme(value: Theme) {
    update({ theme: value })
  }
  /** Desired retention for review, 0.80–0.97. */
  function setRetention(value: number) {
    update({ retention: value })
  }
  function setNewPerDay(value: number) {
    update({ newPerDay: value })
  }
  /** Percent of the browser's text size, 100–200. */
  function setTextSize(value: number) {
    update({ textSize: value })
  }
  function setArticleBeside(on: boolean) {
    update({ articleBeside: on })
  }
  /** Takes every setting from `settings`, e.g. from a restored backup. */
  function apply(settings: Settings) {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const { schemaVersion, ...patch } = settings
    update(patch)
  }
  function dismiss(id: string) {
    dismissed.add(id)
    notices.value = notices.value.filter((n) => n.id !== id)
  }
  /** Drops the notices about `key`, e.g. once its quarantined copy is discarded. */
  function forget(key: string) {
    notices.value = notices.value.filter((n) => n.key !== key)
    // A discarded quarantine may have been what held a change back.
    if (unsaved) save(unsaved)
  }
  function $reset() {
    unsaved = null
    dismissed.clear()
    notices.value = []
    refresh()
  }

  refresh()
  onScopeDispose(door.subscribe(settingsSpec.key, refresh))
  // Changes storage refused are tried again once there may be room, not only at the next change.
  onScopeDispose(
    onRoomMaybe(() => {
      if (unsaved && persistence.value === 'saving') save(unsaved)
    }),
  )
  // The page's theme, text size and quiz defaults follow what the store holds from now on.
  watchSyncEffect(() => showSettings(current.value))

  return {
    settings,
    mode,
    timerSec,
    shortcuts,
    theme,
    retention,
    newPerDay,
    textSize,
    articleBeside,
    csv,
    // Read-only views as getters: Pinia would try to write a readonly ref back when it hydrates.
    notices: computed(() => readonly(notices).value),
    persistence: computed(() => readonly(persistence).value),
    refresh,
    update,
    setMode,
    setTimer,
    setShortcuts,
    setTheme,
    setRetention,
    setNewPerDay,
    setTextSize,
    setArticleBeside,
    apply,
    dismiss,
    forget,
    $reset,
  }
})
