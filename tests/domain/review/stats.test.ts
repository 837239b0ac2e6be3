import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { decodeLog, logSeconds } from '../../../src/domain/review/card.ts'
import { applyAnswers, markZones } from '../../../src/domain/review/apply.ts'
import { dayNumber } from '../../../src/domain/review/days.ts'
import { indexReview, type ReviewCard } from '../../../src/domain/review/index.ts'
import { parseReview, serializeReview } from '../../../src/domain/review/format.ts'
import { emptyReview, type ReviewDoc } from '../../../src/domain/review/schema.ts'
import { dueQueue } from '../../../src/domain/review/queue.ts'
import { dashboard } from '../../../src/domain/review/stats.ts'
import { answer, dec, DT, scheduler, WSW } from './helpers.ts'

const cards = indexReview(
  applyAnswers(
    emptyReview(),
    [
      answer('q1', dec(1)),
      answer('q2', dec(1), { correct: false }),
      { ...answer('d1', dec(1)), setId: DT },
      answer('q2', dec(2), { source: 'review' }),
      answer('q1', dec(3), { source: 'review', correct: false, sure: true }),
      answer('q2', dec(4), { source: 'review', sure: true }),
      { ...answer('d1', dec(4, 10), { source: 'practice', correct: false }), setId: DT },
    ],
    scheduler,
  ),
).cards
const tagsOf = (c: { qid: string }) => (c.qid === 'd1' ? ['dates'] : ['quotes', 'people'])

