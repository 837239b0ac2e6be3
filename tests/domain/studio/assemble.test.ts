import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { assembleYours, setAsideTitle } from '../../../src/domain/studio/assemble.ts'
import { articleRecord, setRecord } from '../../../src/domain/studio/records.ts'
import type { Bank } from '../../../src/domain/bank/schema.ts'
import { shippedBanks, shippedPassage } from './shipped.ts'

const shipped = {
  passage: (id: string) => (id === shippedPassage.id ? shippedPassage : undefined),
  hasBank: (id: string) => shippedBanks.some((b) => b.id === id),
}
const mine = (bank: Bank) => setRecord(bank, new Date('2026-01-05T10:00:00Z'))

describe('your sets that need fixing', () => {
  it('names what is wrong after “needs fixing:” in words, never as a JSON path or in straight quotes', () => {
    const base = shippedBanks[0]!
    const q = base.questions.find((x) => x.type === 'single')!
    const twice: Bank = {
      ...base,
      id: `${shippedPassage.id}/mine`,
      questions: [{ ...q, choices: [...q.choices, q.choices[0]!] }],
    }
    const elsewhere: Bank = { ...twice, id: 'gone/mine', passage: 'gone' }
    const copy: Bank = { ...base, title: 'A copy' }
    const { broken } = assembleYours([mine(twice), mine(elsewhere), mine(copy)], [], shipped)
    expect(broken.map((b) => b.problems)).toEqual([
      ['its id “' + base.id + '” is the id of a set that comes with Passage'],
      [
        `question 1, choice ${q.choices.length + 1}: “${q.choices[0]}” is listed twice: choices must differ`,
      ],
      ['its article “gone” is not in this browser'],
    ])
  })
})

describe('a set or article set aside as unreadable', () => {
  it('is named by the title its stored text still holds, on one line and clipped', () => {
    const base = shippedBanks[0]!
    const text = (bank: Bank) => JSON.stringify(mine(bank))
    expect(setAsideTitle('sets', text({ ...base, title: 'Who said\nwhat  ', passMark: 3 }))).toBe(
      'Who said what',
    )
    expect(setAsideTitle('sets', text({ ...base, title: 'x'.repeat(200) }))).toBe(
      `${'x'.repeat(79)}…`,
    )
    const article = JSON.stringify(articleRecord(shippedPassage, new Date()))
    expect(setAsideTitle('articles', article)).toBe(shippedPassage.title)
    // No readable title: the notice keeps the id.
    for (const unreadable of ['not json', '{"bank":{"title":7}}', '{"bank":{"title":" "}}', 'null'])
      expect(setAsideTitle('sets', unreadable)).toBeUndefined()
  })

  it('never throws, and names it in at most 80 characters on one line, whatever was stored', () => {
    const stored = fc.oneof(
      fc.string(),
      fc.json(),
      fc.string().map((title) => JSON.stringify({ bank: { title }, passage: { title } })),
    )
    fc.assert(
      fc.property(fc.constantFrom('sets', 'articles', 'drafts' as const), stored, (from, text) => {
        const name = setAsideTitle(from, text)
        expect(name === undefined || (name.length <= 80 && name.trim() === name)).toBe(true)
        expect(name ?? '').not.toMatch(/[\n\r\t]/)
      }),
    )
  })
})
