/**
 * Attempts as the rest of the app sees them, and the compact text they are stored as.
 * A summary (`list.start.duration.mode+passed.scores`) is kept for ever and feeds every aggregate;
 * the detail after `#` (seed, per-question marks, answers) is what trimming removes. Scores are stored in
 * 1/120ths (exact for halves, thirds, quarters, fifths, sixths and their half-credit retries) and
 * times in whole seconds, so `attemptFromSession` rounds the same way and a recorded attempt
 * reads back exactly as it was recorded.
 */
import { DIGITS, fromDigits, hash8, toDigits } from './digits.ts'
import { ATTEMPT_ID, MAX_QUESTIONS, MAX_TIME_MS, QUESTION_ID, SUMMARY } from './schema.ts'

export type AttemptMode = 'practice' | 'test' | 'unknown'

/** One question's result in an attempt. */
export interface AnswerRecord {
  qid: string
  /** 0–1, in steps of 1/SCORE_UNITS. */
  score: number
  /** Every question weighs 1 (see domain/grading); kept so callers need not know it. */
  max: number
  correct: boolean
  /** Whole seconds, at most MAX_SECONDS. */
  timeMs: number
  /** The answer given, as `encodeAnswer` wrote it; absent once the attempt's detail is trimmed. */
  answer?: string
  retryUsed?: boolean
  /**
   * A second try's first answer, as `encodeAnswer` wrote it; kept with the detail. Absent for
   * attempts recorded before version 5, which did not keep it.
   */
  firstAnswer?: string
  /** The student marked this refused answer right ("I was right", practice); kept with the detail. */
  overridden?: boolean
  /**
   * Left without an answer (a test question not reached, a practice question skipped): scored 0
   * and not right. Kept in the summary, so it outlives the detail. Absent (false) for attempts
   * recorded before version 3, which did not say.
   */
  unanswered?: boolean
  /**
   * Of a practice's questions left without an answer, one the student did not skip: the time ran
   * out on it or before it was reached, and its results said "Left blank", not "Skipped". Kept in
   * the summary (version 6). Absent for a test's (all left blank) and for practices recorded
   * before version 6, whose blanks all read as skipped.
   */
  notSkipped?: boolean
}

/** One finished quiz. `answers` are sorted by question id, which is how they are stored. */
export interface Attempt {
  id: string
  setId: string
  mode: AttemptMode
  /** Whole seconds since the epoch, in milliseconds. */
  startedAt: number
  finishedAt: number
  score: number
  max: number
  /** null for attempts migrated from a version that did not record it. */
  passed: boolean | null
  /** Empty for attempts migrated from a version without per-question results. */
  answers: AnswerRecord[]
  /** Whether seed, answers and retries are still kept (see ProgressLimits). */
  detailed: boolean
  seed?: string
  /**
   * The question ids in the order they were asked, kept with the detail (version 4). Absent for
   * attempts recorded before it, and once the detail is trimmed.
   */
  asked?: string[]
}

/**
 * Whether the attempt's options were shown shuffled with its seed (`displayOrder(q, seed, true)`),
 * so that they can be listed again as they were shown. Every quiz Passage has recorded since
 * version 4 shuffled them (no option keeps the set's order), and only those attempts keep `asked`.
 * A build that lets a quiz keep the set's choice order must store that with the attempt.
 */
export function shuffledChoices(attempt: Attempt): attempt is Attempt & { seed: string } {
  return attempt.asked !== undefined && attempt.seed !== undefined
}

/** Scores are stored as whole 1/120ths of a question. */
export const SCORE_UNITS = 120
/**
 * The score code of a question left without an answer: no marks with the "right" bit, a pair no
 * answer can have (right means some credit). Version 3 gave it this meaning; no earlier build wrote
 * it (see the v2 → v3 step in migrate.ts), and `encodeAttempt` never writes "right" with no credit.
 */
const UNANSWERED = 1
// Three digits hold 64³ values: 242 score codes (121 scores × correct) times this many seconds.
const TIME_SLOTS = Math.floor(64 ** 3 / ((SCORE_UNITS + 1) * 2))
/** Longest time on one question that is stored as it is (18 minutes); longer ones are capped. */
export const MAX_SECONDS = TIME_SLOTS - 1