describe('the dashboard numbers', () => {
  const d = dashboard(cards, { now: dec(4, 18), tagsOf, days: 7, forecastDays: 5 })

  it('counts the streak of study days up to today', () => {
    expect(d.streak).toBe(4)
    expect(d.studiedToday).toBe(true)
    // Tomorrow, before studying, the streak still stands; the day after it is broken.
    expect(dashboard(cards, { now: dec(5, 8), tagsOf }).streak).toBe(4)
    expect(dashboard(cards, { now: dec(6, 8), tagsOf }).streak).toBe(0)
  })

  it('counts review and practice answers per day, not quiz answers', () => {
    expect(d.perDay.map((t) => [t.day - dayNumber(dec(4)), t.answered, t.right])).toEqual([
      [-6, 0, 0],
      [-5, 0, 0],
      [-4, 0, 0],
      [-3, 0, 0],
      [-2, 1, 1],
      [-1, 1, 0],
      [0, 2, 1],
    ])
  })

  it('measures retention on due reviews only', () => {
    expect(d.retention).toEqual({ answered: 3, recalled: 2 })
    expect(d.reviews).toBe(3)
  })

  it('knows of reviews older than the days it looks back over', () => {
    const later = dashboard(cards, { now: dec(4, 18) + 40 * 86_400_000, tagsOf })
    expect([later.retention.answered, later.reviews]).toEqual([0, 3])
    const quizzesOnly = dashboard(cards, {
      now: dec(4, 18),
      tagsOf,
      include: (c) => c.setId === DT,
    })
    expect(quizzesOnly.reviews).toBe(0)
  })

  it('knows the last day with a review or practice answer, however long ago, quizzes aside', () => {
    expect(d.lastCounted).toBe(dayNumber(dec(4)))
    const later = dashboard(cards, { now: dec(4, 18) + 40 * 86_400_000, tagsOf })
    expect(later.lastCounted).toBe(dayNumber(dec(4)))
    // d1 alone: its practice on the 4th counts, its quiz on the 1st would not.
    const quizOnly = dashboard(cards, { now: dec(4, 18), tagsOf, include: (c) => c.setId === DT })
    expect(quizOnly.lastCounted).toBe(dayNumber(dec(4)))
    const beforeAnyReview = dashboard(
      indexReview(applyAnswers(emptyReview(), [answer('q1', dec(1))], scheduler)).cards,
      { now: dec(4, 18), tagsOf },
    )
    expect(beforeAnyReview.lastCounted).toBeUndefined()
    // Seen from the 3rd, the answers of the 4th are not yet made.
    expect(dashboard(cards, { now: dec(3, 18), tagsOf }).lastCounted).toBe(dayNumber(dec(3)))
  })

  it('forecasts the cards due each day, overdue ones today', () => {
    // q1 was wrong on the 3rd: due the 4th; d1 was wrong in practice on the 4th: due the 5th;
    // q2, right and sure on the 4th, is due ten days later, beyond the forecast.
    expect(d.forecast.map((f) => [f.day - dayNumber(dec(4)), f.due])).toEqual([
      [0, 1],
      [1, 1],
      [2, 0],
      [3, 0],
      [4, 0],
    ])
    // Seen from the 6th, q1 and d1 are overdue: both count today.
    expect(dashboard(cards, { now: dec(6), tagsOf }).forecast[0]!.due).toBe(2)
  })

  it('tallies accuracy by set and by tag over every answer kept, and sure-but-wrong', () => {
    expect(d.bySet.get(WSW)).toEqual({ answered: 5, right: 3 })
    expect(d.bySet.get(DT)).toEqual({ answered: 2, right: 1 })
    expect(d.byTag.get('quotes')).toEqual({ answered: 5, right: 3 })
    expect(d.byTag.get('dates')).toEqual({ answered: 2, right: 1 })
    expect(d.confidentWrong).toEqual({ all: 1, recent: 1 })
    expect(d.cards).toBe(3)
  })

  it('tallies every answer by calendar month, from the first month with one, to show progress', () => {
    const month = (y: number, m: number, day = 10) => new Date(y, m, day, 9).getTime()
    const year = indexReview(
      applyAnswers(
        emptyReview(),
        [
          answer('q1', month(2025, 1), { correct: false }),
          answer('q2', month(2025, 1)),
          answer('q1', month(2025, 2), { source: 'review', correct: false }),
          // None in April; two in May, both right; one long before the year looked at.
          answer('q1', month(2025, 4), { source: 'review' }),
          answer('q2', month(2025, 4, 28), { source: 'practice', sure: true }),
          answer('q3', month(2023, 4)),
          // Late on the last day of November is November, local time.
          answer('q3', new Date(2025, 10, 30, 23, 50).getTime()),
        ],
        scheduler,
      ),
    ).cards
    const d = dashboard(year, { now: dec(4, 18), tagsOf, months: 12 })
    const label = (m: number) => `${Math.floor(m / 12)}-${(m % 12) + 1}`
    expect(d.byMonth.map((t) => [label(t.month), t.answered, t.right])).toEqual([
      ['2025-2', 2, 1],
      ['2025-3', 1, 0],
      ['2025-4', 0, 0],
      ['2025-5', 2, 2],
      ['2025-6', 0, 0],
      ['2025-7', 0, 0],
      ['2025-8', 0, 0],
      ['2025-9', 0, 0],
      ['2025-10', 0, 0],
      ['2025-11', 1, 1],
      ['2025-12', 0, 0],
    ])
    expect(dashboard([], { now: dec(4, 18), tagsOf }).byMonth).toEqual([])
  })

  it('counts a right second try as half a right answer (as recalled in retention), and one logged before format 2 as right', () => {
    const doc = applyAnswers(
      emptyReview(),
      [
        answer('q1', dec(3), { source: 'review', retryUsed: true }),
        answer('q2', dec(3), { source: 'review' }),
        answer('q3', dec(3), { source: 'review', retryUsed: true }),
        // Sure, wrong, then right: graded Again, so neither right nor recalled.
        answer('q4', dec(3), { source: 'review', retryUsed: true, sure: true }),
      ],
      scheduler,
    )
    const seconds = dashboard(indexReview(doc).cards, { now: dec(4, 18), tagsOf, days: 7 })
    expect(seconds.bySet.get(WSW)).toEqual({ answered: 4, right: 2 })
    expect(seconds.byTag.get('quotes')).toEqual({ answered: 4, right: 2 })
    // Retention is measured as FSRS aims at it: a right second try (Hard) was recalled.
    expect(seconds.retention).toEqual({ answered: 4, recalled: 3 })
    expect(seconds.perDay.at(-2)).toMatchObject({ answered: 4, right: 2 })
    expect(seconds.byMonth.at(-1)).toMatchObject({ answered: 4, right: 2 })
    // q1's answer as a format 1 build logged it: no second-try capital, so right, as it was.
    const q1 = doc.cards[WSW]!.q1!
    const v1 = { ...doc, cards: { [WSW]: { ...doc.cards[WSW], q1: q1.toLowerCase() } } }
    const old = dashboard(indexReview(v1).cards, { now: dec(4, 18), tagsOf: (c) => tagsOf(c) })
    expect(old.bySet.get(WSW)).toEqual({ answered: 4, right: 2.5 })
  })

  it('shows 30 days and a 14-day forecast when those options are left out or undefined', () => {
    for (const given of [{}, { days: undefined, forecastDays: undefined }]) {
      const d = dashboard(cards, { now: dec(4, 18), tagsOf, ...given })
      expect([d.perDay.length, d.forecast.length]).toEqual([30, 14])
    }
  })

  it('leaves out cards it is told to', () => {
    const only = dashboard(cards, { now: dec(4, 18), tagsOf, include: (c) => c.setId === DT })
    expect(only.cards).toBe(1)
    expect(only.bySet.has(WSW)).toBe(false)
  })
})

