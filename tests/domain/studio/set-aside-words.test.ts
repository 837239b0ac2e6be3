/**
 * Why a set, article or draft was set aside, as the studio's notice says it to a teacher: what is
 * damaged and where in the editor's names, never the reader's path (“savedAt should be string”)
 * or the parser's words (“… in JSON at position 68”), whichever build kept the reason.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { setAsideWhy } from '../../../src/domain/studio/set-aside-words.ts'
import {
  articleRecord,
  draftRecord,
  parseArticleRecord,
  parseDraftRecord,
  parseSetRecord,
  setRecord,
} from '../../../src/domain/studio/records.ts'
import { blankDraft } from '../../../src/domain/studio/draft.ts'
import { bank, passage } from '../../fixtures/banks.ts'

const at = new Date('2026-03-01T10:00:00Z')
type From = 'sets' | 'articles' | 'drafts'
const PARSE = { sets: parseSetRecord, articles: parseArticleRecord, drafts: parseDraftRecord }
const RECORDS = {
  sets: () => setRecord(bank({ id: 'mini/mine' }), at) as unknown as Record<string, unknown>,
  articles: () => articleRecord(passage(), at) as unknown as Record<string, unknown>,
  drafts: () =>
    draftRecord(blankDraft('mini'), at, 'mini/x', false) as unknown as Record<string, unknown>,
}

/** What the notice says of `text` stored `from` a store, through this build's reader. */
function said(from: From, text: string): string {
  const read = PARSE[from](text)
  if (read.status !== 'invalid') throw new Error(`read as ${read.status}`)
  return setAsideWhy(from, read.reason)
}
// A copy to change: the records share their questions with the fixtures (`single`, frozen).
const changed = (from: From, change: (r: Record<string, unknown>) => void) => {
  const record = structuredClone(RECORDS[from]())
  change(record)
  return JSON.stringify(record)
}

/**
 * A reader's path, a parser's message, a record's own field name or advice to add to a file: none
 * is for a teacher.
 */
