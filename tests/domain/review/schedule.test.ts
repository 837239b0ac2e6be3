import fc from 'fast-check'
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs'
import { describe, expect, it } from 'vitest'
import { answerApplied, applyAnswers, LOG_LIMITS } from '../../../src/domain/review/apply.ts'
import { decodeLog, type Grade as OurGrade } from '../../../src/domain/review/card.ts'
import { createScheduler, toFsrsCard } from '../../../src/domain/review/fsrs.ts'
import { indexReview } from '../../../src/domain/review/index.ts'
import { emptyReview, type ReviewDoc } from '../../../src/domain/review/schema.ts'
import { answer, dec, scheduler, WSW } from './helpers.ts'

const DAY = 86_400_000
const card = (doc: ReviewDoc, qid = 'q1') => indexReview(doc).byKey.get(`${WSW}#${qid}`)

/** The answer that `gradeFor` maps to each grade. */
const outcome: Record<OurGrade, { correct: boolean; retryUsed: boolean; sure: boolean }> = {
  again: { correct: false, retryUsed: false, sure: false },
  hard: { correct: true, retryUsed: true, sure: false },
  good: { correct: true, retryUsed: false, sure: false },
  easy: { correct: true, retryUsed: false, sure: true },
}
const rating: Record<OurGrade, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
}

describe('stepping a card through days', () => {
  it('gives the due dates ts-fsrs gives when called directly', () => {
    const grades: OurGrade[] = ['good', 'good', 'again', 'good', 'hard', 'easy', 'good', 'again']
    const direct = fsrs({ request_retention: 0.9, enable_short_term: false, enable_fuzz: false })
    let theirs: Card = createEmptyCard(new Date(dec(1)))
    let doc = emptyReview()
    let at = dec(1)
    for (const [i, grade] of grades.entries()) {
      const source = i === 0 ? 'quiz' : 'review'
      doc = applyAnswers(doc, [answer('q1', at, { ...outcome[grade], source })], scheduler)
      theirs = direct.next(theirs, new Date(at), rating[grade]).card
      const ours = card(doc)!.state
      expect(new Date(ours.due)).toEqual(theirs.due)
      expect(ours).toMatchObject({
        stability: theirs.stability,
        difficulty: theirs.difficulty,
        reps: theirs.reps,
        lapses: theirs.lapses,
      })
      // The student comes back on the due date, an hour later in the day.
      at = ours.due + 3_600_000
    }
    expect(decodeLog(card(doc)!.log).map((e) => e.grade)).toEqual(grades)
  })

  it('gives the recall chance ts-fsrs gives', () => {
    const direct = fsrs({ request_retention: 0.9, enable_short_term: false, enable_fuzz: false })
    let doc = applyAnswers(emptyReview(), [answer('q1', dec(1))], scheduler)
    doc = applyAnswers(doc, [answer('q1', dec(4), { source: 'review', correct: false })], scheduler)
    const state = card(doc)!.state
    for (const t of [dec(4), dec(4, 20), dec(5, 8), dec(9), dec(30)]) {
      const theirs = direct.get_retrievability(toFsrsCard(state), new Date(t), false)
      expect(scheduler.retrievability(state, t)).toBe(theirs)
    }
  })

  it('schedules further ahead for a lower desired retention', () => {
    const at = dec(1)
    const first = (retention: number) => {
      const s = createScheduler({ retention })
      let doc = applyAnswers(emptyReview(), [answer('q1', at)], s)
      const due = card(doc)!.state.due
      doc = applyAnswers(doc, [answer('q1', due, { source: 'review' })], s)
      return card(doc)!.state.due - due
    }
    expect(first(0.8)).toBeGreaterThan(first(0.9))
    expect(first(0.9)).toBeGreaterThan(first(0.97))
  })
})

