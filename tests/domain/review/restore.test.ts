import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { applyAnswers } from '../../../src/domain/review/apply.ts'
import { decodeCard, decodeLog, logOf } from '../../../src/domain/review/card.ts'
import {
  restoreCounts,
  restoreReview,
  reviewCardCount,
} from '../../../src/domain/review/restore.ts'
import { emptyReview, type ReviewDoc } from '../../../src/domain/review/schema.ts'
import type { Scheduler } from '../../../src/domain/review/scheduler.ts'
import { createScheduler } from '../../../src/domain/review/fsrs.ts'
import { answer, dec, scheduler, WSW } from './helpers.ts'

const cards = (...answers: Parameters<typeof answer>[]) =>
  applyAnswers(
    emptyReview(),
    answers.map((a) => answer(...a)),
    scheduler,
  )

/** The same in a browser whose cards log only their last two answers (a full storage trims). */
const trimmedCards = (...answers: Parameters<typeof answer>[]) =>
  applyAnswers(
    emptyReview(),
    answers.map((a) => answer(...a)),
    scheduler,
    { perCard: 2, days: 366 },
  )

/** The card of `qid` in `doc`. */
const card = (doc: ReviewDoc, qid: string) => doc.cards[WSW]![qid]!

/** When each answer in a card's log was given, and where. */
const history = (text: string) => decodeLog(logOf(text)).map((e) => [e.at, e.source, e.grade])