const CODE =
  /\w\.\w|\[\d|\b(?:savedAt|copiedFrom|asCopy|schemaVersion|passMark)\b|JSON|position|should be|add it|Should be|Needs a/

describe('why a record was set aside, in the notice', () => {
  it('says which of the record’s own fields is damaged, by what it is', () => {
    expect(
      said(
        'sets',
        changed('sets', (r) => (r.savedAt = 5)),
      ),
    ).toBe('its saved date is missing or damaged')
    expect(
      said(
        'drafts',
        changed('drafts', (r) => delete r.savedAt),
      ),
    ).toBe('its saved date is missing or damaged')
    expect(
      said(
        'sets',
        changed('sets', (r) => (r.savedAt = 'yesterday')),
      ),
    ).toBe('its saved date is damaged')
    expect(
      said(
        'sets',
        changed('sets', (r) => (r.copiedFrom = 7)),
      ),
    ).toBe('its note of the set it was copied from is missing or damaged')
    expect(
      said(
        'drafts',
        changed('drafts', (r) => (r.asCopy = 'yes')),
      ),
    ).toBe('its note of whether it is a copy is missing or damaged')
    expect(
      said(
        'sets',
        changed('sets', (r) => (r.bank = null)),
      ),
    ).toBe('the set in it is missing or damaged')
    expect(
      said(
        'articles',
        changed('articles', (r) => (r.colour = 'red')),
      ),
    ).toBe('it holds something Passage does not write')
    expect(
      said(
        'articles',
        changed('articles', (r) => delete r.format),
      ),
    ).toBe('it is not in the form Passage keeps an article in')
    expect(said('drafts', '{"format":"passage-draft","schemaVersion":1}')).toBe(
      'its saved date is missing or damaged',
    )
  })

  it('says where its text is damaged, or that it breaks off, not what the parser said', () => {
    expect(said('sets', '{"format":"passage-set","bank":{"tit')).toBe(
      'its text breaks off part-way',
    )
    expect(said('sets', '{"format":"passage-set",,"bank":{}}')).toBe(
      'its text is damaged at character 25',
    )
    expect(said('drafts', '')).toBe('it is empty')
    // Firefox's words for the same fault, and for text cut short.
    expect(
      setAsideWhy(
        'sets',
        "it is not valid JSON (JSON.parse: expected property name or '}' at line 1 column 25 of the JSON data)",
      ),
    ).toBe('its text is damaged at character 25')
    expect(
      setAsideWhy(
        'sets',
        'it is not valid JSON (JSON.parse: end of data while reading object contents at line 1 column 37 of the JSON data)',
      ),
    ).toBe('its text breaks off part-way')
    expect(setAsideWhy('sets', 'it could not be read (TypeError: boom)')).toBe('it is damaged')
  })

  it.each([
    [
      'bank.passMark is out of range: it must be at most 1',
      'Pass mark: The number is out of range',
    ],
    [
      'bank.questions[3].prompt is 6,000 characters long; at most 5,000 are allowed',
      'Question 4, question: It is too long',
    ],
    [
      'passage.paragraphs[2] should be string',
      'The article, paragraph 3: It is missing, or not the kind of value Passage writes',
    ],
    [
      'draft.questions[0].choices[1].correct should be boolean',
      'Question 1, option 2: It is missing, or not the kind of value Passage writes',
    ],
    [
      'a text is 6,000 characters long, more than the 5,000 it keeps (Question 4, question)',
      'a text is 6,000 characters long, more than the 5,000 it keeps (Question 4, question)',
    ],
    // Earlier builds named the id with a curly apostrophe, as no other message does.
    ['The set’s id: Is missing: add it (text in "quotes")', "the set's id is missing"],
    ['The set’s id: The text “Ferry” is not valid', "The set's id: The text “Ferry” is not valid"],
  ])('says an older build’s “%s” in the editor’s names', (reason, words) => {
    expect(setAsideWhy('sets', reason)).toBe(words)
  })

  it('says a reason already in the studio’s words as it is', () => {
    const reason = said(
      'sets',
      changed('sets', (r) => ((r.bank as { passMark: number }).passMark = 3)),
    )
    expect(reason).toBe(
      'Pass mark: Give it as a share of the marks from 0 to 1 (0.7 for 70%), not 3',
    )
  })

  it.each<[From, (r: Record<string, unknown>) => void, string]>([
    ['sets', (r) => delete (r.bank as Record<string, unknown>).title, "the set's title is missing"],
    ['sets', (r) => delete (r.bank as Record<string, unknown>).id, "the set's id is missing"],
    [
      'sets',
      (r) => delete (r.bank as Record<string, unknown>).questions,
      "the set's questions are missing",
    ],
    [
      'sets',
      (r) => delete (r.bank as { questions: Record<string, unknown>[] }).questions[0]!.answer,
      "Question 1's right answer is missing",
    ],
    [
      'articles',
      (r) => delete (r.passage as Record<string, unknown>).title,
      "the article's title is missing",
    ],
    [
      'articles',
      (r) => delete (r.passage as Record<string, unknown>).paragraphs,
      "the article's paragraphs are missing",
    ],
    ['drafts', (r) => delete (r.draft as Record<string, unknown>).slug, "the set's id is missing"],
    [
      'drafts',
      (r) => delete (r.draft as Record<string, unknown>).passMark,
      "the set's pass mark is missing",
    ],
    [
      'sets',
      (r) => delete (r.bank as { questions: Record<string, unknown>[] }).questions[0]!.type,
      "Question 1's type is missing",
    ],
    ['sets', (r) => ((r.bank as Record<string, unknown>).title = 5), "the set's title is damaged"],
    // A question that is not one at all: “the set's question 1 is damaged”, as a field was named.
    [
      'sets',
      (r) => ((r.bank as { questions: unknown[] }).questions[0] = 5),
      'Question 1 is damaged',
    ],
    [
      'drafts',
      (r) => ((r.draft as { questions: unknown[] }).questions[1] = 'q'),
      'Question 2 is damaged',
    ],
    [
      'drafts',
      (r) => ((r.draft as Record<string, unknown>).passMark = 70),
      "the set's pass mark is damaged",
    ],
  ])(
    'says what is missing or damaged in one of the teacher’s saved %s, with no advice to add it',
    (from, change, words) => {
      expect(said(from, changed(from, change))).toBe(words)
    },
  )

  it('names a question type that is none of Passage’s by the types the studio’s picker offers', () => {
    // It said “Question 1, type: Must be “single” or “multiple” or “truefalse”…, not the text
    // “essay””, and a saved set “…use one of single, multiple, truefalse…”: names of the file.
    const offered =
      'not one the studio offers: single choice, multiple choice, true/false, number, short answer, ordering or matching'
    const essay = (questions: unknown) =>
      ((questions as Record<string, unknown>[])[0]!.type = 'essay')
    expect([
      said(
        'drafts',
        changed('drafts', (r) => essay((r.draft as { questions: unknown }).questions)),
      ),
      said(
        'sets',
        changed('sets', (r) => essay((r.bank as { questions: unknown }).questions)),
      ),
    ]).toEqual([`Question 1's type is ${offered}`, `Question 1's type is ${offered}`])
  })

  it('never names a path, a field or the parser, whatever a stored record holds', () => {
    const from = fc.constantFrom<From>('sets', 'articles', 'drafts')
    const field = fc.constantFrom(
      'format',
      'schemaVersion',
      'savedAt',
      'copiedFrom',
      'editing',
      'asCopy',
      'bank',
      'passage',
      'draft',
      'extra',
    )
    const stored = fc.oneof(
      fc
        .tuple(from, field, fc.jsonValue())
        .map(([f, key, value]) => [f, changed(f, (r) => (r[key] = value))]),
      fc
        .tuple(from, fc.string())
        .map(([f, text]) => [f, JSON.stringify(RECORDS[f]()).slice(0, text.length * 7) + text]),
    ) as fc.Arbitrary<[From, string]>
    fc.assert(
      fc.property(stored, ([f, text]) => {
        const read = PARSE[f](text)
        fc.pre(read.status === 'invalid')
        if (read.status !== 'invalid') return
        const words = setAsideWhy(f, read.reason)
        // What the record itself holds is quoted as it is (“a.b”, an unknown field's name).
        expect(words.replace(/“[^”]*”/g, '“”')).not.toMatch(CODE)
        expect(words.length).toBeLessThanOrEqual(300)
      }),
    )
  })

  it('never throws, and says at most 300 characters, whatever reason was kept', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<From>('sets', 'articles', 'drafts'),
        fc.string({ maxLength: 1000 }),
        (f, reason) => {
          expect(setAsideWhy(f, reason).length).toBeLessThanOrEqual(300)
        },
      ),
    )
  })
})