const MODE_CODE = { practice: 'p', test: 't', unknown: 'u' } as const
const MODE_OF: Record<string, AttemptMode> = { p: 'practice', t: 'test', u: 'unknown' }

/** A score of `score` out of `max` in stored units (rounded, clamped to 0…SCORE_UNITS). */
export function scoreUnits(score: number, max: number): number {
  if (!(max > 0)) return 0
  return Math.min(SCORE_UNITS, Math.max(0, Math.round((score / max) * SCORE_UNITS)))
}

/** A duration rounded to the whole seconds stored for one question. */
export function storedSeconds(ms: number): number {
  return Math.min(MAX_SECONDS, Math.max(0, Math.round(ms / 1000)))
}

/** The key a sorted question list of a set is stored under. */
export function listKey(setId: string, qids: readonly string[]): string {
  return hash8(`${setId}\n${qids.join('\n')}`)
}

function escapeText(text: string): string {
  return text.replace(/%/g, '%25').replace(/\|/g, '%7C')
}

function unescapeText(text: string): string {
  if (!text.includes('%')) return text
  return text.replace(/%(25|7C)/g, (_, code: string) => (code === '25' ? '%' : '|'))
}

/** Plain code-unit order, the same in every browser and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Newest first: finished later, then started later, then the larger id, so every tab orders
 * attempts alike. Times are kept to the second, and a one-question quiz taken right after
 * another can finish in the same second: the one started later is the newer.
 */
export function newestFirst(
  a: Pick<Attempt, 'finishedAt' | 'startedAt' | 'id'>,
  b: Pick<Attempt, 'finishedAt' | 'startedAt' | 'id'>,
): number {
  return b.finishedAt - a.finishedAt || b.startedAt - a.startedAt || compareText(b.id, a.id)
}

export interface EncodedAttempt {
  /** The sorted question ids; empty for an attempt without per-question results. */
  list: string[]
  /** listKey of `list`, or '' when it is empty. */
  key: string
  text: string
}

/** Per-question mark in the detail: bit 1 a retry was used, bit 2 marked right by the student. */
const RETRY_MARK = 1
const OVERRIDE_MARK = 2

function markOf(a: AnswerRecord): string {
  return String((a.retryUsed ? RETRY_MARK : 0) + (a.overridden ? OVERRIDE_MARK : 0))
}

/**
 * One bit per question of `n`, six to a digit (question i is bit i % 6 of digit i / 6): the
 * summary's `!` part (version 6), which says which of a practice's blanks were not skipped.
 */
function bitsOf(n: number, on: (i: number) => boolean): string {
  let out = ''
  for (let at = 0; at < n; at += 6) {
    let d = 0
    for (let b = 0; b < 6 && at + b < n; b++) if (on(at + b)) d |= 1 << b
    out += DIGITS[d]
  }
  return out
}

/** Whether question `i` is one of `bits` (see `bitsOf`); false when `bits` is ''. */
export const bitAt = (bits: string, i: number): boolean =>
  ((fromDigits(bits, (i / 6) | 0, ((i / 6) | 0) + 1) >> (i % 6)) & 1) === 1

/** Digits per position in an asked order of `n` questions. */
function orderWidth(n: number): number {
  return n <= 64 ? 1 : n <= 64 ** 2 ? 2 : 3
}

/**
 * The asked order as positions in the sorted list, `orderWidth` digits each (version 4, the last
 * field of the detail). Throws a RangeError unless `asked` holds each listed question once.
 */
function encodeOrder(asked: readonly string[], list: readonly string[]): string {
  const position = new Map(list.map((qid, i) => [qid, i]))
  const width = orderWidth(list.length)
  const seen = new Set<string>()
  const code = asked.map((qid) => {
    const i = position.get(qid)
    if (i === undefined || seen.has(qid)) throw new RangeError(`Asked order has ${qid} wrongly`)
    seen.add(qid)
    return toDigits(i, width)
  })
  if (asked.length !== list.length) throw new RangeError('Asked order misses questions')
  return code.join('')
}

