/**
 * Markdown as the plain text a bank holds. GIFT's `[markdown]` text (Moodle renders it with
 * Markdown Extra) shows `**bold**`, `*italics*`, `` `code` ``, links and headings; Passage shows text
 * only, so the markers go and the words stay, and what was simplified is named so the teacher can
 * put back an emphasis that mattered ("Which is **not** true?"). Pure string work, never throws.
 */

/** What Markdown (or HTML) showed that plain text does not: `bold`, `italics`, `links`… */
export type LostFormat =
  'bold' | 'italics' | 'underlining' | 'code formatting' | 'links' | 'headings' | 'HTML tags'

const ORDER: readonly LostFormat[] = [
  'bold',
  'italics',
  'underlining',
  'code formatting',
  'links',
  'headings',
  'HTML tags',
]

/** `lost` in one order, whatever order the text met them in. */
export const inOrder = (lost: readonly LostFormat[]): LostFormat[] =>
  ORDER.filter((what) => lost.includes(what))

/** `text` without its Markdown markers, and what they showed. */
export function markdownToText(text: string): { text: string; lost: LostFormat[] } {
  const lost = new Set<LostFormat>()
  const note = (what: LostFormat) => (_: string, inner: string) => {
    lost.add(what)
    return inner
  }
  // A backslash keeps the next punctuation as it is: held aside while markers are read.
  const held: string[] = []
  let out = text
    .replace(/[\uE010\uE011]/g, '\uFFFD')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, (_, ch: string) => {
      held.push(ch)
      return `\uE010${held.length - 1}\uE011`
    })
  out = out
    .replace(/`([^`\n]+)`/g, note('code formatting'))
    .replace(/!\[([^\]\n]*)\]\([^)\n]*\)/g, (_, alt: string) => {
      lost.add('links')
      return alt
    })
    .replace(
      /\[([^\]\n]+)\]\(\s*(\S+?)(?:\s+"[^"\n]*")?\s*\)/g,
      (_, words: string, url: string) => {
        lost.add('links')
        return words === url ? url : `${words} (${url})`
      },
    )
    .replace(/^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$/gm, note('headings'))
    .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, (_, _m: string, inner: string) => {
      lost.add('bold')
      return inner
    })
    .replace(/(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*(?![\w*])/g, (_, before: string, inner: string) => {
      lost.add('italics')
      return before + inner
    })
    .replace(/(^|[^\w_])_(?=\S)([^_\n]*?\S)_(?![\w_])/g, (_, before: string, inner: string) => {
      lost.add('italics')
      return before + inner
    })
  out = out.replace(/\uE010(\d+)\uE011/g, (_, i: string) => held[Number(i)] ?? '')
  return { text: out, lost: [...lost] }
}

/** What inline HTML showed that plain text does not (the block tags only break lines). */
export function htmlFormatting(html: string): LostFormat[] {
  const lost = new Set<LostFormat>()
  if (/<(b|strong)\b/i.test(html)) lost.add('bold')
  if (/<(i|em)\b/i.test(html)) lost.add('italics')
  if (/<u\b/i.test(html)) lost.add('underlining')
  if (/<(code|pre|tt|kbd)\b/i.test(html)) lost.add('code formatting')
  if (/<a\b[^>]*\bhref/i.test(html)) lost.add('links')
  if (/<h[1-6]\b/i.test(html)) lost.add('headings')
  return [...lost]
}
