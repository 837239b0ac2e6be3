/**
 * One card per question a student has answered, stored as one short text: its FSRS memory state,
 * then `|`, then its log, a run of fixed-width entries (7 characters each: when, in seconds since
 * 2020 as 6 base-36 digits, and one letter for grade, source and confidence, a capital when the
 * answer was a second try: review format 2; version 1 wrote small letters only). For example
 *
 *     "33jic0,33c3o0,4.93174557,5.11477232,2,0,6|336jo0c33c3o0t"
 *
 * is a card due 8 December 2025 09:00 UTC, last answered on the 4th, stability 4.93 days,
 * difficulty 5.11, 2 answers, no lapse, phase 6 (in review, 2, + 4: reviewed at least once outside
 * a quiz), then its log: "good" in a quiz on the 1st (c), "easy" and sure in a review on the 4th
 * (t). Times are kept to the second and numbers exactly as FSRS computed them, so a card read back
 * schedules exactly as the one written.
 */

export type Grade = 'again' | 'hard' | 'good' | 'easy'
/** The grades in FSRS order (Again = 1 … Easy = 4). */
export const GRADES: readonly Grade[] = ['again', 'hard', 'good', 'easy']

/** Where an answer came from: a quiz, a review of a due card, or practice of a card not due. */
export type Source = 'quiz' | 'review' | 'practice'
const SOURCES: readonly Source[] = ['quiz', 'review', 'practice']

/** FSRS card phases (ts-fsrs `State`): new, learning, review, relearning. */
export type Phase = 0 | 1 | 2 | 3

export interface CardState {
  /** When it is next due, epoch ms (whole seconds). */
  due: number
  /** When it was last answered, epoch ms (whole seconds). */
  last: number
  stability: number
  difficulty: number
  reps: number
  lapses: number
  phase: Phase
  /** ts-fsrs learning step (0 while short-term steps are off, as Passage schedules). */
  steps: number
  /** Answered at least once in a review session, not only in quizzes: no longer "new" to review. */
  reviewed: boolean
}

export interface LogEntry {
  /** Epoch ms, whole seconds. */
  at: number
  grade: Grade
  source: Source
  /** The student said "I'm sure" before checking. */
  sure: boolean
  /**
   * The answer that counts was a second try (the first was wrong). Entries written before review
   * format 2 say false: whether they were is not known.
   */
  retry: boolean
}

/** What a right second try is worth: half a right answer, as a quiz marks it. */
export const SECOND_TRY_WORTH = 0.5

/**
 * How much `entry` counts as right, in every review figure that counts "right": a right first
 * answer 1, a right second try ½, a wrong answer 0. An answer logged before review format 2
 * cannot say it was a second try: a right one counts 1, as it always did.
 */
export function rightWorth(entry: Pick<LogEntry, 'grade' | 'retry'>): number {
  if (entry.grade === 'again') return 0
  return entry.retry ? SECOND_TRY_WORTH : 1
}

/** Log times count seconds from here, so 6 base-36 digits last until 2089. */
export const LOG_EPOCH = Date.UTC(2020, 0, 1)
const MAX_SECONDS = 36 ** 6 - 1
export const ENTRY_CHARS = 7

/** Matches a stored card text; `decodeCard` checks the numbers it cannot. */
export const CARD_TEXT =
  /^[0-9a-z]{1,6},[0-9a-z]{1,6},\d{1,6}(?:\.\d{1,24})?(?:e-\d{1,3})?,\d{1,2}(?:\.\d{1,24})?(?:e-\d{1,3})?,[0-9a-z]{1,6},[0-9a-z]{1,6},[0-7][0-9a-z]{0,3}\|(?:[0-9a-z]{6}[a-xA-X])*$/

/** `t` (epoch ms) as whole seconds since LOG_EPOCH, within what 6 digits hold. */
export function logSeconds(t: number): number {
  return Math.min(MAX_SECONDS, Math.max(0, Math.floor((t - LOG_EPOCH) / 1000)))
}

/** `t` rounded down to the instant a card or log entry can store. */
export function storableTime(t: number): number {
  return LOG_EPOCH + logSeconds(t) * 1000
}

