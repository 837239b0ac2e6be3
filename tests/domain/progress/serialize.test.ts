import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parse, serialize } from '../../../src/domain/progress/migrate.ts'
import { emptyProgress, PROGRESS_VERSION } from '../../../src/domain/progress/schema.ts'
import { progressDoc } from './arbitraries.ts'

describe('serialize and parse', () => {
  it('parse ∘ serialize is the identity for any valid progress document', () => {
    fc.assert(
      fc.property(progressDoc, (doc) => {
        expect(parse(serialize(doc))).toEqual({ status: 'ok', doc })
      }),
    )
  })

  it('serialize ∘ parse gives back the same text', () => {
    fc.assert(
      fc.property(progressDoc, (doc) => {
        const text = serialize(doc)
        const back = parse(text)
        expect(back.status === 'ok' && serialize(back.doc)).toBe(text)
      }),
    )
  })

  it('writes a versioned document', () => {
    expect(JSON.parse(serialize(emptyProgress()))).toEqual({
      schemaVersion: PROGRESS_VERSION,
      sets: {},
    })
  })
})
