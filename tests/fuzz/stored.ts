/** Stored progress as an attacker or a broken program might leave it, for the fuzz properties. */
import fc from 'fast-check'
import { serialize } from '../../src/domain/progress/migrate.ts'
import { attemptCount } from '../../src/domain/progress/stats.ts'
import { progressDoc, SETS } from '../domain/progress/arbitraries.ts'
import { awkward, mutateText, mutateValue } from './mutate.ts'

/** A valid document that is not empty, as JSON data. */
export const validData = progressDoc
  .filter((doc) => attemptCount(doc) > 0)
  .map((doc) => JSON.parse(serialize(doc)) as unknown)

const date = fc.oneof(
  fc
    .date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc.string({ maxLength: 30 }),
  fc.constantFrom('2024-05-18T10:00:00Z', '0000-01-01T00:00:00Z', '9999-12-31T23:59:59Z'),
)
const v0Attempt = fc.record(
  {
    set: fc.oneof(fc.constantFrom(...SETS), fc.string({ maxLength: 20 })),
    score: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), awkward),
    total: fc.oneof(fc.integer(), fc.integer({ min: 1, max: 200_000 }), awkward),
    date,
    extra: awkward,
  },
  { requiredKeys: ['set', 'score', 'total', 'date'] },
)

/** A version 0 document in any shape: what the first prototype saved, or something like it. */
export const v0Data = fc.record({ attempts: fc.array(v0Attempt, { maxLength: 8 }) })

/** Stored text as an attacker or a broken program might leave it. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 40 }),
  v0Data.map((v) => JSON.stringify(v)),
  validData.map((v) => JSON.stringify(v)).chain(mutateText),
  validData.chain(mutateValue).map((v) => JSON.stringify(v)),
  validData
    .chain(mutateValue)
    .map((v) => JSON.stringify(v))
    .chain(mutateText),
)
