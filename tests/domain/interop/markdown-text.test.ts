import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { htmlFormatting, markdownToText } from '../../../src/domain/interop/markdown-text.ts'

describe('Markdown as plain text', () => {
  it.each([
    ['Which is **not** true?', 'Which is not true?', ['bold']],
    ['Which is __not__ true?', 'Which is not true?', ['bold']],
    ['An *important* _word_', 'An important word', ['italics']],
    ['Type `ls -l`', 'Type ls -l', ['code formatting']],
    ['See [the talks](https://x.org/a)', 'See the talks (https://x.org/a)', ['links']],
    ['<https://x.org>', '<https://x.org>', []],
    ['[https://x.org](https://x.org)', 'https://x.org', ['links']],
    ['![a map of Sochi](map.png)', 'a map of Sochi', ['links']],
    ['## The talks', 'The talks', ['headings']],
    ['2 * 3 * 4 = 24', '2 * 3 * 4 = 24', []],
    ['snake_case_name and a_b', 'snake_case_name and a_b', []],
    ['\\*not italics\\*', '*not italics*', []],
    ['#hashtag', '#hashtag', []],
  ])('reads %j as %j', (md, text, lost) => {
    expect(markdownToText(md)).toEqual({ text, lost })
  })

  it('names the inline HTML that text does not show', () => {
    expect(htmlFormatting('<p>Which is <strong>not</strong> <a href="x">true</a>?</p>')).toEqual([
      'bold',
      'links',
    ])
    expect(htmlFormatting('<p dir="ltr">Plain<br></p>')).toEqual([])
  })

  it('never throws, keeps every word, and says something was simplified whenever the text changed', () => {
    const md = fc.string({
      unit: fc.constantFrom(
        '*',
        '**',
        '_',
        '`',
        '[',
        ']',
        '(',
        ')',
        '#',
        ' ',
        '\\',
        '\n',
        'a',
        'b',
        '\uE010',
        '0',
      ),
      maxLength: 40,
    })
    fc.assert(
      fc.property(md, (text) => {
        const read = markdownToText(text)
        const words = (s: string) => s.match(/[ab0]+/g)?.join('') ?? ''
        expect(words(read.text)).toBe(words(text.replace(/\uE010/g, '')))
        if (read.lost.length === 0 && !text.includes('\\'))
          expect(read.text).toBe(text.replace(/\uE010/g, '\uFFFD'))
      }),
    )
  })
})
