import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { merge, mergeInto, withoutAttempts } from '../../../src/domain/progress/merge.ts'
import { validateProgress } from '../../../src/domain/progress/migrate.ts'
import { recordAll, trimDetail } from '../../../src/domain/progress/record.ts'
import { emptyProgress } from '../../../src/domain/progress/schema.ts'
import { attemptKeys, progressDoc } from './arbitraries.ts'

// What the archive + journal layout asks of the domain: a merge that costs only its small side,
// the journal left once its attempts are in the archive, and recording a batch the way
// recordAttempt records one.

const limits = fc.integer({ min: 0, max: 4 }).map((detailPerSet) => ({ detailPerSet }))

describe('mergeInto', () => {
  it('gives the value merge gives', () => {
    fc.assert(
      fc.property(progressDoc, progressDoc, (a, b) => {
        expect(mergeInto(a, b)).toEqual(merge(a, b))
      }),
    )
  })

  it('returns its base itself when the other side adds nothing, and touches no other set', () => {
    fc.assert(
      fc.property(progressDoc, progressDoc, (a, b) => {
        const ab = mergeInto(a, b)
        expect(mergeInto(ab, b)).toBe(ab)
        expect(mergeInto(ab, a)).toBe(ab)
        expect(mergeInto(a, emptyProgress())).toBe(a)
        for (const setId of Object.keys(a.sets)) {
          if (!Object.hasOwn(b.sets, setId)) expect(ab.sets[setId]).toBe(a.sets[setId])
        }
      }),
    )
  })

  it('leaves its inputs untouched', () => {
    fc.assert(
      fc.property(progressDoc, progressDoc, (a, b) => {
        const [copyA, copyB] = [structuredClone(a), structuredClone(b)]
        mergeInto(a, b)
        expect([a, b]).toEqual([copyA, copyB])
      }),
    )
  })
})

describe('withoutAttempts', () => {
  it('empties a journal once the archive holds it, and the archive alone is then the union', () => {
    fc.assert(
      fc.property(progressDoc, progressDoc, (archive, journal) => {
        const compacted = merge(archive, journal)
        const left = withoutAttempts(journal, compacted)
        expect(left).toEqual(emptyProgress())
        expect(merge(compacted, left)).toEqual(merge(archive, journal))
      }),
    )
  })

  it('keeps exactly the attempts added meanwhile, as a valid document', () => {
    fc.assert(
      fc.property(progressDoc, progressDoc, progressDoc, (archive, journal, meanwhile) => {
        const compacted = merge(archive, journal)
        const left = withoutAttempts(merge(journal, meanwhile), compacted)
        const archived = new Set(attemptKeys(compacted))
        expect(attemptKeys(left)).toEqual(attemptKeys(meanwhile).filter((k) => !archived.has(k)))
        expect(validateProgress(left)).toEqual({ ok: true, doc: left })
        // Nothing stored is lost: archive ∪ what is left holds every attempt of all three.
        expect(attemptKeys(merge(compacted, left))).toEqual(
          attemptKeys(merge(merge(archive, journal), meanwhile)),
        )
      }),
    )
  })

  it('returns the document itself when none of its attempts is in the other', () => {
    fc.assert(
      fc.property(progressDoc, (doc) => {
        expect(withoutAttempts(doc, emptyProgress())).toBe(doc)
      }),
    )
  })
})

describe('recordAll', () => {
  it('records a batch as trimDetail(merge(…)) would, over a document kept to the limit', () => {
    fc.assert(
      fc.property(progressDoc, progressDoc, limits, (doc, more, limit) => {
        const base = trimDetail(doc, limit)
        expect(recordAll(base, more, limit)).toEqual(trimDetail(merge(base, more), limit))
      }),
    )
  })

  it('returns the document itself when the batch adds nothing', () => {
    fc.assert(
      fc.property(progressDoc, limits, (doc, limit) => {
        const base = trimDetail(doc, limit)
        expect(recordAll(base, base, limit)).toBe(base)
        expect(recordAll(base, emptyProgress(), limit)).toBe(base)
      }),
    )
  })
})
