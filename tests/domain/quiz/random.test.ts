import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { createRandom, newSeed, shuffle } from '../../../src/domain/quiz/random.ts'

const sorted = <T>(xs: readonly T[]): T[] => [...xs].sort()
const seeds = Array.from({ length: 30 }, (_, i) => `seed-${i}`)

describe('createRandom', () => {
  it('is reproducible from its seed and stays in [0, 1)', () => {
    fc.assert(
      fc.property(fc.string(), (seed) => {
        const a = createRandom(seed)
        const b = createRandom(seed)
        for (let i = 0; i < 50; i++) {
          const x = a()
          expect(x).toBe(b())
          expect(x).toBeGreaterThanOrEqual(0)
          expect(x).toBeLessThan(1)
        }
      }),
    )
  })

  it('keeps giving the same numbers, so saved seeds mean the same quiz after an upgrade', () => {
    const random = createRandom('passage')
    expect([random(), random(), random()]).toMatchInlineSnapshot(`
      [
        0.2063002116046846,
        0.9579311357811093,
        0.16733930679038167,
      ]
    `)
    expect(shuffle([1, 2, 3, 4, 5, 6, 7, 8], createRandom('passage'))).toMatchInlineSnapshot(`
      [
        5,
        1,
        6,
        4,
        3,
        8,
        7,
        2,
      ]
    `)
  })

  it('spreads values evenly enough for shuffling', () => {
    const random = createRandom('buckets')
    const buckets = Array.from({ length: 10 }, () => 0)
    for (let i = 0; i < 10_000; i++) buckets[Math.floor(random() * 10)]! += 1
    for (const count of buckets) expect(count).toBeGreaterThan(850)
  })
})

describe('shuffle', () => {
  it('returns a permutation and leaves its input alone', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.string(), (items, seed) => {
        const copy = [...items]
        const out = shuffle(items, createRandom(seed))
        expect(items).toEqual(copy)
        expect(sorted(out)).toEqual(sorted(items))
      }),
    )
  })

  it('is reproducible from its seed', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), fc.string(), (items, seed) => {
        expect(shuffle(items, createRandom(seed))).toEqual(shuffle(items, createRandom(seed)))
      }),
    )
  })

  it('gives different orders for different seeds', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer(), { minLength: 8, maxLength: 30 }), (items) => {
        const orders = new Set(seeds.map((s) => shuffle(items, createRandom(s)).join(',')))
        expect(orders.size).toBeGreaterThan(seeds.length / 2)
      }),
    )
  })

  it('copes with a source that returns exactly 1', () => {
    expect(sorted(shuffle([1, 2, 3], () => 1))).toEqual([1, 2, 3])
  })
})

describe('newSeed', () => {
  it('makes a short base-36 seed from the source it is given', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const seed = newSeed(createRandom(s))
        expect(seed).toMatch(/^[0-9a-z]{8}$/)
        expect(newSeed(createRandom(s))).toBe(seed)
      }),
    )
    expect(newSeed(() => 0)).toBe('00000000')
    expect(newSeed(() => 0.999999)).toBe('zzzzzzzz')
  })

  it('rarely repeats', () => {
    const random = createRandom('many')
    const made = new Set(Array.from({ length: 1000 }, () => newSeed(random)))
    expect(made.size).toBe(1000)
  })
})
