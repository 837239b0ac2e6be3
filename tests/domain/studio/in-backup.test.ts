/**
 * A backup carries the sets and articles saved in the studio, so that a restore in another
 * browser brings back the questions its review cards ask; each is checked on the way in as the
 * studio checks what it reads, and one that does not read is left out and named.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  backupText,
  makeBackup,
  previewOf,
  readBackup,
} from '../../../src/domain/progress/backup.ts'
import { emptyProgress } from '../../../src/domain/progress/schema.ts'
import { recordAttempt } from '../../../src/domain/progress/record.ts'
import { attemptFromSession } from '../../../src/domain/progress/attempt.ts'
import {
  articleRecord,
  parseArticleRecord,
  parseSetRecord,
  recordText,
  setRecord,
} from '../../../src/domain/studio/records.ts'
import { readStudioPart, studioPart, studioToAdd } from '../../../src/domain/studio/in-backup.ts'
import type { Passage } from '../../../src/domain/bank/schema.ts'
import { at, playedTest, quizBank } from '../../fixtures/progress/bank.ts'

const mine = setRecord({ ...quizBank('assad-sochi-2018/my-copy'), title: 'My copy' }, at(), 'x/y')
const article: Passage = {
  schemaVersion: 1,
  id: 'my-article',
  title: 'My article',
  publisher: 'Class notes',
  date: '2024-05-01',
  paragraphs: ['The first paragraph.'],
}
const own = articleRecord(article, at())
const history = recordAttempt(
  emptyProgress(),
  attemptFromSession(playedTest(['wsw-01']), quizBank(), 'a1'),
)

/** A backup file whose `studio` part is `studio`, as written or as edited by hand. */
function fileWith(studio: unknown): string {
  const backup = JSON.parse(backupText(makeBackup({ progress: history }, '1.2.3', at()))) as Record<
    string,
    unknown
  >
  return JSON.stringify({ ...backup, studio })
}

describe('the sets saved in the studio, in a backup', () => {
  it('travel with it and come back as they were saved: date, copied from, every question', () => {
    const file = backupText(
      makeBackup({ progress: history, studio: studioPart([mine], [own]) }, '1.2.3', at()),
    )
    const read = previewOf(readBackup(file, emptyProgress()))
    expect(read).toMatchObject({ ok: true, summary: { attemptsInBackup: 1 } })
    expect(readStudioPart(read.ok && read.studio)).toEqual({
      part: { sets: [mine], articles: [own] },
      leftOut: [],
    })
  })

  it('are no part of a backup when none is saved, and a backup without them restores as before', () => {
    expect(studioPart([], [])).toBeUndefined()
    const file = backupText(makeBackup({ progress: history }, '1.2.3', at()))
    expect(JSON.parse(file)).not.toHaveProperty('studio')
    const read = previewOf(readBackup(file, emptyProgress()))
    expect(read).toMatchObject({ ok: true, summary: { attemptsInBackup: 1 } })
    expect(read.ok && 'studio' in read).toBe(false)
  })

  it('leave out a damaged or newer set by its title, and the rest come back', () => {
    const damaged = { ...mine, bank: { ...mine.bank, id: 'x/damaged', title: 'Torn', passMark: 7 } }
    const newer = { ...mine, schemaVersion: 9, bank: { ...mine.bank, title: 'From the future' } }
    const read = readBackup(
      fileWith({ sets: [damaged, mine, newer, 'junk'], articles: 3 }),
      history,
    )
    expect(read.ok).toBe(true)
    const { part, leftOut } = readStudioPart(read.ok && read.backup.studio)
    expect(part).toEqual({ sets: [mine], articles: [] })
    expect(leftOut).toEqual([
      expect.stringMatching(/^the set “Torn” from the Studio, which is damaged: /),
      expect.stringMatching(/^the set “From the future” from the Studio, saved by a newer Passage/),
      expect.stringMatching(/^one set from the Studio, which is damaged/),
      'its articles from the Studio, which are damaged',
    ])
  })

  it('never let anything but records the studio reads through, and never keep the attempts out', () => {
    const record = fc.oneof(
      fc.constant<unknown>(mine),
      fc.constant<unknown>(own),
      fc.jsonValue(),
      fc.record({
        format: fc.constantFrom('passage-set', 'passage-article'),
        schemaVersion: fc.nat(3),
        savedAt: fc.constantFrom(mine.savedAt, 'yesterday'),
        bank: fc.oneof(fc.constant<unknown>(mine.bank), fc.jsonValue()),
        passage: fc.oneof(fc.constant<unknown>(article), fc.jsonValue()),
      }),
    )
    const studio = fc.oneof(
      fc.jsonValue(),
      fc.record({
        sets: fc.array(record, { maxLength: 4 }),
        articles: fc.array(record, { maxLength: 4 }),
      }),
      fc.dictionary(fc.constantFrom('sets', 'articles', '__proto__'), fc.jsonValue()),
    )
    fc.assert(
      fc.property(studio, (given) => {
        const read = readBackup(fileWith(given), emptyProgress())
        expect(read).toMatchObject({ ok: true, summary: { attemptsInBackup: 1 } })
        const { part = { sets: [], articles: [] } } = readStudioPart(read.ok && read.backup.studio)
        for (const r of part.sets)
          expect(parseSetRecord(recordText(r))).toEqual({ status: 'ok', doc: r })
        for (const r of part.articles)
          expect(parseArticleRecord(recordText(r))).toEqual({ status: 'ok', doc: r })
        // One per id, as the studio keeps them.
        expect(new Set(part.sets.map((r) => r.bank.id)).size).toBe(part.sets.length)
        expect(new Set(part.articles.map((r) => r.passage.id)).size).toBe(part.articles.length)
      }),
      {
        examples: [
          [{ sets: [mine, mine], articles: [own, own] }],
          [JSON.parse('{"__proto__": [], "sets": {"0": 1}}')],
          [null],
        ],
      },
    )
  })

  it('are added only where their id is free: a set of the same id here stays as it is', () => {
    const other = setRecord({ ...quizBank('assad-sochi-2018/other'), title: 'Other' }, at())
    const plan = studioToAdd(studioPart([mine, other], [own])!, {
      sets: new Set(['assad-sochi-2018/other']),
      articles: new Set(['my-article']),
    })
    expect(plan).toEqual({ add: { sets: [mine], articles: [] }, here: ['Other'] })
  })
})
