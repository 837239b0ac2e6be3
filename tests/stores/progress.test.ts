import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { isProxy, ref } from 'vue'
import { attemptFromSession } from '../../src/domain/progress/attempt.ts'
import { serialize } from '../../src/domain/progress/migrate.ts'
import { encodeAttempt } from '../../src/domain/progress/codec.ts'
import { recordAttempt } from '../../src/domain/progress/record.ts'
import { backupText, makeBackup } from '../../src/domain/progress/backup.ts'
import { applyAnswers } from '../../src/domain/review/apply.ts'
import { emptyReview } from '../../src/domain/review/schema.ts'
import { answer, scheduler } from '../domain/review/helpers.ts'
import {
  emptyProgress,
  PROGRESS_VERSION,
  type SetRecord,
} from '../../src/domain/progress/schema.ts'
import { createStorageDoor, type StorageDoor } from '../../src/composables/storage/door.ts'
import { setStorageDoor } from '../../src/composables/storage/index.ts'
import { QUARANTINE_PREFIX, STORAGE_KEYS } from '../../src/composables/storage/keys.ts'
import { useProgressStore } from '../../src/stores/progress.ts'
import { useSettingsStore } from '../../src/stores/settings.ts'
import { BANK_ID, playedPractice, playedTest, quizBank } from '../fixtures/progress/bank.ts'
import {
  MemoryStorage,
  throwingStorage,
  tooFullForCopies,
} from '../fixtures/progress/memory-storage.ts'
import { storedIds, type GetItem } from '../fixtures/progress/stored.ts'
import V0_TEXT from '../fixtures/progress/v0.json?raw'
import { noticeDetail, noticeText } from '../../src/composables/storage/notice-text.ts'

const KEY = STORAGE_KEYS.progress
const JOURNAL = STORAGE_KEYS.progressJournal
const bank = quizBank()
const HOUR = 3_600_000
const stores: { $dispose(): void }[] = []

/** A store in a fresh pinia over `door`, like one browser tab. */
function openTab(door: StorageDoor = createStorageDoor()) {
  setStorageDoor(door)
  setActivePinia(createPinia())
  const progress = useProgressStore()
  const settings = useSettingsStore()
  stores.push(progress, settings)
  return progress
}

/** The attempts stored under both progress keys: the archive and its journal. */
function storedAttemptIds(get: GetItem = (key) => localStorage.getItem(key)): string[] {
  return storedIds(get)
}

/** Another tab wrote `key`: the browser fires `storage` in this one. */
function otherTabWrote(key: string | null, newValue: string | null) {
  window.dispatchEvent(new StorageEvent('storage', { key, newValue }))
}

beforeEach(() => {
  setStorageDoor(undefined)
})

afterEach(() => {
  for (const store of stores.splice(0)) store.$dispose()
  setStorageDoor(undefined)
})

describe('recording a finished quiz', () => {
  it('saves the attempt and updates the statistics', () => {
    const progress = openTab()
    const { attempt, saved } = progress.recordSession(playedTest(['wsw-01', 'wsw-02']), bank)
    expect(saved).toBe(true)
    expect(progress.attemptCount).toBe(1)
    expect(progress.statsOf(BANK_ID)).toMatchObject({ attempts: 1, best: attempt.score / 7 })
    expect(progress.questionStatsOf(BANK_ID, 'wsw-01')).toMatchObject({ seen: 1, correct: 1 })
    expect(progress.recent(5)).toEqual([attempt])
    expect(progress.sets.map((s) => s.setId)).toEqual([BANK_ID])
    expect(storedAttemptIds()).toEqual([attempt.id])
    expect(progress.notices).toEqual([])
    expect(progress.persistence).toBe('saving')
  })

  it('records the same session once, even if asked twice', () => {
    const progress = openTab()
    const session = playedPractice()
    const first = progress.recordSession(session, bank)
    const again = progress.recordSession(session, bank)
    expect(again).toEqual(first)
    expect(progress.attemptCount).toBe(1)
  })

  it('exposes state read-only: components cannot write it', () => {
    const progress = openTab()
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const writable = progress as unknown as Record<string, unknown>
    writable.persistence = 'unavailable'
    writable.doc = { schemaVersion: 1, sets: { 'x/y': {} } }
    ;(progress.limits as { detailPerSet: number }).detailPerSet = 1
    expect(progress.persistence).toBe('saving')
    expect(progress.doc).toEqual({ schemaVersion: PROGRESS_VERSION, sets: {} })
    expect(progress.limits.detailPerSet).toBe(50)
    expect(warn).toHaveBeenCalled()
    warn.mockRestore()
  })
})

