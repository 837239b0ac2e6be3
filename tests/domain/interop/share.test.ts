import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { readdirSync, readFileSync } from 'node:fs'
import type { Bank, Passage } from '../../../src/domain/bank/schema.ts'
import {
  bundleOf,
  crc32,
  decodeShare,
  encodeShare,
  SHARE_LINK_LIMIT,
} from '../../../src/domain/interop/share.ts'

const DIR = 'questions/assad-sochi-2018'
const passage = JSON.parse(readFileSync(`${DIR}/passage.json`, 'utf8')) as Passage
const shipped = readdirSync(DIR)
  .filter((f) => f !== 'passage.json')
  .map((f) => JSON.parse(readFileSync(`${DIR}/${f}`, 'utf8')) as Bank)
const first = shipped[0] as Bank

describe('share links', () => {
  it('computes CRC-32 as zip does', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926)
  })

  it.each(shipped.map((b) => [b.title, b] as const))(
    'carries "%s" (with and without its article) and gives it back',
    (_t, bank) => {
      for (const withArticle of [undefined, passage]) {
        const link = encodeShare(bundleOf(bank, withArticle))
        expect(link).toMatch(/^1[A-Za-z0-9_-]+$/)
        expect(decodeShare(link)).toEqual({ ok: true, bank, passage: withArticle })
      }
      // Shipped sets travel without the article, well under the limit.
      expect(encodeShare(bundleOf(bank)).length).toBeLessThan(SHARE_LINK_LIMIT)
    },
  )

  it('never gives a different set for a link with one character changed, or cut short', () => {
    const link = encodeShare(bundleOf(first))
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
    let refused = 0
    let runs = 0
    fc.assert(
      fc.property(fc.nat(link.length - 1), fc.nat(alphabet.length - 1), (at, pick) => {
        const ch = alphabet[pick] as string
        fc.pre(link[at] !== ch)
        runs++
        const read = decodeShare(link.slice(0, at) + ch + link.slice(at + 1))
        // Deflate can absorb a change that touches only codes it never uses (13 of the 148 365
        // one-character changes of the first shipped link): the set then comes back byte for
        // byte, as the CRC of its JSON proves. Every other change is refused.
        if (read.ok) expect(read).toEqual({ ok: true, bank: first, passage: undefined })
        else refused++
      }),
      { numRuns: 300 },
    )
    expect(refused).toBeGreaterThan(runs * 0.9)
    for (const cut of [1, 2, 10, Math.floor(link.length / 2)]) {
      expect(decodeShare(link.slice(0, -cut))).toEqual({
        ok: false,
        errors: [expect.stringContaining('damaged')],
      })
    }
  })

  it('opens a link that mail broke over lines, or that took the full stop or bracket after it', () => {
    const link = encodeShare(bundleOf(first))
    const set = { ok: true, bank: first, passage: undefined }
    for (const end of ['.', ')', '),', '”.', '>', ' ']) expect(decodeShare(link + end)).toEqual(set)
    const broken = `${link.slice(0, 70)}\r\n${link.slice(70, 140)}\n ${link.slice(140)}`
    expect(decodeShare(broken)).toEqual(set)
    // Cut short and then followed by a full stop, it is still refused.
    expect(decodeShare(`${link.slice(0, -3)}.`).ok).toBe(false)
  })

  it('checks what a well-formed link carries like a bank file', () => {
    const wrongKey = { ...first, passMark: 5 }
    const r = decodeShare(encodeShare(bundleOf(wrongKey)))
    expect(r.ok).toBe(false)
    const badQuote = {
      ...first,
      questions: [{ ...first.questions[0]!, evidence: 'Not in the article at all.' }],
    }
    const q = decodeShare(encodeShare(bundleOf(badQuote, passage)))
    expect(q.ok).toBe(false)
  })

  it('says what is wrong with a set in a link as the studio says it, never a JSON path', () => {
    const { id, prompt } = first.questions[3]!
    const fourth = { id, prompt, type: 'single', choices: ['Sochi', '', 'Moscow'], answer: 'Sochi' }
    const questions = first.questions.map((q, i) => (i === 3 ? fourth : q)) as Bank['questions']
    const read = (value: object) => {
      const r = decodeShare(encodeShare(value as never))
      return r.ok ? [] : r.errors
    }
    const bundle = bundleOf(first, passage)
    expect(read({ ...bundle, bank: { ...first, passMark: 7, questions } })).toEqual([
      expect.stringMatching(/^Pass mark: /),
      'Question 4, option 2: Write option 2, or remove it',
    ])
    // The article's problems as the article form says them.
    expect(read({ ...bundle, passage: { ...passage, paragraphs: [] } })).toEqual([
      'The article, paragraphs: Paste the text of the article',
    ])
    expect(
      read({ ...bundle, passage: { ...passage, title: '', paragraphs: ['One.', ''] } }),
    ).toEqual([
      'The article, title: Enter the title of the article',
      'The article, paragraph 2: Write paragraph 2, or remove it',
    ])
    expect(read({ ...bundle, passage: { ...passage, url: 'javascript:alert(1)' } })).toEqual([
      'The article, url: Enter the address of the original, starting with https:// or http://, or remove it',
    ])
    const misquoted = { ...first.questions[0]!, evidence: 'Not in the article at all.' }
    expect(read({ ...bundle, bank: { ...first, questions: [misquoted] } })).toEqual([
      'Question 1, evidence: Pick this quote again from the article: it does not say this word for word',
    ])
    expect(read({ ...bundle, bank: { ...first, title: 'x'.repeat(6000) } })).toEqual([
      'Title: Shorten it to 5,000 characters or fewer (it has 6,000)',
    ])
    const fields = Object.fromEntries(Array.from({ length: 2001 }, (_, i) => [`f${i}`, i]))
    expect(read({ ...bundle, bank: { ...first, questions: [fields] } })).toEqual([
      'Question 1: Remove the fields Passage does not use (it has 2,001)',
    ])
    const long = { ...passage, paragraphs: ['One.', 'x'.repeat(20_001)] }
    expect(read({ ...bundle, passage: long })).toEqual([
      'The article, paragraph 2: Shorten it to 20,000 characters or fewer, or split it in two (it has 20,001)',
    ])
    expect(read({ ...bundle, passage: { ...passage, id: 'other' } })).toEqual([
      `The set is about the article “${first.passage}”, but the article with it is “other”`,
    ])
    expect(read({ ...bundle, extra: 1 })).toEqual(['A shared set has no field “extra”'])
  })

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string(), (t) => {
        expect(decodeShare(t).ok).toBe(false)
        expect(decodeShare(`1${t}`).ok).toBe(false)
      }),
    )
  })
})
