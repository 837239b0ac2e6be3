/** The quiz in progress a tab keeps in its sessionStorage when localStorage refuses it. */
import { afterEach, describe, expect, it } from 'vitest'
import { createStorageDoor, type ReadResult } from '../../src/composables/storage/door.ts'
import { keepInTab, keptInTab, tellSetAside } from '../../src/composables/storage/tab-quiz.ts'
import { STORAGE_KEYS } from '../../src/composables/storage/keys.ts'
import { shownNotices } from '../../src/composables/storage/notice-text.ts'
import { readNotices } from '../../src/composables/storage/notices.ts'
import { savedSessionsSpec } from '../../src/composables/storage/specs.ts'
import type { SavedSessions } from '../../src/domain/progress/saved-sessions.ts'
import { createSession } from '../../src/domain/quiz/session.ts'
import { MemoryStorage } from '../fixtures/progress/memory-storage.ts'
import { at, BANK_ID, quizBank } from '../fixtures/progress/bank.ts'

const options = { mode: 'test', shuffleQuestions: true, shuffleChoices: true } as const

/** The storage door over `local`, standing for this browser's localStorage. */
const doorOver = (local: MemoryStorage) => createStorageDoor({ backend: () => local, events: null })

/** A tab holding two sets' quizzes, the first then damaged (a hand edit, an older build's bug). */
function damagedTab() {
  const tab = new MemoryStorage()
  const other = createSession(quizBank('mini/quotes'), options, 's2', at())
  const door = doorOver(new MemoryStorage())
  expect(keepInTab(createSession(quizBank(), options, 's1', at()), tab, door)).toBe(true)
  expect(keepInTab(other, tab, door)).toBe(true)
  const doc = JSON.parse(tab.getItem(STORAGE_KEYS.quizInProgress)!) as {
    sessions: Record<string, { shown: unknown }>
  }
  doc.sessions[BANK_ID]!.shown = null
  const damaged = JSON.stringify(doc)
  tab.setItem(STORAGE_KEYS.quizInProgress, damaged)
  const told: ReadResult<SavedSessions>[] = []
  tellSetAside((read) => told.push(read))
  return { tab, other, damaged, told }
}

/** What the student reads of what was told (the quiz store says it of a copy in the tab). */
const words = (told: readonly ReadResult<SavedSessions>[], copy: (key: string) => string | null) =>
  shownNotices(
    told.flatMap((read) =>
      readNotices(savedSessionsSpec, read).map((n) => ({ ...n, inTab: true })),
    ),
    copy,
    (id) => (id === BANK_ID ? 'Who said what' : undefined),
  ).map((n) => n.text)

afterEach(() => tellSetAside(undefined))

describe('the tab’s own copy of a quiz in progress', () => {
  it('keeps the other sets’ quizzes when one of them is damaged', () => {
    const { tab, other } = damagedTab()
    const door = doorOver(new MemoryStorage())
    expect(keptInTab(BANK_ID, tab, door)).toBeUndefined()
    expect(keptInTab('mini/quotes', tab, door)).toEqual(other)
  })

  it('sets a damaged quiz aside in localStorage and names its set, once', () => {
    const { tab, other, damaged, told } = damagedTab()
    const local = new MemoryStorage()
    const door = doorOver(local)
    expect(keptInTab(BANK_ID, tab, door)).toBeUndefined()
    expect(told).toHaveLength(1)
    const key = told[0]!.quarantineKey!
    expect(local.getItem(key)).toBe(damaged)
    expect(words(told, (k) => local.getItem(k))).toEqual([
      'Your quiz in progress of “Who said what” could not be read, so it cannot be continued; your quizzes in progress of other sets are kept. Passage set the damaged copy aside: download it to keep a copy, or discard it.',
    ])
    // The tab holds what was kept now: read again, nothing more to say.
    expect(keptInTab('mini/quotes', tab, door)).toEqual(other)
    expect(told).toHaveLength(1)
  })

  it.each([
    ['with room', Infinity],
    ['with no room for a second copy', 0],
  ])(
    'keeps the damaged copy with the door when localStorage is full, the tab %s, and says so',
    (_, room) => {
      const { tab, other, damaged, told } = damagedTab()
      tab.quota = tab.used() + room
      const door = doorOver(new MemoryStorage(0))
      expect(keptInTab('mini/quotes', tab, door)).toEqual(other)
      expect(told).toHaveLength(1)
      const key = told[0]!.quarantineKey!
      // Where the notice's Download and Discard find it; not in the tab, whose room the quiz needs.
      expect(door.readRaw(key)).toBe(damaged)
      expect(tab.getItem(key)).toBeNull()
      expect(words(told, (k) => door.readRaw(k))).toEqual([
        'Your quiz in progress of “Who said what” could not be read, so it cannot be continued; your quizzes in progress of other sets are kept. Storage is too full to set the damaged copy aside: it is kept until you reload or close this tab, to download or discard.',
      ])
      // The tab holds what was kept, read again without a word more.
      expect(keptInTab('mini/quotes', tab, door)).toEqual(other)
      expect(told).toHaveLength(1)
      expect(door.remove(key)).toBe(true)
      expect(door.readRaw(key)).toBeNull()
    },
  )
})
