import { computed, ref, shallowRef } from 'vue'
import { defineStore } from 'pinia'
import type { Bank, Passage } from '../domain/bank/schema.ts'
import type { BrokenSet, setAsideTitle } from '../domain/studio/assemble.ts'
import type { DraftRecord, SetRecord } from '../domain/studio/records.ts'
import type { StudioPart } from '../domain/studio/in-backup.ts'
import type { QuarantinedRecord, StudioDb, StudioWrite } from '../composables/storage/studio-db.ts'
import { onStudioChange, studioHasRecords } from '../composables/storage/studio-peek.ts'
import { useBanksStore } from './banks.ts'
import { readDraftKey } from '../domain/studio/draft-key.ts'
import { curly } from '../domain/text/quote.ts'

type SetAsideTitle = typeof setAsideTitle

export type YoursStatus = 'idle' | 'loading' | 'ready' | 'unavailable'

/** What the teacher is told about their stored sets, in their words. */
export interface YoursNotice {
  id: string
  kind: 'set-aside' | 'newer' | 'unavailable' | 'write-failed'
  message: string
  /** set-aside: the quarantined record, to download or discard. */
  quarantineId?: number
}

let testDb: StudioDb | undefined
/** Tests hand the store a door over fake-indexeddb before creating it. */
export function setStudioDb(db: StudioDb | undefined): void {
  testDb = db
}

const WRITE_MESSAGES: Record<string, string> = {
  unavailable:
    'This browser is not letting Passage keep your sets (private browsing, or storage turned off). You can still write a set: download it as a file to keep it.',
  newer:
    'A newer Passage saved this item, so this older page will not overwrite it. Reload the page to bring Passage up to date, or save under another title.',
  quota:
    'The browser has no room left for your sets. Delete sets you no longer need, or download this one as a file.',
  failed: 'The browser refused to save. Try again, or download the set as a file.',
}

/**
 * The teacher's own sets and articles, kept in the browser (IndexedDB). The door, the record
 * formats and the validator load on first use, in their own chunk: a student who never opens the
 * studio never downloads them. What is playable is handed to the banks store.
 */