describe('two tabs', () => {
  it('both recording keep both attempts, and each tab sees the other’s', () => {
    const tabA = openTab()
    const tabB = openTab()
    const a = tabA.recordSession(playedTest(['wsw-01']), bank).attempt
    const b = tabB.recordSession(playedTest(['wsw-02'], HOUR), bank).attempt
    expect(storedAttemptIds().sort()).toEqual([a.id, b.id].sort())
    // B re-read before writing, so it already shows A's attempt; A follows the storage event.
    expect(tabB.attemptCount).toBe(2)
    otherTabWrote(JOURNAL, localStorage.getItem(JOURNAL))
    expect(tabA.attemptCount).toBe(2)
    expect(tabA.statsOf(BANK_ID)?.attempts).toBe(2)
  })

  it('lose nothing when another tab overwrote this one’s attempt at the same moment', () => {
    const tabA = openTab()
    // Tab B read storage just before A wrote, and writes its own attempt on top of that read.
    const staleRead = tabA.doc
    const a = tabA.recordSession(playedTest(['wsw-01']), bank).attempt
    const b = attemptFromSession(playedTest([], HOUR), bank, 'tab-b-1')
    localStorage.setItem(JOURNAL, serialize(recordAttempt(staleRead, b)))
    expect(storedAttemptIds()).toEqual([b.id])
    otherTabWrote(JOURNAL, localStorage.getItem(JOURNAL))
    expect(storedAttemptIds().sort()).toEqual([a.id, b.id].sort())
    expect(tabA.attemptCount).toBe(2)
  })

  it('follow "erase all" in another tab instead of bringing attempts back', () => {
    const tabA = openTab()
    tabA.recordSession(playedTest([]), bank)
    localStorage.clear()
    otherTabWrote(null, null)
    expect(tabA.attemptCount).toBe(0)
    expect(localStorage.getItem(KEY)).toBeNull()
  })
})

describe('storage that cannot be used', () => {
  it('says progress will not be saved, and the app still records in memory', () => {
    const progress = openTab(createStorageDoor({ backend: () => throwingStorage() }))
    expect(progress.persistence).toBe('unavailable')
    expect(progress.notices.map((n) => n.kind)).toContain('unavailable')
    expect(noticeText(progress.notices[0]!)).toMatch(/will not be saved/)
    const { saved } = progress.recordSession(playedTest(['wsw-01']), bank)
    expect(saved).toBe(false)
    expect(progress.statsOf(BANK_ID)?.attempts).toBe(1)
    progress.recordSession(playedTest([], HOUR), bank)
    expect(progress.attemptCount).toBe(2)
    expect(progress.exportBackup().text).toContain('"kind":"passage-backup"')
  })
})