/** The positions a stored order names, or undefined when it is not each position once. */
function readOrder(code: string, n: number): number[] | undefined {
  const width = orderWidth(n)
  if (code.length !== n * width) return undefined
  const seen = new Uint8Array(n)
  const out: number[] = []
  for (let at = 0; at < code.length; at += width) {
    const i = fromDigits(code, at, at + width)
    if (!(i < n) || seen[i]) return undefined
    seen[i] = 1
    out.push(i)
  }
  return out
}

/** The stored form of an attempt. Throws a RangeError for ids the document could not hold. */
export function encodeAttempt(attempt: Attempt): EncodedAttempt {
  if (!ATTEMPT_ID.test(attempt.id)) throw new RangeError(`Bad attempt id ${attempt.id}`)
  const answers = [...attempt.answers].sort((a, b) => compareText(a.qid, b.qid))
  answers.forEach((a, i) => {
    if (!QUESTION_ID.test(a.qid)) throw new RangeError(`Bad question id ${a.qid}`)
    if (i > 0 && answers[i - 1]?.qid === a.qid) throw new RangeError(`Question ${a.qid} twice`)
  })
  const list = answers.map((a) => a.qid)
  const key = list.length > 0 ? listKey(attempt.setId, list) : ''
  const start = Math.max(0, Math.floor(attempt.startedAt / 1000))
  const duration = Math.max(0, Math.round(attempt.finishedAt / 1000 - start))
  const passed = attempt.passed === null ? 'u' : attempt.passed ? '1' : '0'
  const body =
    answers.length > 0
      ? answers
          .map((a) => {
            const code = a.unanswered
              ? UNANSWERED
              : scoreUnits(a.score, a.max) * 2 + (a.correct && a.score > 0 ? 1 : 0)
            return toDigits(code * TIME_SLOTS + storedSeconds(a.timeMs), 3)
          })
          .join('')
      : `${toDigits(Math.max(0, Math.round(attempt.score * SCORE_UNITS)))}/${toDigits(Math.max(0, Math.round(attempt.max)))}`
  const notSkipped = (i: number) => !!(answers[i]?.unanswered && answers[i]?.notSkipped)
  // Version 6: a practice's blanks the student did not skip (the time ran out), when it has some.
  const blanks =
    attempt.mode === 'practice' && answers.some((_, i) => notSkipped(i))
      ? `!${bitsOf(answers.length, notSkipped)}`
      : ''
  let text = `${key}.${toDigits(start)}.${toDigits(duration)}.${MODE_CODE[attempt.mode]}${passed}.${body}${blanks}`
  // An attempt without per-question results has no answers to keep, hence no detail.
  if (attempt.detailed && answers.length > 0) {
    const marks = answers.some((a) => a.retryUsed || a.overridden)
      ? answers.map(markOf).join('')
      : ''
    const parts = [attempt.seed ?? '', marks, ...answers.map((a) => a.answer ?? '')]
    if (attempt.asked) {
      parts.push(encodeOrder(attempt.asked, list))
      // Version 5: after the order, the first answers of the questions tried twice, in list order.
      const tried = answers.filter((a) => a.retryUsed)
      if (tried.some((a) => a.firstAnswer)) parts.push(...tried.map((a) => a.firstAnswer ?? ''))
    }
    text += `#${parts.map(escapeText).join('|')}`
  }
  return { list, key, text }
}

/** An attempt's stored text, read and checked but without a record per question. */
export interface StoredAttempt {
  id: string
  setId: string
  mode: AttemptMode
  startedAt: number
  finishedAt: number
  passed: boolean | null
  /** The sorted question ids; empty for an attempt migrated without per-question results. */
  list: readonly string[]
  /** 3 digits per question of `list`; read them with resultCode. */
  results: string
  /** Which of a practice's blanks were not skipped, as `bitAt` reads them; '' when none. */
  notSkipped: string
  /** Total score in 1/SCORE_UNITS. */
  units: number
  max: number
  /** `seed|marks|answer|…` as stored (escaped); undefined once trimmed. */
  detail: string | undefined
}

