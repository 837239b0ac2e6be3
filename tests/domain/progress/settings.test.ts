import { describe, expect, it } from 'vitest'
import {
  applySettings,
  defaultSettings,
  parseSettings,
  serializeSettings,
} from '../../../src/domain/progress/settings.ts'

describe('the settings document', () => {
  it('defaults to practice, no timer, shortcuts on, the system theme', () => {
    expect(defaultSettings()).toEqual({
      schemaVersion: 1,
      mode: 'practice',
      timerSec: null,
      shortcuts: true,
      theme: 'system',
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
    ['{"schemaVersion":2,"mode":"practice"}', 'newer'],
  ])('reads %j as %s', (text, status) => {
    expect(parseSettings(text).status).toBe(status)
  })
})
