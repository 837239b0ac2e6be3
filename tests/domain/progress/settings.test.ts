import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  applySettings,
  defaultSettings,
  migrateSettings,
  parseSettings,
  serializeSettings,
  type Settings,
} from '../../../src/domain/progress/settings.ts'
import { salvageSettings } from '../../../src/domain/progress/settings-salvage.ts'

describe('the settings document', () => {
  it('defaults to practice, no timer, shortcuts on, the system theme, 90 % recall, 20 new cards, text at 100 %, the article beside', () => {
    expect(defaultSettings()).toEqual({
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
  })

  it('migrates version 1, keeping every choice and adding the review defaults', () => {
    const v1 = '{"schemaVersion":1,"mode":"test","timerSec":600,"shortcuts":false,"theme":"dark"}'
    expect(parseSettings(v1)).toEqual({
      status: 'ok',
      migratedFrom: 1,
      doc: {
        schemaVersion: 4,
        mode: 'test',
        timerSec: 600,
        shortcuts: false,
        theme: 'dark',
        retention: 0.9,
        newPerDay: 20,
        textSize: 100,
        articleBeside: true,
        csv: null,
      },
    })
  })

  it('migrates version 2, keeping every choice and adding the reading defaults', () => {
    const v2 =
      '{"schemaVersion":2,"mode":"test","timerSec":null,"shortcuts":true,"theme":"light","retention":0.85,"newPerDay":5}'
    expect(parseSettings(v2)).toEqual({
      status: 'ok',
      migratedFrom: 2,
      doc: {
        schemaVersion: 4,
        mode: 'test',
        timerSec: null,
        shortcuts: true,
        theme: 'light',
        retention: 0.85,
        newPerDay: 5,
        textSize: 100,
        articleBeside: true,
        csv: null,
      },
    })
  })

  it('migrates version 3, keeping every choice; spreadsheet columns follow the browser until chosen', () => {
    const v3 =
      '{"schemaVersion":3,"mode":"test","timerSec":null,"shortcuts":true,"theme":"light","retention":0.85,"newPerDay":5,"textSize":150,"articleBeside":false}'
    expect(parseSettings(v3)).toEqual({
      status: 'ok',
      migratedFrom: 3,
      doc: { ...JSON.parse(v3), schemaVersion: 4, csv: null },
    })
  })

  it('keeps the spreadsheet columns to commas, semicolons or the browser’s choice', () => {
    for (const csv of ['comma', 'semicolon', null] as const)
      expect(applySettings(defaultSettings(), { csv }).csv).toBe(csv)
    expect(() => applySettings(defaultSettings(), { csv: 'tab' as never })).toThrow(/csv/)
  })

  it.each([
    [{ textSize: 99 }, /textSize/],
    [{ textSize: 201 }, /textSize/],
    [{ textSize: 150.5 }, /textSize/],
    [{ textSize: '150' as never }, /textSize/],
    [{ articleBeside: 'yes' as never }, /articleBeside/],
  ])('keeps reading settings in range: %o', (patch, message) => {
    expect(() => applySettings(defaultSettings(), patch)).toThrow(message)
  })

  it.each([100, 125, 200])('takes a text size of %i %%', (textSize) => {
    expect(applySettings(defaultSettings(), { textSize }).textSize).toBe(textSize)
  })

  it.each([
    [{ retention: 0.79 }, /retention/],
    [{ retention: 0.98 }, /retention/],
    [{ newPerDay: -1 }, /newPerDay/],
    [{ newPerDay: 2.5 }, /newPerDay/],
  ])('keeps review settings in range: %o', (patch, message) => {
    expect(() => applySettings(defaultSettings(), patch)).toThrow(message)
    expect(applySettings(defaultSettings(), { retention: 0.97, newPerDay: 0 })).toMatchObject({
      retention: 0.97,
      newPerDay: 0,
    })
  })

  it('reads back what it writes', () => {
    const s = applySettings(defaultSettings(), { mode: 'test', timerSec: 600, theme: 'dark' })
    expect(parseSettings(serializeSettings(s))).toEqual({ status: 'ok', doc: s })
  })

  it('refuses a value that is not allowed, saying which', () => {
    expect(() => applySettings(defaultSettings(), { timerSec: -5 })).toThrow(/timerSec/)
    expect(() => applySettings(defaultSettings(), { theme: 'neon' as never })).toThrow(/theme/)
  })

  it.each([
    ['', 'invalid'],
    ['null', 'invalid'],
    ['{"schemaVersion":1,"mode":"practice"', 'invalid'],
    [
      '{"schemaVersion":1,"mode":"exam","timerSec":null,"shortcuts":true,"theme":"system"}',
      'invalid',
    ],
    ['{"theme":"dark"}', 'invalid'],
    ['{"schemaVersion":2,"mode":"practice"}', 'invalid'],
    ['{"schemaVersion":3,"mode":"practice"}', 'invalid'],
    ['{"schemaVersion":4,"mode":"practice"}', 'invalid'],
    ['{"schemaVersion":5,"mode":"practice"}', 'newer'],
  ])('reads %j as %s', (text, status) => {
    expect(parseSettings(text).status).toBe(status)
  })

  it('salvages stored settings field by field: a bad value goes back to its default, the rest are kept', () => {
    const own: Settings = {
      schemaVersion: 4,
      mode: 'test',
      timerSec: 900,
      shortcuts: false,
      theme: 'dark',
      retention: 0.85,
      newPerDay: 7,
      textSize: 175,
      articleBeside: false,
      csv: null,
    }
    const fields = Object.keys(own).filter((k) => k !== 'schemaVersion') as (keyof Settings)[]
    const junk = fc.oneof(fc.string(), fc.double(), fc.integer(), fc.constant(null), fc.object())
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...fields), junk), (damage) => {
        const salvaged = salvageSettings({ ...own, ...damage })!
        // Whatever it holds is allowed, and every field left alone is the student's own.
        expect(applySettings(salvaged, {})).toEqual(salvaged)
        for (const field of fields) {
          if (!(field in damage)) expect(salvaged[field]).toEqual(own[field])
          else {
            const alone = { ...own, [field]: damage[field] }
            expect([alone[field], defaultSettings()[field]]).toContainEqual(salvaged[field])
          }
        }
      }),
    )
    expect(salvageSettings({ ...own, theme: 'neon', textSize: 'big' })).toEqual({
      ...own,
      theme: 'system',
      textSize: 100,
    })
    // An older version's is brought up to date first: what it had is kept, one bad value resets
    // only itself, and what an update added comes with its default.
    expect(
      salvageSettings({
        schemaVersion: 2,
        mode: 'test',
        timerSec: 600,
        shortcuts: false,
        theme: 'neon',
        retention: 0.95,
        newPerDay: 5,
      }),
    ).toEqual({
      ...defaultSettings(),
      mode: 'test',
      timerSec: 600,
      shortcuts: false,
      retention: 0.95,
      newPerDay: 5,
    })
    // Not settings of this or an older version: nothing to salvage.
    for (const raw of [null, [], 'x', { ...own, schemaVersion: 0 }, { ...own, schemaVersion: 9 }])
      expect(salvageSettings(raw)).toBeUndefined()
  })
})

describe('what Passage says of settings it cannot read', () => {
  it('quotes unknown field names at a bounded length, however many and long they are', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 200, maxLength: 3000 }), { minLength: 1, maxLength: 60 }),
        (names) => {
          const doc: Record<string, unknown> = { ...defaultSettings() }
          for (const name of names) if (!(name in doc)) doc[name] = '<b>x</b>'
          const read = migrateSettings(doc)
          if (read.status !== 'invalid') return
          // A backup's restore message and the notice's fold repeat it.
          expect(read.reason.length).toBeLessThan(200)
        },
      ),
      { numRuns: 50 },
    )
  })
})