describe('unreadable progress', () => {
  it('is set aside with a notice to download or discard it; the app starts clean', () => {
    localStorage.setItem(KEY, '{"schemaVersion":1,"sets":')
    const progress = openTab()
    const notice = progress.notices.find((n) => n.kind === 'quarantined')
    expect(noticeText(notice!)).toMatch(/could not be read.*Download it.*or discard it/)
    const key = notice?.key ?? ''
    expect(key.startsWith(QUARANTINE_PREFIX)).toBe(true)
    expect(progress.quarantineText(key)).toBe('{"schemaVersion":1,"sets":')
    expect(progress.quarantined.map((q) => q.key)).toEqual([key])
    expect(progress.attemptCount).toBe(0)
    // Saving works, and the quarantined copy survives it.
    expect(progress.recordSession(playedTest([]), bank).saved).toBe(true)
    expect(localStorage.getItem(key)).toBe('{"schemaVersion":1,"sets":')
    expect(progress.discardQuarantine(key)).toBe(true)
    expect(localStorage.getItem(key)).toBeNull()
    expect(progress.notices).toEqual([])
    expect(progress.quarantined).toEqual([])
  })

  it.each([
    ['progress', KEY, JOURNAL],
    ['recent progress', JOURNAL, KEY],
  ])(
    'of %s that storage has no room to set aside says results are still saved, and they are',
    (_, key, other) => {
      localStorage.setItem(key, '{"schemaVersion":1,"sets":')
      const progress = openTab(createStorageDoor({ backend: () => tooFullForCopies() }))
      const notice = progress.notices.find((n) => n.kind === 'quarantined')
      expect(notice).toMatchObject({ stored: false })
      const text = noticeText(notice!)
      expect(text).toContain('Your results are still saved.')
      // Nothing waits on the copy: it said “…or discard it so Passage can save again”.
      expect(text).not.toContain('save again')
      const { attempt, saved } = progress.recordSession(playedTest([]), bank)
      expect(saved).toBe(true)
      // In the other progress document, which reads.
      expect(storedAttemptIds((k) => (k === key ? null : localStorage.getItem(k)))).toEqual([
        attempt.id,
      ])
      expect(localStorage.getItem(other)).not.toBeNull()
      // The damaged original is left as it was, for the copy's download or discard.
      expect(localStorage.getItem(key)).toBe('{"schemaVersion":1,"sets":')
      localStorage.clear()
    },
  )

  it('with one damaged attempt keeps the others in use, and sets the text aside', () => {
    // Three attempts written by a tab, then one of them damaged (a cut-off edit, a bad sync).
    const first = openTab()
    const ids = [0, 1, 2].map((i) => first.recordSession(playedTest([], i * HOUR), bank).attempt.id)
    first.$dispose()
    const stored = JSON.parse(localStorage.getItem(JOURNAL)!) as {
      sets: Record<string, SetRecord>
    }
    stored.sets[BANK_ID]!.attempts[ids[1]!] = 'cut off'
    const broken = JSON.stringify(stored)
    localStorage.removeItem(JOURNAL)
    localStorage.setItem(KEY, broken)

    const progress = openTab()
    expect(
      progress
        .recent(5)
        .map((a) => a.id)
        .sort(),
    ).toEqual([ids[0], ids[2]].sort())
    const notice = progress.notices.find((n) => n.kind === 'quarantined')!
    expect(noticeText(notice)).toMatch(
      /^Your saved progress could not be read, so Passage set it aside and kept everything in it that could still be read\./,
    )
    expect(noticeDetail(notice)).toContain(`${BANK_ID}.attempts.${ids[1]}`)
    expect(progress.quarantineText(notice.key!)).toBe(broken)
    // What still read is written back at once, so discarding the copy loses none of it.
    expect(storedAttemptIds().sort()).toEqual([ids[0], ids[2]].sort())
    expect(progress.discardQuarantine(notice.key!)).toBe(true)
    expect(openTab().recent(5)).toHaveLength(2)
  })

  it('from a newer version is left alone and the app runs read-only', () => {
    const newer = '{"schemaVersion":9,"sets":{}}'
    localStorage.setItem(KEY, newer)
    const progress = openTab()
    expect(progress.persistence).toBe('read-only')
    expect(progress.notices.map((n) => n.kind)).toEqual(['newer'])
    expect(progress.recordSession(playedTest([]), bank).saved).toBe(false)
    expect(progress.attemptCount).toBe(1)
    expect(localStorage.getItem(KEY)).toBe(newer)
    expect(progress.quarantined).toEqual([])
  })

  it('with numbers too large to store is set aside, and new attempts are still saved', () => {
    // Issue 10: this used to throw in the migration, break the store, and lose every attempt.
    const hostile = `{"attempts":[{"set":"${BANK_ID}","score":1e14,"total":1e14,"date":"2024-05-18T10:00:00Z"}]}`
    localStorage.setItem(KEY, hostile)
    const progress = openTab()
    const notice = progress.notices.find((n) => n.kind === 'quarantined')
    expect(noticeDetail(notice!)).toContain('attempts[0].total is out of range')
    expect(progress.quarantineText(notice?.key ?? '')).toBe(hostile)
    const { attempt, saved } = progress.recordSession(playedTest(['wsw-01']), bank)
    expect(saved).toBe(true)
    expect(storedAttemptIds()).toEqual([attempt.id])
  })

  it('with a time no Date can hold is set aside instead of breaking every page', () => {
    const start = '1ZKE8o01' // 8.64e12 + 1 seconds: one past the last date a browser can show
    localStorage.setItem(
      KEY,
      `{"schemaVersion":1,"sets":{"${BANK_ID}":{"lists":{},"attempts":{"a1":".${start}.0.u1.0/1"}}}}`,
    )
    const progress = openTab()
    expect(progress.notices.map((n) => n.kind)).toEqual(['quarantined'])
    expect(noticeDetail(progress.notices[0]!)).toContain('a1 of')
    expect(noticeDetail(progress.notices[0]!)).toContain('has a start time out of range')
    expect(progress.recent(5)).toEqual([])
  })

  it('from version 0 is migrated, saved as the current version and reported once', () => {
    localStorage.setItem(KEY, V0_TEXT)
    const progress = openTab()
    expect(progress.notices.map((n) => n.kind)).toEqual(['migrated'])
    expect(progress.attemptCount).toBe(4)
    expect(JSON.parse(localStorage.getItem(KEY) ?? '')).toMatchObject({
      schemaVersion: PROGRESS_VERSION,
    })
    progress.dismiss(progress.notices[0]?.id ?? '')
    progress.refresh()
    expect(progress.notices).toEqual([])
  })
})

