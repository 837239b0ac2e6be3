/**
 * `npm run convert -- file.gift [--passage id] [--out questions/<article>/<set>.json]`: turns a
 * Moodle GIFT or Aiken file (or one of our JSON files) into a Passage set, pretty-printed with
 * `$schema`, on standard output or into `--out`. Problems are printed as `file:line: message`
 * and stop the conversion (exit 1); a question left out (one the rest of a GIFT or Aiken file
 * comes in without), what was skipped and the missing evidence are notes.
 * Next step: pick the evidence (in the studio, or by hand) and run `npm run validate`.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { bankSchema } from '../src/domain/bank/schema.ts'
import { bankOfImport, importBytes, problemText } from '../src/domain/interop/import.ts'
import { bankFileText } from '../src/domain/studio/draft.ts'

const USAGE =
  'usage: npm run convert -- <file.gift|file.aiken|file.txt> [--passage id] [--out file.json]'

function main(argv: string[]): number {
  let file: string | undefined
  let passage: string | undefined
  let out: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (arg === '--passage') passage = argv[++i]
    else if (arg === '--out') out = argv[++i]
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE)
      return 0
    } else if (!file && !arg.startsWith('--')) file = arg
    else {
      console.error(`convert: unexpected "${arg}"\n${USAGE}`)
      return 2
    }
  }
  if (!file) {
    console.error(USAGE)
    return 2
  }
  let bytes: Uint8Array
  try {
    bytes = readFileSync(file)
  } catch (e) {
    console.error(`convert: cannot read ${file}: ${(e as Error).message}`)
    return 2
  }
  const imported = importBytes(file, bytes)
  for (const e of imported.errors) console.error(`✗ ${problemText(file, e)}`)
  // A question with no right answer marked comes in unfinished in the editor; a set file cannot hold it.
  const left = [...imported.leftOut, ...(imported.unfinished ?? [])]
  left.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity))
  for (const p of left) {
    console.error(`! ${problemText(file, { ...p, message: `Left out: ${p.message}` })}`)
  }
  for (const n of imported.notes) console.error(`! ${problemText(file, n)}`)
  if (imported.errors.length) return 1
  const article = passage ?? imported.passageId ?? undefined
  if (!article) {
    console.error(`✗ ${file}: which article is the set about? Name it with --passage <id>`)
    return 1
  }
  if (imported.questions.length === 0) {
    console.error(`✗ ${file}: no questions to convert`)
    return 1
  }
  const bank = bankOfImport(imported, article)
  const checked = bankSchema.safeParse(bank)
  if (!checked.success) {
    console.error(
      `✗ ${file}: the set does not fit the format (${checked.error.issues.length} problems)`,
    )
    return 1
  }
  const json = bankFileText(checked.data)
  if (out) {
    writeFileSync(out, json)
    console.error(`✓ ${imported.questions.length} questions → ${out}`)
  } else process.stdout.write(json)
  return 0
}

process.exitCode = main(process.argv.slice(2))
