import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { attemptFromSession } from '../../../src/domain/progress/attempt.ts'
import { recordAttempt } from '../../../src/domain/progress/record.ts'
import { leftOutText, salvageProgress } from '../../../src/domain/progress/salvage.ts'
import { emptyProgress } from '../../../src/domain/progress/schema.ts'
import { BANK_ID, playedTest, quizBank } from '../../fixtures/progress/bank.ts'

const bank = quizBank()
const good = recordAttempt(emptyProgress(), attemptFromSession(playedTest(['wsw-01']), bank, 'a1'))
const set = good.sets[BANK_ID]!
const text = set.attempts.a1!
const [summary = '', detail = ''] = text.split('#')
const [key = '', start = ''] = summary.split('.')

/** What a student reads of attempt a1 stored as `damaged`: why it was left out. */
function whyLeftOut(damaged: string): string | undefined {
  const doc = { ...good, sets: { [BANK_ID]: { ...set, attempts: { a1: damaged } } } }
  const [lost] = salvageProgress(doc)?.leftOut ?? []
  return lost && leftOutText(lost, () => 'Who said what').split(' — ')[1]
}

describe('an attempt left out of damaged progress', () => {
  it.each([
    [
      'it names a question list not there',
      text.replace(key, 'zzzzzzzz'),
      'its list of questions is missing',
    ],
    ['its results have no list', `.${start}.0.u0.00a`, 'its list of questions is missing'],
    ['its answers have no list', `.${start}.0.u0.0/1#x|`, 'its list of questions is missing'],
    [
      'a result is no score at all',
      text.replace(/t0\..{3}/, 't0.___'),
      'it has a mark more than a question can earn',
    ],
    [
      'a result is missing',
      text.replace(/...#/, '#'),
      'its marks do not match its list of questions',
    ],
    [
      'an answer is missing',
      `${summary}#${detail.replace('|Putin|102', '')}`,
      'its answers do not match its list of questions',
    ],
    [
      'its order is not each question once',
      `${summary}#${detail.replace(/\|[^|]*$/, '|0000000')}`,
      'its order of questions cannot be read',
    ],
    [
      'its second tries are not marks',
      `${summary}#${detail.replace(/^([^|]*)\|/, '$1|9999999')}`,
      'its record of second tries cannot be read',
    ],
    [
      'a test says which of its blanks were not skipped, as only a practice can',
      `${summary}!1#${detail}`,
      'its record of questions skipped cannot be read',
    ],
    [
      'its date is past any calendar',
      text.replace(`.${start}.`, '.__________.'),
      'its date is after the year 9999',
    ],
    [
      'it lasts past any calendar',
      text.replace('.16.', '.__________.'),
      'it ends after the year 9999',
    ],
    [
      'its score is past its full marks',
      `.${start}.0.u0.zz/1`,
      'its score is more than its full marks',
    ],
    [
      'it has more questions than any set',
      `.${start}.0.u0.0/____`,
      'it has more questions than any quiz can have',
    ],
    ['it is not an attempt', 'broken', 'it is not written the way Passage writes an attempt'],
  ])('when %s, says why in plain words', (_, damaged, words) => {
    expect(whyLeftOut(damaged)).toBe(words)
  })

  it('reads a damaged practice’s score past the blanks it says were not skipped', () => {
    const damaged = text.replace('.t0.', '.p0.').replace('#', '!1#')
    const [lost] = salvageProgress({
      ...good,
      sets: { [BANK_ID]: { ...set, attempts: { a1: damaged } } },
    })!.leftOut
    expect(lost).toMatchObject({ mode: 'practice', score: { max: 7 } })
  })

  it('reads as the student knows it: the set, when, the score, then why', () => {
    const [lost] = salvageProgress({
      ...good,
      sets: { [BANK_ID]: { ...set, attempts: { a1: text.replace(key, 'zzzzzzzz') } } },
    })!.leftOut
    expect(
      leftOutText(
        lost!,
        () => 'Who said what',
        () => '18 May 2024, 11:00',
      ),
    ).toBe(
      '“Who said what”: your test of 18 May 2024, 11:00, 1.67 of 7 marks (24%) — its list of questions is missing',
    )
  })

  it('never in the stored form’s own words, however it is damaged', () => {
    const digits = fc.constantFrom(...'0_z|.#/%!'.split(''))
    fc.assert(
      fc.property(fc.nat(text.length - 1), fc.array(digits, { maxLength: 4 }), (at, chars) => {
        const why = whyLeftOut(text.slice(0, at) + chars.join('') + text.slice(at + 1))
        if (why === undefined) return
        expect(why).toMatch(/^(its? |Passage found)/)
        expect(why).not.toMatch(/"|summary|range|retry|question list|maximum|impossible|unreadable/)
      }),
      { numRuns: 300 },
    )
  })

  it('of the first version, without a set name, says so rather than naming a set “?”', () => {
    const date = '2024-03-04T18:40:12.000Z'
    const [lost] = salvageProgress({ attempts: [{ set: 42, score: 1, total: 2, date }] })!.leftOut
    expect(
      leftOutText(
        lost!,
        () => undefined,
        () => '4 Mar 2024, 6:40 pm',
      ),
    ).toBe(
      'a set whose name cannot be read: your attempt of 4 Mar 2024, 6:40 pm — Passage found a value missing or of the wrong kind in the name of its set (attempts[0].set should be string)',
    )
  })

  it('of a set whose name is no set’s, says so in words', () => {
    const doc = { ...good, sets: { ...good.sets, 'not a set': set } }
    expect(salvageProgress(doc)!.leftOut.map((l) => leftOutText(l))).toEqual([
      'set “not a set”: its whole history — its name is not one Passage gives a set',
    ])
  })
})
