import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  csvDialect,
  guardCell,
  numberCell,
  parseCsv,
  toCsv,
  unguardCell,
} from '../../../src/domain/interop/csv.ts'

describe('CSV (RFC 4180)', () => {
  it.each([
    ['plain', [['a', 'b']], 'a,b\r\n'],
    ['a comma is quoted', [['a,b', 'c']], '"a,b",c\r\n'],
    ['a quote is doubled inside quotes', [['say "hi"']], '"say ""hi"""\r\n'],
    ['a line break is quoted', [['one\ntwo', 'x']], '"one\ntwo",x\r\n'],
    ['an empty field stays empty', [['', 'b', '']], ',b,\r\n'],
    ['every record ends with CRLF', [['a'], ['b']], 'a\r\nb\r\n'],
  ])('writes %s', (_name, rows, text) => {
    expect(toCsv(rows)).toBe(text)
    expect(parseCsv(text)).toEqual({ ok: true, rows })
  })

  it('reads LF line ends, a byte-order mark and a missing last line end', () => {
    expect(parseCsv('\uFEFFa,b\nc,"d\r\ne"')).toEqual({
      ok: true,
      rows: [
        ['a', 'b'],
        ['c', 'd\r\ne'],
      ],
    })
  })

  it.each([
    ['a quote never closed', 'a,b\n"c,d\n', 2, 'never closed'],
    ['text after a closing quote', '"a"b,c', 1, 'after a closing quote'],
    ['a stray quote', 'a,b"c', 1, 'inside an unquoted field'],
  ])('refuses %s with its line', (_name, text, line, reason) => {
    const read = parseCsv(text)
    expect(read.ok).toBe(false)
    if (!read.ok) {
      expect(read.line).toBe(line)
      expect(read.reason).toContain(reason)
    }
  })

  it('parse(toCsv(rows)) gives the rows back, whatever the text', () => {
    const field = fc.string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n', ' ', 'é', '=') })
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { maxLength: 6 }),
        (rows) => {
          // A record of one empty field is a blank line, which CSV cannot tell from nothing.
          const kept = rows.filter((r) => !(r.length === 1 && r[0] === ''))
          expect(parseCsv(toCsv(kept))).toEqual({ ok: true, rows: kept })
        },
      ),
    )
  })

  it.each([
    ['en-US', ',', '.'],
    ['en-GB', ',', '.'],
    ['ja', ',', '.'],
    ['de-DE', ';', ','],
    ['de', ';', ','],
    ['fr-FR', ';', ','],
    ['es-ES', ';', ','],
    ['nl-NL', ';', ','],
    ['de-CH', ';', '.'],
    ['not a locale!', ',', '.'],
  ])(
    'writes for a spreadsheet in %s with "%s" between fields and "%s" as the decimal sign',
    (locale, separator, decimal) => {
      const dialect = csvDialect(locale)
      expect(dialect).toEqual({ separator, decimal })
      expect(numberCell(14.5, dialect)).toBe(`14${decimal}5`)
      expect(numberCell(17, dialect)).toBe('17')
    },
  )

  it('quotes a field that holds the separator, and reads it back with that separator', () => {
    expect(toCsv([['Putin; Lavrov', '0,5', 'a']], ';')).toBe('"Putin; Lavrov";"0,5";a\r\n')
    const field = fc.string({ unit: fc.constantFrom('a', ',', ';', '"', '\n', 'é') })
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { maxLength: 5 }),
        (rows) => {
          expect(parseCsv(toCsv(rows, ';'), ';')).toEqual({ ok: true, rows })
        },
      ),
    )
  })

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const read = parseCsv(text)
        expect(typeof read.ok).toBe('boolean')
      }),
    )
  })
})

describe('the formula guard', () => {
  it.each([
    ['=HYPERLINK("x")', '\'=HYPERLINK("x")'],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ["'=1", "''=1"],
    ['Assad', 'Assad'],
    ["it's", "it's"],
    ['', ''],
  ])('%s is written as %s', (value, cell) => {
    expect(guardCell(value)).toBe(cell)
    expect(unguardCell(cell)).toBe(value)
  })

  it('unguard(guard(x)) = x and a guarded cell never starts a formula', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', 'a', '\t') }), (v) => {
        const cell = guardCell(v)
        expect(unguardCell(cell)).toBe(v)
        expect(/^[=+\-@\t\r]/.test(cell)).toBe(false)
      }),
    )
  })
})
