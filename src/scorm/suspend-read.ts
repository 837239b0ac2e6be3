/**
 * Reads cmi.suspend_data (written by suspend-data.ts) back into a quiz session. The text comes
 * from the LMS, so it is untrusted: anything that is not exactly what this set's page would have
 * written — another format, another version of the set, a place out of range, a number of
 * entries that does not match — is refused with a reason, never thrown, and the learner starts
 * afresh.
 */
import type { Bank, Question } from '../domain/bank/schema.ts'
import { blankResponse, isResponseFor } from '../domain/grading/registry.ts'
import { setVersion } from '../domain/interop/fingerprint.ts'
import {
  createSession,
  isResumable,
  shownOf,
  type Entry,
  type QuizSession,
} from '../domain/quiz/session.ts'
import {
  LMS_QUIZ_OPTIONS,
  STATE,
  SUSPEND_DATA_MAX,
  SUSPEND_FORMAT,
  placeWidth,
  rightsOf,
} from './suspend-data.ts'

export type SuspendRead = { ok: true; session: QuizSession } | { ok: false; reason: string }

const refuse = (reason: string): SuspendRead => ({ ok: false, reason })

/** Longest seed read: the app's are 12 characters. */
const SEED_MAX = 64
/** Longest time on one question read back, in seconds (a year: anything longer is not a time). */
const SECONDS_MAX = 366 * 24 * 3600
const ENTRY = /^([0-7])([0-9a-z]{0,6}):([\s\S]*)$/

/** `text` as places of `width` base-36 digits, each below `n`; null when it is not. */
function places(text: string, width: number, n: number): number[] | null {
  if (text.length % width !== 0 || !/^[0-9a-z]*$/.test(text)) return null
  const out: number[] = []
  for (let at = 0; at < text.length; at += width) {
    const i = parseInt(text.slice(at, at + width), 36)
    if (!(i >= 0 && i < n)) return null
    out.push(i)
  }
  return out
}

const distinct = (list: readonly number[]) => new Set(list).size === list.length

/** The response `text` stands for, or undefined when it cannot be one of `q`'s. */
function decodeResponse(q: Question, text: string, shown: string[] | undefined): unknown {
  if (text === '') return blankResponse(q, shown)
  switch (q.type) {
    case 'single': {
      const p = places(text, placeWidth(q.choices.length), q.choices.length)
      return p?.length === 1 ? q.choices[p[0] as number] : undefined
    }
    case 'multiple': {
      const p = places(text, placeWidth(q.choices.length), q.choices.length)
      return p && distinct(p) ? p.map((i) => q.choices[i]) : undefined
    }
    case 'truefalse':
      return text === 't' ? true : text === 'f' ? false : undefined
    case 'numeric':
    case 'short':
      return text
    case 'ordering': {
      const p = places(text, placeWidth(q.items.length), q.items.length)
      return p && p.length === q.items.length && distinct(p) ? p.map((i) => q.items[i]) : undefined
    }
    case 'matching': {
      const rights = rightsOf(q)
      const p = places(text, placeWidth(rights.length + 1), rights.length + 1)
      if (!p || p.length !== q.pairs.length) return undefined
      const chosen: Record<string, string> = {}
      q.pairs.forEach((pair, i) => {
        chosen[pair.left] = rights[(p[i] as number) - 1] ?? ''
      })
      return chosen
    }
  }
}

/**
 * The paused quiz session `text` holds for `bank`, as the quiz store resumes it, or why not.
 * `now` is when the session counts as started (the earlier sittings' time is in each question's).
 */
export function readSuspendData(text: string, bank: Bank, now: Date): SuspendRead {
  if (text === '') return refuse('there is no quiz in progress')
  if (text.length > SUSPEND_DATA_MAX) return refuse('it is longer than SCORM 1.2 allows')
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return refuse('it is not JSON')
  }
  if (!Array.isArray(data) || data[0] !== SUSPEND_FORMAT) return refuse('it is not in our format')
  const [, version, seed, index, ...entries] = data as unknown[]
  if (version !== setVersion(bank)) return refuse('it was written for another version of the set')
  if (typeof seed !== 'string' || seed === '' || seed.length > SEED_MAX) return refuse('no seed')
  let fresh: QuizSession
  try {
    fresh = createSession(bank, { ...LMS_QUIZ_OPTIONS }, seed, now)
  } catch {
    return refuse('the set has no questions to ask')
  }
  const { order } = fresh
  if (entries.length !== order.length) return refuse('it has the wrong number of answers')
  if (!(Number.isInteger(index) && (index as number) >= 0 && (index as number) < order.length)) {
    return refuse('the question on screen is out of range')
  }
  const byId = new Map(bank.questions.map((q) => [q.id, q]))
  const flagged: string[] = []
  const read: Entry[] = []
  for (let i = 0; i < order.length; i++) {
    const id = order[i] as string
    const q = byId.get(id) as Question
    const match = typeof entries[i] === 'string' ? ENTRY.exec(entries[i] as string) : null
    if (!match) return refuse(`answer ${i + 1} is not in our format`)
    const [, stateText, secondsText, responseText] = match as unknown as [
      string,
      string,
      string,
      string,
    ]
    const state = Number(stateText)
    const seconds = secondsText === '' ? 0 : parseInt(secondsText, 36)
    if (seconds > SECONDS_MAX) return refuse(`answer ${i + 1} has an impossible time`)
    const response = decodeResponse(q, responseText, shownOf(fresh, id))
    if (response === undefined || !isResponseFor(q, response)) {
      return refuse(`answer ${i + 1} is not a response to question ${id}`)
    }
    const answered = (state & STATE.answered) !== 0
    if (state & STATE.flagged) flagged.push(id)
    read.push({
      response,
      attempts: answered ? 1 : 0,
      retryUsed: false,
      skipped: (state & STATE.skipped) !== 0,
      timeMs: seconds * 1000,
      phase: answered ? 'answered' : 'unanswered',
    })
  }
  // Paused, as the store keeps a saved quiz: resuming starts the clock on the question on screen.
  const session: QuizSession = {
    ...fresh,
    index: index as number,
    entries: read,
    flagged,
    viewingSince: null,
  }
  return isResumable(session, bank)
    ? { ok: true, session }
    : refuse('it does not fit the set in this page')
}
