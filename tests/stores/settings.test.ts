import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { createStorageDoor, type StorageDoor } from '../../src/composables/storage/door.ts'
import { setStorageDoor } from '../../src/composables/storage/index.ts'
import { STORAGE_KEYS } from '../../src/composables/storage/keys.ts'
import { useProgressStore } from '../../src/stores/progress.ts'
import { useSettingsStore } from '../../src/stores/settings.ts'
import { MemoryStorage, throwingStorage } from '../fixtures/progress/memory-storage.ts'
import { noticeText } from '../../src/composables/storage/notice-text.ts'

const KEY = STORAGE_KEYS.settings
const stores: { $dispose(): void }[] = []

function openTab(door: StorageDoor = createStorageDoor()) {
  setStorageDoor(door)
  setActivePinia(createPinia())
  const settings = useSettingsStore()
  stores.push(settings)
  return settings
}

function stored(): unknown {
  return JSON.parse(localStorage.getItem(KEY) ?? 'null')
}

beforeEach(() => setStorageDoor(undefined))
afterEach(() => {
  for (const store of stores.splice(0)) store.$dispose()
  setStorageDoor(undefined)
})

describe('the settings store', () => {
  it('starts with the defaults', () => {
    const settings = openTab()
    expect(settings.settings).toEqual({
      schemaVersion: 4,
      mode: 'practice',
      timerSec: null,
      shortcuts: true,
      theme: 'system',
      retention: 0.9,
      newPerDay: 20,
      textSize: 100,
      articleBeside: true,
      csv: null,
    })
    expect(localStorage.getItem(KEY)).toBeNull()
  })

  it('saves each change and reads it back in a new tab', () => {
    const settings = openTab()
    settings.setMode('test')
    settings.setTimer(900)
    settings.setShortcuts(false)
    settings.setTheme('light')
    settings.setRetention(0.85)
    settings.setNewPerDay(5)
    settings.setTextSize(150)
    settings.setArticleBeside(false)
    expect(stored()).toEqual({
      schemaVersion: 4,
      mode: 'test',
      timerSec: 900,
      shortcuts: false,
      theme: 'light',
      retention: 0.85,
      newPerDay: 5,
      textSize: 150,
      articleBeside: false,
      csv: null,
    })
    const again = openTab()
    expect(again.mode).toBe('test')
    expect(again.timerSec).toBe(900)
    expect(again.shortcuts).toBe(false)
    expect(again.theme).toBe('light')
    again.setTimer(null)
    expect(again.timerSec).toBeNull()
  })

  it('refuses a value that is not allowed and keeps the old one', () => {
    const settings = openTab()
    expect(() => settings.setTimer(0)).toThrow(RangeError)
    expect(settings.timerSec).toBeNull()
    expect(localStorage.getItem(KEY)).toBeNull()
  })

  it('keeps changes two tabs make to different settings', () => {
    const tabA = openTab()
    const tabB = openTab()
    tabA.setTheme('dark')
    tabB.setShortcuts(false)
    expect(stored()).toMatchObject({ theme: 'dark', shortcuts: false })
    window.dispatchEvent(
      new StorageEvent('storage', { key: KEY, newValue: localStorage.getItem(KEY) }),
    )
    expect(tabA.shortcuts).toBe(false)
  })

  it('works for the session when storage is unavailable', () => {
    const settings = openTab(createStorageDoor({ backend: () => throwingStorage() }))
    expect(settings.persistence).toBe('unavailable')
    settings.setTheme('dark')
    expect(settings.theme).toBe('dark')
    expect(settings.notices.map((n) => n.kind)).toEqual(['unavailable'])
  })

  it('sets unreadable settings aside; the progress store shows and discards the notice', () => {
    // Cut off: nothing in it can be read (one bad value of a whole document resets only itself).
    localStorage.setItem(KEY, '{"schemaVersion":1,"theme":"neon"')
    const settings = openTab()
    stores.push(useProgressStore())
    const progress = useProgressStore()
    expect(settings.theme).toBe('system')
    const notice = progress.notices.find((n) => n.kind === 'quarantined')
    expect(noticeText(notice!)).toMatch(/saved settings could not be read/)
    expect(progress.discardQuarantine(notice?.key ?? '')).toBe(true)
    expect(settings.notices).toEqual([])
    expect(progress.notices).toEqual([])
    expect(localStorage.getItem(KEY)).toBeNull()
  })

  it('keeps every setting that still reads when one does not, and writes them back at once', () => {
    // One bad value (a hand edit, an older build's bug) among the student's own choices.
    const own = {
      schemaVersion: 4,
      mode: 'test',
      timerSec: 600,
      shortcuts: false,
      theme: 'neon',
      retention: 0.95,
      newPerDay: 5,
      textSize: 150,
      articleBeside: false,
      csv: null,
    }
    localStorage.setItem(KEY, JSON.stringify(own))
    const settings = openTab()
    stores.push(useProgressStore())
    expect(settings.settings).toEqual({ ...own, theme: 'system' })
    const progress = useProgressStore()
    const notice = progress.notices.find((n) => n.kind === 'quarantined')
    expect(noticeText(notice!)).toMatch(/kept everything in it that could still be read/)
    // Named in the student's words, in the notice itself: not a parser's words in a fold.
    expect(noticeText(notice!, progress.quarantineText)).toBe(
      'Your saved setting “Colours” could not be read, so it went back to its default; your other settings are kept. Passage set the damaged copy aside: download it to keep a copy, or discard it.',
    )
    // Discarding the set-aside copy loses none of what was kept.
    expect(useProgressStore().discardQuarantine(notice?.key ?? '')).toBe(true)
    expect(openTab().settings).toEqual({ ...own, theme: 'system' })
  })

  it('leaves settings from a newer version alone', () => {
    const newer = '{"schemaVersion":5,"theme":"sepia"}'
    localStorage.setItem(KEY, newer)
    const settings = openTab()
    expect(settings.persistence).toBe('read-only')
    settings.setTheme('dark')
    expect(settings.theme).toBe('dark')
    expect(localStorage.getItem(KEY)).toBe(newer)
  })
})

describe('a change a full storage refused', () => {
  it('is saved once there may be room (another tab changed storage), and the notice is taken back', () => {
    const storage = new MemoryStorage()
    const settings = openTab(createStorageDoor({ backend: () => storage }))
    storage.quota = 0
    settings.setMode('test')
    expect(settings.notices.map((n) => n.kind)).toEqual(['quota-full'])

    storage.quota = Infinity
    window.dispatchEvent(new StorageEvent('storage', { key: 'other-site-page-0' }))
    expect(storage.getItem(KEY)).toContain('"mode":"test"')
    expect(settings.notices).toEqual([])
  })
})