describe('a full storage', () => {
  it('keeps the new attempt, trims old detail and says so once', () => {
    const storage = new MemoryStorage()
    const progress = openTab(createStorageDoor({ backend: () => storage }))
    for (let n = 0; n < 20; n++) progress.recordSession(playedTest([], n * HOUR), bank)
    storage.quota = storage.used() + 40
    const last = progress.recordSession(playedTest(['wsw-01'], 20 * HOUR), bank)
    expect(last.saved).toBe(true)
    expect(progress.recent(1)).toEqual([last.attempt])
    expect(progress.notices.filter((n) => n.kind === 'quota-trimmed')).toHaveLength(1)
    progress.dismiss(progress.notices[0]?.id ?? '')
    storage.quota = storage.used() + 40
    progress.recordSession(playedTest(['wsw-02'], 21 * HOUR), bank)
    expect(progress.notices).toEqual([])
    expect(progress.attemptCount).toBe(22)
  })

  it('keeps an attempt storage cannot take in memory, with a notice, and saves it later', () => {
    const storage = new MemoryStorage()
    const progress = openTab(createStorageDoor({ backend: () => storage }))
    storage.quota = 10
    const { attempt, saved } = progress.recordSession(playedTest([]), bank)
    expect(saved).toBe(false)
    expect(progress.notices.map((n) => n.kind)).toEqual(['quota-full'])
    expect(progress.recent(1)).toEqual([attempt])
    storage.quota = Infinity
    progress.refresh()
    expect(storedAttemptIds((key) => storage.getItem(key))).toContain(attempt.id)
  })
})

describe('a backup too large for this browser', () => {
  it('is not restored, says so, and the next quiz is still saved', () => {
    // A backup made elsewhere: 30 attempts.
    const maker = openTab(createStorageDoor({ backend: () => new MemoryStorage() }))
    useSettingsStore().setTheme('dark')
    for (let n = 0; n < 30; n++) maker.recordSession(playedTest(['wsw-01'], n * HOUR), bank)
    const { text } = maker.exportBackup()

    const storage = new MemoryStorage()
    const progress = openTab(createStorageDoor({ backend: () => storage }))
    const mine = progress.recordSession(playedTest([], 100 * HOUR), bank).attempt
    // Room for a few more attempts' summaries, not for 30.
    storage.quota = storage.used() + 200
    const result = progress.restore(text)
    expect(result).toEqual({
      ok: false,
      message:
        'Not restored: this browser has no room for the 30 attempts in this backup, even without the answers. Nothing was changed; keep the file.',
    })
    expect(progress.recent(50).map((a) => a.id)).toEqual([mine.id])
    expect(progress.notices).toEqual([])
    expect(useSettingsStore().theme).toBe('system')

    // Kept in memory, the backup's attempts would have made this save fail too.
    const next = progress.recordSession(playedTest(['wsw-02'], 101 * HOUR), bank)
    expect(next.saved).toBe(true)
    expect(storedAttemptIds((key) => storage.getItem(key)).sort()).toEqual(
      [mine.id, next.attempt.id].sort(),
    )
  })

  it('of one attempt says so in the singular', () => {
    const maker = openTab(createStorageDoor({ backend: () => new MemoryStorage() }))
    maker.recordSession(playedTest(['wsw-01']), bank)
    const { text } = maker.exportBackup()
    const storage = new MemoryStorage()
    const progress = openTab(createStorageDoor({ backend: () => storage }))
    storage.quota = storage.used()
    expect(progress.restore(text)).toEqual({
      ok: false,
      message:
        'Not restored: this browser has no room for the attempt in this backup, even without the answers. Nothing was changed; keep the file.',
    })
  })
})

