import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { EARLY_THEME_FILE, earlyThemeScript } from '../../scripts/early-theme.ts'
import { classicScripts } from '../../scripts/lib/initial-size.ts'
import {
  defaultSettings,
  parseSettings,
  serializeSettings,
  type Settings,
} from '../../src/domain/progress/settings.ts'
import { STORAGE_KEYS } from '../../src/composables/storage/keys.ts'

/**
 * Runs the script exactly as the build writes it, on a page whose storage holds `stored` under
 * the settings key; the theme it leaves on <html> (undefined: none). It must leave the same on the
 * root's colour scheme, which the browser's own page (its background) follows.
 */
function runScript(stored: string | null, getItem?: () => string | null): string | undefined {
  const dataset: Record<string, string> = {}
  const style = { colorScheme: '' }
  const store = new Map<string, string>(stored === null ? [] : [[STORAGE_KEYS.settings, stored]])
  const window = {
    localStorage: { getItem: getItem ?? ((key: string) => store.get(key) ?? null) },
  }
  const document = { documentElement: { dataset, style } }
  runInNewContext(earlyThemeScript(), { window, document })
  expect(style.colorScheme).toBe(dataset.theme ?? '')
  return dataset.theme
}

const withTheme = (theme: Settings['theme']) => serializeSettings({ ...defaultSettings(), theme })

describe('the early theme script', () => {
  it('puts a chosen light or dark theme on the page', () => {
    expect(runScript(withTheme('dark'))).toBe('dark')
    expect(runScript(withTheme('light'))).toBe('light')
  })

  it('leaves "system", nothing stored, and foreign or damaged text to the CSS', () => {
    expect(runScript(withTheme('system'))).toBeUndefined()
    expect(runScript(null)).toBeUndefined()
    for (const text of ['', 'dark', '"dark"', 'null', '[1]', '{"theme":"blue"}', '{"theme":']) {
      expect(runScript(text)).toBeUndefined()
    }
  })

  it('does not throw when storage itself cannot be read', () => {
    const blocked = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError')
    }
    expect(runScript(null, blocked)).toBeUndefined()
  })

  it('agrees with the app on every settings document the app accepts', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Settings['theme']>('system', 'light', 'dark'),
        fc.integer({ min: 100, max: 200 }),
        fc.constantFrom<Settings['mode']>('practice', 'test'),
        (theme, textSize, mode) => {
          const text = serializeSettings({ ...defaultSettings(), theme, textSize, mode })
          const read = parseSettings(text)
          expect(read.status).toBe('ok')
          const appTheme = read.status === 'ok' ? read.doc.theme : undefined
          expect(runScript(text)).toBe(appTheme === 'system' ? undefined : appTheme)
        },
      ),
    )
  })

  it('never throws and only ever sets light or dark, whatever storage holds', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc
            .record({ theme: fc.oneof(fc.string(), fc.constantFrom('light', 'dark')) })
            .map((o) => JSON.stringify(o)),
        ),
        (text) => {
          const theme = runScript(text)
          expect([undefined, 'light', 'dark']).toContain(theme)
        },
      ),
    )
  })

  it('is a small classic script the first-load budget counts', () => {
    expect(earlyThemeScript().length).toBeLessThan(600)
    const html = `<head><script src="./${EARLY_THEME_FILE}"></script><script type="module" crossorigin src="./assets/index-1.js"></script></head>`
    expect(classicScripts(html)).toEqual([EARLY_THEME_FILE])
  })
})
