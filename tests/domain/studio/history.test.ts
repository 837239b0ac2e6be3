import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { MERGE_MS, record, redo, startHistory, undo } from '../../../src/domain/studio/history.ts'

describe('undo history', () => {
  it('typing into one field is one step; another field or a pause starts a new one', () => {
    let h = startHistory('')
    h = record(h, 'a', 'title', 0)
    h = record(h, 'ab', 'title', 300)
    h = record(h, 'abc', 'title', 600)
    expect(h.past).toEqual([''])
    h = record(h, 'abcd', 'title', 600 + MERGE_MS)
    h = record(h, 'abcde', 'prompt', 600 + MERGE_MS + 10)
    expect(h.past).toEqual(['', 'abc', 'abcd'])
  })

  it('actions are always steps of their own', () => {
    let h = startHistory(0)
    h = record(h, 1, null, 0)
    h = record(h, 2, null, 1)
    expect(undo(h).present).toBe(1)
  })

  it('undo then redo gives the same document back, and a new change clears redo', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { minLength: 1, maxLength: 30 }), (docs) => {
        let h = startHistory(-1)
        docs.forEach((d, i) => (h = record(h, d, null, i)))
        const undone = docs.reduce((acc) => undo(acc), h)
        expect(undone.present).toBe(-1)
        const redone = docs.reduce((acc) => redo(acc), undone)
        expect(redone.present).toBe(h.present)
        expect(record(undo(h), 'new' as unknown as number, null, 99).future).toEqual([])
      }),
    )
  })
})
