import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { decodeUtf8, firstInvalidByte } from '../../../src/domain/text/utf8.ts'

const bytes = (...values: number[]) => Uint8Array.from(values)

describe('decoding a bank file', () => {
  it('reads UTF-8, and drops a byte-order mark', () => {
    const text = '{"title": "Café – Сочи 𝄞"}'
    expect(decodeUtf8(new TextEncoder().encode(text))).toEqual({ ok: true, text })
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x7b, 0x7d))).toEqual({ ok: true, text: '{}' })
  })

  it.each([
    ['Latin-1 é', bytes(0x61, 0xe9, 0x62), 1],
    ['a lone continuation byte', bytes(0x80), 0],
    ['an overlong "/"', bytes(0xc0, 0xaf), 0],
    ['an overlong three-byte form', bytes(0xe0, 0x80, 0xaf), 0],
    ['a UTF-16 surrogate', bytes(0xed, 0xa0, 0x80), 0],
    ['a code point past U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ['a sequence cut short at the end', bytes(0x61, 0xe2, 0x82), 1],
  ])('names the first bad byte: %s', (_, input, offset) => {
    expect(firstInvalidByte(input)).toBe(offset)
    expect(decodeUtf8(input)).toMatchObject({ ok: false, offset, byte: input[offset] })
  })

  it('gives the line and column an editor shows', () => {
    const file = Buffer.from('\uFEFF{\n  "a": "Sochi",\n  "b": "x\xe9"\n}', 'latin1')
    // latin1 turned the BOM into three bytes of its own; write the real one.
    const real = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), file.subarray(1)])
    expect(decodeUtf8(real)).toMatchObject({ ok: false, byte: 0xe9, line: 3, column: 10 })
    // On the first line the mark is not counted: editors do not show it.
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x7b, 0xe9))).toMatchObject({ line: 1, column: 2 })
  })

  it('agrees with the platform decoder on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (input) => {
        let strict: string | undefined
        try {
          strict = new TextDecoder('utf-8', { fatal: true }).decode(input)
        } catch {
          strict = undefined
        }
        const decoded = decodeUtf8(input)
        expect(decoded.ok ? decoded.text : undefined).toBe(strict)
      }),
      { numRuns: 2000 },
    )
  })
})
