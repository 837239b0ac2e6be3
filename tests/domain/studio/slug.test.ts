import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { copyTitle, slugify, uniqueSlug } from '../../../src/domain/studio/slug.ts'

describe('slugs', () => {
  it.each([
    ['Who said what?', 'who-said-what'],
    ['  Éléments & dates — 2018 ', 'elements-dates-2018'],
    ['!!!', ''],
    [
      'Severn flood barriers raised as river nears record',
      'severn-flood-barriers-raised-as-river-nears',
    ],
    ['A'.repeat(60), 'a'.repeat(48)],
  ])('slugify(%j) is %j', (title, slug) => expect(slugify(title)).toBe(slug))

  it('numbers a long title that is taken after its last whole word', () => {
    const title = 'Severn flood barriers raised as the river nears a record height'
    expect(slugify(title)).toBe('severn-flood-barriers-raised-as-the-river-nears')
    expect(uniqueSlug(title, (s) => s === slugify(title))).toBe(
      'severn-flood-barriers-raised-as-the-river-2',
    )
  })

  it('cuts a long title at 48 characters at most, never in a word that ends past halfway', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { minLength: 1, maxLength: 12 }),
        (words) => {
          const slug = slugify(words.join(' '))
          expect(slug.length).toBeLessThanOrEqual(48)
          expect(words.join('-').startsWith(slug)).toBe(true)
          const next = words.join('-').charAt(slug.length)
          if (slug.length > 24) expect(['', '-']).toContain(next)
        },
      ),
    )
  })

  it('always gives a valid id that is not taken', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string()), (title, taken) => {
        const slug = uniqueSlug(title, (s) => taken.includes(s))
        expect(slug).toMatch(/^[a-z0-9][a-z0-9-]*$/)
        expect(taken).not.toContain(slug)
      }),
    )
  })
})

describe('the title of a copy', () => {
  it('is numbered when a set has it already, and a copy of a copy counts on', () => {
    const titles = new Set(['Dates'])
    const copy = () => {
      const t = copyTitle('Dates', (x) => titles.has(x))
      titles.add(t)
      return t
    }
    expect([copy(), copy(), copy()]).toEqual(['Dates (copy)', 'Dates (copy 2)', 'Dates (copy 3)'])
    expect(copyTitle('Dates (copy 2)', (x) => titles.has(x))).toBe('Dates (copy 4)')
    expect(copyTitle('Who said what', () => false)).toBe('Who said what (copy)')
  })
})
