/**
 * Compact numbers for stored attempts. The progress document keeps every attempt's summary for
 * ever, so each byte per answer counts: numbers are written in a 64-letter alphabet that JSON
 * needs no escapes for, and question lists are named by a hash of their content.
 */

/** The 64 digits, in value order; none of them is a separator used by the codec (. / # | %). */
export const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_'

/** One digit, as a regular-expression character class. */
export const DIGIT_CLASS = '[0-9A-Za-z_-]'

// Char code → digit value, -1 for anything else: decoding runs once per stored answer.
const VALUE = new Int8Array(128).fill(-1)
for (let i = 0; i < DIGITS.length; i++) VALUE[DIGITS.charCodeAt(i)] = i

/** `n` (a non-negative integer) in base 64, left-padded with zeros to `width`. */
export function toDigits(n: number, width = 1): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`Cannot encode ${n}`)
  let out = ''
  let rest = n
  do {
    out = DIGITS[rest % 64] + out
    rest = Math.floor(rest / 64)
  } while (rest > 0)
  return out.padStart(width, '0')
}

/** The number `text.slice(start, end)` stands for in base 64; NaN when it is empty or not digits. */
export function fromDigits(text: string, start = 0, end = text.length): number {
  if (end <= start) return Number.NaN
  let n = 0
  for (let i = start; i < end; i++) {
    const v = VALUE[text.charCodeAt(i)] ?? -1
    if (v < 0) return Number.NaN
    n = n * 64 + v
  }
  return n
}

/**
 * A 48-bit hash of `text` as 8 digits (cyrb53 by bryc, public domain). Content-addressed names
 * let two tabs or devices name the same question list the same way without talking to each other.
 */
export function hash8(text: string): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507)
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507)
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  // 21 bits of h2 and 32 of h1 make 53; keep the low 48 so the result is exactly 8 digits.
  const n = (h2 & 0xffff) * 2 ** 32 + (h1 >>> 0)
  return toDigits(n, 8)
}
