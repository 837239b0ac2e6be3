import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { merge } from '../../../src/domain/progress/merge.ts'
import { validateProgress } from '../../../src/domain/progress/migrate.ts'
import { recordAttempt } from '../../../src/domain/progress/record.ts'
import { emptyProgress } from '../../../src/domain/progress/schema.ts'
import { indexProgress, setStats } from '../../../src/domain/progress/stats.ts'
import { attempt, attemptKeys, progressDoc } from './arbitraries.ts'

describe('merge', () => {
  it('is commutative', () => {
    fc.assert(
      fc.property(progressDoc, progressDoc, (a, b) => {
        expect(merge(a, b)).toEqual(merge(b, a))
      }),
    )
  })

  it('is idempotent', () => {
    fc.assert(
      fc.property(progressDoc, progressDoc, (a, b) => {
        expect(merge(a, a)).toEqual(a)
        const ab = merge(a, b)
        expect(merge(ab, b)).toEqual(ab)
        expect(merge(ab, a)).toEqual(ab)
      }),
    )
  })

  it('is associative, so tabs and backups can merge in any order', () => {
    fc.assert(
      fc.property(progressDoc, progressDoc, progressDoc, (a, b, c) => {
        expect(merge(merge(a, b), c)).toEqual(merge(a, merge(b, c)))
      }),
    )
  })

  it('keeps every attempt of both sides and gives a valid document', () => {
    fc.assert(
      fc.property(progressDoc, progressDoc, (a, b) => {
        const merged = merge(a, b)
        expect(attemptKeys(merged)).toEqual(
          [...new Set([...attemptKeys(a), ...attemptKeys(b)])].sort(),
        )
        expect(validateProgress(merged)).toEqual({ ok: true, doc: merged })
      }),
    )
  })

  it('loses no attempt of two writers that started from the same document', () => {
    fc.assert(
      fc.property(
        progressDoc,
        fc.uniqueArray(attempt, { selector: (a) => a.id, minLength: 2, maxLength: 6 }),
        (base, attempts) => {
          // Each tab records its own attempts on top of what it read; ids are unique per attempt.
          const fresh = attempts.filter(
            (x) => !attemptKeys(base).some((k) => k.endsWith(`#${x.id}`)),
          )
          const half = Math.ceil(fresh.length / 2)
          const tabA = fresh.slice(0, half).reduce((d, x) => recordAttempt(d, x), base)
          const tabB = fresh.slice(half).reduce((d, x) => recordAttempt(d, x), base)
          const merged = merge(tabA, tabB)
          for (const x of fresh) expect(attemptKeys(merged)).toContain(`${x.setId}#${x.id}`)
          expect(indexProgress(merged).stored).toHaveLength(
            indexProgress(base).stored.length + fresh.length,
          )
        },
      ),
    )
  })

  it('counts an attempt kept with detail on one side and trimmed on the other once', () => {
    const [a] = fc.sample(
      attempt.filter((x) => x.detailed),
      { numRuns: 1, seed: 7 },
    )
    if (!a) throw new Error('no sample')
    const detailed = recordAttempt(emptyProgress(), a, { detailPerSet: 5 })
    const trimmed = recordAttempt(emptyProgress(), a, { detailPerSet: 0 })
    const merged = merge(trimmed, detailed)
    expect(merged).toEqual(detailed)
    expect(setStats(merged, a.setId)?.attempts).toBe(1)
  })
})
