/**
 * What the studio set aside as unreadable, told in a notice that downloads or discards it: the
 * teacher's work is never lost, only moved where it can be taken back.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, type VueWrapper } from '@vue/test-utils'
import { freshIndexedDb, putRaw } from '../../fixtures/studio/idb.ts'
import { catchDownloads, type CaughtDownload } from '../../fixtures/downloads.ts'
import { freshPinia, mountRoute, settle } from '../progress/played.ts'
import { draftRecord, recordText, setRecord } from '../../../src/domain/studio/records.ts'
import { blankDraft } from '../../../src/domain/studio/draft.ts'
import { draftKeyOf } from '../../../src/domain/studio/draft-key.ts'
import { LIMITS } from '../../../src/domain/studio/limits.ts'
import { bank } from '../../fixtures/banks.ts'
import {
  createStudioDb,
  type QuarantinedRecord,
} from '../../../src/composables/storage/studio-db.ts'
import { useYoursStore } from '../../../src/stores/yours.ts'
import { eventually } from '../../fixtures/eventually.ts'

freshIndexedDb()
enableAutoUnmount(afterEach)
let downloads: CaughtDownload[] = []
beforeEach(() => {
  downloads = catchDownloads()
})
afterEach(() => {
  vi.restoreAllMocks()
  document.body.innerHTML = ''
})

/** A record in the studio's quarantine, as an older Passage moved it there. */
async function putSetAside(kept: Omit<QuarantinedRecord, 'at' | 'id'>): Promise<void> {
  const { openDB } = await import('idb')
  await createStudioDb().listQuarantine()
  const db = await openDB('passage-studio')
  await db.add('quarantine', { ...kept, at: '2026-01-02T03:04:05.000Z' })
  db.close()
}

const notices = (w: VueWrapper) => w.findAll('.storage-notice')
const button = (w: VueWrapper, label: string) =>
  w.findAll('.storage-notice button').find((b) => b.text() === label)!

