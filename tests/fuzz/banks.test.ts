/**
 * Fuzzing bank and passage files (issue 10): any mutation of the shipped files, arbitrary JSON,
 * deep nesting and huge values are reported with located, readable problems — never a thrown
 * error — and every other set still loads. (That reporting is linear in the file is asserted in
 * tests/domain/bank/hostile.test.ts.)
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { isPassageFile, loadLibrary, type SourceFile } from '../../src/domain/bank/index.ts'
import { shippedFiles } from '../fixtures/shipped.ts'
import { mutateText, mutateValue } from './mutate.ts'
import { params, timeout } from './runs.ts'

const files = shippedFiles().sort((a, b) => a.file.localeCompare(b.file))
const all = loadLibrary(files)

/** One shipped file replaced by hostile text. */
const hostileFile: fc.Arbitrary<{ file: string; text: string }> = fc
  .constantFrom(...files)
  .chain(({ file, text }) =>
    fc
      .oneof(
        { arbitrary: mutateText(text), weight: 2 },
        {
          arbitrary: mutateValue(JSON.parse(text)).map((v) => JSON.stringify(v, null, 2)),
          weight: 3,
        },
        fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
        fc
          .tuple(fc.nat({ max: text.length }), fc.integer({ min: 60, max: 100_000 }))
          .map(([at, depth]) => text.slice(0, at) + '['.repeat(depth) + text.slice(at)),
        fc
          .tuple(fc.nat({ max: text.length }), fc.integer({ min: 1, max: 2_000_000 }))
          .map(([at, n]) => `${text.slice(0, at)}"${'x'.repeat(n)}"${text.slice(at)}`),
      )
      .map((hostile) => ({ file, text: hostile })),
  )

describe('bank files, fuzzed', () => {
  it(
    'are reported with located, readable problems, and the other sets still load',
    () => {
      fc.assert(
        fc.property(hostileFile, (hostile) => {
          const library = loadLibrary(
            files.map((f): SourceFile => (f.file === hostile.file ? hostile : f)),
          )
          const lines = hostile.text.split('\n').length
          for (const failure of library.failures) {
            expect(failure.issues.length).toBeGreaterThan(0)
            for (const issue of failure.issues) {
              expect(issue.line).toBeGreaterThanOrEqual(1)
              expect(issue.column).toBeGreaterThanOrEqual(1)
              expect(issue.message.length).toBeLessThan(600)
              expect(issue.path.length).toBeLessThan(200)
              if (issue.file === hostile.file) expect(issue.line).toBeLessThanOrEqual(lines)
            }
            expect(failure.title?.length ?? 0).toBeLessThanOrEqual(120)
          }
          // Every other set loads, unless the hostile file now claims its ids or was its passage.
          for (const { file } of all.banks) {
            if (file === hostile.file || library.banks.some((b) => b.file === file)) continue
            const failure = library.failures.find((f) => f.file === file)
            const why = failure?.issues.map((i) => i.message).join(' ') ?? ''
            expect(
              isPassageFile(hostile.file) || /already used/.test(why),
              `${file} failed: ${why}`,
            ).toBe(true)
          }
        }),
        params(600),
      )
    },
    timeout(120_000),
  )
})
