import { afterEach, describe, expect, it } from 'vitest'
import { applyBaseStyles } from '../../src/styles/base.ts'

afterEach(() => {
  document.adoptedStyleSheets = []
  document.head.innerHTML = ''
  document.documentElement.removeAttribute('style')
})

describe('the base styles', () => {
  it('are adopted by the page from the script, with no request and nothing hidden', () => {
    const before = document.adoptedStyleSheets.length
    applyBaseStyles(document)
    expect(document.adoptedStyleSheets).toHaveLength(before + 1)
    expect(document.head.querySelector('link')).toBeNull()
    expect(document.documentElement.style.visibility).toBe('')
  })

  it('come as a stylesheet file where the browser cannot adopt one, the page hidden until it is in', () => {
    // A document without a window: no constructed stylesheets, as in Safari before 16.4.
    const doc = document.implementation.createHTMLDocument('old browser')
    doc.head.innerHTML = '<title>Passage</title>'
    applyBaseStyles(doc)
    const link = doc.head.firstElementChild as HTMLLinkElement
    expect(link.tagName).toBe('LINK')
    expect(link.rel).toBe('stylesheet')
    // The file's address is Vite's (main-<hash>.css in a build); the unit run has no CSS files.
    expect(link.hasAttribute('href')).toBe(true)
    expect(doc.documentElement.style.visibility).toBe('hidden')
    link.dispatchEvent(new Event('load'))
    expect(doc.documentElement.style.visibility).toBe('')
  })

  it('never leave the page hidden when the file cannot be fetched', () => {
    const doc = document.implementation.createHTMLDocument('offline')
    applyBaseStyles(doc)
    doc.head.querySelector('link')!.dispatchEvent(new Event('error'))
    expect(doc.documentElement.style.visibility).toBe('')
  })
})
