import { describe, expect, it } from 'vitest'
import { parse, serialize } from '../../../src/domain/progress/migrate.ts'
import { simulateHistory } from '../../../src/domain/progress/simulate.ts'
import { indexProgress } from '../../../src/domain/progress/stats.ts'

describe('bounded growth', () => {
  it('keeps 100 000 answers over 1 000 questions under 1 MB with the default limits', () => {
    const doc = simulateHistory(100_000, 1_000, 'size-test')
    const text = serialize(doc)
    const bytes = new TextEncoder().encode(text).length
    const index = indexProgress(doc)
    expect(index.questions.size).toBe(1_000)
    expect(index.stored.reduce((n, a) => n + a.list.length, 0)).toBe(100_000)
    // Deterministic for the seed: a size, not a timing.
    expect(bytes).toBeLessThanOrEqual(1_000_000)
    expect(parse(text).status).toBe('ok')
  })

  it('is reproducible from its seed', () => {
    expect(serialize(simulateHistory(600, 40, 's'))).toBe(serialize(simulateHistory(600, 40, 's')))
  })
})
