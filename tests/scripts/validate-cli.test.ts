import { describe, expect, it, beforeAll, afterAll } from 'vitest'
import { execFile } from 'node:child_process'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { bank, json, lineOf, passage, single } from '../fixtures/banks.ts'

const run = promisify(execFile)
const repo = resolve(import.meta.dirname, '../..')
const tsx = join(repo, 'node_modules/tsx/dist/cli.mjs')
const script = join(repo, 'scripts/validate.ts')

/** Runs `npm run validate` the way a teacher does, in a folder of their own. */
async function validate(cwd: string, ...args: string[]) {
  try {
    const { stdout } = await run(process.execPath, [tsx, script, ...args], { cwd })
    return { code: 0, lines: stdout.trim().split('\n') }
  } catch (error) {
    const failed = error as { code: number; stdout: string }
    return { code: failed.code, lines: failed.stdout.trim().split('\n') }
  }
}

describe('npm run validate', () => {
  let dir: string
  const badBank = json(
    bank({ id: 'mini/bad', title: 'Bad' }, [{ ...single, id: 'b1', answer: 'Peskov' }]),
  )

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'passage-validate-'))
    mkdirSync(join(dir, 'questions/mini'), { recursive: true })
    writeFileSync(join(dir, 'questions/mini/passage.json'), json(passage()))
    writeFileSync(join(dir, 'questions/mini/quotes.json'), json(bank()))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('exits 0 with a summary when every bank is valid', async () => {
    const result = await validate(dir)
    expect(result).toEqual({
      code: 0,
      lines: ['✓ 2 files valid: 1 question sets, 1 questions'],
    })
  }, 20_000)

  it('prints file:line:col path: message for each problem and exits 1', async () => {
    writeFileSync(join(dir, 'questions/mini/bad.json'), badBank)
    writeFileSync(
      join(dir, 'questions/mini/syntax.json'),
      '{\n  "id": "mini/syntax",\n  "title": }\n',
    )
    try {
      const result = await validate(dir)
      expect(result.code).toBe(1)
      expect(result.lines).toEqual([
        `questions/mini/bad.json:${lineOf(badBank, '"answer": "Peskov"')}:17 questions[0].answer: "Peskov" is not one of the choices ("Assad", "Putin")`,
        'questions/mini/syntax.json:3:12 (file): invalid JSON: expected a value',
        '✗ 2 problems in 2 of 4 files (1 sets with 1 questions are fine)',
      ])
    } finally {
      rmSync(join(dir, 'questions/mini/bad.json'))
      rmSync(join(dir, 'questions/mini/syntax.json'))
    }
  }, 20_000)

  it('checks only the files named, against the passages it finds', async () => {
    writeFileSync(join(dir, 'bad.json'), badBank)
    try {
      const result = await validate(dir, 'questions/mini/quotes.json')
      expect(result.code).toBe(0)
      const bad = await validate(dir, 'bad.json')
      expect(bad.code).toBe(1)
      expect(bad.lines[0]).toMatch(/^bad\.json:\d+:17 questions\[0\]\.answer:/)
    } finally {
      rmSync(join(dir, 'bad.json'))
    }
  }, 20_000)

  it('names a path that does not exist', async () => {
    expect(await validate(dir, 'nope')).toEqual({
      code: 1,
      lines: ['nope: no such file or folder'],
    })
  }, 20_000)
})