export const useYoursStore = defineStore('yours', () => {
  const banks = useBanksStore()
  const status = ref<YoursStatus>('idle')
  const broken = shallowRef<BrokenSet[]>([])
  const notices = ref<YoursNotice[]>([])
  const savedAt = shallowRef<Record<string, string>>({})
  const copiedFrom = shallowRef<Record<string, string>>({})
  /** The set deleted last, as it was saved, while its Undo is offered: any other change ends it. */
  const deleted = shallowRef<SetRecord>()
  let door: Promise<StudioDb> | undefined
  let loading: Promise<void> | undefined
  let unsubscribe: (() => void) | undefined

  function db(): Promise<StudioDb> {
    door ??= testDb
      ? Promise.resolve(testDb)
      : import('../composables/storage/studio-db.ts').then((m) => m.createStudioDb())
    return door
  }

  function notify(notice: YoursNotice) {
    notices.value = [...notices.value.filter((n) => n.id !== notice.id), notice]
  }

  /** Tells of a record moved to quarantine, with its copy to download or discard. */
  function setAside(kept: QuarantinedRecord, what: string) {
    notify({
      id: `set-aside:${kept.id ?? kept.key}`,
      kind: 'set-aside',
      message: `${what} Download it to keep a copy, or discard it.`,
      ...(kept.id !== undefined && { quarantineId: kept.id }),
    })
  }

  /** A draft by what the editor was opened on: "Your unsaved draft of “Who said what”". */
  function draftNamed(key: string): string {
    const { kind, of } = readDraftKey(key) ?? { kind: 'new', of: '' }
    const title = (id: string) => curly(banks.set(id)?.title ?? id, 80)
    if (kind === 'edit') return `Your unsaved draft of ${title(of)}`
    if (kind === 'copy') return `Your unsaved copy of ${title(of)}`
    if (kind === 'import') return 'Your unsaved imported set'
    const article = banks.article(of)?.title
    return `Your unsaved new set${article ? ` about ${curly(article, 80)}` : ''}`
  }

  /**
   * Tells of every record in quarantine not told of yet: set aside by this read, by another tab,
   * or by an older Passage that did not tell. Each stays told until it is discarded.
   */
  async function tellSetAside(d: StudioDb, titleIn: SetAsideTitle): Promise<void> {
    const { setAsideWhy } = await import('../domain/studio/set-aside-words.ts')
    for (const kept of await d.listQuarantine()) {
      if (notices.value.some((n) => n.quarantineId === kept.id)) continue
      const why = `could not be read (${setAsideWhy(kept.from, kept.reason)}), so Passage set it aside.`
      if (kept.from === 'drafts') setAside(kept, `${draftNamed(kept.key)} ${why}`)
      else {
        // Named as the teacher knows it, by the title its text still holds; by its id otherwise.
        const name = titleIn(kept.from, kept.text) ?? kept.key
        setAside(
          kept,
          `One of your saved ${kept.from === 'articles' ? 'articles' : 'sets'} (“${name}”) ${why}`,
        )
      }
    }
  }

  async function refresh(): Promise<void> {
    // Nothing stored (most students): done, without loading the door or the validator.
    if (!door && !testDb && (await studioHasRecords()) === false) {
      status.value = 'ready'
      return
    }
    const [d, { assembleYours, setAsideTitle }, { passageMeta, setMeta }] = await Promise.all([
      db(),
      import('../domain/studio/assemble.ts'),
      import('../domain/bank/catalog.ts'),
    ])
    const read = await d.readAll()
    if (read.status === 'unavailable') {
      status.value = 'unavailable'
      notify({ id: 'unavailable', kind: 'unavailable', message: WRITE_MESSAGES.unavailable! })
      return
    }
    // Sets about shipped articles are checked against the article's text: fetch those first.
    const shippedArticles = new Set(banks.catalog.passages.map((p) => p.id))
    const needed = new Set(
      read.sets.map((r) => r.bank.passage).filter((id) => shippedArticles.has(id)),
    )
    await Promise.all([...needed].map((id) => banks.loadPassage(id)))
    const shippedBanks = new Set(banks.catalog.sets.map((set) => set.id))
    const yours = assembleYours(read.sets, read.articles, {
      passage: (id) => (shippedArticles.has(id) ? banks.passage(id) : undefined),
      hasBank: (id) => shippedBanks.has(id),
    })
    banks.setYours({
      passages: yours.passages,
      banks: yours.banks,
      articles: Object.values(yours.passages).map(passageMeta),
      sets: yours.banks.map(setMeta),
    })
    broken.value = yours.broken
    savedAt.value = yours.savedAt
    copiedFrom.value = yours.copiedFrom
    await tellSetAside(d, setAsideTitle)
    for (const n of read.newer)
      notify({
        id: `newer:${n.from}:${n.key}`,
        kind: 'newer',
        message: `“${n.key}” was saved by a newer Passage, so this older page leaves it as it is and does not show it. Reload the page to bring Passage up to date and use it. (Record version ${n.version}.)`,
      })
    status.value = 'ready'
  }

  /** Reads the teacher's sets once (later calls wait for the same read). */
  function load(): Promise<void> {
    if (!loading) {
      status.value = 'loading'
      loading = refresh()
      unsubscribe ??= onStudioChange(() => void refresh())
    }
    return loading
  }

  async function after(write: Promise<StudioWrite>, what: string): Promise<StudioWrite> {
    const result = await write
    if (result.ok) {
      deleted.value = undefined
      notices.value = notices.value.filter((n) => n.kind !== 'write-failed')
      await refresh()
    } else {
      // The notice says why: the standing "not letting Passage keep your sets" would repeat it.
      if (result.error === 'unavailable')
        notices.value = notices.value.filter((n) => n.kind !== 'unavailable')
      notify({
        id: 'write-failed',
        kind: 'write-failed',
        message: `${what} was not saved. ${WRITE_MESSAGES[result.error] ?? ''}`,
      })
    }
    return result
  }

  async function saveSet(bank: Bank, now: Date, copied?: string): Promise<StudioWrite> {
    const [d, { setRecord }] = await Promise.all([db(), import('../domain/studio/records.ts')])
    return after(
      d.putSet(setRecord(bank, now, copied ?? copiedFrom.value[bank.id])),
      `“${bank.title}”`,
    )
  }

  /** Deletes one of the teacher's sets, kept as it was saved for `undoDelete`. */
  async function deleteSet(id: string): Promise<StudioWrite> {
    const [d, { setRecord }] = await Promise.all([db(), import('../domain/studio/records.ts')])
    const bank = banks.yours.banks.find((b) => b.id === id)
    const record = bank && setRecord(bank, new Date(savedAt.value[id] ?? 0), copiedFrom.value[id])
    const result = await after(d.deleteSet(id), 'The deletion')
    if (result.ok) deleted.value = record
    return result
  }

  /** Puts the set deleted last back as it was: its id, so its scores and review cards are its own again. */
  async function undoDelete(): Promise<StudioWrite | undefined> {
    const record = deleted.value
    if (!record) return undefined
    return after((await db()).putSet(record), `“${record.bank.title}”`)
  }
  function forgetDeleted() {
    deleted.value = undefined
  }

  async function saveArticle(passage: Passage, now: Date): Promise<StudioWrite> {
    const [d, { articleRecord }] = await Promise.all([db(), import('../domain/studio/records.ts')])
    return after(d.putArticle(articleRecord(passage, now)), `“${passage.title}”`)
  }

  /** Deletes one of the teacher's articles with every set of theirs about it. */
  async function deleteArticle(id: string): Promise<StudioWrite> {
    const sets = [
      ...banks.yours.banks.filter((b) => b.passage === id).map((b) => b.id),
      ...broken.value.filter((b) => b.record.bank.passage === id).map((b) => b.record.bank.id),
    ]
    return after((await db()).deleteArticle(id, sets), 'The deletion')
  }

  /**
   * The sets and articles saved here, as a backup carries them: undefined when there are none
   * (most students), found without loading the door.
   */
  async function backupPart(): Promise<StudioPart | undefined> {
    if (!door && !testDb && (await studioHasRecords()) === false) return undefined
    const [read, { studioPart }] = await Promise.all([
      db().then((d) => d.readAll()),
      import('../domain/studio/in-backup.ts'),
    ])
    return studioPart(read.sets, read.articles)
  }

  /**
   * Saves a backup's sets and articles whose ids are not taken here (`studioToAdd`), as they were
   * saved (their dates, the set they were copied from): how many sets and articles came in, and
   * whether every record was saved.
   */
  async function restoreRecords(
    add: StudioPart,
  ): Promise<{ sets: number; articles: number; saved: boolean }> {
    const done = { sets: 0, articles: 0, saved: true }
    if (!add.sets.length && !add.articles.length) return done
    const d = await db()
    // Articles first: a set about one of them reads as soon as it is there.
    for (const record of add.articles) {
      const ok = (await d.putArticle(record)).ok
      done.saved &&= ok
      if (ok) done.articles++
    }
    for (const record of add.sets) {
      const ok = (await d.putSet(record)).ok
      done.saved &&= ok
      if (ok) done.sets++
    }
    await refresh()
    return done
  }

  /**
   * The draft kept under `key`. One that does not read is set aside and told of, since the
   * editor opens without it: the teacher downloads it rather than find their typing gone.
   */
  async function getDraft(key: string): Promise<DraftRecord | undefined> {
    const read = await (await db()).getDraft(key)
    if (read.setAside) {
      const { setAsideWhy } = await import('../domain/studio/set-aside-words.ts')
      setAside(
        read.setAside,
        `${draftNamed(key)} could not be read (${setAsideWhy('drafts', read.setAside.reason)}), so Passage set it aside and the editor opened without it.`,
      )
    }
    return read.record
  }
  /** The editor's unsaved work, newest first, for the studio to offer to continue. */
  async function listDrafts(): Promise<{ key: string; record: DraftRecord }[]> {
    const [d, { setAsideTitle }] = await Promise.all([db(), import('../domain/studio/assemble.ts')])
    const drafts = await d.listDrafts()
    // A draft that did not read is set aside as it is listed: told of here, not left out unseen.
    await tellSetAside(d, setAsideTitle)
    return drafts
  }
  async function putDraft(key: string, record: DraftRecord): Promise<StudioWrite> {
    return (await db()).putDraft(key, record)
  }
  async function deleteDraft(key: string): Promise<StudioWrite> {
    return (await db()).deleteDraft(key)
  }

  async function quarantined(id: number): Promise<QuarantinedRecord | undefined> {
    return (await (await db()).listQuarantine()).find((q) => q.id === id)
  }
  async function discardQuarantined(id: number): Promise<void> {
    await (await db()).discardQuarantine(id)
    notices.value = notices.value.filter((n) => n.quarantineId !== id)
  }
  function dismiss(id: string) {
    notices.value = notices.value.filter((n) => n.id !== id)
  }

  /** Every id a set of this article uses or may not use (shipped, yours, waiting to be fixed). */
  const takenSetIds = computed(
    () =>
      new Set([
        ...banks.catalog.sets.map((set) => set.id),
        ...banks.yours.banks.map((b) => b.id),
        ...broken.value.map((b) => b.record.bank.id),
      ]),
  )
  const takenArticleIds = computed(
    () =>
      new Set([...banks.catalog.passages.map((p) => p.id), ...Object.keys(banks.yours.passages)]),
  )

  function $reset() {
    unsubscribe?.()
    unsubscribe = undefined
    loading = undefined
    door = undefined
    status.value = 'idle'
    broken.value = []
    notices.value = []
    savedAt.value = {}
    copiedFrom.value = {}
    deleted.value = undefined
  }

  return {
    status,
    broken,
    notices,
    savedAt,
    copiedFrom,
    deleted,
    takenSetIds,
    takenArticleIds,
    load,
    refresh,
    saveSet,
    deleteSet,
    undoDelete,
    forgetDeleted,
    saveArticle,
    deleteArticle,
    backupPart,
    restoreRecords,
    getDraft,
    listDrafts,
    putDraft,
    deleteDraft,
    quarantined,
    discardQuarantined,
    dismiss,
    $reset,
  }
})
