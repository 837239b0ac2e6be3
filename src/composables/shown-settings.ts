/**
 * The settings the first page is drawn with — theme, text size, the default quiz mode and
 * timer — read straight from storage without the storage door. The door (quarantine, notices,
 * writes, other tabs) comes with the settings store, which a first quiz page does not need: once
 * any page creates the store, it keeps these up to date (`showSettings`).
 */
import { shallowRef, type Ref } from 'vue'
import { defaultSettings, parseSettings, type Settings } from '../domain/progress/settings.ts'
import { browserStorage } from './storage/backend.ts'
import { STORAGE_KEYS } from './storage/keys.ts'

/** What storage holds, when it reads as settings this build understands; else the defaults. */
function glance(): Settings {
  try {
    const text = browserStorage()?.getItem(STORAGE_KEYS.settings)
    const read = text ? parseSettings(text) : undefined
    if (read?.status === 'ok') return read.doc
  } catch {
    // Unreadable storage draws the page with the defaults; the store reports what is wrong.
  }
  return defaultSettings()
}

let shown: Ref<Settings> | undefined

/** The settings to draw with. */
export function useShownSettings(): Readonly<Ref<Settings>> {
  return (shown ??= shallowRef(glance()))
}

/** Called by the settings store with every value it holds. */
export function showSettings(settings: Settings): void {
  if (shown) shown.value = settings
  else shown = shallowRef(settings)
}