/** The packed result of question `i`: score, correct and seconds (see the helpers below). */
export function resultCode(results: string, i: number): number {
  return fromDigits(results, i * 3, i * 3 + 3)
}
/** Score of a packed result in 1/SCORE_UNITS. */
export const unitsOf = (code: number): number => Math.floor(code / TIME_SLOTS) >> 1
/** Whether a packed result was correct. */
export const correctOf = (code: number): boolean => {
  const marks = Math.floor(code / TIME_SLOTS)
  return (marks & 1) === 1 && marks !== UNANSWERED
}
/** Whether a packed result stands for a question left without an answer. */
export const unansweredOf = (code: number): boolean => Math.floor(code / TIME_SLOTS) === UNANSWERED
/** Seconds of a packed result. */
export const secondsOf = (code: number): number => code % TIME_SLOTS

/**
 * Reads a stored attempt. `lists` are its set's question lists. Throws a TypeError (or a
 * RangeError for a time or score out of range) saying what is wrong when the text does not fit
 * them, which makes the whole document invalid.
 */
export function readStored(
  setId: string,
  id: string,
  text: string,
  lists: Readonly<Record<string, readonly string[]>>,
): StoredAttempt {
  const m = SUMMARY.exec(text)
  if (!m) throw new TypeError('is not an attempt summary')
  const [
    ,
    key,
    startText,
    durText,
    modeText,
    passedText,
    triples,
    bits,
    totalText,
    maxText,
    detail,
  ] = m
  const startedAt = fromDigits(startText ?? '') * 1000
  const finishedAt = startedAt + fromDigits(durText ?? '') * 1000
  // Every page formats these as dates: a time no Date can hold would throw there on every visit,
  // and one past the year 9999 is no date a page can write.
  if (!(startedAt <= MAX_TIME_MS)) throw new RangeError('has a start time out of range')
  if (!(finishedAt <= MAX_TIME_MS)) throw new RangeError('has a duration out of range')
  const mode = MODE_OF[modeText ?? 'u'] ?? 'unknown'
  const passed = passedText === 'u' ? null : passedText === '1'
  // One object literal per attempt, all fields present: indexing builds thousands of these.
  if (key === undefined) {
    if (totalText === undefined || maxText === undefined) {
      throw new TypeError('has per-question results but no question list')
    }
    if (detail !== undefined) throw new TypeError('has detail but no question list')
    const units = fromDigits(totalText)
    const max = fromDigits(maxText)
    if (!(max <= MAX_QUESTIONS)) throw new RangeError('has a maximum score out of range')
    if (!(units <= max * SCORE_UNITS)) throw new RangeError('has a score above its maximum')
    return {
      id,
      setId,
      mode,
      startedAt,
      finishedAt,
      passed,
      list: [],
      results: '',
      notSkipped: '',
      units,
      max,
      detail,
    }
  }
  const list = Object.hasOwn(lists, key) ? lists[key] : undefined
  if (!list) throw new TypeError(`refers to question list "${key}", which is missing`)
  if (list.length > MAX_QUESTIONS) throw new RangeError('has too many questions')
  if (triples === undefined || triples.length !== list.length * 3) {
    throw new TypeError(`has ${(triples ?? '').length / 3} results for ${list.length} questions`)
  }
  let units = 0
  for (let i = 0; i < list.length; i++) {
    const code = resultCode(triples, i)
    if (Math.floor(code / TIME_SLOTS) > SCORE_UNITS * 2 + 1) {
      throw new TypeError(`has an impossible score for ${list[i]}`)
    }
    units += unitsOf(code)
  }
  // Only a practice's blanks, at least one, each digit as `bitsOf` writes it.
  const notSkipped = bits ?? ''
  if (
    bits !== undefined &&
    (modeText !== 'p' ||
      /^0*$/.test(bits) ||
      bits !== bitsOf(list.length, (i) => bitAt(bits, i) && unansweredOf(resultCode(triples, i))))
  ) {
    throw new TypeError('has unreadable skips')
  }
  if (detail !== undefined) {
    // Counted rather than split: indexing reads every attempt, and splitting waits for toAttempt.
    let bars = 0
    for (let at = detail.indexOf('|'); at >= 0; at = detail.indexOf('|', at + 1)) bars++
    const first = detail.indexOf('|')
    const marks = detail.slice(first + 1, detail.indexOf('|', first + 1))
    if (marks !== '' && (marks.length !== list.length || /[^0-3]/.test(marks))) {
      throw new TypeError('has unreadable retry marks')
    }
    // One more field (version 4) is the order the questions were asked in; after it (version 5)
    // the first answer of each question tried twice.
    const n = list.length
    const tried = marks.replace(/[02]/g, '').length
    if (bars !== n + 1 && bars !== n + 2 && bars !== n + 2 + tried) {
      throw new TypeError(`has ${bars - 1} answers for ${n} questions`)
    }
    if (bars > n + 1) {
      const order =
        bars === n + 2 ? detail.slice(detail.lastIndexOf('|') + 1) : detail.split('|')[n + 2]
      if (!readOrder(order ?? '', n)) throw new TypeError('has an unreadable question order')
    }
  }
  const max = list.length
  return {
    id,
    setId,
    mode,
    startedAt,
    finishedAt,
    passed,
    list,
    results: triples,
    notSkipped,
    units,
    max,
    detail,
  }
}

