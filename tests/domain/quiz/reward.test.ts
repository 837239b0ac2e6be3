import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  changeSinceLast,
  changeText,
  questionsTagged,
  weakestTopic,
  weakestTopics,
  type Change,
} from '../../../src/domain/quiz/reward.ts'
import type { TagScore } from '../../../src/domain/quiz/score.ts'
import { percentOf } from '../../../src/domain/quiz/marks.ts'

describe('the change since the last attempt', () => {
  it.each<[number, number[], Change, string]>([
    [60, [], { kind: 'first' }, 'Your first attempt at this set'],
    [81, [75], { kind: 'best', previousBest: 75 }, 'New personal best — up from 75%'],
    [81, [50, 75], { kind: 'best', previousBest: 75 }, 'New personal best — up from 75%'],
    [80, [60, 90], { kind: 'up', points: 20, last: 60 }, 'Up 20 points since last time (60%)'],
    [61, [60, 90], { kind: 'up', points: 1, last: 60 }, 'Up 1 point since last time (60%)'],
    [70, [75, 20], { kind: 'down', points: 5, last: 75 }, 'Down 5 points since last time (75%)'],
    [75, [75, 20], { kind: 'same', last: 75 }, 'The same as last time (75%)'],
    // Equalling the best is not a new best.
    [90, [60, 90], { kind: 'up', points: 30, last: 60 }, 'Up 30 points since last time (60%)'],
  ])('%s%% after %j is %j', (percent, earlier, change, text) => {
    expect(changeSinceLast(percent, earlier)).toEqual(change)
    expect(changeText(change)).toBe(text)
  })

  it('calls it a personal best exactly when it beats every earlier percent', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1 }),
        (p, earlier) => {
          expect(changeSinceLast(p, earlier).kind === 'best').toBe(earlier.every((e) => p > e))
        },
      ),
    )
  })
})

const tag = (score: number, max: number): TagScore => ({
  score,
  max,
  correct: 0,
  fullyRight: 0,
  total: max,
  percent: percentOf(score, max),
})

describe('the weakest topic', () => {
  it.each<[string, Record<string, TagScore>, string | undefined]>([
    ['no topics', {}, undefined],
    ['every topic full marks', { a: tag(2, 2), b: tag(1, 1) }, undefined],
    ['the lowest percent', { quotes: tag(2, 2), dates: tag(1, 3), facts: tag(1, 2) }, 'dates'],
    ['half credit counts', { a: tag(1.5, 2), b: tag(1, 2) }, 'b'],
    // A tie in percent goes to the topic that lost the most marks: the more to gain.
    ['a tie in percent goes to more marks missed', { a: tag(1, 2), b: tag(2, 4) }, 'b'],
    // Every topic at 0 %: the one with the most questions missed, never the first by name.
    [
      'at 0 % the most missed',
      { alpha: tag(0, 1), people: tag(0, 7), critics: tag(0, 3) },
      'people',
    ],
    ['a full tie is none', { zeta: tag(0, 1), alpha: tag(0, 1) }, undefined],
    ['one mark short of full is still weak', { a: tag(17.5, 18), b: tag(1, 1) }, 'a'],
  ])('%s', (_, byTag, weakest) => {
    expect(weakestTopic(byTag, 40)).toBe(weakest)
  })

  it.each<[string, number, Record<string, TagScore>, string | undefined]>([
    // "Dates and timeline": "dates" tags 12 of its 13 questions, its theme rather than a part.
    ['most of the quiz is its theme', 13, { dates: tag(6, 12), visits: tag(4, 6) }, 'visits'],
    ['exactly half is a part', 12, { a: tag(0, 6), b: tag(1, 2) }, 'a'],
    ['one more than half is not', 11, { a: tag(0, 6), b: tag(1, 2) }, 'b'],
    ['no part short of full marks: none', 13, { dates: tag(6, 12), visits: tag(6, 6) }, undefined],
    ['the whole quiz: none', 5, { a: tag(1, 5) }, undefined],
  ])('%s', (_, total, byTag, weakest) => {
    expect(weakestTopic(byTag, total)).toBe(weakest)
  })
})

describe('the weakest topics', () => {
  it.each<[string, Record<string, TagScore>, string[]]>([
    ['one', { a: tag(0, 2), b: tag(1, 2) }, ['a']],
    [
      'tied on percent and marks missed, by name',
      { zeta: tag(0, 3), alpha: tag(0, 3), mid: tag(1, 4) },
      ['alpha', 'zeta'],
    ],
    // Marks in thirds: a hair apart in floating point is still a tie.
    ['thirds add up to a tie', { a: tag(1 / 3 + 1 / 3 + 1 / 3, 3), b: tag(1, 3) }, ['a', 'b']],
    ['none short of full marks', { a: tag(1, 1) }, []],
  ])('%s', (_, byTag, weakest) => {
    expect(weakestTopics(byTag, 40)).toEqual(weakest)
  })

  it('is one topic or a tie of equals, never one picked by its name', () => {
    const score = fc.record({
      max: fc.integer({ min: 1, max: 6 }),
      part: fc.integer({ min: 0, max: 6 }),
    })
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1, maxLength: 3 }), score), (raw) => {
        const byTag = Object.fromEntries(
          Object.entries(raw).map(([k, { max, part }]) => [k, tag(Math.min(part, max), max)]),
        )
        const topics = weakestTopics(byTag, 40)
        const missed = (t: TagScore) => t.max - t.score
        for (const name of topics) {
          const t = byTag[name]!
          for (const other of Object.values(byTag)) {
            if (other.score === other.max) continue
            expect(t.percent).toBeLessThanOrEqual(other.percent)
            if (t.percent === other.percent) expect(missed(t)).toBeGreaterThanOrEqual(missed(other))
          }
        }
        expect(weakestTopic(byTag, 40)).toBe(topics.length === 1 ? topics[0] : undefined)
      }),
    )
  })
})

describe('the questions of a topic', () => {
  const tags: Record<string, string[]> = { q1: ['dates'], q2: ['quotes', 'dates'], q3: [] }
  it.each<[string, string[]]>([
    ['dates', ['q2', 'q1']],
    ['quotes', ['q2']],
    ['places', []],
  ])('%s keeps the quiz order: %j', (t, ids) => {
    expect(questionsTagged(['q2', 'q3', 'q1', 'q4'], (q) => tags[q], t)).toEqual(ids)
  })
})
