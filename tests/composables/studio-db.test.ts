import { describe, expect, it } from 'vitest'
import { createStudioDb } from '../../src/composables/storage/studio-db.ts'
import { articleRecord, draftRecord, setRecord } from '../../src/domain/studio/records.ts'
import { blankDraft } from '../../src/domain/studio/draft.ts'
import { bank, passage } from '../fixtures/banks.ts'
import { freshIndexedDb, putRaw } from '../fixtures/studio/idb.ts'

freshIndexedDb()
const now = () => new Date('2026-01-02T03:04:05.000Z')
const mine = bank({ id: 'mini/mine', title: 'Mine' })

describe('the studio door (IndexedDB)', () => {
  it('keeps sets and articles across openings', async () => {
    const first = createStudioDb({ now })
    expect(await first.putArticle(articleRecord(passage(), now()))).toEqual({ ok: true })
    expect(await first.putSet(setRecord(mine, now(), 'mini/quotes'))).toEqual({ ok: true })
    const read = await createStudioDb({ now }).readAll()
    expect(read.status).toBe('ok')
    expect(read.sets.map((s) => [s.bank.id, s.copiedFrom])).toEqual([['mini/mine', 'mini/quotes']])
    expect(read.articles.map((a) => a.passage.id)).toEqual(['mini'])
  })

  it('sets an unreadable record aside, says why, and still loads the rest', async () => {
    const db = createStudioDb({ now })
    await db.putSet(setRecord(mine, now()))
    await putRaw('sets', 'mini/broken', '{"format":"passage-set","schemaVersion":1,"bank":{')
    await putRaw('sets', 'mini/other', JSON.stringify(setRecord(mine, now())))
    const read = await db.readAll()
    expect(read.sets.map((s) => s.bank.id)).toEqual(['mini/mine'])
    expect(read.setAside.map((q) => [q.key, q.reason.split(' (')[0]])).toEqual([
      ['mini/broken', 'it is not valid JSON'],
      ['mini/other', 'it is stored under another name'],
    ])
    const kept = await db.listQuarantine()
    expect(kept.map((k) => k.text)).toEqual(read.setAside.map((q) => q.text))
    // Set aside once: the next read finds nothing to report.
    expect((await db.readAll()).setAside).toEqual([])
    expect(await db.discardQuarantine(kept[0]!.id!)).toEqual({ ok: true })
    expect(await db.listQuarantine()).toHaveLength(1)
  })

  it('leaves a record from a newer version alone and refuses to overwrite it', async () => {
    const db = createStudioDb({ now })
    const future = JSON.stringify({ ...setRecord(mine, now()), schemaVersion: 9 })
    await putRaw('sets', 'mini/mine', future)
    const read = await db.readAll()
    expect(read.newer).toEqual([{ from: 'sets', key: 'mini/mine', version: 9 }])
    expect(read.sets).toEqual([])
    expect(await db.putSet(setRecord(mine, now()))).toEqual({ ok: false, error: 'newer' })
    expect((await db.readAll()).newer).toHaveLength(1)
  })

  it('refuses a stored set or article that breaks the format, saying where in the studio’s words', async () => {
    const db = createStudioDb({ now })
    await putRaw('sets', 'mini/mine', JSON.stringify(setRecord({ ...mine, passMark: 3 }, now())))
    const extra = { ...mine, id: 'mini/extra', colour: 'red' }
    await putRaw('sets', 'mini/extra', JSON.stringify(setRecord(extra, now())))
    const odd = { ...passage(), url: 'javascript:alert(1)' }
    await putRaw('articles', 'mini', JSON.stringify(articleRecord(odd, now())))
    expect((await db.readAll()).setAside.map((q) => q.reason)).toEqual([
      'The article, url: Enter the address of the original, starting with https:// or http://, or remove it',
      'Colour: Passage has no such field: check the spelling or remove it',
      'Pass mark: Give it as a share of the marks from 0 to 1 (0.7 for 70%), not 3',
    ])
    // The record's own fields keep the reader's names here, as kept with the copy: not misread
    // as a set's field (“Saved at”); the studio's notice says them in words (set-aside-words.ts).
    await putRaw('sets', 'mini/mine', JSON.stringify({ ...setRecord(mine, now()), savedAt: 5 }))
    expect((await db.readAll()).setAside.map((q) => q.reason)).toEqual(['savedAt should be string'])
  })

  it('says where a stored set or article goes past what Passage keeps in words, not as a JSON path', async () => {
    const db = createStudioDb({ now })
    const [first, ...rest] = mine.questions
    const long = { ...mine, questions: [{ ...first!, prompt: 'x'.repeat(6000) }, ...rest] }
    await putRaw('sets', 'mini/mine', JSON.stringify(setRecord(long, now())))
    const article = passage()
    const wide = { ...article, paragraphs: [...article.paragraphs, 'x'.repeat(20_001)] }
    await putRaw('articles', 'mini', JSON.stringify(articleRecord(wide, now())))
    expect((await db.readAll()).setAside.map((q) => q.reason)).toEqual([
      `The article, paragraph ${wide.paragraphs.length}: It is 20,001 characters long, more than the 20,000 Passage keeps`,
      'Question 1, question: It is 6,000 characters long, more than the 5,000 Passage keeps',
    ])
  })

  it('deletes an article together with its sets', async () => {
    const db = createStudioDb({ now })
    await db.putArticle(articleRecord(passage(), now()))
    await db.putSet(setRecord(mine, now()))
    await db.deleteArticle('mini', ['mini/mine'])
    const read = await db.readAll()
    expect([read.sets, read.articles]).toEqual([[], []])
  })

  it('keeps a draft and sets a broken one aside', async () => {
    const db = createStudioDb({ now })
    const record = draftRecord(blankDraft('mini'), now(), 'mini/mine', false)
    await db.putDraft('edit:mini/mine', record)
    expect(await db.getDraft('edit:mini/mine')).toEqual({ record })
    const broken = '{"format":"passage-draft","schemaVersion":1}'
    await putRaw('drafts', 'new', broken)
    // Said as it is set aside, with the number its copy is kept under.
    const { setAside, record: none } = await db.getDraft('new')
    expect(none).toBeUndefined()
    const kept = await db.listQuarantine()
    expect(kept.map((q) => [q.from, q.key, q.id, q.text])).toEqual([
      ['drafts', 'new', setAside?.id, broken],
    ])
    expect(setAside?.reason).toBe('savedAt should be string')
    expect(await db.getDraft('new')).toEqual({})
    await db.deleteDraft('edit:mini/mine')
    expect(await db.getDraft('edit:mini/mine')).toEqual({})
  })

  it('lists the drafts that read, newest first, setting a broken one aside', async () => {
    const db = createStudioDb({ now })
    const older = draftRecord(
      blankDraft('mini'),
      new Date('2026-01-01T00:00:00Z'),
      undefined,
      false,
    )
    const newer = draftRecord(
      blankDraft('mini'),
      new Date('2026-01-02T00:00:00Z'),
      'mini/mine',
      false,
    )
    await db.putDraft('new:mini', older)
    await db.putDraft('edit:mini/mine', newer)
    await putRaw('drafts', 'import:7', '{"format":"passage-draft"')
    expect((await db.listDrafts()).map((d) => d.key)).toEqual(['edit:mini/mine', 'new:mini'])
    // Moved to quarantine, to be told of and downloaded, not left where no list shows it.
    expect((await db.listQuarantine()).map((q) => [q.from, q.key, q.text])).toEqual([
      ['drafts', 'import:7', '{"format":"passage-draft"'],
    ])
    expect(await db.getDraft('import:7')).toEqual({})
    expect(await createStudioDb({ factory: () => undefined }).listDrafts()).toEqual([])
    await db.deleteDraft('edit:mini/mine')
    await db.deleteDraft('new:mini')
  })

  it('reads as unavailable, and refuses writes, when the browser has no IndexedDB', async () => {
    const db = createStudioDb({ factory: () => undefined })
    expect((await db.readAll()).status).toBe('unavailable')
    expect(await db.putSet(setRecord(mine, now()))).toEqual({ ok: false, error: 'unavailable' })
  })

  it.each([1, 3])(
    'repairs a database someone else made empty (at version %i) and keeps drafts in it',
    async (version) => {
      const { openDB } = await import('idb')
      ;(await openDB('passage-studio', version)).close()
      const db = createStudioDb({ now })
      expect((await db.readAll()).status).toBe('ok')
      const record = draftRecord(blankDraft('mini'), now(), undefined, false)
      expect(await db.putDraft('new:mini', record)).toEqual({ ok: true })
      expect(await db.putSet(setRecord(mine, now()))).toEqual({ ok: true })
      const again = createStudioDb({ now })
      expect((await again.listDrafts()).map((d) => d.key)).toEqual(['new:mini'])
      expect((await again.readAll()).sets.map((s) => s.bank.id)).toEqual(['mini/mine'])
    },
  )
})
