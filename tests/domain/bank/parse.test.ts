import { describe, expect, it } from 'vitest'
import { parseBank } from '../../../src/domain/bank/parse.ts'
import { BANK_FILE, bank, json, lineOf } from '../../fixtures/banks.ts'

describe('reading a bank file', () => {
  it('reads a valid file and can still point at any of its values', () => {
    const text = json(bank())
    const parsed = parseBank(BANK_FILE, text)
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.value.questions[0]).toMatchObject({ answer: 'Assad' })
    expect(parsed.json.locate(['questions', 0, 'answer'])).toEqual({
      line: lineOf(text, '"answer"'),
      column: 17,
    })
  })

  it('reads a file saved with a byte-order mark', () => {
    expect(parseBank(BANK_FILE, `\uFEFF${json(bank())}`).ok).toBe(true)
  })

  it('says where broken JSON breaks', () => {
    const text = json(bank()).replace('"title": "Quotes",', '"title": "Quotes"')
    const parsed = parseBank(BANK_FILE, text)
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(parsed.issues).toEqual([
      expect.objectContaining({
        line: lineOf(text, '"passage"'),
        path: '(file)',
        message: expect.stringMatching(/^invalid JSON: expected ","/),
      }),
    ])
  })

  it('locates a schema problem at its line', () => {
    const text = json(bank({ passMark: 2 }))
    const parsed = parseBank(BANK_FILE, text)
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(parsed.issues[0]).toMatchObject({ line: lineOf(text, '"passMark"'), path: 'passMark' })
  })
})
