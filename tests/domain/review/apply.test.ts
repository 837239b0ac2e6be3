import { describe, expect, it } from 'vitest'
import { answerApplied, applyAnswers } from '../../../src/domain/review/apply.ts'
import { decodeCard, decodeLog, logOf } from '../../../src/domain/review/card.ts'
import { restoreCounts, restoreReview } from '../../../src/domain/review/restore.ts'
import { emptyReview, type ReviewDoc } from '../../../src/domain/review/schema.ts'
import { trimReviewLog } from '../../../src/domain/review/trim.ts'
import { answer, dec, scheduler, WSW } from './helpers.ts'

const card = (doc: ReviewDoc) => doc.cards[WSW]!['wsw-01']!
/** The days of the month the card's log holds an answer on. */
const days = (doc: ReviewDoc) => decodeLog(logOf(card(doc))).map((e) => new Date(e.at).getDate())

describe('an answer arriving late at a card whose log a full storage trimmed', () => {
  it('counts once, and is not logged before the kept entries, so no restore counts a trimmed one again', () => {
    // This browser: right in a quiz on the 2nd, wrong in review on the 3rd (a lapse), right on
    // the 5th and 9th. A full storage trimmed the oldest entries twice: the log keeps the 5th and 9th.
    const played = [
      answer('wsw-01', dec(2)),
      answer('wsw-01', dec(3), { source: 'review', correct: false }),
      answer('wsw-01', dec(5), { source: 'review' }),
      answer('wsw-01', dec(9), { source: 'review' }),
    ]
    const here = trimReviewLog(trimReviewLog(applyAnswers(emptyReview(), played, scheduler)))
    expect([decodeCard(card(here)), days(here)]).toMatchObject([{ reps: 4, lapses: 1 }, [5, 9]])
    // Another tab's answer of the 1st (a quiz left open) arrives: counted, and not logged where
    // it would stand for the trimmed 2nd and 3rd.
    const late = answer('wsw-01', dec(1))
    const doc = applyAnswers(here, [late], scheduler)
    expect([decodeCard(card(doc)), days(doc)]).toMatchObject([{ reps: 5, lapses: 1 }, [5, 9]])
    expect(answerApplied(doc, late)).toBe(true)
    // This browser's old backup holds the 2nd and 3rd: counted already. Logged on the 1st, the
    // late answer made them look new, and the lapse on the 3rd counted twice (7 answers, 2 lapses).
    const old = applyAnswers(emptyReview(), played.slice(0, 2), scheduler)
    expect(restoreCounts(doc, old)).toEqual({ added: 0, updated: 0 })
    const restored = restoreReview(doc, old, scheduler).doc
    expect(decodeCard(card(restored))).toMatchObject({ reps: 5, lapses: 1 })
    expect(days(restored)).toEqual([5, 9])
  })

  it('is logged at its own time where the log still holds every answer its card counts', () => {
    const here = applyAnswers(
      emptyReview(),
      [answer('wsw-01', dec(5)), answer('wsw-01', dec(9), { source: 'review' })],
      scheduler,
    )
    const doc = applyAnswers(here, [answer('wsw-01', dec(1))], scheduler)
    expect([decodeCard(card(doc)).reps, days(doc)]).toEqual([3, [1, 5, 9]])
  })
})
