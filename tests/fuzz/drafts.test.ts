/**
 * Fuzzing the studio's draft records, read back from IndexedDB or a tab's hand-over: whatever the
 * teacher typed, however long past what a set may keep, reads back as typed; a hostile record is
 * refused with a sentence, never thrown, and one that reads is written back the same.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { blankDraft, type DraftSet } from '../../src/domain/studio/draft.ts'
import { LIMITS } from '../../src/domain/studio/limits.ts'
import { draftRecord, parseDraftRecord, recordText } from '../../src/domain/studio/records.ts'
import { mutateText, mutateValue } from './mutate.ts'
import { params, timeout } from './runs.ts'

const at = new Date('2026-03-01T10:00:00Z')

/** Text of any length up to twice what a set keeps, its characters any at all. */
const typed = fc
  .tuple(fc.nat({ max: 2 * LIMITS.textChars }), fc.string({ maxLength: 8, unit: 'binary' }))
  .map(([n, s]) => 'é'.repeat(n) + s)

const draftOf = (title: string, prompt: string, option: string): DraftSet => {
  const draft = blankDraft('assad-sochi-2018')
  const [question] = draft.questions
  return {
    ...draft,
    title,
    questions: [{ ...question!, prompt, choices: [{ text: option, correct: true }] }],
  }
}

const valid = recordText(draftRecord(draftOf('Sochi', 'Where?', 'Sochi'), at, undefined, false))

describe('stored drafts, fuzzed', () => {
  it(
    'read back as typed, however long past what a set may keep',
    () => {
      fc.assert(
        fc.property(typed, typed, typed, (title, prompt, option) => {
          const record = draftRecord(draftOf(title, prompt, option), at, 'a/b', true)
          expect(parseDraftRecord(recordText(record))).toEqual({ status: 'ok', doc: record })
        }),
        params(100),
      )
    },
    timeout(30_000),
  )

  it('are set aside past the hard cap, saying where', () => {
    const record = draftRecord(draftOf('', 'x'.repeat(LIMITS.draftChars + 1), ''), at, 'a/b', false)
    expect(parseDraftRecord(recordText(record))).toEqual({
      status: 'invalid',
      reason:
        'Question 1, question: It is 100,001 characters long, more than the 100,000 Passage keeps',
    })
  })

  it(
    'are refused with a reason when broken, or read and written back the same',
    () => {
      const hostile = fc.oneof(
        mutateText(valid),
        mutateValue(JSON.parse(valid)).map((v) => JSON.stringify(v) ?? ''),
        fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
      )
      fc.assert(
        fc.property(hostile, (text) => {
          const read = parseDraftRecord(text)
          if (read.status === 'invalid') {
            expect(read.reason.length).toBeGreaterThan(0)
            expect(read.reason.length).toBeLessThan(400)
          }
          if (read.status === 'ok')
            expect(parseDraftRecord(recordText(read.doc))).toEqual({ status: 'ok', doc: read.doc })
        }),
        params(1000),
      )
    },
    timeout(60_000),
  )
})
