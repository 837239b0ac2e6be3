import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { applyAnswers } from '../../../src/domain/review/apply.ts'
import { decodeCard } from '../../../src/domain/review/card.ts'
import { restoreReview, reviewCardCount } from '../../../src/domain/review/restore.ts'
import { emptyReview, type ReviewDoc } from '../../../src/domain/review/schema.ts'
import { answer, dec, scheduler, WSW } from './helpers.ts'

const cards = (...answers: Parameters<typeof answer>[]) =>
  applyAnswers(
    emptyReview(),
    answers.map((a) => answer(...a)),
    scheduler,
  )

describe("restoring a backup's review cards", () => {
  it('adds cards not here, takes ones the backup answered later, keeps the rest', () => {
    const here = cards(['wsw-01', dec(4)], ['wsw-02', dec(6)])
    const backup = cards(['wsw-02', dec(4)], ['wsw-03', dec(5)], ['wsw-01', dec(8)])
    const { doc, added, updated } = restoreReview(here, backup)
    expect([added, updated]).toEqual([1, 1])
    expect(Object.keys(doc.cards[WSW]!).sort()).toEqual(['wsw-01', 'wsw-02', 'wsw-03'])
    // wsw-01: the backup's answer on the 8th is later than ours on the 4th.
    expect(doc.cards[WSW]!['wsw-01']).toBe(backup.cards[WSW]!['wsw-01'])
    // wsw-02: ours, on the 6th, is the later one.
    expect(doc.cards[WSW]!['wsw-02']).toBe(here.cards[WSW]!['wsw-02'])
    // Documents are values: neither input changed.
    expect(reviewCardCount(here)).toBe(2)
  })

  it("takes a backup's card with its second try as it is (format 2)", () => {
    const here = cards(['wsw-01', dec(4)])
    const backup = cards(['wsw-01', dec(8), { source: 'review', retryUsed: true }])
    const text = backup.cards[WSW]!['wsw-01']!
    const retried = text.slice(0, -1) + text.slice(-1).toUpperCase()
    const theirs = { ...backup, cards: { [WSW]: { 'wsw-01': retried } } }
    expect(restoreReview(here, theirs).doc.cards[WSW]!['wsw-01']).toBe(retried)
  })

  it('changes nothing when the backup has nothing newer, and keeps the session here', () => {
    const here: ReviewDoc = {
      ...cards(['wsw-01', dec(6)]),
      session: { startedAt: dec(6), scope: 'all', cards: [`${WSW}#wsw-01`] },
    }
    const result = restoreReview(here, cards(['wsw-01', dec(4)]))
    expect(result).toEqual({ doc: here, added: 0, updated: 0 })
    expect(result.doc).toBe(here)
  })

  it('loses no card of either side, keeps the later answer of each, and a second restore adds nothing', () => {
    const qid = fc.constantFrom('wsw-01', 'wsw-02', 'wsw-03', 'wsw-04')
    const answers = fc.array(fc.tuple(qid, fc.integer({ min: 1, max: 28 })), { maxLength: 6 })
    fc.assert(
      fc.property(answers, answers, (ours, theirs) => {
        const here = cards(...ours.map(([q, d]) => [q, dec(d)] as [string, number]))
        const backup = cards(...theirs.map(([q, d]) => [q, dec(d, 10)] as [string, number]))
        const { doc } = restoreReview(here, backup)
        const all = new Set([...ours, ...theirs].map(([q]) => q))
        expect(reviewCardCount(doc)).toBe(all.size)
        for (const q of all) {
          const mine = here.cards[WSW]?.[q]
          const other = backup.cards[WSW]?.[q]
          const last = Math.max(
            mine ? decodeCard(mine).last : 0,
            other ? decodeCard(other).last : 0,
          )
          expect(decodeCard(doc.cards[WSW]![q]!).last).toBe(last)
        }
        expect(restoreReview(doc, backup)).toMatchObject({ added: 0, updated: 0 })
      }),
    )
  })

  it("merges the backup's zone marks with ours in time order, ours first on the same second", () => {
    const here: ReviewDoc = {
      ...cards(['wsw-01', dec(6)]),
      zones: [
        [100, -300],
        [300, 0],
      ],
    }
    const backup: ReviewDoc = {
      ...cards(['wsw-01', dec(4)]),
      zones: [
        [50, 60],
        [200, 0],
        [300, 540],
        [400, 540],
      ],
    }
    const { doc, added, updated } = restoreReview(here, backup)
    expect([added, updated]).toEqual([0, 0])
    expect(doc.cards).toBe(here.cards)
    expect(doc.zones).toEqual([
      [50, 60],
      [100, -300],
      [200, 0],
      [300, 0],
      [400, 540],
    ])
    expect(restoreReview(doc, backup).doc).toBe(doc)
  })

  it('keeps the newest 64 zone marks of the two', () => {
    const marks = (from: number, n: number): ReviewDoc['zones'] =>
      Array.from({ length: n }, (_, i) => [from + i, i % 2 === 0 ? 60 : 0] as [number, number])
    const here: ReviewDoc = { ...emptyReview(), zones: marks(1000, 40) }
    const { doc } = restoreReview(here, { ...emptyReview(), zones: marks(2000, 40) })
    expect(doc.zones).toHaveLength(64)
    expect(doc.zones?.[0]).toEqual([1016, 60])
    expect(doc.zones?.at(-1)).toEqual([2039, 0])
  })
})
