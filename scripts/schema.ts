/**
 * `npm run schema`: writes the JSON Schema files editors use to autocomplete and check banks while
 * a teacher types. Generated from the zod schema, never edited by hand; a test keeps them current.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { renderSchemas } from '../src/domain/bank/json-schema.ts'

mkdirSync('schema', { recursive: true })
for (const [file, text] of Object.entries(renderSchemas())) {
  writeFileSync(`schema/${file}`, text)
  console.log(`wrote schema/${file}`)
}
