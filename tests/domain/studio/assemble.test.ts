import { describe, expect, it } from 'vitest'
import { assembleYours } from '../../../src/domain/studio/assemble.ts'
import { setRecord } from '../../../src/domain/studio/records.ts'
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
