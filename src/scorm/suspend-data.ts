/**
 * The quiz in progress as cmi.suspend_data: the LMS keeps it with the learner's attempt, so the
 * quiz resumes for that learner on any computer and for nobody else. SCORM 1.2 gives 4096
 * characters, so the session is not stored as it is but as what cannot be worked out again:
 * the seed (which, with the fixed options below, gives back the order and every option's place),
 * the question on screen, and per question its state, its time and its response in a few
 * characters. Plain TypeScript, like the domain: no Vue, no storage, time as an argument.
 *
 * The text is a JSON array: `["P1", set version, seed, index, entry…]`, one entry per question
 * in asking order, each a string `<state><seconds>:<response>`:
 * - state, one digit: 1 answered + 2 skipped + 4 flagged;
 * - seconds on the question, base 36 ("" for none);
 * - the response: "" for the blank one; choices, ordering items and matching right sides by
 *   their place in the bank's list (base 36, one character each up to 36 options, two up to
 *   1296), "t"/"f" for true/false, and typed numbers and answers as typed.
 *
 * Only a quiz asked with LMS_QUIZ_OPTIONS is kept, and it is a test: no question of it is ever on
 * a second try, so practice's retry state (firstResult, firstResponse) has nothing to carry here.
 */
import type { Bank, Question } from '../domain/bank/schema.ts'
import { setVersion } from '../domain/interop/fingerprint.ts'
import type { QuizOptions } from '../domain/quiz/options.ts'
import { entryAt, shownOf, type QuizSession } from '../domain/quiz/session.ts'
import { pauseTimer } from '../domain/quiz/timer.ts'

/** SCORM 1.2's CMIString4096: the most an LMS must keep. */
export const SUSPEND_DATA_MAX = 4096

/** The first element of the array, naming this format and its version. */
export const SUSPEND_FORMAT = 'P1'

/** How the page asks a set in an LMS: the whole set as a test, so every grade means the same. */
export const LMS_QUIZ_OPTIONS: Readonly<QuizOptions> = Object.freeze({
  mode: 'test',
  shuffleQuestions: true,
  shuffleChoices: true,
})

export const STATE = { answered: 1, skipped: 2, flagged: 4 } as const

/** Characters per place for a list of `n` options: 1 up to 36, 2 up to 1296, and so on. */
export function placeWidth(n: number): number {
  let width = 1
  for (let room = 36; room < n; room *= 36) width++
  return width
}

/** A place in a list as `width` base-36 digits. */
const place = (i: number, width: number) => i.toString(36).padStart(width, '0')

/** The distinct right sides of a matching question, in bank order (as interaction.ts lists them). */
export const rightsOf = (q: Extract<Question, { type: 'matching' }>) => [
  ...new Set(q.pairs.map((p) => p.right)),
]

/** Places of `texts` in `list`, each place used once (ordering items may repeat); null if one is missing. */
function placesOf(list: readonly string[], texts: readonly string[]): number[] | null {
  const used = new Set<number>()
  const out: number[] = []
  for (const t of texts) {
    const i = list.findIndex((x, k) => x === t && !used.has(k))
    if (i < 0) return null
    used.add(i)
    out.push(i)
  }
  return out
}

/** A response in a few characters; "" for the blank response or one it cannot say. */
export function encodeResponse(q: Question, r: unknown): string {
  switch (q.type) {
    case 'single': {
      const i = typeof r === 'string' ? q.choices.indexOf(r) : -1
      return i < 0 ? '' : place(i, placeWidth(q.choices.length))
    }
    case 'multiple': {
      const places = Array.isArray(r) ? placesOf(q.choices, r as string[]) : null
      return places?.map((i) => place(i, placeWidth(q.choices.length))).join('') ?? ''
    }
    case 'truefalse':
      return r === true ? 't' : r === false ? 'f' : ''
    case 'numeric':
    case 'short':
      return typeof r === 'string' ? r : ''
    case 'ordering': {
      const places = Array.isArray(r) ? placesOf(q.items, r as string[]) : null
      return places?.map((i) => place(i, placeWidth(q.items.length))).join('') ?? ''
    }
    case 'matching': {
      if (typeof r !== 'object' || r === null) return ''
      const chosen = r as Record<string, unknown>
      const rights = rightsOf(q)
      // 0 is "not matched yet", so a place is one more than the right side's index.
      const width = placeWidth(rights.length + 1)
      const places = q.pairs.map((p) => {
        const right = Object.hasOwn(chosen, p.left) ? chosen[p.left] : ''
        return typeof right === 'string' ? rights.indexOf(right) + 1 : 0
      })
      return places.every((i) => i === 0) ? '' : places.map((i) => place(i, width)).join('')
    }
  }
}

export type SuspendWrite =
  { ok: true; text: string } | { ok: false; reason: 'not-an-lms-quiz' | 'too-long' }

/**
 * The suspend_data text for an unfinished LMS quiz. Refused for a finished quiz or one not asked
 * with LMS_QUIZ_OPTIONS, and when the text would pass `max`: only long typed answers in a large
 * set can do that, and the page then tells the learner to finish in one sitting.
 */
export function writeSuspendData(
  session: QuizSession,
  bank: Bank,
  now: Date,
  max = SUSPEND_DATA_MAX,
): SuspendWrite {
  const notOurs = { ok: false, reason: 'not-an-lms-quiz' } as const
  if (session.status !== 'active') return notOurs
  if (JSON.stringify(session.options) !== JSON.stringify(LMS_QUIZ_OPTIONS)) return notOurs
  // Pausing credits the question on screen with its time so far.
  const s = pauseTimer(session, now)
  const byId = new Map(bank.questions.map((q) => [q.id, q]))
  const flagged = new Set(s.flagged)
  const entries: string[] = []
  for (let i = 0; i < s.order.length; i++) {
    const id = s.order[i] as string
    const q = byId.get(id)
    if (!q) return notOurs
    const e = entryAt(s, i)
    const state =
      (e.phase === 'unanswered' ? 0 : STATE.answered) +
      (e.skipped ? STATE.skipped : 0) +
      (flagged.has(id) ? STATE.flagged : 0)
    const seconds = Math.round(e.timeMs / 1000)
    // An ordering question's untouched response is the shown order, which the seed gives back.
    const blank = q.type === 'ordering' && sameList(e.response, shownOf(s, id))
    const response = blank ? '' : encodeResponse(q, e.response)
    entries.push(`${state}${seconds > 0 ? seconds.toString(36) : ''}:${response}`)
  }
  const text = JSON.stringify([SUSPEND_FORMAT, setVersion(bank), s.seed, s.index, ...entries])
  return text.length <= max ? { ok: true, text } : { ok: false, reason: 'too-long' }
}

function sameList(a: unknown, b: readonly string[] | undefined): boolean {
  return (
    Array.isArray(a) && b !== undefined && a.length === b.length && a.every((x, i) => x === b[i])
  )
}
