/**
 * What can still be read of a progress document that fails its check as a whole: one damaged
 * attempt (a hand-edited backup, a cut-off write) must not take the other hundreds with it. Every
 * attempt is checked on its own against its set's question lists; the readable ones make a valid
 * document, and each one left out is named with why. Used only after the whole-document check has
 * failed, so its per-attempt cost is paid only for damaged data.
 */
import { readStored } from './codec.ts'
import { migrate, validateProgress } from './migrate.ts'
import {
  ATTEMPT_ID,
  LIST_KEY,
  PROGRESS_VERSION,
  QUESTION_ID,
  SET_ID,
  type ProgressDoc,
  type SetRecord,
} from './schema.ts'
import { clip } from '../text/clip.ts'

/** An attempt (or a whole set's history) that could not be read, and why. */
export interface LeftOut {
  /** The set's id as written (cut short when it is long). */
  setId: string
  /** The attempt's id; null when the whole set could not be read. */
  attemptId: string | null
  reason: string
}

export interface Salvaged {
  doc: ProgressDoc
  leftOut: LeftOut[]
  /** The version the document was written in, when older than this build's. */
  migratedFrom?: number
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** The lists of a stored set that are well formed; the others are simply not there. */
function goodLists(lists: unknown): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  if (!isRecord(lists)) return out
  for (const [key, list] of Object.entries(lists)) {
    if (
      LIST_KEY.test(key) &&
      Array.isArray(list) &&
      list.every((q) => typeof q === 'string' && QUESTION_ID.test(q))
    ) {
      out[key] = list as string[]
    }
  }
  return out
}

/** A version 0 document (a flat list of attempts) without the entries that do not read. */
function salvageV0(raw: Record<string, unknown>, leftOut: LeftOut[]): unknown {
  const attempts = raw.attempts as unknown[]
  const kept = attempts.filter((entry, i) => {
    const alone = migrate({ attempts: [entry] })
    if (alone.status === 'ok') return true
    const set = isRecord(entry) && typeof entry.set === 'string' ? entry.set : '?'
    const reason = alone.status === 'invalid' ? alone.reason : 'it could not be read'
    leftOut.push({
      setId: clip(set, 80),
      attemptId: `#${i + 1}`,
      reason: reason.replace(/^version 0: attempts\[0\]\.?/, ''),
    })
    return false
  })
  return { attempts: kept }
}

/**
 * The readable part of stored progress `raw` (any version this build knows), with what was left
 * out; undefined when nothing of it is a progress document at all, or it is from a newer version.
 */
export function salvageProgress(raw: unknown): Salvaged | undefined {
  if (!isRecord(raw)) return undefined
  const leftOut: LeftOut[] = []
  if (!('schemaVersion' in raw) && Array.isArray(raw.attempts)) {
    const whole = migrate(salvageV0(raw, leftOut))
    return whole.status === 'ok' ? { doc: whole.doc, leftOut, migratedFrom: 0 } : undefined
  }
  const version = raw.schemaVersion
  if (!Number.isInteger(version) || (version as number) < 1) return undefined
  if ((version as number) > PROGRESS_VERSION || !isRecord(raw.sets)) return undefined
  const sets: Record<string, SetRecord> = {}
  for (const [setId, set] of Object.entries(raw.sets)) {
    const named = clip(setId, 80)
    if (!SET_ID.test(setId)) {
      leftOut.push({ setId: named, attemptId: null, reason: 'its set name is not a set id' })
      continue
    }
    if (!isRecord(set) || !isRecord(set.attempts)) {
      leftOut.push({ setId: named, attemptId: null, reason: 'its attempts could not be read' })
      continue
    }
    const lists = goodLists(set.lists)
    const attempts: Record<string, string> = {}
    for (const [id, text] of Object.entries(set.attempts)) {
      const attemptId = clip(id, 64)
      if (!ATTEMPT_ID.test(id)) {
        leftOut.push({ setId, attemptId, reason: 'its name is not an attempt id' })
      } else if (typeof text !== 'string') {
        leftOut.push({ setId, attemptId, reason: 'it is not an attempt summary' })
      } else {
        try {
          readStored(setId, id, text, lists)
          attempts[id] = text
        } catch (e) {
          leftOut.push({ setId, attemptId, reason: `it ${(e as Error).message}` })
        }
      }
    }
    if (Object.keys(attempts).length > 0) sets[setId] = { lists, attempts }
  }
  const checked = validateProgress({ schemaVersion: PROGRESS_VERSION, sets })
  if (!checked.ok) return undefined
  const salvaged: Salvaged = { doc: checked.doc, leftOut }
  if (version !== PROGRESS_VERSION) salvaged.migratedFrom = version as number
  return salvaged
}

/** One attempt left out, for people: `attempt a2 of sochi/who-said-what: it has …`. */
export function leftOutText(l: LeftOut): string {
  return l.attemptId === null
    ? `the history of set “${l.setId}”: ${l.reason}`
    : `attempt ${l.attemptId} of set “${l.setId}”: ${l.reason}`
}
