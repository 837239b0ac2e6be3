import { describe, expect, it } from 'vitest'
import { applyAnswers } from '../../../src/domain/review/apply.ts'
import { decodeLog, logOf } from '../../../src/domain/review/card.ts'
import { emptyReview } from '../../../src/domain/review/schema.ts'
import { trimReviewLog } from '../../../src/domain/review/trim.ts'
import { answer, dec, scheduler, WSW } from './helpers.ts'

describe('trimming the review log for a full storage', () => {
  it('drops the oldest entries and keeps a later second try a second try', () => {
    const doc = applyAnswers(
      emptyReview(),
      [1, 2, 3, 4].map((d) => answer('wsw-01', dec(d), { source: 'review' })),
      scheduler,
    )
    const text = doc.cards[WSW]!['wsw-01']!
    // The newest answer, on the 4th, was a second try (format 2: a capital letter).
    const retried = text.slice(0, -1) + text.slice(-1).toUpperCase()
    const trimmed = trimReviewLog({ ...doc, cards: { [WSW]: { 'wsw-01': retried } } })
    const log = decodeLog(logOf(trimmed.cards[WSW]!['wsw-01']!))
    expect(log.map((e) => [new Date(e.at).getDate(), e.retry])).toEqual([
      [2, false],
      [3, false],
      [4, true],
    ])
  })
})
