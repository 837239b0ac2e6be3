import { describe, expect, it, beforeAll, afterAll } from 'vitest'
import { execFile } from 'node:child_process'
import { mkdtempSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { bank, json, lineOf, passage, single } from '../fixtures/banks.ts'

// Each case runs the CLI in a process of its own (tsx compiles it first): seconds each on a busy
// 2-core machine, hence the minute each test allows.
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
  }, 60_000)

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
        `questions/mini/bad.json:${lineOf(badBank, '"answer": "Peskov"')}:17 questions[0].answer: “Peskov” is not one of the choices (“Assad”, “Putin”)`,
        'questions/mini/syntax.json:3:12 (file): invalid JSON: expected a value',
        '✗ 2 problems in 2 of 4 files (1 sets with 1 questions are fine)',
      ])
    } finally {
      rmSync(join(dir, 'questions/mini/bad.json'))
      rmSync(join(dir, 'questions/mini/syntax.json'))
    }
  }, 60_000)

  it('refuses a pass mark over 0.99 and under 1, which no whole percent can show, at its line', async () => {
    const text = json(
      bank({ id: 'mini/close', title: 'Close', passMark: 0.995 }, [{ ...single, id: 'c1' }]),
    )
    writeFileSync(join(dir, 'questions/mini/close.json'), text)
    try {
      const result = await validate(dir)
      // It said “✓ 3 files valid”, and the set's SCORM package passed a 99.25 % Passage failed.
      expect(result).toEqual({
        code: 1,
        lines: [
          `questions/mini/close.json:${lineOf(text, '"passMark"')}:15 passMark: 0.995 is between 0.99 and 1: scores show in whole per cent, so at a pass mark of 99.5% a pass and a fail would both show as 99%; use 0.99, or 1 to pass only with full marks`,
          '✗ 1 problem in 1 of 3 files (1 sets with 1 questions are fine)',
        ],
      })
    } finally {
      rmSync(join(dir, 'questions/mini/close.json'))
    }
  }, 60_000)

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
  }, 60_000)

  describe('item-writing warnings', () => {
    const warnFile = 'questions/mini/warn.json'
    const why = 'The test needs one warning that is allowed.'
    const warnBank = json(
      bank({ id: 'mini/warn', title: 'Warnings', schemaVersion: 2 }, [
        {
          id: 'w1',
          type: 'short',
          prompt: 'Who did not fly to Sochi?',
          accepted: ['Putin'],
          evidence: 'Assad flew to Sochi on Thursday.',
        },
        {
          id: 'w2',
          type: 'truefalse',
          prompt: 'Putin never met Assad.',
          answer: false,
          evidence: 'He met Putin there.',
          lint: { allow: ['unemphasised-negative'], why },
        },
        { ...single, id: 'w3', prompt: 'Who told Putin that stability is improving?' },
        { ...single, id: 'w4', prompt: 'Stability is improving: who told Putin that?' },
      ]),
    )
    const at = (needle: string, column: number) =>
      `${warnFile}:${lineOf(warnBank, needle)}:${column}`

    beforeAll(() => writeFileSync(join(dir, warnFile), warnBank))
    afterAll(() => rmSync(join(dir, warnFile)))

    const expected = (last: string) => [
      `${at('Who did not fly', 17)} questions[0].prompt: warning [unemphasised-negative]: “not” is easy to miss, and a student who misses it answers the opposite question; write it in capitals (NOT) or say it positively`,
      `${at('who told Putin that?', 17)} questions[3].prompt: warning [duplicate-question]: asks what w3 already asks (“Who told Putin that stability is improving?”), with the same key: it adds nothing and counts one fact twice; ask about another part of the article, or remove one of the two (see ${at('Who told Putin that', 17)} questions[2].prompt)`,
      '✓ 3 files valid: 2 question sets, 5 questions',
      last,
    ]

    it('prints each warning at its place, counts allowed ones, and exits 0', async () => {
      expect(await validate(dir)).toEqual({
        code: 0,
        lines: expected(
          '⚠ 2 warnings: 1 duplicate-question, 1 unemphasised-negative; 1 warning allowed by lint.allow',
        ),
      })
    }, 60_000)

    it('exits 1 with --strict', async () => {
      expect(await validate(dir, '--strict')).toEqual({
        code: 1,
        lines: expected(
          '✗ --strict: 2 warnings: 1 duplicate-question, 1 unemphasised-negative; 1 warning allowed by lint.allow',
        ),
      })
    }, 60_000)

    it('passes --strict when the only warnings are allowed, and still counts them', async () => {
      const allowedOnly = json(
        bank({ id: 'mini/allowed', title: 'Allowed', schemaVersion: 2 }, [
          {
            id: 'a1',
            type: 'truefalse',
            prompt: 'Putin never met Assad.',
            answer: false,
            evidence: 'He met Putin there.',
            lint: { allow: ['unemphasised-negative'], why },
          },
        ]),
      )
      writeFileSync(join(dir, 'allowed.json'), allowedOnly)
      try {
        expect(await validate(dir, '--strict', 'allowed.json')).toEqual({
          code: 0,
          lines: [
            '✓ 1 files valid: 1 question sets, 1 questions',
            '✓ no warnings; 1 warning allowed by lint.allow',
          ],
        })
      } finally {
        rmSync(join(dir, 'allowed.json'))
      }
    }, 60_000)

    it('prints warnings after the errors of other files', async () => {
      writeFileSync(join(dir, 'questions/mini/bad.json'), badBank)
      try {
        const result = await validate(dir)
        expect(result.code).toBe(1)
        expect(
          result.lines.map((l) => l.replace(/:\d+:\d+ .*?: (warning \[[a-z-]+\])?.*/, ' $1')),
        ).toEqual([
          'questions/mini/bad.json ',
          `${warnFile} warning [unemphasised-negative]`,
          `${warnFile} warning [duplicate-question]`,
          '✗ 1 problem in 1 of 4 files (2 sets with 5 questions are fine)',
          '⚠ 2 warnings: 1 duplicate-question, 1 unemphasised-negative; 1 warning allowed by lint.allow',
        ])
      } finally {
        rmSync(join(dir, 'questions/mini/bad.json'))
      }
    }, 60_000)

    it('refuses an unknown option', async () => {
      expect(await validate(dir, '--strikt')).toEqual({
        code: 1,
        lines: ['--strikt: unknown option (the only option is --strict)'],
      })
    }, 60_000)
  })

  it('names a path that does not exist', async () => {
    expect(await validate(dir, 'nope')).toEqual({
      code: 1,
      lines: ['nope: no such file or folder'],
    })
  }, 60_000)

  describe('paths that are not plain bank files', () => {
    const cases: [string, (mini: string) => void, string[]][] = [
      [
        'a folder named like a bank file',
        (mini) => mkdirSync(join(mini, 'folder.json')),
        [
          'questions/mini/folder.json:1:1 (file): is a folder with no .json files in it: name a bank file or a folder of them',
        ],
      ],
      [
        'a link to a file outside questions/',
        (mini) => symlinkSync('/etc/passwd', join(mini, 'passwd.json')),
        [
          'questions/mini/passwd.json:1:1 (file): is a link to /etc/passwd, outside questions/: Passage follows no link that leaves questions/ (copy the file in instead)',
        ],
      ],
      [
        'a link to a folder outside questions/',
        (mini) => symlinkSync(tmpdir(), join(mini, 'elsewhere')),
        [
          `questions/mini/elsewhere:1:1 (file): is a link to ${tmpdir()}, outside questions/: Passage follows no link that leaves questions/ (copy the file in instead)`,
        ],
      ],
      [
        'a link to nothing',
        (mini) => symlinkSync('gone.json', join(mini, 'dangling.json')),
        [
          'questions/mini/dangling.json:1:1 (file): is a link to gone.json, which does not exist: remove the link',
        ],
      ],
      [
        'a file that is not UTF-8',
        (mini) =>
          writeFileSync(
            join(mini, 'latin1.json'),
            Buffer.from('{\n  "title": "Caf\xe9"\n}', 'latin1'),
          ),
        [
          `questions/mini/latin1.json:2:16 (file): byte 0xE9 is not UTF-8: save the file as UTF-8 (the editor's "Save with Encoding")`,
        ],
      ],
      [
        'a file nested 100 000 levels deep',
        (mini) =>
          writeFileSync(join(mini, 'deep.json'), `[${'['.repeat(100_000)}${']'.repeat(100_000)}]`),
        [
          'questions/mini/deep.json:1:65 (file): nested more than 64 levels deep: a question bank needs only a few, so this is not one',
        ],
      ],
    ]

    it.each(cases)(
      '%s: named, with exit code 1 and no stack trace',
      async (_, make, lines) => {
        const mini = join(dir, 'questions/mini')
        const before = new Set(readdirSync(mini))
        make(mini)
        try {
          const all = await validate(dir)
          expect(all).toEqual({
            code: 1,
            lines: [...lines, '✗ 1 problem in 1 of 3 files (1 sets with 1 questions are fine)'],
          })
        } finally {
          for (const name of readdirSync(mini))
            if (!before.has(name)) rmSync(join(mini, name), { recursive: true, force: true })
        }
      },
      60_000,
    )

    it('follows a link that stays inside questions/', async () => {
      const mini = join(dir, 'questions/mini')
      mkdirSync(join(dir, 'questions/shared'))
      writeFileSync(join(dir, 'questions/shared/readme.txt'), 'not a bank')
      symlinkSync('../shared', join(mini, 'shared'))
      symlinkSync('..', join(mini, 'up'))
      try {
        expect(await validate(dir)).toEqual({
          code: 0,
          lines: ['✓ 2 files valid: 1 question sets, 1 questions'],
        })
      } finally {
        rmSync(join(mini, 'shared'))
        rmSync(join(mini, 'up'))
        rmSync(join(dir, 'questions/shared'), { recursive: true })
      }
    }, 60_000)
  })
})