describe('the forecast with a daily limit of new cards', () => {
  // Two sets finished on the 1st (28 questions, a third right), never reviewed since: all are
  // due by the 5th, and 5 new questions a day may start.
  const finished = indexReview(
    applyAnswers(
      emptyReview(),
      Array.from({ length: 28 }, (_, i) => ({
        ...answer(`q${i}`, dec(1, 9, i), { correct: i % 3 === 0 }),
        setId: i < 18 ? WSW : DT,
      })),
      scheduler,
    ),
  ).cards
  const now = dec(5, 12)
  const dues = (d: ReturnType<typeof dashboard>) => d.forecast.map((f) => f.due)

  it('puts the new cards past today’s limit on the next days, 5 a day', () => {
    const d = dashboard(finished, { now, tagsOf, newPerDay: 5 })
    expect(dues(d)).toEqual([5, 5, 5, 5, 5, 3, 0, 0, 0, 0, 0, 0, 0, 0])
    expect(d.forecast.every((f) => f.new === f.due)).toBe(true)
    // Today's bar is what the review asks today.
    expect(d.forecast[0]!.due).toBe(dueQueue(finished, { now, newPerDay: 5 }).length)
    expect([d.heldBack, d.newAfter]).toEqual([23, 0])
    // Left out, there is no limit: every card is due today.
    expect(dues(dashboard(finished, { now, tagsOf }))[0]).toBe(28)
  })

  it('counts the new cards begun today against today’s limit, and adds reviewed cards as due', () => {
    // Three of the five reviewed this morning, right: due again days later, no longer new.
    const reviewed = indexReview(
      applyAnswers(
        emptyReview(),
        [
          ...Array.from({ length: 28 }, (_, i) => ({
            ...answer(`q${i}`, dec(1, 9, i), { correct: i % 3 === 0 }),
            setId: i < 18 ? WSW : DT,
          })),
          ...['q1', 'q2', 'q4'].map((q) => answer(q, dec(5, 10), { source: 'review' })),
        ],
        scheduler,
      ),
    ).cards
    const d = dashboard(reviewed, { now, tagsOf, newPerDay: 5 })
    expect(d.forecast[0]).toMatchObject({ due: 2, new: 2 })
    expect(d.forecast[0]!.due).toBe(dueQueue(reviewed, { now, newPerDay: 5 }).length)
    expect(d.heldBack).toBe(23)
    const total = d.forecast.reduce((n, f) => n + f.due, 0)
    expect(total - d.forecast.reduce((n, f) => n + f.new, 0)).toBe(3)
  })

  it('says how many new cards it cannot fit in before its last day', () => {
    const d = dashboard(finished, { now, tagsOf, newPerDay: 1, forecastDays: 7 })
    expect(dues(d)).toEqual([1, 1, 1, 1, 1, 1, 1])
    expect([d.heldBack, d.newAfter]).toEqual([27, 21])
    const none = dashboard(finished, { now, tagsOf, newPerDay: 0, forecastDays: 7 })
    expect([dues(none)[0], none.heldBack, none.newAfter]).toEqual([0, 28, 28])
  })

  it('agrees with the queue today, for any history and limit', () => {
    const anAnswer = fc.record({
      qid: fc.constantFrom('q1', 'q2', 'q3', 'q4', 'q5', 'd1'),
      day: fc.integer({ min: 1, max: 20 }),
      hour: fc.integer({ min: 0, max: 23 }),
      source: fc.constantFrom('quiz', 'review', 'practice'),
      correct: fc.boolean(),
    })
    const arb = fc.record({
      answers: fc.array(anAnswer, { maxLength: 30 }),
      today: fc.integer({ min: 1, max: 31 }),
      newPerDay: fc.integer({ min: 0, max: 4 }),
    })
    fc.assert(
      fc.property(arb, ({ answers, today, newPerDay }) => {
        const all = indexReview(
          applyAnswers(
            emptyReview(),
            answers
              .map((a) => ({
                ...answer(a.qid, dec(a.day, a.hour), { source: a.source, correct: a.correct }),
                setId: a.qid === 'd1' ? DT : WSW,
              }))
              .sort((x, y) => x.at - y.at),
            scheduler,
          ),
        ).cards
        const at = dec(today, 12)
        const include = (c: ReviewCard) => c.qid !== 'q5'
        const d = dashboard(all, { now: at, tagsOf, include, newPerDay, forecastDays: 5 })
        expect(d.forecast[0]!.due).toBe(dueQueue(all, { now: at, newPerDay, include }).length)
        expect(d.forecast.every((f) => f.new <= newPerDay)).toBe(true)
      }),
      { numRuns: 150 },
    )
  })
})

