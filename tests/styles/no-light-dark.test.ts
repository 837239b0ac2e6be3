import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

/** Every stylesheet and component under src/ with its text. */
function sources(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = join(dir, entry.name)
    if (entry.isDirectory()) return sources(file)
    return /\.(css|vue)$/.test(entry.name) ? [{ file, text: readFileSync(file, 'utf8') }] : []
  })
}

describe('colour schemes', () => {
  // vite.config.ts turns off the minifier's stand-in for light-dark() (it cost the first load its
  // variables on every color-scheme rule): written anyway, Safari before 17.5 would get no colour.
  it('no stylesheet writes light-dark()', () => {
    const found = sources('src')
      .filter(({ text }) => /light-dark\(/.test(text))
      .map(({ file }) => file)
    expect(found).toEqual([])
  })
})