describe('backups', () => {
  it('export everything, and restore by merging without duplicates', async () => {
    const progress = openTab()
    useSettingsStore().setTheme('dark')
    const a = progress.recordSession(playedTest(['wsw-01']), bank).attempt
    const { filename, text } = progress.exportBackup()
    expect(filename).toMatch(/^passage-backup-\d{4}-\d{2}-\d{2}\.json$/)
    expect(progress.eraseAll()).toBe(true)
    expect(progress.attemptCount).toBe(0)
    expect(useSettingsStore().theme).toBe('system')
    const b = progress.recordSession(playedTest([], HOUR), bank).attempt
    expect(await progress.previewRestore(text).result).toMatchObject({
      ok: true,
      summary: { newAttempts: 1, knownAttempts: 0 },
    })
    expect(progress.restore(text)).toMatchObject({ ok: true, saved: true })
    expect(storedAttemptIds().sort()).toEqual([a.id, b.id].sort())
    expect(useSettingsStore().theme).toBe('dark')
    expect(await progress.previewRestore(text).result).toMatchObject({
      ok: true,
      summary: { newAttempts: 0 },
    })
    progress.restore(text)
    expect(progress.attemptCount).toBe(2)
  })

  it('keep the history plain data when a page restores a preview it kept in a ref', async () => {
    const progress = openTab()
    progress.recordSession(playedTest([]), bank)
    const { text } = progress.exportBackup()
    progress.eraseAll()
    // BackupPanel keeps the preview in a ref, and restores from it: a reactive proxy.
    const kept = ref(await progress.previewRestore(text).result)
    expect(progress.restore(kept.value)).toMatchObject({ ok: true, saved: true })
    // A proxy anywhere in the history could not be sent to the next backup's worker.
    const proxies: string[] = []
    const walk = (value: unknown, path: string) => {
      if (value === null || typeof value !== 'object') return
      if (isProxy(value)) proxies.push(path)
      for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`)
    }
    walk(progress.doc, 'doc')
    expect(proxies).toEqual([])
    expect(() => structuredClone(progress.doc)).not.toThrow()
  })

  it('never change an attempt already here: a differing copy is left out and reported', async () => {
    const progress = openTab()
    const mine = progress.recordSession(playedTest([]), bank).attempt
    const { text } = progress.exportBackup()
    // The same attempt id, claiming full marks and a pass.
    const backup = JSON.parse(text) as { progress: { sets: Record<string, SetRecord> } }
    const set = backup.progress.sets[BANK_ID]!
    set.attempts = {
      [mine.id]: encodeAttempt({
        ...mine,
        score: mine.max,
        passed: true,
        answers: mine.answers.map((a) => ({ ...a, score: 1, correct: true })),
      }).text,
    }
    const forged = JSON.stringify(backup)
    expect(await progress.previewRestore(forged).result).toMatchObject({
      ok: true,
      summary: { newAttempts: 0, knownAttempts: 0, conflicts: 1 },
    })
    expect(progress.restore(forged)).toMatchObject({ ok: true, summary: { conflicts: 1 } })
    expect(progress.recent(5)).toEqual([mine])
    expect(storedAttemptIds()).toEqual([mine.id])
  })

  it('compare a preview again if attempts arrived since, so none of them is changed', async () => {
    const progress = openTab()
    const mine = progress.recordSession(playedTest([]), bank).attempt
    const { text } = progress.exportBackup()
    progress.eraseAll()
    // The preview is made while the attempt is not here, so it would be added…
    const preview = await progress.previewRestore(text).result
    expect(preview).toMatchObject({ ok: true, summary: { newAttempts: 1 } })
    // …but before the restore a copy with other results arrives (another tab, say).
    const backup = JSON.parse(text) as { progress: { sets: Record<string, SetRecord> } }
    const set = backup.progress.sets[BANK_ID]!
    set.attempts[mine.id] = set.attempts[mine.id]!.replace(/\.t([01])\./, (_, p: string) =>
      p === '1' ? '.t0.' : '.t1.',
    )
    progress.restore(JSON.stringify(backup))
    const arrived = progress.recent(1)
    progress.restore(preview)
    expect(progress.recent(5)).toEqual(arrived)
  })

  it('restore what a preview called “already here” once another tab erased it', async () => {
    const progress = openTab()
    const a = progress.recordSession(playedTest(['wsw-01']), bank).attempt
    const b = progress.recordSession(playedTest([], HOUR), bank).attempt
    const { text } = progress.exportBackup()
    const preview = await progress.previewRestore(text).result
    expect(preview).toMatchObject({ ok: true, summary: { newAttempts: 0, knownAttempts: 2 } })
    // “Erase all” in another tab, while the preview is open here.
    localStorage.clear()
    otherTabWrote(null, null)
    expect(progress.attemptCount).toBe(0)
    expect(progress.restore(preview)).toMatchObject({ ok: true, saved: true })
    expect(progress.attemptCount).toBe(2)
    expect(storedAttemptIds().sort()).toEqual([a.id, b.id].sort())
  })

  it('leave out review cards a backup dates after today: a clock set years ahead', async () => {
    const progress = openTab()
    const future = Date.UTC(2077, 6, 13)
    const review = applyAnswers(emptyReview(), [answer('wsw-01', future)], scheduler)
    const progressDoc = recordAttempt(
      emptyProgress(),
      attemptFromSession(playedTest([]), bank, 'a1'),
    )
    const text = backupText(
      makeBackup({ progress: progressDoc, review }, '1.2.3', new Date(future + HOUR)),
    )
    const left = [
      'its review schedule, whose answers are dated after today (a clock set wrong, or an edit), so yours stays as it is',
    ]
    const preview = await progress.previewRestore(text).result
    expect(preview).toMatchObject({ ok: true, summary: { newAttempts: 1, misdated: left } })
    expect(preview).not.toHaveProperty('review')
    expect(progress.restore(text)).toMatchObject({ ok: true, summary: { misdated: left } })
  })

  it('refuse a bad file and change nothing', () => {
    const progress = openTab()
    progress.recordSession(playedTest([]), bank)
    const before = localStorage.getItem(KEY)
    const result = progress.restore('{"kind":"passage-backup","schemaVersion":1')
    expect(result).toMatchObject({ ok: false })
    expect(!result.ok && result.message).toMatch(
      /^This backup is cut short: .*Nothing was changed\.$/,
    )
    expect(localStorage.getItem(KEY)).toBe(before)
    expect(progress.attemptCount).toBe(1)
  })
})

describe('erase all my data', () => {
  it('removes every Passage key, quarantine included, and nothing else', () => {
    localStorage.setItem(STORAGE_KEYS.settings, 'not json')
    localStorage.setItem('another-app', 'kept')
    const progress = openTab()
    progress.recordSession(playedTest([]), bank)
    expect(progress.notices.map((n) => n.kind)).toEqual(['quarantined'])
    progress.eraseAll()
    expect(Object.keys(localStorage)).toEqual(['another-app'])
    expect(progress.notices).toEqual([])
    expect(progress.quarantined).toEqual([])
  })
})

describe('$reset', () => {
  it('forgets this tab’s state and reads storage again', () => {
    const progress = openTab()
    progress.recordSession(playedTest([]), bank)
    progress.setDetailLimit(3)
    progress.$reset()
    expect(progress.attemptCount).toBe(1)
    expect(progress.limits.detailPerSet).toBe(50)
  })
})
