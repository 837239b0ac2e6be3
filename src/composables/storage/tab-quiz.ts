/**
 * The quiz in progress this tab could not save in localStorage (full, or refused), kept in the
 * tab's sessionStorage instead, so a reload of the tab (which a phone may do on its own, to a tab
 * in the background) still finds it. Only this tab, only until it closes; it is forgotten as soon
 * as localStorage takes the quiz or the quiz ends. What is read back is untrusted like every
 * stored document: parsed as a saved-sessions document, and checked with the set (`isResumable`)
 * by the quiz store before it is offered. A damaged copy is set aside through the storage door and
 * said, as the saved one is.
 */
import {
  emptySavedSessions,
  parseSavedSessions,
  putSession,
  removeSession,
  salvageSavedSessions,
  serializeSavedSessions,
  sessionOf,
  type SavedSessions,
} from '../../domain/progress/saved-sessions.ts'
import type { QuizSession } from '../../domain/quiz/session.ts'
import { browserStorage, type StorageBackend } from './backend.ts'
import type { ReadResult, StorageDoor } from './door.ts'
import { useStorageDoor } from './index.ts'
import { STORAGE_KEYS } from './keys.ts'

/** The same key as in localStorage (the quiz route's hint looks for it in both). */
const KEY = STORAGE_KEYS.quizInProgress

/** Told of a damaged copy set aside, once (the quiz store says it as the saved quiz's read). */
let told: ((read: ReadResult<SavedSessions>) => void) | undefined
/** Who is told when a damaged copy of the tab is set aside (the quiz store). */
export function tellSetAside(listener: typeof told): void {
  told = listener
}

// Its own tries, not quiet.ts's: the quiz's chunk would share that module with the review page's
// and the studio's, and each shared module is one more chunk the first page must name.
function readTab(storage: StorageBackend | null, door: StorageDoor): SavedSessions {
  try {
    const text = storage?.getItem(KEY)
    const read = text ? parseSavedSessions(text) : undefined
    if (read?.status === 'ok') return read.doc
    if (!storage || !text || read?.status !== 'invalid') return emptySavedSessions()
    // One damaged quiz is set aside, not every set's quiz (as the saved document's salvage does),
    // and the student is told which, once: the tab then holds only what could be kept.
    const kept = salvageSavedSessions(text)
    const doc = kept?.doc ?? emptySavedSessions()
    // Before anything may overwrite it: in localStorage where it has room, so the notice's
    // Download and Discard find it with the rest, else in the door's memory until the page goes
    // (not in the tab, whose room the quiz needs, and where no notice would find it after a reload).
    const { key, stored } = door.setAside(KEY, text)
    writeTab(storage, doc)
    told?.({
      value: doc,
      status: 'quarantined',
      quarantineKey: key,
      quarantineStored: stored,
      reason: read.reason,
      ...(kept && { salvaged: true as const, lost: kept.lost }),
    })
    return doc
  } catch {
    // Refused: nothing kept.
  }
  return emptySavedSessions()
}

/** Writes `doc` (removes the key when it holds no quiz); whether the tab took it. */
function writeTab(storage: StorageBackend | null, doc: SavedSessions): boolean {
  try {
    if (Object.keys(doc.sessions).length) storage?.setItem(KEY, serializeSavedSessions(doc))
    else storage?.removeItem(KEY)
    return !!storage
  } catch {
    // Full or refused: what was there before stays.
    return false
  }
}

/** Keeps `session` in this tab; whether the tab took it. */
export function keepInTab(
  session: QuizSession,
  storage = browserStorage('sessionStorage'),
  door = useStorageDoor(),
): boolean {
  return writeTab(storage, putSession(readTab(storage, door), session))
}

/** The quiz of `bankId` this tab kept, if any: untrusted, check it with the set. */
export function keptInTab(
  bankId: string,
  storage = browserStorage('sessionStorage'),
  door = useStorageDoor(),
): QuizSession | undefined {
  return sessionOf(readTab(storage, door), bankId)
}

/** Forgets the quiz of `bankId` this tab kept (saved after all, finished, or set aside). */
export function forgetInTab(
  bankId: string,
  storage = browserStorage('sessionStorage'),
  door = useStorageDoor(),
): void {
  const doc = readTab(storage, door)
  if (sessionOf(doc, bankId)) writeTab(storage, removeSession(doc, bankId))
}
