import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { decodeEntities, hasMedia, htmlToText } from '../../../src/domain/interop/html-text.ts'

describe('HTML as plain text', () => {
  it.each([
    ['<p dir="ltr">Where did they meet?<br></p>', 'Where did they meet?'],
    ['<p>One</p><p>Two</p>', 'One Two'],
    ['on <b>17</b>&nbsp;May', 'on 17 May'],
    ['A &amp; B &lt;3 &quot;x&quot; &#8217; &#x2014; &eacute;', 'A & B <3 "x" ’ — é'],
    ['<script>alert(1)</script>Text<style>p{}</style>', 'Text'],
    ['<!-- a note -->Kept', 'Kept'],
    ['a<br/>b<br />c', 'a b c'],
  ])('reads %j as %j', (html, text) => {
    expect(htmlToText(html)).toBe(text)
  })

  it('leaves what names no character as it is written', () => {
    expect(decodeEntities('&bogus; &#0; &#xD800; &#99999999;')).toBe(
      '&bogus; &#0; &#xD800; &#99999999;',
    )
  })

  it('notices media that text cannot carry', () => {
    expect(hasMedia('<p><img src="x.png"></p>')).toBe(true)
    expect(hasMedia('<p>An image of Sochi</p>')).toBe(false)
  })

  it('never throws, and gives text without HTML tags or runs of spaces', () => {
    const html = fc.string({
      unit: fc.constantFrom(
        '<p>',
        '</p>',
        '<br>',
        '<b>',
        'a',
        ' ',
        '&amp;',
        '&#38;',
        '&',
        '<',
        '>',
      ),
    })
    fc.assert(
      fc.property(html, (h) => {
        const text = htmlToText(h)
        expect(text).not.toMatch(/<\/?(p|br|b)>|\s{2}|^\s|\s$/)
      }),
    )
  })
})
