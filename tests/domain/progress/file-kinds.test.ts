import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { FILE_NAMES, passageFileOf } from '../../../src/domain/progress/file-kinds.ts'

describe("Passage's own files, told apart", () => {
  it.each([
    [{ kind: 'passage-results', student: { name: ' Ana \n Lopez ' } }, 'results', 'Ana Lopez'],
    [{ kind: 'passage-results', student: null }, 'results', ''],
    [{ kind: 'passage-backup', schemaVersion: 1 }, 'backup', ''],
    [{ id: 'a/b', title: 'Who  said what', questions: [] }, 'set', 'Who said what'],
    [{ id: 'a', title: 5, paragraphs: ['x'] }, 'article', ''],
  ])('%j is %s, naming “%s”', (doc, kind, named) => {
    expect(passageFileOf(doc)).toEqual({ kind, named })
  })

  it('is none of them for anything else', () => {
    for (const doc of [null, [], 'text', 3, {}, { kind: 'passage-set' }])
      expect(passageFileOf(doc)).toBeUndefined()
  })

  it('names each kind with an article, as the pages that refuse one say it', () => {
    expect(Object.values(FILE_NAMES)).toEqual([
      "a student's results",
      'a Passage backup',
      'a question set',
      'an article',
    ])
  })

  it('never throws, whatever a file holds', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (doc) => {
        passageFileOf(doc)
      }),
    )
  })
})
