/**
 * HTML as the plain text a bank holds. Moodle writes question text, answers and feedback as HTML
 * (`[html]<p dir="ltr">Where…<br></p>`); Passage shows text only, so the markup goes and what it
 * said stays: paragraphs and line breaks become spaces, entities become their characters, and
 * script and style contents are dropped. The text is never rendered as HTML, so this is about
 * reading well, not safety. Pure string work: domain code has no DOM.
 */

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  deg: '°',
  times: '×',
  euro: '€',
  pound: '£',
  copy: '©',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  agrave: 'à',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  ntilde: 'ñ',
  ccedil: 'ç',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  szlig: 'ß',
}

/** One character reference as its character; as written when it names no character. */
function entity(whole: string, body: string): string {
  if (body.startsWith('#')) {
    const hex = body[1] === 'x' || body[1] === 'X'
    const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10)
    const valid = Number.isInteger(code) && code > 0 && code <= 0x10ffff
    return valid && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole
  }
  return Object.hasOwn(NAMED, body) ? (NAMED[body] as string) : whole
}

/** Character references (`&amp;`, `&#8217;`, `&#x2019;`) as characters. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g, entity)
}

/** Whether `html` shows an image or other media that text cannot carry. */
export function hasMedia(html: string): boolean {
  return /<(img|video|audio|iframe|object|embed|svg)\b/i.test(html)
}

/** The text `html` reads as, on one line: tags gone, entities decoded, spaces collapsed. */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      // Block ends and breaks separate words; inline tags (<b>, <span>) join them.
      .replace(/<\/?(p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|hr)\b[^>]*>/gi, ' ')
      .replace(/<[^>]*>/g, ''),
  )
    .replace(/\s+/g, ' ')
    .trim()
}
