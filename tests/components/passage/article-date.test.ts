import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { articleDate } from '../../../src/components/passage/article-date.ts'

describe("an article's date on screen", () => {
  it('reads as a day, month and year, kept together on one line', () => {
    expect(articleDate('2018-05-18')).toBe('18\u00a0May\u00a02018')
    expect(articleDate('2024-01-01')).toBe('1\u00a0January\u00a02024')
  })

  it('stays the written text when it is not a real day', () => {
    for (const text of ['2018-02-31', '2018-13-01', '2018-00-10', '18 May 2018', '', '<b>x</b>']) {
      expect(articleDate(text)).toBe(text)
    }
  })

  it('never throws, whatever a bank holds', () => {
    fc.assert(fc.property(fc.string(), (text) => typeof articleDate(text) === 'string'))
  })
})
