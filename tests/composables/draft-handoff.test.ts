import { describe, expect, it } from 'vitest'
import { handOverDraft, takeHandedOverDraft } from '../../src/composables/studio/draft-handoff.ts'
import type { StorageBackend } from '../../src/composables/storage/backend.ts'
import { blankDraft } from '../../src/domain/studio/draft.ts'
import { draftRecord } from '../../src/domain/studio/records.ts'

function memory(): StorageBackend & { map: Map<string, string> } {
  const map = new Map<string, string>()
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
    key: (i) => [...map.keys()][i] ?? null,
    get length() {
      return map.size
    },
  }
}

describe('the draft handed over as the page goes', () => {
  it('is taken once, by the editor of the same draft', () => {
    const storage = memory()
    const draft = { ...blankDraft('sochi'), title: 'Typed just before the reload' }
    handOverDraft('new:sochi', draftRecord(draft, new Date(0), undefined, false), storage)
    expect(takeHandedOverDraft('new:other', storage)).toBeUndefined()
    expect(takeHandedOverDraft('new:sochi', storage)?.draft.title).toBe(
      'Typed just before the reload',
    )
    expect(takeHandedOverDraft('new:sochi', storage)).toBeUndefined()
    expect(storage.map.size).toBe(0)
  })

  it('is dropped when it is not a draft, and storage that throws loses nothing else', () => {
    const storage = memory()
    storage.setItem('passage:studio-draft-handoff:new:sochi', '{"format":"passage-draft"}')
    expect(takeHandedOverDraft('new:sochi', storage)).toBeUndefined()
    expect(storage.map.size).toBe(0)
    const broken = {
      ...memory(),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError')
      },
      getItem: () => {
        throw new DOMException('off', 'SecurityError')
      },
    }
    expect(() =>
      handOverDraft('k', draftRecord(blankDraft('sochi'), new Date(0), undefined, false), broken),
    ).not.toThrow()
    expect(takeHandedOverDraft('k', broken)).toBeUndefined()
  })
})
