import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import {
  cssString,
  pageFooterCss,
  showPageFooter,
} from '../../../src/components/classroom/page-footer.ts'

/** A CSS string's value, as a browser reads its escapes. */
function valueOf(css: string): string {
  expect(css).toMatch(/^"[^"\n\r]*"$/)
  return css
    .slice(1, -1)
    .replace(/\\([0-9a-f]{1,6}) /g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
}

afterEach(() => {
  document.adoptedStyleSheets = []
})

describe('the name at the foot of each printed page', () => {
  it('is written as a CSS string that gives back the title, whatever it holds', () => {
    expect(cssString('Who said what — answer key')).toBe('"Who said what \\2014  answer key"')
    for (const title of [
      'A "quoted" title',
      'x"; } body { display: none',
      'Back\\slash\nline',
      'Ёлка 😀',
    ])
      expect(valueOf(cssString(title))).toBe(title)
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (t) => valueOf(cssString(t)) === t))
  })

  it("is one margin rule of the printed page, at its foot's left", () => {
    expect(pageFooterCss('Set — worksheet')).toMatch(
      /^@media print \{ @page \{ @bottom-left \{ content: "Set \\2014  worksheet"; [^{}]*\} \} \}$/,
    )
  })

  it('is put on the page while the print page is open, and taken off after', () => {
    const before = document.adoptedStyleSheets.length
    const hide = showPageFooter('Who said what — worksheet')
    expect(document.adoptedStyleSheets).toHaveLength(before + 1)
    hide()
    expect(document.adoptedStyleSheets).toHaveLength(before)
  })
})