/** The attempt a stored one stands for, with a record per question. */
export function toAttempt(stored: StoredAttempt): Attempt {
  const detail = stored.detail?.split('|').map(unescapeText)
  const marks = detail?.[1] ?? ''
  const n = stored.list.length
  /** Where the next first answer of a question tried twice is (version 5). */
  let firsts = n + 3
  const answers = stored.list.map((qid, i): AnswerRecord => {
    const code = resultCode(stored.results, i)
    const record: AnswerRecord = {
      qid,
      score: unitsOf(code) / SCORE_UNITS,
      max: 1,
      correct: correctOf(code),
      timeMs: secondsOf(code) * 1000,
    }
    if (unansweredOf(code)) record.unanswered = true
    if (bitAt(stored.notSkipped, i)) record.notSkipped = true
    if (detail) {
      const mark = Number(marks[i] ?? '0')
      record.answer = detail[i + 2] ?? ''
      record.retryUsed = (mark & RETRY_MARK) !== 0
      const firstAnswer = record.retryUsed ? detail[firsts++] : undefined
      if (firstAnswer) record.firstAnswer = firstAnswer
      if (mark & OVERRIDE_MARK) record.overridden = true
    }
    return record
  })
  const attempt: Attempt = {
    id: stored.id,
    setId: stored.setId,
    mode: stored.mode,
    startedAt: stored.startedAt,
    finishedAt: stored.finishedAt,
    score: stored.units / SCORE_UNITS,
    max: stored.max,
    passed: stored.passed,
    answers,
    detailed: detail !== undefined,
  }
  if (detail) {
    attempt.seed = detail[0] ?? ''
    const order = detail[n + 2]
    const positions = order === undefined ? undefined : readOrder(order, stored.list.length)
    if (positions) attempt.asked = positions.map((i) => stored.list[i] ?? '')
  }
  return attempt
}

/** Reads a stored attempt back in full; throws a TypeError like readStored. */
export function decodeAttempt(
  setId: string,
  id: string,
  text: string,
  lists: Readonly<Record<string, readonly string[]>>,
): Attempt {
  return toAttempt(readStored(setId, id, text, lists))
}

/** When a stored attempt started and finished, read from its header alone (for ordering). */
export function timesOf(text: string): { startedAt: number; finishedAt: number } {
  // `<list>.<start>.<duration>.…`, read in place: trimming runs this on every detailed attempt.
  const a = text.indexOf('.')
  const b = text.indexOf('.', a + 1)
  const c = text.indexOf('.', b + 1)
  const start = fromDigits(text, a + 1, b)
  return { startedAt: start * 1000, finishedAt: (start + fromDigits(text, b + 1, c)) * 1000 }
}

/** When a stored attempt finished, read from its header alone. */
export function finishedAtOf(text: string): number {
  return timesOf(text).finishedAt
}

/** The key of the question list a stored attempt names; '' when it has none (migrated v0). */
export function listKeyOf(text: string): string {
  return text.slice(0, text.indexOf('.'))
}

/** Whether a stored attempt still has its detail. */
export function hasDetail(text: string): boolean {
  return text.includes('#')
}

/** A stored attempt without its detail: the part that is kept for ever. */
export function withoutDetail(text: string): string {
  const at = text.indexOf('#')
  return at < 0 ? text : text.slice(0, at)
}