/** The dashboard's sums, worked out the plain way: every entry of every log, decoded. */
function plainly(all: readonly ReviewCard[], now: number, days: number) {
  const today = dayNumber(now)
  const perDay = Array.from({ length: days }, (): [number, number] => [0, 0])
  const retention: [number, number] = [0, 0]
  let reviews = 0
  const sureWrong: [number, number] = [0, 0]
  const bySet: Record<string, [number, number]> = {}
  const studied = new Set<number>()
  for (const card of all) {
    for (const e of decodeLog(card.log)) {
      const day = dayNumber(e.at)
      // A right second try is half right, as a quiz marks it.
      const right = e.grade === 'again' ? 0 : e.retry ? 0.5 : 1
      studied.add(day)
      const set = (bySet[card.setId] ??= [0, 0])
      set[0]++
      set[1] += right
      if (e.source === 'review') reviews++
      if (e.sure && !right) {
        sureWrong[0]++
        if (day > today - days) sureWrong[1]++
      }
      if (day <= today - days || day > today || e.source === 'quiz') continue
      const tally = perDay[day - today + days - 1]!
      tally[0]++
      tally[1] += right
      if (e.source === 'review') {
        retention[0]++
        // Recalled, as FSRS counts it: any grade but Again.
        retention[1] += e.grade === 'again' ? 0 : 1
      }
    }
  }
  let streak = 0
  for (let d = studied.has(today) ? today : today - 1; studied.has(d); d--) streak++
  return { perDay, retention, reviews, sureWrong, bySet, streak }
}

