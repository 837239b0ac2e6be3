/**
 * Reading a number the way the student writes it. "2,015" is two thousand and fifteen in English
 * but two and a bit in German, so the separators come from the student's locale, not from us.
 */

export type ParsedNumber = { ok: true; value: number } | { ok: false; message: string }

interface NumberStyle {
  /** Characters accepted between digit groups; empty when the locale does not group. */
  groups: string[]
  decimal: string
  /** Size of the last group before the decimal separator (3 almost everywhere). */
  primary: number
  /** Size of the groups before it (2 in en-IN's 12,34,567). */
  secondary: number
  /** Examples in the locale's own style, for messages. */
  groupedExample: string
  decimalExample: string
}

// Students type a plain space or apostrophe where the locale prints a narrow no-break space or ’.
const SPACE_GROUPS = [' ', '\u00a0', '\u202f', '\u2009']
const APOSTROPHE_GROUPS = ["'", '\u2019']
const MINUS = /^[-\u2212]/u
const PLUS = /^\+/u
// Only digits, signs and characters some locale uses as a separator: worth a separator hint.
// One class, no "\d" between two stars: `[x]*\d[x]*$` backtracked quadratically on long input.
const NUMBER_LIKE = /^[+\-\u2212]?[\d\s.,'\u2019\u00a0\u202f\u2009]*$/u
/** Longer than any number a student means (a 30-digit number with separators fits). */
export const MAX_NUMBER_LENGTH = 64

const styles = new Map<string, NumberStyle>()

function formatter(locale: string): Intl.NumberFormat {
  // Latin digits: students type 0-9 whatever the locale's native digits are.
  try {
    return new Intl.NumberFormat(locale, { numberingSystem: 'latn' })
  } catch {
    return new Intl.NumberFormat('en', { numberingSystem: 'latn' })
  }
}

function styleFor(locale: string): NumberStyle {
  const cached = styles.get(locale)
  if (cached) return cached
  const format = formatter(locale)
  // 1234567.8 rather than 12345.6 so the secondary group size (en-IN) shows up too.
  const parts = format.formatToParts(1234567.8)
  const group = parts.find((p) => p.type === 'group')?.value ?? ''
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.'
  const integers = parts.filter((p) => p.type === 'integer').map((p) => p.value.length)
  const groups = SPACE_GROUPS.includes(group)
    ? SPACE_GROUPS
    : APOSTROPHE_GROUPS.includes(group)
      ? APOSTROPHE_GROUPS
      : group
        ? [group]
        : []
  const style: NumberStyle = {
    groups,
    decimal,
    primary: integers.at(-1) ?? 3,
    secondary: integers.length > 2 ? (integers.at(-2) ?? 3) : (integers.at(-1) ?? 3),
    groupedExample: format.format(12345),
    decimalExample: format.format(2.5),
  }
  styles.set(locale, style)
  return style
}

function splitGroups(integer: string, groups: readonly string[]): string[] {
  let parts = [integer]
  for (const g of groups) parts = parts.flatMap((p) => p.split(g))
  return parts
}

/** The integer digits with group separators removed, or null if the grouping is malformed. */
function ungroup(integer: string, style: NumberStyle): string | null {
  if (/^\d*$/u.test(integer)) return integer
  const [first, ...rest] = splitGroups(integer, style.groups)
  const last = rest.pop()
  if (first === undefined || last === undefined) return null
  if (![first, ...rest, last].every((p) => /^\d+$/u.test(p))) return null
  // "1,2,3" is not a number in English: every group but the first must be full-sized.
  const wellGrouped =
    first.length <= style.secondary &&
    rest.every((p) => p.length === style.secondary) &&
    last.length === style.primary
  return wellGrouped ? first + rest.join('') + last : null
}

/**
 * Parses what a student typed in a numeric answer box, using the locale's separators: "2,015" is
 * 2015 in 'en' and 2.015 in 'de'. Rejects words, trailing text and misplaced separators with a
 * message meant for the student.
 */
export function parseNumber(text: string, locale: string): ParsedNumber {
  const trimmed = text.trim()
  if (trimmed === '') return { ok: false, message: 'Type a number, like 2015.' }
  if (trimmed.length > MAX_NUMBER_LENGTH) {
    return { ok: false, message: 'That is too long to be a number. Type digits, like 2015.' }
  }
  const style = styleFor(locale)
  const negative = MINUS.test(trimmed)
  const body = trimmed.replace(MINUS, '').replace(PLUS, '')
  const pieces = body.split(style.decimal)
  const [integer = '', fraction = ''] = pieces
  const digits = pieces.length <= 2 && /^\d*$/u.test(fraction) ? ungroup(integer, style) : null
  if (digits === null || digits + fraction === '') {
    const message =
      NUMBER_LIKE.test(trimmed) && /\d/u.test(trimmed)
        ? `Check the separators in "${trimmed}": write numbers like ${style.groupedExample} or ${style.decimalExample}.`
        : `"${trimmed}" is not a number. Type digits, like 2015.`
    return { ok: false, message }
  }
  const value = Number(`${negative ? '-' : ''}${digits || '0'}.${fraction || '0'}`)
  if (!Number.isFinite(value)) return { ok: false, message: 'That number is too large.' }
  return { ok: true, value }
}
