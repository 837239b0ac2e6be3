/**
 * What the page does before it shows anything: find the LMS, and decide where the quiz in
 * progress lives. Inside an LMS it belongs to the learner's attempt there (cmi.suspend_data), not
 * to the browser: the stores get a storage door over memory, so nothing one learner does on a
 * shared computer is left for the next, and the quiz resumes only when the LMS says this attempt
 * is being resumed (cmi.core.entry "resume") with data this page can read. Opened on its own, the
 * page keeps the app's behaviour: the quiz in progress is saved in the browser.
 */
import type { Bank } from '../domain/bank/schema.ts'
import type { StorageBackend } from '../composables/storage/backend.ts'
import { createStorageDoor } from '../composables/storage/door.ts'
import { setStorageDoor } from '../composables/storage/index.ts'
import { useSavedSessions } from '../composables/storage/saved-sessions.ts'
import { LmsSession } from './lms.ts'
import { readSuspendData } from './suspend-read.ts'

export interface Launched {
  /** The LMS session; null when the page runs on its own. */
  lms: LmsSession | null
  /** Set when the LMS held a quiz in progress this page could not read, so it starts afresh. */
  resumeProblem: string | null
}

/** A Storage that forgets everything when the page closes. */
export function memoryStorage(): StorageBackend {
  const items = new Map<string, string>()
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
    key: (i) => [...items.keys()][i] ?? null,
    get length() {
      return items.size
    },
  }
}

/** Starts the LMS session (if any) and sets up storage for the stores; call before creating them. */
export function launch(win: Window, bank: Bank | undefined, now: Date): Launched {
  const lms = LmsSession.start(win, now.getTime())
  if (!lms) return { lms, resumeProblem: null }
  const memory = memoryStorage()
  const door = createStorageDoor({ backend: () => memory, events: null })
  setStorageDoor(door)
  if (!bank) return { lms, resumeProblem: null }
  // Earlier builds of this page kept the quiz in progress in the browser, where the next learner
  // on the same computer was offered it: such a copy is removed, never read.
  const local = useSavedSessions(createStorageDoor())
  if (local.get(bank.id)) local.remove(bank.id)
  const { entry, suspendData } = lms.launch
  if (!lms.records || entry !== 'resume' || suspendData === '') {
    return { lms, resumeProblem: null }
  }
  const read = readSuspendData(suspendData, bank, now)
  if (!read.ok) {
    return {
      lms,
      resumeProblem:
        'Your course had a test in progress for you that this page cannot read, so the test starts again from the beginning.',
    }
  }
  useSavedSessions(door).put(read.session)
  return { lms, resumeProblem: null }
}