describe('the dashboard over any history', () => {
  const anAnswer = fc.record({
    qid: fc.constantFrom('q1', 'q2', 'q3', 'd1'),
    day: fc.integer({ min: 1, max: 31 }),
    hour: fc.integer({ min: 0, max: 23 }),
    source: fc.constantFrom('quiz', 'review', 'practice'),
    correct: fc.boolean(),
    sure: fc.boolean(),
    retryUsed: fc.boolean(),
  })

  it('agrees with every log decoded the plain way, before and after one more answer', () => {
    fc.assert(
      fc.property(fc.array(anAnswer, { maxLength: 40 }), anAnswer, (given, more) => {
        const toAnswer = (a: typeof more) => ({
          ...answer(a.qid, dec(a.day, a.hour), {
            source: a.source,
            correct: a.correct,
            sure: a.sure,
            retryUsed: a.retryUsed,
          }),
          setId: a.qid === 'd1' ? DT : WSW,
        })
        const before = applyAnswers(emptyReview(), given.map(toAnswer), scheduler)
        const after = applyAnswers(before, [toAnswer(more)], scheduler)
        for (const doc of [before, after]) {
          const all = indexReview(doc).cards
          const now = dec(31, 20)
          const d = dashboard(all, { now, tagsOf, days: 10 })
          const want = plainly(all, now, 10)
          expect(d.perDay.map((t) => [t.answered, t.right])).toEqual(want.perDay)
          expect([d.retention.answered, d.retention.recalled]).toEqual(want.retention)
          expect(d.reviews).toBe(want.reviews)
          expect([d.confidentWrong.all, d.confidentWrong.recent]).toEqual(want.sureWrong)
          expect(
            Object.fromEntries([...d.bySet].map(([k, t]) => [k, [t.answered, t.right]])),
          ).toEqual(want.bySet)
          expect(d.streak).toBe(want.streak)
          // Every answer up to now falls in this month or the one before.
          const inMonths = d.byMonth.reduce((n, t) => n + t.answered, 0)
          expect(inMonths).toBe([...d.bySet.values()].reduce((n, t) => n + t.answered, 0))
        }
      }),
      { numRuns: 150 },
    )
  })

  it('decodes again only the card an answer changed', () => {
    const before = applyAnswers(
      emptyReview(),
      ['q1', 'q2', 'q3'].map((q) => answer(q, dec(1))),
      scheduler,
    )
    const after = applyAnswers(before, [answer('q2', dec(2), { source: 'review' })], scheduler)
    const [a, b] = [indexReview(before).cards, indexReview(after).cards]
    expect(b.map((c, i) => c === a[i])).toEqual([true, false, true])
    expect(decodeLog(b[1]!.log)).toHaveLength(2)
    expect(indexReview(after).byKey.get(b[1]!.key)).toBe(b[1])
  })
})

describe('the dashboard and the index kept up to date answer by answer', () => {
  const aBatch = fc.array(
    fc.record({
      qid: fc.constantFrom('q1', 'q2', 'q3', 'q4', 'd1', 'd2'),
      day: fc.integer({ min: 1, max: 31 }),
      hour: fc.integer({ min: 0, max: 23 }),
      source: fc.constantFrom('quiz', 'review', 'practice'),
      correct: fc.boolean(),
      sure: fc.boolean(),
      retryUsed: fc.boolean(),
    }),
    { minLength: 1, maxLength: 4 },
  )

  it('equal what a fresh reading of the same stored document shows, after every batch', () => {
    fc.assert(
      fc.property(fc.array(aBatch, { minLength: 1, maxLength: 8 }), (batches) => {
        let doc = emptyReview()
        const now = dec(31, 20)
        const asked = (c: ReviewCard) => c.qid !== 'q4'
        for (const batch of batches) {
          doc = applyAnswers(
            doc,
            batch.map((a) => ({
              ...answer(a.qid, dec(a.day, a.hour), {
                source: a.source,
                correct: a.correct,
                sure: a.sure,
                retryUsed: a.retryUsed,
              }),
              setId: a.qid.startsWith('d') ? DT : WSW,
            })),
            scheduler,
          )
          const kept = indexReview(doc).cards
          const read = parseReview(serializeReview(doc))
          if (read.status !== 'ok') throw new Error(read.status)
          // A document read from text shares no object with the one answers built.
          const fresh = indexReview(read.doc).cards
          const plain = (cs: readonly ReviewCard[]) =>
            cs.map(({ key, state, log }) => ({ key, state, log }))
          expect(plain(kept)).toEqual(plain(fresh))
          const options = { now, tagsOf, include: asked, days: 10, forecastDays: 7, newPerDay: 2 }
          // Same options each time (kept up to date) against new functions (worked out anew).
          expect(dashboard(kept, options)).toEqual(
            dashboard(fresh, { ...options, tagsOf: (c) => tagsOf(c), include: (c) => asked(c) }),
          )
        }
      }),
      { numRuns: 120 },
    )
  })
})