describe('what the studio set aside', () => {
  it('downloads a saved set it could not read, or discards it, as its notice offers', async () => {
    const broken = JSON.stringify(setRecord(bank({ id: 'mini/mine', passMark: 3 }), new Date()))
    await putRaw('sets', 'mini/mine', broken)
    const pinia = freshPinia()
    // As the router's studio guard does on the way in.
    await useYoursStore().load()
    const { wrapper } = await mountRoute('/studio', pinia)
    expect(notices(wrapper)).toHaveLength(1)
    expect(notices(wrapper)[0]!.text()).toContain('could not be read')

    await button(wrapper, 'Download it').trigger('click')
    await eventually(() => expect(downloads).toHaveLength(1))
    expect(downloads[0]!.name).toBe('passage-set-aside-mini-mine.txt')
    expect(await downloads[0]!.blob.text()).toBe(broken)

    await button(wrapper, 'Discard it').trigger('click')
    await settle()
    expect(notices(wrapper)).toHaveLength(0)
    expect(await createStudioDb().listQuarantine()).toEqual([])
  })

  it('names a saved set it could not read by its title, or by its id when no title can be read', async () => {
    const mine = bank({ id: 'mini/mine', title: 'Who said what, revised', passMark: 3 })
    await putRaw('sets', 'mini/mine', JSON.stringify(setRecord(mine, new Date())))
    await putRaw('sets', 'mini/torn', '{"format":"passage-set","bank":{"tit')
    const pinia = freshPinia()
    await useYoursStore().load()
    const { wrapper } = await mountRoute('/studio', pinia)
    const said = notices(wrapper).map((n) => n.get('p').text())
    expect(said).toHaveLength(2)
    expect(said.find((t) => t.includes('revised'))).toMatch(
      /^⚠ One of your saved sets \(“Who said what, revised”\) could not be read \(/,
    )
    expect(said.join(' ')).not.toContain('mini/mine')
    // Where its text is damaged in plain words, not the parser's “Unterminated string in JSON…”.
    expect(said.find((t) => !t.includes('revised'))).toBe(
      '⚠ One of your saved sets (“mini/torn”) could not be read (its text breaks off part-way), so Passage set it aside. Download it to keep a copy, or discard it.',
    )
  })

  it('says what a saved set it could not read is missing, not to add it, which no one can do to a stored set', async () => {
    const record = JSON.parse(recordText(setRecord(bank({ id: 'mini/mine' }), new Date())))
    delete record.bank.title
    await putRaw('sets', 'mini/mine', JSON.stringify(record))
    const pinia = freshPinia()
    await useYoursStore().load()
    const { wrapper } = await mountRoute('/studio', pinia)
    expect(notices(wrapper).map((n) => n.get('p').text())).toEqual([
      "⚠ One of your saved sets (“mini/mine”) could not be read (the set's title is missing), so Passage set it aside. Download it to keep a copy, or discard it.",
    ])
  })

  it('keeps the keyboard on the notices when one is discarded, then on the page’s heading', async () => {
    for (const id of ['mini/one', 'mini/two'])
      await putRaw('sets', id, JSON.stringify(setRecord(bank({ id, passMark: 3 }), new Date())))
    const pinia = freshPinia()
    await useYoursStore().load()
    const { wrapper } = await mountRoute('/studio', pinia)
    expect(notices(wrapper)).toHaveLength(2)
    const focused = () => document.activeElement?.textContent?.trim()

    await notices(wrapper)[0]!.findAll('button')[1]!.trigger('click')
    await settle()
    expect(notices(wrapper)).toHaveLength(1)
    // On the notice now in its place, not lost to the top of the page.
    expect(document.activeElement).toBe(notices(wrapper)[0]!.get('button').element)
    expect(focused()).toBe('Download it')

    await button(wrapper, 'Discard it').trigger('click')
    await settle()
    expect(notices(wrapper)).toHaveLength(0)
    expect(document.activeElement).toBe(wrapper.get('h1').element)
  })

  it('tells of each record an older Passage set aside without a word, once, until it is discarded', async () => {
    const mine = bank({ id: 'mini/mine', title: 'Who said what, revised', passMark: 3 })
    const set = JSON.stringify(setRecord(mine, new Date()))
    const draft = '{"format":"passage-draft","schemaVersion":1}'
    // As an older build left them: moved aside, nothing else stored, no notice ever shown.
    // Each with the reason it kept, in the reader's words of its day.
    await putSetAside({
      from: 'sets',
      key: 'mini/mine',
      reason: 'bank.passMark is out of range: it must be at most 1',
      text: set,
    })
    await putSetAside({
      from: 'drafts',
      key: 'import:7',
      reason: 'savedAt should be string',
      text: draft,
    })
    const open = async () => {
      const pinia = freshPinia()
      await useYoursStore().load()
      const { wrapper } = await mountRoute('/studio', pinia)
      return wrapper
    }
    let wrapper = await open()
    expect(notices(wrapper).map((n) => n.get('p').text())).toEqual([
      '⚠ One of your saved sets (“Who said what, revised”) could not be read (Pass mark: The number is out of range), so Passage set it aside. Download it to keep a copy, or discard it.',
      '⚠ Your unsaved imported set could not be read (its saved date is missing or damaged), so Passage set it aside. Download it to keep a copy, or discard it.',
    ])
    await notices(wrapper)[1]!.get('button').trigger('click')
    await eventually(() => expect(downloads).toHaveLength(1))
    expect(await downloads[0]!.blob.text()).toBe(draft)

    // Told again after a reload while it is still there, once; not after it is discarded.
    wrapper.unmount()
    wrapper = await open()
    expect(notices(wrapper)).toHaveLength(2)
    await button(wrapper, 'Discard it').trigger('click')
    await settle()
    wrapper.unmount()
    wrapper = await open()
    expect(notices(wrapper).map((n) => n.get('p').text())).toEqual([
      expect.stringMatching(/^⚠ Your unsaved imported set could not be read/),
    ])
  })

  it('sets aside a draft it could not read as the studio lists the drafts, and tells of it', async () => {
    const broken = '{"format":"passage-draft","schemaVersion":1,"draft":{"title":"Peskov'
    await putRaw('drafts', draftKeyOf('new', 'assad-sochi-2018'), broken)
    const pinia = freshPinia()
    await useYoursStore().load()
    const { wrapper } = await mountRoute('/studio', pinia)
    await eventually(() => expect(notices(wrapper)).toHaveLength(1))
    expect(notices(wrapper)[0]!.get('p').text()).toMatch(
      /^⚠ Your unsaved new set about “Syria's Assad Flies to Russia for Talks With Putin” could not be read \(.+\), so Passage set it aside\. Download it to keep a copy, or discard it\.$/,
    )
    expect(wrapper.text()).not.toContain('Peskov')
    expect((await createStudioDb().listQuarantine()).map((q) => q.text)).toEqual([broken])

    await button(wrapper, 'Download it').trigger('click')
    await eventually(() => expect(downloads).toHaveLength(1))
    expect(await downloads[0]!.blob.text()).toBe(broken)
  })

  it('tells of a draft it could not read as its editor opens, in plain words, and downloads it', async () => {
    const draft = blankDraft('assad-sochi-2018')
    const long = { ...draft.questions[0]!, prompt: 'x'.repeat(LIMITS.draftChars + 1) }
    const record = draftRecord({ ...draft, questions: [long] }, new Date(), undefined, false)
    const broken = recordText(record)
    await putRaw('drafts', draftKeyOf('new', 'assad-sochi-2018'), broken)
    const { wrapper } = await mountRoute('/studio/new/assad-sochi-2018', freshPinia())
    await eventually(() => expect(notices(wrapper)).toHaveLength(1))
    expect(notices(wrapper)[0]!.get('p').text()).toBe(
      "⚠ Your unsaved new set about “Syria's Assad Flies to Russia for Talks With Putin” could not be read (Question 1, question: It is 100,001 characters long, more than the 100,000 Passage keeps), so Passage set it aside and the editor opened without it. Download it to keep a copy, or discard it.",
    )
    expect((wrapper.get('#f-questions-0-prompt').element as HTMLTextAreaElement).value).toBe('')

    await button(wrapper, 'Download it').trigger('click')
    await eventually(() => expect(downloads).toHaveLength(1))
    expect(await downloads[0]!.blob.text()).toBe(broken)
  })
})
