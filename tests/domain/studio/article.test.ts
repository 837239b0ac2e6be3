import { describe, expect, it } from 'vitest'
import {
  articleOf,
  formOf,
  lostQuotes,
  paragraphsOf,
  readArticleForm,
  type ArticleForm,
} from '../../../src/domain/studio/article.ts'
import type { Bank } from '../../../src/domain/bank/schema.ts'
import { shippedPassage } from './shipped.ts'

const form: ArticleForm = {
  title: 'A title',
  agency: 'Reuters',
  publisher: '',
  date: '2018-05-18',
  url: 'https://example.org/a',
  text: 'First line\nstill first.\n\n  \nSecond paragraph.\r\n\r\nThird.',
}

describe('pasting an article', () => {
  it('splits paragraphs on blank lines and joins wrapped lines', () => {
    expect(paragraphsOf(form.text)).toEqual([
      'First line still first.',
      'Second paragraph.',
      'Third.',
    ])
  })

  it('makes a passage the validator accepts, leaving out empty optional fields', () => {
    const result = articleOf(form, 'a-title')
    expect(result).toEqual({
      ok: true,
      passage: {
        schemaVersion: 1,
        id: 'a-title',
        title: 'A title',
        agency: 'Reuters',
        date: '2018-05-18',
        url: 'https://example.org/a',
        paragraphs: ['First line still first.', 'Second paragraph.', 'Third.'],
      },
    })
  })

  it.each([
    [
      { url: 'javascript:alert(1)' },
      'url',
      /^Enter the address of the original, starting with https:\/\/ or http:\/\/, or leave it empty$/,
    ],
    [{ url: 'data:text/html,x' }, 'url', /^Enter the address of the original, starting with https/],
    [{ url: 'www.reuters.com/world' }, 'url', /^Enter the address of the original, starting with/],
    [
      { date: '18 May 2018' },
      'date',
      /^Enter the day the article was published: day, month and year$/,
    ],
    [{ text: '  \n\n ' }, 'text', /Paste the text/],
    [{ title: ' ' }, 'title', /Enter the title/],
    [
      { text: 'x'.repeat(20_001) },
      'text',
      /^Shorten paragraph 1 to 20,000 characters or fewer, or split it in two \(it has 20,001\)$/,
    ],
    [
      { title: 'x'.repeat(5_001) },
      'title',
      /^Shorten the title to 5,000 characters or fewer \(it has 5,001\)$/,
    ],
  ] as const)('refuses %j at its field', (change, field, message) => {
    const result = articleOf({ ...form, ...change }, 'a-title')
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.problems[0]!.field).toBe(field)
      expect(result.problems[0]!.message).toMatch(message)
    }
  })

  it('gives the shipped article back unchanged through the form', () => {
    const plain: Record<string, unknown> = { ...shippedPassage }
    delete plain.$schema
    const result = articleOf(formOf(shippedPassage), shippedPassage.id)
    expect(result).toEqual({ ok: true, passage: plain })
  })
})

describe('what changing an article takes from the sets that quote it', () => {
  const passage = {
    schemaVersion: 1,
    id: 'ferry',
    title: 'Ferry',
    date: '2024-05-01',
    paragraphs: ['The ferry left at nine. It came back at noon.', 'Nobody was hurt.'],
  } as const
  const bank = (title: string, evidence: (string | string[] | undefined)[]): Bank => ({
    schemaVersion: 2,
    id: `ferry/${title}`,
    title,
    passage: 'ferry',
    passMark: 0.7,
    questions: evidence.map((e, i) => ({
      id: `q${i}`,
      type: 'truefalse',
      prompt: 'True?',
      answer: true,
      ...(e === undefined ? {} : { evidence: e }),
    })),
  })
  const sets = [
    bank('One', [
      'The ferry left at nine.',
      undefined,
      ['Nobody was hurt.', 'It came back at noon.'],
    ]),
    bank('Two', ['It came back   at\nnoon.']),
  ]

  it('finds nothing while every quote is still there, however its spaces were written', () => {
    expect(lostQuotes(sets, { ...passage, paragraphs: [...passage.paragraphs] })).toEqual([])
  })

  it('names each set and question whose quote the new text has lost', () => {
    const edited = { ...passage, paragraphs: ['The ferry left at ten. It came back at noon.'] }
    expect(lostQuotes(sets, edited)).toEqual([
      { set: 'One', question: 1, quote: 'The ferry left at nine.' },
      { set: 'One', question: 3, quote: 'Nobody was hurt.' },
    ])
  })
})

describe('an article form read back after a reload', () => {
  it('gives the form back as it was typed', () => {
    expect(readArticleForm(JSON.parse(JSON.stringify(form)))).toEqual(form)
  })

  it('gives back a title pasted past what an article keeps, and the form says to shorten it', () => {
    const pasted = { ...form, title: 'Assad flies to Sochi. '.repeat(250) }
    expect(readArticleForm(JSON.parse(JSON.stringify(pasted)))).toEqual(pasted)
    const made = articleOf(pasted, 'sochi')
    expect(made.ok ? [] : made.problems).toEqual([
      {
        field: 'title',
        message: 'Shorten the title to 5,000 characters or fewer (it has 5,500)',
      },
    ])
  })

  it('refuses anything that is not such a form, or is too large for one', () => {
    expect(readArticleForm(null)).toBeUndefined()
    expect(readArticleForm('a title')).toBeUndefined()
    expect(readArticleForm({ ...form, date: 20180518 })).toBeUndefined()
    expect(readArticleForm({ ...form, url: undefined })).toBeUndefined()
    expect(readArticleForm({ ...form, title: 'x'.repeat(100_001) })).toBeUndefined()
    expect(readArticleForm({ ...form, text: 'x'.repeat(2_000_001) })).toBeUndefined()
    // Fields it does not know are left behind.
    expect(readArticleForm({ ...form, html: '<b>' })).toEqual(form)
  })
})