describe('days lived across a time zone change', () => {
  /** The instant a clock `offset` minutes east of UTC shows `hour`:`minute` on a December 2025 day. */
  const shown = (offset: number, day: number, hour: number, minute = 0) =>
    Date.UTC(2025, 11, day, hour, minute) - offset * 60_000
  const NEW_YORK = -300
  const TOKYO = 540
  const review = (qid: string, at: number) => answer(qid, at, { source: 'review' })
  /** Cards of `answers`, each marked with the clock it was given by, as the review store does. */
  function lived(answers: [ReturnType<typeof review>, number][]) {
    let doc = applyAnswers(
      emptyReview(),
      answers.map(([a]) => a),
      scheduler,
    )
    for (const [a, offset] of answers) doc = markZones(doc, [a], () => offset)
    return { cards: indexReview(doc).cards, zones: doc.zones }
  }
  const dayOf = (day: number) => Date.UTC(2025, 11, day) / 86_400_000

  it('counts answers at 23:30 in New York, then one in Tokyo, on the three days the learner lived', () => {
    const { cards, zones } = lived([
      [review('q1', shown(NEW_YORK, 1, 23, 30)), NEW_YORK],
      [review('q2', shown(NEW_YORK, 2, 23, 30)), NEW_YORK],
      [review('q3', shown(TOKYO, 3, 20)), TOKYO],
    ])
    expect(zones).toEqual([
      [expect.any(Number), NEW_YORK],
      [expect.any(Number), TOKYO],
    ])
    // The machine now in Tokyo, on the 3rd at 21:00 there.
    const inTokyo = { now: shown(TOKYO, 3, 21), tagsOf, days: 4, offsetAt: () => TOKYO }
    const d = dashboard(cards, { ...inTokyo, zones })
    expect(d.streak).toBe(3)
    expect(d.studiedToday).toBe(true)
    expect(d.perDay.map((t) => [t.day - dayOf(3), t.answered])).toEqual([
      [-3, 0],
      [-2, 1],
      [-1, 1],
      [0, 1],
    ])
    // By Tokyo's clock alone, the 1st's answer fell on the 2nd and the 2nd's on the 3rd: two days.
    expect(dashboard(cards, inTokyo).streak).toBe(2)
  })

  it('counts a day of answers in Tokyo as one day after flying to New York, not two', () => {
    const { cards, zones } = lived([
      [review('q1', shown(TOKYO, 1, 8)), TOKYO],
      [review('q2', shown(TOKYO, 1, 22)), TOKYO],
      [review('q3', shown(NEW_YORK, 2, 9)), NEW_YORK],
    ])
    const inNewYork = { now: shown(NEW_YORK, 2, 12), tagsOf, offsetAt: () => NEW_YORK }
    expect(dashboard(cards, { ...inNewYork, zones }).streak).toBe(2)
    // By New York's clock alone, 08:00 in Tokyo was the evening before: a streak of 3.
    expect(dashboard(cards, inNewYork).streak).toBe(3)
  })

  it('counts answers from before the first mark by the clock now, as before marks were kept', () => {
    const { cards } = lived([[review('q1', shown(NEW_YORK, 1, 23, 30)), NEW_YORK]])
    const early = indexReview(
      applyAnswers(emptyReview(), [review('q2', shown(NEW_YORK, 1, 22))], scheduler),
    ).cards
    const zones: ReviewDoc['zones'] = [[logSeconds(shown(NEW_YORK, 1, 23)), NEW_YORK]]
    const now = shown(TOKYO, 2, 20)
    // q2, before the mark, is the 2nd in Tokyo; q1, after it, the 1st in New York.
    const d = dashboard([...early, ...cards], {
      now,
      tagsOf,
      days: 2,
      zones,
      offsetAt: () => TOKYO,
    })
    expect(d.perDay.map((t) => t.answered)).toEqual([1, 1])
  })

  it('counts every day again when a new mark arrives, or the clock now changes zone', () => {
    const { cards, zones } = lived([
      [review('q1', shown(NEW_YORK, 1, 23, 30)), NEW_YORK],
      [review('q2', shown(TOKYO, 2, 20)), TOKYO],
    ])
    let clock = TOKYO
    const options = { now: shown(TOKYO, 2, 21), tagsOf, offsetAt: () => clock }
    expect(dashboard(cards, options).streak).toBe(1)
    expect(dashboard(cards, { ...options, zones }).streak).toBe(2)
    expect(dashboard(cards, options).streak).toBe(1)
    // The same instant, the machine moved to New York: the 1st at 23:30 and the 2nd at 06:00.
    clock = NEW_YORK
    expect(dashboard(cards, options).streak).toBe(2)
  })
})