describe("restoring a backup's review cards", () => {
  it('adds cards not here, and keeps ours where the backup has no answer ours does not', () => {
    const here = cards(['wsw-01', dec(4)], ['wsw-02', dec(6)])
    const backup = cards(['wsw-03', dec(5)])
    const { doc, added, updated } = restoreReview(here, backup, scheduler)
    expect([added, updated]).toEqual([1, 0])
    expect(Object.keys(doc.cards[WSW]!).sort()).toEqual(['wsw-01', 'wsw-02', 'wsw-03'])
    expect(card(doc, 'wsw-01')).toBe(card(here, 'wsw-01'))
    expect(card(doc, 'wsw-03')).toBe(card(backup, 'wsw-03'))
    // Documents are values: neither input changed.
    expect(reviewCardCount(here)).toBe(2)
  })

  it('keeps the answers of both browsers to a question reviewed on both, scheduled as if given on one', () => {
    // This browser: right in a quiz on the 1st, right in review on the 9th. The other browser
    // (the backup's): wrong in review on the 4th, right in review on the 6th.
    const ours: Parameters<typeof answer>[] = [
      ['wsw-01', dec(1)],
      ['wsw-01', dec(9), { source: 'review' }],
    ]
    const theirs: Parameters<typeof answer>[] = [
      ['wsw-01', dec(4), { source: 'review', correct: false }],
      ['wsw-01', dec(6), { source: 'review' }],
    ]
    const one = card(cards(...ours, ...theirs), 'wsw-01')
    for (const [here, backup] of [
      [cards(...ours), cards(...theirs)],
      [cards(...theirs), cards(...ours)],
    ] as const) {
      const { doc, added, updated } = restoreReview(here, backup, scheduler)
      expect([added, updated]).toEqual([0, 1])
      expect(history(card(doc, 'wsw-01'))).toEqual([
        [dec(1), 'quiz', 'good'],
        [dec(4), 'review', 'again'],
        [dec(6), 'review', 'good'],
        [dec(9), 'review', 'good'],
      ])
      // The lapse on the 4th counts: the card is due when one browser with all four would say.
      expect(card(doc, 'wsw-01')).toBe(one)
      expect(decodeCard(card(doc, 'wsw-01')).lapses).toBe(1)
      expect(restoreReview(doc, backup, scheduler)).toMatchObject({ added: 0, updated: 0 })
    }
  })

  it('counts the answers both browsers share once (a backup restored on the other browser before)', () => {
    const shared: Parameters<typeof answer>[] = [['wsw-01', dec(1)]]
    const here = cards(...shared, ['wsw-01', dec(8), { source: 'review' }])
    const backup = cards(...shared, ['wsw-01', dec(5), { source: 'review', correct: false }])
    const { doc } = restoreReview(here, backup, scheduler)
    expect(history(card(doc, 'wsw-01')).map(([at]) => at)).toEqual([dec(1), dec(5), dec(8)])
    expect(decodeCard(card(doc, 'wsw-01')).reps).toBe(3)
  })

  it('gives the other browser’s answers after the later card’s when that card no longer logs every answer it counts', () => {
    // This browser kept only its last two answers' entries (of three): its schedule stands, and
    // the backup's answer on the 7th, newer than the oldest kept, counts after the 9th.
    const here = trimmedCards(['wsw-01', dec(1)], ['wsw-01', dec(3)], ['wsw-01', dec(9)])
    const backup = cards(['wsw-01', dec(1)], ['wsw-01', dec(7), { correct: false }])
    const { doc, updated } = restoreReview(here, backup, scheduler)
    expect(updated).toBe(1)
    const merged = decodeCard(card(doc, 'wsw-01'))
    expect(merged).toEqual({
      ...scheduler.next(decodeCard(card(here, 'wsw-01')), 'again', dec(9)),
      reviewed: false,
    })
    // The answer on the 1st was one this browser trimmed: neither counted nor logged again.
    expect(merged.reps).toBe(4)
    expect(history(card(doc, 'wsw-01')).map(([at]) => at)).toEqual([dec(3), dec(7), dec(9)])
  })

  it('counts a trimmed answer once however many backups bring it back, the same one twice too', () => {
    // This browser: right in a quiz on the 1st, wrong in review on the 2nd (a lapse), right on
    // the 3rd and 9th, and it logs only the last two. Another browser's backup holds the 1st
    // and its own right answer on the 7th; this browser's own old backup holds the 1st and 2nd.
    const here = trimmedCards(
      ['wsw-01', dec(1)],
      ['wsw-01', dec(2), { source: 'review', correct: false }],
      ['wsw-01', dec(3), { source: 'review' }],
      ['wsw-01', dec(9), { source: 'review' }],
    )
    expect(decodeCard(card(here, 'wsw-01'))).toMatchObject({ reps: 4, lapses: 1 })
    const other = cards(['wsw-01', dec(1)], ['wsw-01', dec(7), { source: 'review' }])
    const old = cards(['wsw-01', dec(1)], ['wsw-01', dec(2), { source: 'review', correct: false }])
    let doc = restoreReview(here, other, scheduler).doc
    expect(decodeCard(card(doc, 'wsw-01'))).toMatchObject({ reps: 5, lapses: 1 })
    for (const backup of [old, other, old]) {
      expect(restoreCounts(doc, backup)).toEqual({ added: 0, updated: 0 })
      const again = restoreReview(doc, backup, scheduler)
      expect(again).toMatchObject({ added: 0, updated: 0 })
      doc = again.doc
    }
    // The lapse on the 2nd counts once, and the log is the latest answers the card counts.
    expect(decodeCard(card(doc, 'wsw-01'))).toMatchObject({ reps: 5, lapses: 1 })
    expect(history(card(doc, 'wsw-01')).map(([at]) => at)).toEqual([dec(3), dec(7), dec(9)])
  })

  it('changes nothing when the backup brings only answers this browser counted and then trimmed from its log', () => {
    // This browser answered on the 1st, 3rd and 9th and logs only the last two; the backup holds
    // the answer on the 1st, which this browser counts already.
    const here = trimmedCards(['wsw-01', dec(1)], ['wsw-01', dec(3)], ['wsw-01', dec(9)])
    const backup = cards(['wsw-01', dec(1)])
    expect(restoreCounts(here, backup)).toEqual({ added: 0, updated: 0 })
    const result = restoreReview(here, backup, scheduler)
    expect(result).toEqual({ doc: here, added: 0, updated: 0 })
    expect(history(card(result.doc, 'wsw-01')).map(([at]) => at)).toEqual([dec(3), dec(9)])
  })

  it('schedules a question answered in both browsers at the retention set now, its memory as at any', () => {
    // Answered here on the 1st and 9th and in the backup's browser on the 5th, all at 90%; the
    // learner now asks for 95%. FSRS's memory of a question (stability, difficulty, lapses) does
    // not depend on the retention asked; its next date does, and a restore sets it now.
    const ours: Parameters<typeof answer>[] = [
      ['wsw-01', dec(1)],
      ['wsw-01', dec(9)],
    ]
    const theirs: Parameters<typeof answer>[] = [['wsw-01', dec(5), { correct: false }]]
    const at95 = createScheduler({ retention: 0.95 })
    const { doc } = restoreReview(cards(...ours), cards(...theirs), at95)
    const all = [...ours, ...theirs].map((a) => answer(...a))
    const then = decodeCard(card(cards(...ours, ...theirs), 'wsw-01'))
    const now = decodeCard(card(applyAnswers(emptyReview(), all, at95), 'wsw-01'))
    expect(decodeCard(card(doc, 'wsw-01'))).toEqual(now)
    expect({ ...now, due: then.due }).toEqual(then)
    expect(now.due).toBeLessThan(then.due)
    // A question only the backup has keeps the date its own browser set.
    const added = restoreReview(emptyReview(), cards(...theirs), at95).doc
    expect(card(added, 'wsw-01')).toBe(card(cards(...theirs), 'wsw-01'))
  })

  it('counts for a preview what a restore adds and updates, scheduling no answer', () => {
    const here = cards(['wsw-01', dec(1)], ['wsw-02', dec(3)])
    const backup = cards(['wsw-01', dec(4)], ['wsw-02', dec(3)], ['wsw-03', dec(2)])
    const refuses: Scheduler = {
      next: () => {
        throw new Error('a preview schedules nothing')
      },
      retrievability: () => 0,
    }
    expect(restoreCounts(here, backup)).toEqual({ added: 1, updated: 1 })
    expect(() => restoreReview(here, backup, refuses)).toThrow('a preview schedules nothing')
  })

  it("takes a backup's answer with its second try as it is (format 2)", () => {
    const here = cards(['wsw-01', dec(4)])
    const backup = cards(['wsw-01', dec(8), { source: 'review', retryUsed: true }])
    const text = backup.cards[WSW]!['wsw-01']!
    const retried = text.slice(0, -1) + text.slice(-1).toUpperCase()
    const theirs = { ...backup, cards: { [WSW]: { 'wsw-01': retried } } }
    const merged = card(restoreReview(here, theirs, scheduler).doc, 'wsw-01')
    expect(decodeLog(logOf(merged)).map((e) => [e.at, e.retry])).toEqual([
      [dec(4), false],
      [dec(8), true],
    ])
  })

  it('changes nothing when the backup has no answer ours does not, and keeps the session here', () => {
    const here: ReviewDoc = {
      ...cards(['wsw-01', dec(4)], ['wsw-01', dec(6)]),
      session: { startedAt: dec(6), scope: 'all', cards: [`${WSW}#wsw-01`] },
    }
    const result = restoreReview(here, cards(['wsw-01', dec(4)]), scheduler)
    expect(result).toEqual({ doc: here, added: 0, updated: 0 })
    expect(result.doc).toBe(here)
  })

  it('loses no card or answer of either side, keeps the later answer of each, and a second restore adds nothing', () => {
    const qid = fc.constantFrom('wsw-01', 'wsw-02', 'wsw-03', 'wsw-04')
    const answers = fc.array(fc.tuple(qid, fc.integer({ min: 1, max: 28 })), { maxLength: 6 })
    fc.assert(
      fc.property(answers, answers, (ours, theirs) => {
        const here = cards(...ours.map(([q, d]) => [q, dec(d)] as [string, number]))
        const backup = cards(...theirs.map(([q, d]) => [q, dec(d, 10)] as [string, number]))
        const { doc, added, updated } = restoreReview(here, backup, scheduler)
        // A preview's counts are the restore's, with no answer scheduled.
        expect(restoreCounts(here, backup)).toEqual({ added, updated })
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
          // Every answer of each side counted once (one side's at the same time are one answer).
          const times = (side: typeof ours) =>
            new Set(side.filter(([id]) => id === q).map(([, d]) => d))
          expect(decodeCard(doc.cards[WSW]![q]!).reps).toBe(times(ours).size + times(theirs).size)
        }
        expect(restoreReview(doc, backup, scheduler)).toMatchObject({ added: 0, updated: 0 })
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
      ...cards(['wsw-01', dec(6)]),
      zones: [
        [50, 60],
        [200, 0],
        [300, 540],
        [400, 540],
      ],
    }
    const { doc, added, updated } = restoreReview(here, backup, scheduler)
    expect([added, updated]).toEqual([0, 0])
    expect(doc.cards).toBe(here.cards)
    expect(doc.zones).toEqual([
      [50, 60],
      [100, -300],
      [200, 0],
      [300, 0],
      [400, 540],
    ])
    expect(restoreReview(doc, backup, scheduler).doc).toBe(doc)
  })

  it('keeps the newest 64 zone marks of the two', () => {
    const marks = (from: number, n: number): ReviewDoc['zones'] =>
      Array.from({ length: n }, (_, i) => [from + i, i % 2 === 0 ? 60 : 0] as [number, number])
    const here: ReviewDoc = { ...emptyReview(), zones: marks(1000, 40) }
    const { doc } = restoreReview(here, { ...emptyReview(), zones: marks(2000, 40) }, scheduler)
    expect(doc.zones).toHaveLength(64)
    expect(doc.zones?.[0]).toEqual([1016, 60])
    expect(doc.zones?.at(-1)).toEqual([2039, 0])
  })
})
