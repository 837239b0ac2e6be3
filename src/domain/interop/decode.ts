/**
 * The bytes of a file a teacher imports, as text. Most files are UTF-8, but a GIFT or Aiken file
 * saved by an older Windows editor (Notepad's "ANSI", Excel's "Text") is Windows-1252, where
 * “é” is one byte that UTF-8 cannot read: decoded as UTF-8 it silently turns into “�”. So the
 * bytes are read as UTF-8 only when they are UTF-8; otherwise as Windows-1252 (the superset of
 * Latin-1 every browser means by "latin1"), and the import says so. A byte-order mark names
 * UTF-16. Pure: no DOM, and the same result in every engine.
 */

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'

/** Windows-1252's bytes 0x80–0x9F, where it differs from Latin-1 (the five unused keep theirs). */
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178'

function windows1252(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192)
    out += String.fromCharCode(
      ...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b)),
    )
  }
  return out
}

/** The text of a file's bytes, and the encoding it was read in. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const [b0, b1] = bytes
  if (b0 === 0xff && b1 === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' }
  }
  if (b0 === 0xfe && b1 === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' }
  }
  try {
    // The decoder drops a UTF-8 byte-order mark itself.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    return { text: windows1252(bytes), encoding: 'windows-1252' }
  }
}

/** What the import tells a teacher whose file was not UTF-8; null when there is nothing to say. */
export function encodingNote(encoding: TextEncoding): string | null {
  return encoding === 'windows-1252'
    ? 'It is not UTF-8 text, so it was read as Windows-1252 (Latin-1): check that accented letters look right in the preview, or save the file as UTF-8 and import it again'
    : null
}
