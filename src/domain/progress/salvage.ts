/**
 * What can still be read of a progress document that fails its check as a whole: one damaged
 * attempt (a hand-edited backup, a cut-off write) must not take the other hundreds with it. Every
 * attempt is checked on its own against its set's question lists; the readable ones make a valid
 * document, and each one left out is named with why. Used only after the whole-document check has
 * failed, so its per-attempt cost is paid only for damaged data.
 */
import {
  finishedAtOf,
  readStored,
  resultCode,
  SCORE_UNITS,
  unitsOf,
  type AttemptMode,
} from './codec.ts'
import { DIGIT_CLASS, fromDigits } from './digits.ts'
import { withoutAttempts } from './merge.ts'
import { migrate, validateProgress } from './migrate.ts'
import {
  ATTEMPT_ID,
  LIST_KEY,
  MAX_QUESTIONS,
  MAX_TIME_MS,
  PROGRESS_VERSION,
  QUESTION_ID,
  SET_ID,
  type ProgressDoc,
  type SetRecord,
} from './schema.ts'
import { foundInWords, type Parts } from './settings-names.ts'
import { clip } from '../text/clip.ts'
import { marksText, percentOf } from '../quiz/marks.ts'

/** An attempt (or a whole set's history) that could not be read, and why. */
export interface LeftOut {
  /** The set's id as written (cut short when it is long); '' when it has none that reads. */
  setId: string
  /** The attempt's id; null when the whole set could not be read. */
  attemptId: string | null
  reason: string
  /** What could still be read of a damaged attempt, so the student knows which one it was. */
  startedAt?: number
  mode?: AttemptMode
  /** Marks earned and the most there were, when its results still read. */
  score?: { score: number; max: number }
}

