/**
 * Bank files must be UTF-8. Decoding leniently would turn a Latin-1 "é" into "�" and call the file
 * valid; this decodes strictly and, when a byte is wrong, says which one and where.
 */

export type Decoded =
  | { ok: true; text: string }
  | {
      ok: false
      /** Offset of the first byte that is not UTF-8, and its value. */
      offset: number
      byte: number
      /** Where an editor shows it: line and column (UTF-16 units, as elsewhere) from 1. */
      line: number
      column: number
    }

/** Length of the valid UTF-8 sequence at `i`, or 0 when the byte there starts none. */
function sequenceAt(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] as number
  if (b0 < 0x80) return 1
  const cont = (k: number, lo = 0x80, hi = 0xbf) => {
    const b = bytes[i + k]
    return b !== undefined && b >= lo && b <= hi
  }
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0
  // The second byte's range rules out overlong forms, surrogates and code points past U+10FFFF.
  if (b0 === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0
  if (b0 === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0
  if (b0 >= 0xe1 && b0 <= 0xef) return cont(1) && cont(2) ? 3 : 0
  if (b0 === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0
  if (b0 === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0
  if (b0 >= 0xf1 && b0 <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0
  return 0
}

/** The offset of the first byte that is not part of valid UTF-8, or -1. */
export function firstInvalidByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const n = sequenceAt(bytes, i)
    if (n === 0) return i
    i += n
  }
  return -1
}

/** `bytes` as text when they are UTF-8 (a leading BOM dropped), else where the first bad byte is. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  const offset = firstInvalidByte(bytes)
  if (offset < 0) return { ok: true, text: new TextDecoder('utf-8').decode(bytes) }
  const lineStart = offset === 0 ? 0 : bytes.lastIndexOf(0x0a, offset - 1) + 1
  let line = 1
  for (let i = bytes.indexOf(0x0a); i >= 0 && i < lineStart; i = bytes.indexOf(0x0a, i + 1)) line++
  // The decoder drops a BOM at the start of the file, and editors do not show it either.
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset))
  return { ok: false, offset, byte: bytes[offset] as number, line, column: before.length + 1 }
}
