import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { execFile } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const repo = resolve(import.meta.dirname, '../..')
const tsx = join(repo, 'node_modules/tsx/dist/cli.mjs')

async function cli(script: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [tsx, join(repo, script), ...args], {
      cwd: repo,
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

describe('npm run convert', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'passage-convert-'))
    cpSync('questions/assad-sochi-2018/passage.json', join(dir, 'questions/sochi/passage.json'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('turns a GIFT file into a set that npm run validate accepts', async () => {
    const out = join(dir, 'questions/sochi/talks.json')
    const result = await cli(
      'scripts/convert.ts',
      'tests/fixtures/interop/good.gift',
      '--passage',
      'assad-sochi-2018',
      '--out',
      out,
    )
    expect(result.code).toBe(0)
    expect(result.stderr).toContain(
      'good.gift:25:33: Left out: Question “essay” (“Write about the talks.”): Write its answers between “{” and “}” to bring it in',
    )
    const bank = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>
    expect(Object.keys(bank).slice(0, 3)).toEqual(['$schema', 'schemaVersion', 'id'])
    expect(bank.id).toBe('assad-sochi-2018/sochi-talks')
    const validated = await cli('scripts/validate.ts', join(dir, 'questions/sochi'))
    expect(validated.code).toBe(0)
  })

  it('prints every problem of a broken Aiken file with its line and exits 1', async () => {
    const result = await cli('scripts/convert.ts', 'tests/fixtures/interop/broken.aiken')
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    // Question 4 has no ANSWER line: the editor brings it in unfinished, so the file is not
    // refused, but a set file cannot hold it: left out here, with the three that do not read.
    expect(result.stderr.split('\n').filter((l) => l.startsWith('!'))).toEqual([
      '! tests/fixtures/interop/broken.aiken:4: Left out: Question 1 (“Where did Assad fly?”): Write the letter of one of its options (A, B) after “ANSWER:”: “D” is not one',
      '! tests/fixtures/interop/broken.aiken:8: Left out: Question 2 (“Which city?”): option “C” should be “B” (options go A, B, C… in order)',
      '! tests/fixtures/interop/broken.aiken:11: Left out: Question 3 (“Only one option”), options: Add at least two options (A. …, B. …); it has one',
      '! tests/fixtures/interop/broken.aiken:17: Left out: Question 4 (“No answer here”), right answer: add an “ANSWER: X” line after its options',
      '! tests/fixtures/interop/broken.aiken: 1 question has no evidence yet: pick the sentences in the editor',
    ])
  })

  it('asks which article when the file does not say', async () => {
    const result = await cli('scripts/convert.ts', 'tests/fixtures/interop/good.aiken')
    expect([result.code, result.stderr]).toEqual([1, expect.stringContaining('--passage <id>')])
  })
})