export interface Salvaged {
  doc: ProgressDoc
  leftOut: LeftOut[]
  /** The version the document was written in, when older than this build's. */
  migratedFrom?: number
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

const D = DIGIT_CLASS
/** The start of a summary (see SUMMARY), read leniently: the date, the mode, the results. */
const GLIMPSE = new RegExp(
  `^(?:${D}{8})?\\.(${D}{1,9})\\.${D}+\\.([ptu])[01u]\\.(?:((?:${D}{3})+)(?:[#!]|$)|(${D}+)/(${D}+))`,
)

/** What a damaged attempt's text still tells: when it was started, its mode, its score. */
function glimpse(text: unknown): Pick<LeftOut, 'startedAt' | 'mode' | 'score'> {
  const m = typeof text === 'string' ? GLIMPSE.exec(text) : null
  if (!m) return {}
  const [, start = '', mode, triples, total, max] = m
  const out: Pick<LeftOut, 'startedAt' | 'mode' | 'score'> = {}
  const startedAt = fromDigits(start) * 1000
  if (startedAt > 0 && startedAt <= MAX_TIME_MS) out.startedAt = startedAt
  if (mode === 'p' || mode === 't') out.mode = mode === 'p' ? 'practice' : 'test'
  if (triples !== undefined && triples.length / 3 <= MAX_QUESTIONS) {
    let units = 0
    for (let i = 0; i < triples.length / 3; i++) units += unitsOf(resultCode(triples, i))
    const n = triples.length / 3
    if (units <= n * SCORE_UNITS) out.score = { score: units / SCORE_UNITS, max: n }
  } else if (total !== undefined && max !== undefined) {
    const units = fromDigits(total)
    const most = fromDigits(max)
    if (most > 0 && most <= MAX_QUESTIONS && units <= most * SCORE_UNITS)
      out.score = { score: units / SCORE_UNITS, max: most }
  }
  return out
}

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
    // '' when its set is no name at all: it is named as such, not as a set called “?”.
    const set = isRecord(entry) && typeof entry.set === 'string' ? entry.set : ''
    const reason = alone.status === 'invalid' ? alone.reason : 'it could not be read'
    const lost: LeftOut = {
      setId: clip(set, 80),
      attemptId: `#${i + 1}`,
      // The checker's path, as it is in the document: checked alone, the entry was the first.
      reason: reason.replace(/^version 0: attempts\[0\]/, `attempts[${i}]`),
    }
    // Its date, when that part still reads, says which one it was.
    const date = isRecord(entry) && typeof entry.date === 'string' ? Date.parse(entry.date) : NaN
    if (date > 0 && date <= MAX_TIME_MS) lost.startedAt = date
    leftOut.push(lost)
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
      leftOut.push({
        setId: named,
        attemptId: null,
        reason: 'its name is not one Passage gives a set',
      })
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
        leftOut.push({ setId, attemptId, reason: 'its name is not one Passage gives an attempt' })
      } else if (typeof text !== 'string') {
        leftOut.push({ setId, attemptId, reason: 'it is not an attempt summary' })
      } else {
        try {
          readStored(setId, id, text, lists)
          attempts[id] = text
        } catch (e) {
          leftOut.push({ setId, attemptId, reason: `it ${(e as Error).message}`, ...glimpse(text) })
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

/**
 * `doc` without the attempts that finished after `latest` (epoch ms), each named with `reason`:
 * an attempt a backup dates after it was made comes from a clock set wrong or an edit, and would
 * be its set's "last played" for years.
 */
export function withoutLate(
  doc: ProgressDoc,
  latest: number,
  reason: string,
): { doc: ProgressDoc; leftOut: LeftOut[] } {
  const leftOut: LeftOut[] = []
  const late: Record<string, SetRecord> = {}
  for (const [setId, set] of Object.entries(doc.sets)) {
    for (const [id, text] of Object.entries(set.attempts)) {
      if (finishedAtOf(text) <= latest) continue
      leftOut.push({ setId, attemptId: id, reason, ...glimpse(text) })
      ;(late[setId] ??= { lists: {}, attempts: {} }).attempts[id] = text
    }
  }
  if (leftOut.length === 0) return { doc, leftOut }
  return { doc: withoutAttempts(doc, { schemaVersion: doc.schemaVersion, sets: late }), leftOut }
}

/** The parts of a version 0 attempt, for `foundInWords`: each as the student knows it. */
const V0_PARTS: Parts = [
  [/^attempts\[\d+\]\.set\b/, 'the name of its set'],
  [/^attempts\[\d+\]\.score\b/, 'its score'],
  [/^attempts\[\d+\]\.total\b/, 'its number of questions'],
  [/^attempts\[\d+\]\.date\b/, 'its date'],
  [/^attempts\[\d+\]/, 'this attempt'],
]

const NO_LIST = 'its list of questions is missing'
const TOO_MANY = 'it has more questions than any quiz can have'

/**
 * The stored-attempt reader's sentences (`readStored` in codec.ts, after the “it ” salvage adds),
 * each as a student would say it. The reader's own words stay short and name its parts (“question
 * list "zzzzzzzz"”, “retry marks”): they are for the whole-document check and whoever debugs it.
 */
const CODEC_WORDS: readonly (readonly [RegExp, string])[] = [
  [/^it is not an attempt summary$/, 'it is not written the way Passage writes an attempt'],
  [/^it refers to question list .*, which is missing$/, NO_LIST],
  [/^it has (per-question results|detail) but no question list$/, NO_LIST],
  [/^it has a start time out of range$/, 'its date is after the year 9999'],
  [/^it has a duration out of range$/, 'it ends after the year 9999'],
  [/^it has (a maximum score out of range|too many questions)$/, TOO_MANY],
  [/^it has a score above its maximum$/, 'its score is more than its full marks'],
  [/^it has \S+ results for \d+ questions$/, 'its marks do not match its list of questions'],
  [/^it has an impossible score for /, 'it has a mark more than a question can earn'],
  [/^it has \S+ answers for \d+ questions$/, 'its answers do not match its list of questions'],
  [/^it has an unreadable question order$/, 'its order of questions cannot be read'],
  [/^it has unreadable retry marks$/, 'its record of second tries cannot be read'],
  [/^it has unreadable skips$/, 'its record of questions skipped cannot be read'],
]

/**
 * Why an attempt was left out, in words first: a reader's sentence as a student would say it
 * (“its date is after the year 9999”), a checker's path (“attempts[1].total is out of range…”)
 * after what it found.
 */
function whyText(reason: string): string {
  const words = CODEC_WORDS.find(([pattern]) => pattern.test(reason))?.[1]
  if (words) return words
  return /^its? /.test(reason) ? reason : `Passage found ${foundInWords(reason, 'it', V0_PARTS)}`
}

/**
 * One attempt (or set history) left out, in words a student recognises: the set's title when
 * `title` knows it, the date (written by `date`), the mode and the score when they still read,
 * then why: `“Who said what?”: your test of 18 May 2024, 11:00, 14.5 of 18 marks (80%) — it is …`.
 */
export function leftOutText(
  l: LeftOut,
  title: (setId: string) => string | undefined = () => undefined,
  date: (ms: number) => string = (ms) => new Date(ms).toISOString().slice(0, 16).replace('T', ' '),
): string {
  const known = l.setId === '' ? undefined : title(l.setId)
  const set =
    known !== undefined
      ? `“${known}”`
      : l.setId === ''
        ? 'a set whose name cannot be read'
        : `set “${l.setId}”`
  const why = whyText(l.reason)
  if (l.attemptId === null) return `${set}: its whole history — ${why}`
  const what =
    l.mode === 'test' ? 'your test' : l.mode === 'practice' ? 'your practice' : 'your attempt'
  const when =
    l.startedAt === undefined
      ? `an attempt whose date cannot be read (${l.attemptId})`
      : `${what} of ${date(l.startedAt)}`
  const score = l.score
    ? `, ${marksText(l.score.score, l.score.max)} (${percentOf(l.score.score, l.score.max)}%)`
    : ''
  return `${set}: ${when}${score} — ${why}`
}