describe('applying answers', () => {
  it('makes a card per answered question, due in whole days', () => {
    const doc = applyAnswers(
      emptyReview(),
      [answer('q1', dec(1)), answer('q2', dec(1), { correct: false })],
      scheduler,
    )
    const [q1, q2] = [card(doc, 'q1')!, card(doc, 'q2')!]
    expect((q1.state.due - dec(1)) % DAY).toBe(0)
    expect(q2.state.due).toBe(dec(2))
    expect(q1.state.due).toBeGreaterThan(q2.state.due)
    expect(q1.state.reviewed).toBe(false)
  })

  it('is idempotent: an answer applied twice counts once', () => {
    const answers = [answer('q1', dec(1)), answer('q1', dec(3), { source: 'review' })]
    const once = applyAnswers(emptyReview(), answers, scheduler)
    expect(applyAnswers(once, answers, scheduler)).toBe(once)
    expect(decodeLog(card(once)!.log)).toHaveLength(2)
  })

  it('logs a right second try as one, apart from a slow right answer (both Hard)', () => {
    const second = answer('q1', dec(1), { source: 'review', retryUsed: true })
    const slow = answer('q2', dec(1), { source: 'review', timeMs: 90_000 })
    const doc = applyAnswers(emptyReview(), [second, slow], scheduler)
    expect(decodeLog(card(doc, 'q1')!.log)).toMatchObject([{ grade: 'hard', retry: true }])
    expect(decodeLog(card(doc, 'q2')!.log)).toMatchObject([{ grade: 'hard', retry: false }])
    expect(applyAnswers(doc, [second, slow], scheduler)).toBe(doc)
    expect(answerApplied(doc, second)).toBe(true)
    expect(answerApplied(doc, { ...second, qid: 'q2' })).toBe(false)
  })

  it('keeps a late answer from another tab: logged at its time, scheduled after the last', () => {
    const base = applyAnswers(emptyReview(), [answer('q1', dec(1))], scheduler)
    const thisTab = applyAnswers(base, [answer('q1', dec(4, 10), { source: 'review' })], scheduler)
    const late = answer('q1', dec(4, 9), { source: 'review', correct: false })
    const both = applyAnswers(thisTab, [late], scheduler)
    const c = card(both)!
    expect(decodeLog(c.log).map((e) => [e.at, e.grade])).toEqual([
      [dec(1), 'good'],
      [dec(4, 9), 'again'],
      [dec(4, 10), 'good'],
    ])
    expect(c.state.reps).toBe(3)
    expect(c.state.lapses).toBe(1)
    expect(c.state.last).toBe(dec(4, 10))
  })

  it('marks a card reviewed once it is answered outside a quiz', () => {
    let doc = applyAnswers(emptyReview(), [answer('q1', dec(1))], scheduler)
    doc = applyAnswers(doc, [answer('q1', dec(3), { source: 'practice' })], scheduler)
    doc = applyAnswers(doc, [answer('q1', dec(9))], scheduler)
    expect(card(doc)!.state.reviewed).toBe(true)
  })

  it('keeps at most a year and 32 answers of log per card', () => {
    const answers = Array.from({ length: 40 }, (_, i) =>
      answer('q1', dec(1) + i * 20 * DAY, { source: 'review' }),
    )
    const doc = applyAnswers(emptyReview(), answers, scheduler)
    const log = decodeLog(card(doc)!.log)
    const newest = log.at(-1)!.at
    expect(log.length).toBeLessThanOrEqual(LOG_LIMITS.perCard)
    expect(log.every((e) => e.at >= newest - LOG_LIMITS.days * DAY)).toBe(true)
    expect(newest).toBe(answers.at(-1)!.at)
    expect(card(doc)!.state.reps).toBe(40)
  })

  it('skips answers whose ids could not be stored, and touches only the sets it changes', () => {
    const doc = applyAnswers(emptyReview(), [answer('q1', dec(1))], scheduler)
    const other = { ...answer('q1', dec(2)), setId: 'assad-sochi-2018/dates-and-timeline' }
    const next = applyAnswers(doc, [other, answer('__proto__', dec(2))], scheduler)
    expect(next.cards[WSW]).toBe(doc.cards[WSW])
    expect(Object.keys(next.cards)).toHaveLength(2)
  })

  it('gives the same log whichever order two tabs apply their answers in', () => {
    const arb = fc.array(
      fc.record({
        q: fc.constantFrom('q1', 'q2', 'q3'),
        day: fc.integer({ min: 1, max: 28 }),
        correct: fc.boolean(),
      }),
      { maxLength: 12 },
    )
    fc.assert(
      fc.property(arb, arb, (xs, ys) => {
        const a = xs.map((x) => answer(x.q, dec(x.day), { correct: x.correct, source: 'review' }))
        const b = ys.map((y) => answer(y.q, dec(y.day, 10), { correct: y.correct }))
        const ab = applyAnswers(applyAnswers(emptyReview(), a, scheduler), b, scheduler)
        const ba = applyAnswers(applyAnswers(emptyReview(), b, scheduler), a, scheduler)
        const logs = (doc: ReviewDoc) =>
          indexReview(doc)
            .cards.map((c) => [c.key, c.log, c.state.reps] as const)
            .sort()
        expect(logs(ab)).toEqual(logs(ba))
      }),
      { numRuns: 60 },
    )
  })
})
