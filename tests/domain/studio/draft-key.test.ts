import { describe, expect, it } from 'vitest'
import { draftKeyOf, readDraftKey } from '../../../src/domain/studio/draft-key.ts'

describe("an editor draft's key", () => {
  it.each([
    ['new', 'assad-sochi-2018', 'new:assad-sochi-2018'],
    ['new', '', 'new:'],
    ['edit', 'assad-sochi-2018/my-set', 'edit:assad-sochi-2018/my-set'],
    ['copy', 'assad-sochi-2018/who-said-what', 'copy:assad-sochi-2018/who-said-what'],
    ['import', '1764757200000', 'import:1764757200000'],
  ] as const)('of a %s draft of %j reads back as it was written', (kind, of, key) => {
    expect(draftKeyOf(kind, of)).toBe(key)
    expect(readDraftKey(key)).toEqual({ kind, of })
  })

  it.each(['', 'draft', 'old:x', 'New:x'])('%j is no key this app wrote', (key) => {
    expect(readDraftKey(key)).toBeNull()
  })
})
