/**
 * The foot of every printed page names the sheet ("Who said what — answer key"), beside the
 * page number classroom.css prints, so a page that strays from its pile, or a key page among
 * worksheets, is known at a glance. A page-margin box takes only a string written in the
 * stylesheet, so the sheet's name is written into a small constructed stylesheet while the
 * print page is open (the Content Security Policy allows stylesheets built through the CSSOM).
 */

/**
 * `text` as a CSS string: every character but letters, digits and spaces escaped, so a title
 * can never end the string or the rule.
 */
export function cssString(text: string): string {
  // An escape is its hex digits and one space, which the escape takes as its end.
  const escaped = [...text]
    .map((ch) => (/[\p{L}\p{N} ]/u.test(ch) ? ch : `\\${(ch.codePointAt(0) ?? 0).toString(16)} `))
    .join('')
  return `"${escaped}"`
}

/** The rule that prints `name` at the foot of each page, on the left. */
export function pageFooterCss(name: string): string {
  return `@media print { @page { @bottom-left { content: ${cssString(name)}; font: 9pt system-ui, sans-serif; color: #444; } } }`
}

/** Prints `name` at the foot of each page until the returned function is called. */
export function showPageFooter(name: string, doc: Document = document): () => void {
  const Sheet = doc.defaultView?.CSSStyleSheet
  if (!Sheet || !('adoptedStyleSheets' in doc) || !('replaceSync' in Sheet.prototype)) {
    return () => {}
  }
  const sheet = new Sheet()
  try {
    sheet.replaceSync(pageFooterCss(name))
  } catch {
    return () => {}
  }
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet]
  return () => {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet)
  }
}
