import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  SETTING_NAMES,
  salvageNamedSettings,
  settingsChanged,
} from '../../../src/domain/progress/settings-names.ts'
import { defaultSettings, migrateSettings } from '../../../src/domain/progress/settings.ts'
import { noticeText } from '../../../src/composables/storage/notice-text.ts'

const names = new Set(Object.values(SETTING_NAMES))
const field = fc.oneof(
  fc.constantFrom('practice', 'test', 'neon', 'dark', 'system', null, true, false, 150, 900, 0.9),
  fc.jsonValue(),
)
const settingsLike = fc.record(
  {
    schemaVersion: fc.constantFrom(1, 2, 3, 4, '3', null),
    mode: field,
    timerSec: field,
    shortcuts: field,
    theme: field,
    retention: field,
    newPerDay: field,
    textSize: field,
    articleBeside: field,
  },
  { requiredKeys: [] },
)

describe('settings named as the student knows them', () => {
  it('names the one setting that did not read', () => {
    const own = { schemaVersion: 3, mode: 'test', timerSec: 600, shortcuts: false, theme: 'neon' }
    expect(
      salvageNamedSettings({
        ...own,
        retention: 0.9,
        newPerDay: 5,
        textSize: 120,
        articleBeside: true,
      })?.reset,
    ).toEqual(['“Colours”'])
  })

  it('gives valid settings and only known names for anything stored, or nothing', () => {
    fc.assert(
      fc.property(fc.oneof(settingsLike, fc.jsonValue()), (raw) => {
        const named = salvageNamedSettings(raw)
        if (!named) return
        expect(migrateSettings(named.settings).status).toBe('ok')
        for (const name of named.reset) expect(names.has(name)).toBe(true)
        expect(named.reset.length).toBeLessThan(names.size)
      }),
    )
  })

  it('a settings notice reads any set-aside text without throwing', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          settingsLike.map((s) => JSON.stringify(s)),
        ),
        (text) => {
          const said = noticeText(
            { id: 'q', kind: 'quarantined', key: 'passage:quarantine:x', label: 'settings' },
            () => text,
          )
          expect(said).toMatch(/^Your saved settings? /)
        },
      ),
    )
  })
})

describe('the settings a restore would change', () => {
  const ours = defaultSettings()

  it.each([
    [{ mode: 'test' as const }, '“Quizzes start in”: Test in the backup, Practice here'],
    [{ timerSec: 1500 }, '“Time limit for a quiz”: 25 minutes in the backup, Off here'],
    [{ timerSec: 60 }, '“Time limit for a quiz”: 1 minute in the backup, Off here'],
    [{ shortcuts: false }, '“Keyboard shortcuts in quizzes”: Off in the backup, On here'],
    [{ theme: 'light' as const }, '“Colours”: Light in the backup, Same as this device here'],
    [{ retention: 0.85 }, '“Remember at least”: 85% in the backup, 90% here'],
    [{ newPerDay: 0 }, '“Questions joining your reviews a day”: 0 in the backup, 20 here'],
    [{ textSize: 175 }, '“Text size”: 175% in the backup, 100% here'],
    [
      { articleBeside: false },
      '“The article in a quiz”: Hidden in the backup, Open beside the questions here',
    ],
    [
      { csv: 'semicolon' as const },
      '“Spreadsheet (CSV) downloads for”: Excel with semicolons in the backup, What this browser’s language suggests here',
    ],
  ])('names %o with both values', (patch, line) => {
    expect(settingsChanged({ ...ours, ...patch }, ours)).toEqual([line])
  })

  it('lists none for the same settings, and leaves out those said apart', () => {
    expect(settingsChanged(ours, { ...ours })).toEqual([])
    const theirs = { ...ours, theme: 'dark' as const, mode: 'test' as const }
    expect(settingsChanged(theirs, ours, [SETTING_NAMES.theme])).toEqual([
      '“Quizzes start in”: Test in the backup, Practice here',
    ])
  })
})
