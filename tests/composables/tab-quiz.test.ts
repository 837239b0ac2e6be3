/** The quiz in progress a tab keeps in its sessionStorage when localStorage refuses it. */
import { afterEach, describe, expect, it } from 'vitest'
import type { ReadResult } from '../../src/composables/storage/door.ts'
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

/** A tab holding two sets' quizzes, the first then damaged (a hand edit, an older build's bug). */
function damagedTab() {
  const tab = new MemoryStorage()
  const other = createSession(quizBank('mini/quotes'), options, 's2', at())
  expect(keepInTab(createSession(quizBank(), options, 's1', at()), tab, null)).toBe(true)
  expect(keepInTab(other, tab, null)).toBe(true)
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
    expect(keptInTab(BANK_ID, tab, null)).toBeUndefined()
    expect(keptInTab('mini/quotes', tab, null)).toEqual(other)
  })

  it('sets a damaged quiz aside in localStorage and names its set, once', () => {
    const { tab, other, damaged, told } = damagedTab()
    const local = new MemoryStorage()
    expect(keptInTab(BANK_ID, tab, local)).toBeUndefined()
    expect(told).toHaveLength(1)
    const key = told[0]!.quarantineKey!
    expect(local.getItem(key)).toBe(damaged)
    expect(words(told, (k) => local.getItem(k))).toEqual([
      'Your quiz in progress of “Who said what” could not be read, so it cannot be continued; your quizzes in progress of other sets are kept. Passage set the damaged copy aside: download it to keep a copy, or discard it.',
    ])
    // The tab holds what was kept now: read again, nothing more to say.
    expect(keptInTab('mini/quotes', tab, local)).toEqual(other)
    expect(told).toHaveLength(1)
  })

  it('keeps the damaged copy in the tab when localStorage is full, and says so', () => {
    const { tab, damaged, told } = damagedTab()
    const full = new MemoryStorage(0)
    expect(keepInTab(createSession(quizBank(), options, 's3', at()), tab, full)).toBe(true)
    expect(told).toHaveLength(1)
    const key = told[0]!.quarantineKey!
    expect(tab.getItem(key)).toBe(damaged)
    expect(words(told, (k) => tab.getItem(k))).toEqual([
      'Your quiz in progress of “Who said what” could not be read, so it cannot be continued; your quizzes in progress of other sets are kept. Storage is too full to set the damaged copy aside: it is kept until you close this tab, to download or discard.',
    ])
  })
})
