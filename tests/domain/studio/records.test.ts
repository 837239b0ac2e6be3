/**
 * A stored draft that does not read is set aside with why, in the editor's names for its fields
 * ("Question 1, option 2"), as a saved set is: never as the path inside the record.
 */
import { describe, expect, it } from 'vitest'
import { blankDraft } from '../../../src/domain/studio/draft.ts'
import type { Bank } from '../../../src/domain/bank/schema.ts'
import { LIMITS } from '../../../src/domain/studio/limits.ts'
import {
  draftRecord,
  parseDraftRecord,
  parseSetRecord,
  recordText,
  setRecord,
  type DraftRecord,
} from '../../../src/domain/studio/records.ts'

const at = new Date('2026-03-01T10:00:00Z')

/** Why the draft, changed by `change` as a hand in devtools or another program might, is refused. */
function reasonFor(change: (draft: Record<string, unknown>) => void): string {
  const record = JSON.parse(recordText(draftRecord(blankDraft('mini'), at, 'mini/x', false))) as {
    draft: Record<string, unknown>
  }
  change(record.draft)
  const read = parseDraftRecord(JSON.stringify(record))
  return read.status === 'invalid' ? read.reason : `read as ${read.status}`
}
type Question = Record<string, unknown> & { choices: Record<string, unknown>[] }
const first = (d: Record<string, unknown>) => (d.questions as Question[])[0]!

describe('a stored draft set aside', () => {
  it.each<[string, (d: Record<string, unknown>) => void, string]>([
    [
      'a question that is not text',
      (d) => (first(d).prompt = 5),
      'Question 1, question: Should be text in "quotes", not number 5',
    ],
    [
      'an option’s tick',
      (d) => (first(d).choices[1]!.correct = 'yes'),
      'Question 1, option 2: Should be true or false (without quotes), not the text “yes”',
    ],
    [
      'a true/false answer',
      (d) => (first(d).truth = 'x'),
      'Question 1, right answer: Should be true or false (without quotes), not the text “x”',
    ],
    [
      'the question type',
      (d) => (first(d).type = 'essay'),
      'Question 1, type: Must be “single” or “multiple” or “truefalse” or “numeric” or “short” or “ordering” or “matching”, not the text “essay”',
    ],
    [
      'the pass mark',
      (d) => (d.passMark = 70),
      'Pass mark: Should be text in "quotes", not number 70',
    ],
    ['the set’s id', (d) => delete d.slug, 'The set\'s id: Is missing: add it (text in "quotes")'],
    ['the editor’s own count', (d) => (d.nextKey = 0), 'The set: Must be at least 1, not number 0'],
    [
      'a field the editor does not write',
      (d) => (first(d).colour = 'red'),
      'Question 1, colour: Unknown field “colour”: check the spelling or remove it',
    ],
  ])('for %s, in the editor’s words', (_, change, reason) => {
    expect(reasonFor(change)).toBe(reason)
    expect(reason).not.toMatch(/draft\.|questions\[/)
  })

  it('past what a draft keeps, saying where and how long in plain words', () => {
    const long = 'x'.repeat(LIMITS.draftChars + 1)
    expect(reasonFor((d) => (first(d).choices[0]!.text = long))).toBe(
      'Question 1, option 1: It is 100,001 characters long, more than the 100,000 Passage keeps',
    )
    expect(reasonFor((d) => (d.title = long))).toBe(
      'Title: It is 100,001 characters long, more than the 100,000 Passage keeps',
    )
  })

  it('a stored set without its id says so in words, not “Id”', async () => {
    const { readFileSync } = await import('node:fs')
    const bank = JSON.parse(
      readFileSync('questions/assad-sochi-2018/dates-and-timeline.json', 'utf8'),
    ) as Bank
    const record = JSON.parse(recordText(setRecord(bank, at))) as { bank: Partial<Bank> }
    delete record.bank.id
    expect(parseSetRecord(JSON.stringify(record))).toMatchObject({
      status: 'invalid',
      reason: 'The set\'s id: Is missing: add it (text in "quotes")',
    })
  })

  it('reads back one that keeps its shape', () => {
    const record: DraftRecord = draftRecord(blankDraft('mini'), at, undefined, false)
    expect(parseDraftRecord(recordText(record))).toEqual({ status: 'ok', doc: record })
  })
})
