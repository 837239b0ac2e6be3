import { describe, expect, it } from 'vitest'
import { handOverDraft, takeHandedOverDraft } from '../../src/composables/studio/draft-handoff.ts'
import { MemoryStorage } from '../fixtures/progress/memory-storage.ts'
import { blankDraft } from '../../src/domain/studio/draft.ts'
import { draftRecord } from '../../src/domain/studio/records.ts'

describe('the draft handed over as the page goes', () => {
  it('is taken once, by the editor of the same draft', () => {
    const storage = new MemoryStorage()
    const draft = { ...blankDraft('sochi'), title: 'Typed just before the reload' }
    handOverDraft('new:sochi', draftRecord(draft, new Date(0), undefined, false), storage)
    expect(takeHandedOverDraft('new:other', storage)).toBeUndefined()
    expect(takeHandedOverDraft('new:sochi', storage)?.draft.title).toBe(
      'Typed just before the reload',
    )
    expect(takeHandedOverDraft('new:sochi', storage)).toBeUndefined()
    expect(storage.items.size).toBe(0)
  })

  it('is dropped when it is not a draft, and storage that throws loses nothing else', () => {
    const storage = new MemoryStorage()
    storage.setItem('passage:studio-draft-handoff:new:sochi', '{"format":"passage-draft"}')
    expect(takeHandedOverDraft('new:sochi', storage)).toBeUndefined()
    expect(storage.items.size).toBe(0)
    const broken = Object.assign(new MemoryStorage(0), {
      getItem: () => {
        throw new DOMException('off', 'SecurityError')
      },
    })
    expect(() =>
      handOverDraft('k', draftRecord(blankDraft('sochi'), new Date(0), undefined, false), broken),
    ).not.toThrow()
    expect(takeHandedOverDraft('k', broken)).toBeUndefined()
  })
})