const fromSeconds = (s: number): number => LOG_EPOCH + s * 1000

/** Char codes of `a` and `A`: the letter of a first answer, and of a second try (format 2). */
const FIRST = 97
const SECOND = 65

/** One log entry as its 7 characters. */
export function encodeEntry(e: LogEntry): string {
  const code = GRADES.indexOf(e.grade) + 4 * SOURCES.indexOf(e.source) + (e.sure ? 12 : 0)
  return (
    logSeconds(e.at).toString(36).padStart(6, '0') +
    String.fromCharCode((e.retry ? SECOND : FIRST) + code)
  )
}

/** The entry at character `offset` of a log. */
export function decodeEntry(log: string, offset: number): LogEntry {
  const letter = log.charCodeAt(offset + 6)
  const retry = letter < FIRST
  const code = letter - (retry ? SECOND : FIRST)
  return {
    at: fromSeconds(parseInt(log.slice(offset, offset + 6), 36)),
    grade: GRADES[code % 4] as Grade,
    source: SOURCES[Math.floor((code % 12) / 4)] as Source,
    sure: code >= 12,
    retry,
  }
}

/** When the entry at `offset` was made, without decoding the rest of it. */
export function entryTime(log: string, offset: number): number {
  return fromSeconds(parseInt(log.slice(offset, offset + 6), 36))
}

/** Every entry of a log, oldest first. */
export function decodeLog(log: string): LogEntry[] {
  const out: LogEntry[] = []
  for (let i = 0; i + ENTRY_CHARS <= log.length; i += ENTRY_CHARS) out.push(decodeEntry(log, i))
  return out
}

/** The log part of a card text (after `|`). */
export function logOf(text: string): string {
  return text.slice(text.indexOf('|') + 1)
}

/** A card's state and log as stored. */
export function encodeCard(state: CardState, log: string): string {
  const head = [
    logSeconds(state.due).toString(36),
    logSeconds(state.last).toString(36),
    String(state.stability),
    String(state.difficulty),
    state.reps.toString(36),
    state.lapses.toString(36),
    String(state.phase + (state.reviewed ? 4 : 0)) + (state.steps ? state.steps.toString(36) : ''),
  ]
  return `${head.join(',')}|${log}`
}

/**
 * The state of a stored card text; throws a TypeError saying what is wrong when it does not
 * match `CARD_TEXT` or holds numbers FSRS could not have produced.
 */
export function decodeCard(text: string): CardState {
  if (!CARD_TEXT.test(text)) throw new TypeError('is not a card')
  const bar = text.indexOf('|')
  const [due, last, s, d, reps, lapses, code] = text.slice(0, bar).split(',') as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ]
  const state = Number(code[0])
  const stability = Number(s)
  const difficulty = Number(d)
  if (!(stability > 0 && stability <= 36_500)) throw new TypeError('has an impossible stability')
  if (!(difficulty >= 1 && difficulty <= 10)) throw new TypeError('has an impossible difficulty')
  return {
    due: fromSeconds(parseInt(due, 36)),
    last: fromSeconds(parseInt(last, 36)),
    stability,
    difficulty,
    reps: parseInt(reps, 36),
    lapses: parseInt(lapses, 36),
    phase: (state % 4) as Phase,
    steps: code.length > 1 ? parseInt(code.slice(1), 36) : 0,
    reviewed: state >= 4,
  }
}

/** Whether a log holds exactly this entry already (an answer applied twice counts once). */
export function logHas(log: string, entry: string): boolean {
  for (let i = 0; i + ENTRY_CHARS <= log.length; i += ENTRY_CHARS) {
    if (log.startsWith(entry, i)) return true
  }
  return false
}

/** The key of a card across sets: question ids are unique only within their set. */
export function cardKey(setId: string, qid: string): string {
  return `${setId}#${qid}`
}

/** The set and question of a card key. */
export function splitCardKey(key: string): { setId: string; qid: string } {
  const at = key.indexOf('#')
  return { setId: key.slice(0, at), qid: key.slice(at + 1) }
}
