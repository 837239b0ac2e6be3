import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import fc from 'fast-check'
import { createPinia, setActivePinia } from 'pinia'
import { STORAGE_KEYS } from '../../src/composables/storage/keys.ts'
import {
  defaultSettings,
  serializeSettings,
  type Settings,
} from '../../src/domain/progress/settings.ts'

const KEY = STORAGE_KEYS.settings

/** The module as a first page load meets it: nothing read yet. */
async function freshPage() {
  vi.resetModules()
  return import('../../src/composables/shown-settings.ts')
}

beforeEach(() => localStorage.clear())
afterEach(() => {
  localStorage.clear()
  vi.restoreAllMocks()
})

describe('the settings a first page is drawn with', () => {
  it('are what storage holds: a student who chose dark and large text gets them at once', async () => {
    const mine: Settings = { ...defaultSettings(), theme: 'dark', textSize: 150, mode: 'test' }
    localStorage.setItem(KEY, serializeSettings(mine))
    const { useShownSettings } = await freshPage()
    expect(useShownSettings().value).toEqual(mine)
  })

  it.each([
    ['nothing stored', null],
    ['text that is not JSON', '{"schemaVersion": 3, "theme": "da'],
    ['a newer version', JSON.stringify({ ...defaultSettings(), schemaVersion: 99 })],
    ['a value out of range', JSON.stringify({ ...defaultSettings(), textSize: 900 })],
  ])('are the defaults with %s (the store reports what is wrong)', async (_, text) => {
    if (text !== null) localStorage.setItem(KEY, text)
    const { useShownSettings } = await freshPage()
    expect(useShownSettings().value).toEqual(defaultSettings())
  })

  it('are the defaults when touching storage throws', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError')
    })
    const { useShownSettings } = await freshPage()
    expect(useShownSettings().value).toEqual(defaultSettings())
  })

  it('follow the settings store once a page creates it', async () => {
    const { useShownSettings } = await freshPage()
    const shown = useShownSettings()
    setActivePinia(createPinia())
    const { useSettingsStore } = await import('../../src/stores/settings.ts')
    const store = useSettingsStore()
    store.setTheme('dark')
    store.setTextSize(175)
    expect(shown.value).toMatchObject({ theme: 'dark', textSize: 175 })
    store.$dispose()
  })

  it('are always whole, valid settings, whatever text storage holds', async () => {
    const { parseSettings } = await import('../../src/domain/progress/settings.ts')
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc
            .record({ theme: fc.string(), textSize: fc.double(), timerSec: fc.anything() })
            .map((patch) => JSON.stringify({ ...defaultSettings(), ...patch })),
        ),
        async (text) => {
          localStorage.setItem(KEY, text)
          const page = await freshPage()
          const shown = page.useShownSettings().value
          expect(parseSettings(serializeSettings(shown))).toEqual({ status: 'ok', doc: shown })
        },
      ),
      { numRuns: 60 },
    )
  })
})
