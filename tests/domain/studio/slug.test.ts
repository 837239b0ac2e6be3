import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { slugify, uniqueSlug } from '../../../src/domain/studio/slug.ts'

describe('slugs', () => {
  it.each([
    ['Who said what?', 'who-said-what'],
    ['  Éléments & dates — 2018 ', 'elements-dates-2018'],
    ['!!!', ''],
  ])('slugify(%j) is %j', (title, slug) => expect(slugify(title)).toBe(slug))

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
