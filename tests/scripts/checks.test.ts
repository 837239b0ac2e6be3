import { describe, expect, it } from 'vitest'
import { CHECKS, runChecks, type Check } from '../../scripts/checks.ts'

/** A check that prints two lines, a little apart, then exits with `code`. */
const node = (name: string, code: number, delayMs = 0): Check => ({
  name,
  command: process.execPath,
  args: [
    '-e',
    `console.log('${name} first'); setTimeout(() => { console.error('${name} second'); process.exit(${code}) }, ${delayMs})`,
  ],
})

describe('npm run checks', () => {
  it('runs the four static checks of npm test', () => {
    expect(CHECKS.map((c) => c.args.slice(c.args.indexOf('--silent') + 1).join(' '))).toEqual([
      'typecheck',
      'lint',
      'format:check',
      'validate -- --strict',
    ])
  })

  it('names every failed check, after all of them have reported', async () => {
    const written: string[] = []
    const failed = await runChecks(
      [node('slow-ok', 0, 300), node('quick-fail', 2), node('also-fails', 1, 100)],
      (text) => written.push(text),
    )
    expect(failed).toEqual(['quick-fail', 'also-fails'])
    expect(written).toHaveLength(3)
    expect(written.find((t) => t.startsWith('✓ slow-ok'))).toBeDefined()
    expect(written.find((t) => t.startsWith('✗ quick-fail'))).toBeDefined()
  })

  it("prints each check's output whole, stdout and stderr together, never interleaved", async () => {
    const written: string[] = []
    await runChecks([node('a', 0, 200), node('b', 0, 50)], (text) => written.push(text))
    for (const name of ['a', 'b']) {
      const block = written.find((t) => t.includes(`${name} first`))
      expect(block).toMatch(new RegExp(`${name} first\\n${name} second\\n$`))
    }
  })

  it('passes when every check passes', async () => {
    expect(await runChecks([node('one', 0), node('two', 0)], () => {})).toEqual([])
  })

  it('reports a command that cannot start as a failure', async () => {
    const written: string[] = []
    const missing: Check = { name: 'missing', command: '/nonexistent/tool', args: [] }
    expect(await runChecks([missing], (t) => written.push(t))).toEqual(['missing'])
    expect(written).toHaveLength(1)
    expect(written[0]).toMatch(/✗ missing.*ENOENT/)
  })
})
