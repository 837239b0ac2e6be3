import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { questionsGuard } from '../../scripts/lib/questions-guard.ts'

/** Calls the plugin's resolveId as Vite does for `source` imported from src/stores/banks.ts. */
function resolveFrom(root: string, source: string): string | null {
  const plugin = questionsGuard(join(root, 'questions'))
  const hook = plugin.resolveId as unknown as (
    this: { error(message: string): never },
    source: string,
    importer: string,
  ) => string | null
  return hook.call(
    {
      error(message: string): never {
        throw new Error(message)
      },
    },
    source,
    join(root, 'src/stores/banks.ts'),
  )
}

describe('the build guard on questions/', () => {
  let root: string
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'passage-guard-'))
    mkdirSync(join(root, 'questions/mini'), { recursive: true })
    mkdirSync(join(root, 'src/stores'), { recursive: true })
    writeFileSync(join(root, 'questions/mini/passage.json'), '{}')
    symlinkSync('/etc/passwd', join(root, 'questions/mini/passwd.json'))
    symlinkSync('passage.json', join(root, 'questions/mini/alias.json'))
    writeFileSync(join(root, 'questions/mini/latin1.json'), Buffer.from([0x7b, 0xe9, 0x7d]))
  })
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('lets Vite bundle a bank file, or a link that stays inside questions/', () => {
    expect(resolveFrom(root, '../../questions/mini/passage.json?raw')).toBeNull()
    expect(resolveFrom(root, '../../questions/mini/alias.json?raw')).toBeNull()
    expect(resolveFrom(root, 'vue')).toBeNull()
  })

  it('stops the build at a link out of questions/, naming it', () => {
    expect(() => resolveFrom(root, '../../questions/mini/passwd.json?raw')).toThrow(
      /questions\/mini\/passwd\.json: is a link to \/etc\/passwd, outside .*questions\/: Passage follows no link that leaves .*It is not bundled/,
    )
  })

  it('stops the build at a file that is not UTF-8', () => {
    expect(() => resolveFrom(root, '../../questions/mini/latin1.json?raw')).toThrow(
      /latin1\.json: byte 0xE9 is not UTF-8/,
    )
  })
})
