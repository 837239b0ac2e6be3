/**
 * CSV as RFC 4180 writes it: fields separated by commas, records by CRLF, a field quoted when it
 * holds a comma, a quote or a line break, and a quote inside a quoted field doubled. Spreadsheets
 * run a cell that starts with = + - @ (or a tab or carriage return) as a formula, so text cells are
 * guarded with a leading apostrophe, the way OWASP recommends, and the reader takes it off again.
 *
 * Excel opens a .csv with the list separator and decimal sign of the computer's region, and reads
 * it as UTF-8 only after a byte-order mark: in German or French Excel a comma-separated file is one
 * column, and "14.5" a date. So files are written in the dialect the teacher chose, or else of
 * their browser's language (`chosenDialect`), as Excel itself saves them, with the mark; LibreOffice and Google Sheets find the
 * separator either way, and Passage's reader takes both.
 */

/** How a spreadsheet of a region writes a CSV: its field separator and its decimal sign. */
export interface CsvDialect {
  separator: ',' | ';'
  decimal: '.' | ','
}

export const COMMA_DIALECT: CsvDialect = { separator: ',', decimal: '.' }

/** Semicolons and decimal commas, as Excel writes a CSV in most of Europe. */
export const SEMICOLON_DIALECT: CsvDialect = { separator: ';', decimal: ',' }

/**
 * The dialect Excel expects in `locale`: semicolons where the comma is the decimal sign (German,
 * French, Spanish, Italian, Dutch…) and in Switzerland and Liechtenstein (whose decimal sign is
 * the point, but whose list separator is the semicolon); commas elsewhere.
 */
export function csvDialect(locale: string): CsvDialect {
  let decimal = '.'
  try {
    const parts = new Intl.NumberFormat(locale).formatToParts(1.5)
    decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.'
  } catch {
    // An unknown locale tag: the comma dialect.
  }
  if (decimal === ',') return SEMICOLON_DIALECT
  return /-(CH|LI)\b/i.test(locale) ? { separator: ';', decimal: '.' } : COMMA_DIALECT
}

/**
 * The dialect the teacher chose ('comma' or 'semicolon'), or with no choice (null) the one of
 * `locale`: the browser's language is only a guess at the region Excel follows.
 */
export function chosenDialect(choice: 'comma' | 'semicolon' | null, locale: string): CsvDialect {
  if (choice === 'comma') return COMMA_DIALECT
  if (choice === 'semicolon') return SEMICOLON_DIALECT
  return csvDialect(locale)
}

/** A number cell in `dialect`: "0.5", or "0,5" where the comma is the decimal sign. */
export function numberCell(n: number, dialect: CsvDialect): string {
  const text = String(n)
  return dialect.decimal === ',' ? text.replace('.', ',') : text
}

/** Characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/

/** Whether `value` needs the apostrophe guard: a formula start, or an apostrophe before one. */
function needsGuard(value: string): boolean {
  if (FORMULA_START.test(value)) return true
  return value.startsWith("'") && needsGuard(value.slice(1))
}

/** A text cell a spreadsheet shows as text, never runs; `unguardCell` gives the value back. */
export function guardCell(value: string): string {
  return needsGuard(value) ? `'${value}` : value
}

/** The value `guardCell` was given. */
export function unguardCell(cell: string): string {
  return cell.startsWith("'") && needsGuard(cell.slice(1)) ? cell.slice(1) : cell
}

/**
 * A field quoted when it holds a quote, a line break, the separator or a comma: a comma too, so
 * that "0,5" stays one cell for a reader told to split on both (LibreOffice can be).
 */
function quoteField(field: string, separator: string): string {
  return /[",\r\n]/.test(field) || field.includes(separator)
    ? `"${field.replace(/"/g, '""')}"`
    : field
}

/** Rows as CSV text: CRLF after every record, fields quoted only when they must be. */
export function toCsv(rows: readonly (readonly string[])[], separator: ',' | ';' = ','): string {
  return rows
    .map((row) => row.map((f) => quoteField(f, separator)).join(separator) + '\r\n')
    .join('')
}

export type CsvRead = { ok: true; rows: string[][] } | { ok: false; line: number; reason: string }

/**
 * CSV text to rows. Accepts CRLF or LF line ends, a leading byte-order mark and a missing last
 * line end; a quote left open or text after a closing quote is an error with its line number.
 * `separator` is ';' for a file a spreadsheet saved where the comma is the decimal sign.
 */
export function parseCsv(text: string, separator: ',' | ';' = ','): CsvRead {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let line = 1
  let i = 0
  let fieldStart = true
  while (i < source.length) {
    const ch = source[i] as string
    if (fieldStart && ch === '"') {
      // A quoted field runs to the next quote that is not doubled.
      const startLine = line
      i++
      for (;;) {
        if (i >= source.length) {
          return { ok: false, line: startLine, reason: 'a quoted field is never closed' }
        }
        const c = source[i] as string
        if (c === '"') {
          if (source[i + 1] === '"') {
            field += '"'
            i += 2
            continue
          }
          i++
          break
        }
        if (c === '\n') line++
        field += c
        i++
      }
      const next = source[i]
      if (next !== undefined && next !== separator && next !== '\r' && next !== '\n') {
        return { ok: false, line, reason: 'there is text after a closing quote' }
      }
      fieldStart = false
      continue
    }
    if (ch === separator) {
      row.push(field)
      field = ''
      fieldStart = true
      i++
      continue
    }
    if (ch === '\r' || ch === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      fieldStart = true
      i += ch === '\r' && source[i + 1] === '\n' ? 2 : 1
      line++
      continue
    }
    if (ch === '"') return { ok: false, line, reason: 'a quote appears inside an unquoted field' }
    field += ch
    fieldStart = false
    i++
  }
  if (!fieldStart || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return { ok: true, rows }
}
