/**
 * Settings read back from storage are untrusted: any field may hold any JSON value, from any
 * version. One bad value costs only itself, the notice names it in the student's words (never
 * the stored name or value), and what Passage found is said at a bounded length.
 */
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { createStorageDoor } from '../../src/composables/storage/door.ts'
import { setStorageDoor } from '../../src/composables/storage/index.ts'
import { STORAGE_KEYS } from '../../src/composables/storage/keys.ts'
import { useProgressStore } from '../../src/stores/progress.ts'
import { useSettingsStore } from '../../src/stores/settings.ts'
import { noticeDetail, noticeText } from '../../src/composables/storage/notice-text.ts'
import { SETTING_NAMES } from '../../src/domain/progress/settings-names.ts'

const KEY = STORAGE_KEYS.settings
const stores: { $dispose(): void }[] = []

function openTab() {
  setStorageDoor(createStorageDoor())
  setActivePinia(createPinia())
  const settings = useSettingsStore()
  const progress = useProgressStore()
  stores.push(settings, progress)
  return { settings, progress }
}

beforeEach(() => {
  localStorage.clear()
  setStorageDoor(undefined)
})
afterEach(() => {
  for (const store of stores.splice(0)) store.$dispose()
  setStorageDoor(undefined)
  localStorage.clear()
})

/** The student's own choices, none of them a default. */
const own = {
  mode: 'test',
  timerSec: 600,
  shortcuts: false,
  theme: 'dark',
  retention: 0.95,
  newPerDay: 5,
  textSize: 150,
  articleBeside: false,
  csv: 'semicolon',
} as const
type Field = keyof typeof own
const fields = Object.keys(own) as Field[]
/** The fields each version has (v2 review, v3 reading, v4 spreadsheet columns). */
const since: Record<Field, number> = {
  mode: 1,
  timerSec: 1,
  shortcuts: 1,
  theme: 1,
  retention: 2,
  newPerDay: 2,
  textSize: 3,
  articleBeside: 3,
  csv: 4,
}
const defaults = {
  mode: 'practice',
  timerSec: null,
  shortcuts: true,
  theme: 'system',
  retention: 0.9,
  newPerDay: 20,
  textSize: 100,
  articleBeside: true,
  csv: null,
}

const hostile = fc.oneof(
  fc.string({ maxLength: 3000 }),
  fc.constant('<img src=x onerror=alert(1)>'.repeat(200)),
  fc.double(),
  fc.integer(),
  fc.constantFrom(null, true, false, [], {}, -1, 1e308, 'neon'),
  fc.array(fc.string(), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
)

describe('settings read back with a hostile value', () => {
  it('keep every other setting of any version, name only the bad one, and stay short', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom(...fields),
        hostile,
        (version, field, value) => {
          const doc: Record<string, unknown> = { schemaVersion: version }
          for (const f of fields) if (since[f] <= version) doc[f] = own[f]
          if (since[field] > version) return
          doc[field] = value
          localStorage.clear()
          localStorage.setItem(KEY, JSON.stringify(doc))
          const { settings, progress } = openTab()
          const read = settings.settings as unknown as Record<string, unknown>
          // What storage holds is the value as JSON writes it: Infinity and NaN are null there.
          const stored = JSON.stringify(doc[field])
          const valid = JSON.stringify(read[field]) === stored
          for (const f of fields) {
            if (f === field) continue
            // What this version had is kept; what an update added comes with its default.
            expect(read[f], `${f} of version ${version}`).toEqual(
              since[f] <= version ? own[f] : defaults[f],
            )
          }
          if (valid) return
          expect(read[field]).toEqual(defaults[field])
          const notice = progress.notices.find((n) => n.kind === 'quarantined')
          expect(notice).toBeDefined()
          const text = noticeText(notice!, progress.quarantineText)
          expect(text).toContain(`Your saved setting ${SETTING_NAMES[field]} could not be read`)
          expect(text.length).toBeLessThan(400)
          // The fold names the same one setting, and no other.
          const detail = noticeDetail(notice!, progress.quarantineText) ?? ''
          expect(detail).toContain(`the setting ${SETTING_NAMES[field]} (`)
          expect(detail).not.toMatch(/missing or damaged/)
          expect(detail.length).toBeLessThan(400)
        },
      ),
      { numRuns: 150 },
    )
  })

  it('say what Passage found about unknown fields at a bounded length, and keep the settings', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 200, maxLength: 2000 }), { minLength: 1, maxLength: 40 }),
        (names) => {
          const doc: Record<string, unknown> = { schemaVersion: 4, ...own }
          for (const name of names) if (!(name in doc) && name !== '__proto__') doc[name] = 1
          if (Object.keys(doc).length === fields.length + 1) return
          localStorage.clear()
          localStorage.setItem(KEY, JSON.stringify(doc))
          const { settings, progress } = openTab()
          expect(settings.settings).toEqual({ schemaVersion: 4, ...own })
          const notice = progress.notices.find((n) => n.kind === 'quarantined')!
          expect(noticeDetail(notice)!.length).toBeLessThan(400)
          expect(noticeText(notice, progress.quarantineText).length).toBeLessThan(400)
          // Every setting is kept, and the notice says so rather than "could not be read".
          expect(noticeText(notice, progress.quarantineText)).toContain('nothing was reset')
        },
      ),
      { numRuns: 60 },
    )
  })
})
