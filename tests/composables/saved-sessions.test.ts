import { beforeEach, describe, expect, it } from 'vitest'
import { createStorageDoor, type StorageDoor } from '../../src/composables/storage/door.ts'
import { STORAGE_KEYS } from '../../src/composables/storage/keys.ts'
import { useSavedSessions } from '../../src/composables/storage/saved-sessions.ts'
import { createSession } from '../../src/domain/quiz/session.ts'
import { at, BANK_ID, quizBank } from '../fixtures/progress/bank.ts'
import { MemoryStorage } from '../fixtures/progress/memory-storage.ts'

const OTHER = 'mini/quotes'
const options = { mode: 'practice', shuffleQuestions: true, shuffleChoices: true } as const
const session = createSession(quizBank(), options, 's1', at())
const other = createSession(quizBank(OTHER), options, 's2', at())

let storage: MemoryStorage
let door: StorageDoor

beforeEach(() => {
  storage = new MemoryStorage()
  door = createStorageDoor({ backend: () => storage, events: null })
})

describe('useSavedSessions', () => {
  it('saves, finds and removes a session per bank', () => {
    const saved = useSavedSessions(door)
    expect(saved.get(BANK_ID)).toBeUndefined()
    expect(saved.put(session).ok).toBe(true)
    expect(saved.put(other).ok).toBe(true)
    expect(saved.get(BANK_ID)).toEqual(session)
    saved.remove(BANK_ID)
    expect(saved.get(BANK_ID)).toBeUndefined()
    expect(saved.get(OTHER)).toEqual(other)
    expect(JSON.parse(storage.getItem(STORAGE_KEYS.quizInProgress) ?? '')).toMatchObject({
      schemaVersion: 1,
      sessions: { [OTHER]: { bankId: OTHER } },
    })
  })

  it('keeps the sessions another tab saved meanwhile', () => {
    const tabA = useSavedSessions(door)
    const tabB = useSavedSessions(createStorageDoor({ backend: () => storage, events: null }))
    tabA.put(session)
    tabB.put(other)
    expect(tabA.get(BANK_ID)).toEqual(session)
    expect(tabA.get(OTHER)).toEqual(other)
  })

  it('sets an unreadable document aside and starts clean', () => {
    storage.setItem(STORAGE_KEYS.quizInProgress, '{"schemaVersion":1,"sessions":{"a/b":7}}')
    const saved = useSavedSessions(door)
    expect(saved.read()).toMatchObject({ status: 'quarantined' })
    expect(saved.get('a/b')).toBeUndefined()
    expect(saved.put(session).ok).toBe(true)
    expect(door.listQuarantine()).toHaveLength(1)
  })
})
