import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  bankFileText,
  bankValueOf,
  blankDraft,
  blankQuestion,
  draftOf,
  freeQuestionId,
  numberOf,
  tagsOf,
  withType,
} from '../../../src/domain/studio/draft.ts'
import { shippedBanks } from './shipped.ts'

describe('draft ↔ bank', () => {
  it.each(shippedBanks.map((b) => [b.id, b] as const))(
    'a shipped set goes through the form unchanged (%s)',
    (_id, bank) => {
      expect(bankValueOf(draftOf(bank))).toEqual(bank)
    },
  )

  it('keeps fields the form does not edit, such as lint.allow and newer fields', () => {
    const bank = shippedBanks[0]!
    const q = { ...bank.questions[0]!, exact: true } as unknown as (typeof bank.questions)[number]
    const value = bankValueOf(draftOf({ ...bank, questions: [q] }))
    expect((value.questions as Record<string, unknown>[])[0]!.exact).toBe(true)
  })

  it('writes one quote as text and several as a list, and none as no field', () => {
    const draft = blankDraft('a')
    const q = (evidence: string[]) =>
      (
        bankValueOf({ ...draft, questions: [{ ...draft.questions[0]!, evidence }] })
          .questions as Record<string, unknown>[]
      )[0]!.evidence
    expect(q([])).toBeUndefined()
    expect(q(['One.'])).toBe('One.')
    expect(q(['One.', 'Two.'])).toEqual(['One.', 'Two.'])
  })

  it('turns the pass mark from per cent to a fraction and keeps text it cannot read', () => {
    expect(bankValueOf({ ...blankDraft('a'), passMark: '65' }).passMark).toBe(0.65)
    expect(bankValueOf({ ...blankDraft('a'), passMark: '62.5' }).passMark).toBe(0.625)
    expect(bankValueOf({ ...blankDraft('a'), passMark: 'most' }).passMark).toBe('most')
  })

  it('opens a saved pass mark as every digit it holds, and saves it back unchanged', () => {
    const bank = shippedBanks[0]!
    // Tenths of a per cent opened 0.9999 as “100” and saved 0.7049 back as 0.705, without a word.
    expect(draftOf({ ...bank, passMark: 0.9999 }).passMark).toBe('99.99')
    expect(draftOf({ ...bank, passMark: 0.07 }).passMark).toBe('7')
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (n) => {
        const passMark = n / 1_000_000
        expect(bankValueOf(draftOf({ ...bank, passMark })).passMark).toBe(passMark)
      }),
      { examples: [[9999], [704_900]] },
    )
  })

  it('downloads pretty-printed JSON with $schema first', () => {
    const text = bankFileText({ title: 'T', $schema: 'x' })
    expect(text).toBe('{\n  "$schema": "../../schema/bank.schema.json",\n  "title": "T"\n}\n')
  })
})

describe('form helpers', () => {
  it.each([
    ['2015', 2015],
    [' -3.5 ', -3.5],
    ['\u22125', -5],
    ['.5', 0.5],
    ['1e3', 1000],
    ['', null],
    ['2,015', 2015],
    ['4,000.5', 4000.5],
    ['1,2,3', null],
    ['12 km', null],
    ['Infinity', null],
  ])('numberOf(%j) is %j', (text, n) => expect(numberOf(text)).toBe(n))

  // The forms a student in the teacher's locale may type, as the grader reads them.
  it.each([
    ['4,000', 'en', 4000],
    ['4.000', 'de', 4000],
    ['2,5', 'de', 2.5],
    ['3.5', 'de', 3.5],
    ['1 000', 'fr', 1000],
    ['1,2', 'en', null],
  ] as const)('numberOf(%j) in %s is %j', (text, locale, n) =>
    expect(numberOf(text, locale)).toBe(n),
  )

  it('reads tags separated by commas, without blanks or repeats', () => {
    expect(tagsOf(' dates, people,, dates ,')).toEqual(['dates', 'people'])
  })

  it('finds a question id no other question has', () => {
    expect(freeQuestionId([{ id: 'q1' }, { id: 'q3' }])).toBe('q4')
    expect(freeQuestionId([{ id: 'q2' }, { id: 'q3' }])).toBe('q4')
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 4 }), { maxLength: 20 }), (ids) => {
        expect(ids).not.toContain(freeQuestionId(ids.map((id) => ({ id }))))
      }),
    )
  })

  it('keeps only the first right answer when a multiple choice question becomes single', () => {
    const q = {
      ...blankQuestion('multiple', 'k', 'q1'),
      choices: [
        { text: 'a', correct: true },
        { text: 'b', correct: true },
      ],
    }
    expect(withType(q, 'single').choices.map((c) => c.correct)).toEqual([true, false])
    expect(withType(q, 'ordering').choices).toEqual(q.choices)
  })
})
