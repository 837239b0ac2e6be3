/**
 * The review card a tab has on screen once its answer is checked, kept so that a reload shows it
 * as it was: its feedback (and the right answer, if shown) or its second try. Only what the
 * student did is kept — the answers given, whether the second try was opened, whether the answer
 * was shown, "sure" — and the card is rebuilt by checking those answers again: what comes back
 * from storage is untrusted, so a grade or a feedback text is never read from it.
 */
import type { Bank } from '../bank/schema.ts'
import type { AnyResponse } from '../grading/types.ts'
import { isResponseFor } from '../grading/registry.ts'
import { canRetry, setResponse, startRetry, submitAnswer } from '../quiz/answer.ts'
import { currentEntry, currentId, type QuizSession } from '../quiz/session.ts'
import { isObject } from '../progress/fields.ts'
import { CARD_KEY, MAX_SESSION_CARDS } from './schema.ts'

export interface CardOnScreen {
  /** The session it was asked in (its `startedAt`): a card of another session is not restored. */
  startedAt: number
  key: string
  /** What the card shows: the feedback on the last answer, or the second try, opened. */
  phase: 'feedback' | 'retry'
  /** The answers checked, in order: the first, then the second try's once it is checked. */
  answers: AnyResponse[]
  /** "Show the answer" was chosen. */
  revealed: boolean
  /** "Sure" was chosen before checking. */
  sure: boolean
}

/** `raw` as a card on screen, or undefined when it is not one in shape (anything may be stored). */
export function readCardOnScreen(raw: unknown): CardOnScreen | undefined {
  if (!isObject(raw)) return undefined
  const { startedAt, key, phase, answers, revealed, sure } = raw
  const shaped =
    Number.isSafeInteger(startedAt) &&
    (startedAt as number) >= 0 &&
    typeof key === 'string' &&
    CARD_KEY.test(key) &&
    (phase === 'feedback' || phase === 'retry') &&
    Array.isArray(answers) &&
    answers.length >= 1 &&
    answers.length <= 2 &&
    typeof revealed === 'boolean' &&
    typeof sure === 'boolean'
  if (!shaped) return undefined
  return {
    startedAt: startedAt as number,
    key,
    phase,
    answers: answers as AnyResponse[],
    revealed,
    sure,
  }
}

/**
 * The card's one-question practice quiz `fresh` (as first shown) with `saved`'s answers checked
 * again at `now`, in the phase it was left in; undefined when they do not fit its question (the
 * set changed, or the stored value was tampered with): the card is then asked afresh.
 */
export function replayCard(
  fresh: QuizSession,
  bank: Bank,
  saved: CardOnScreen,
  now: Date,
  locale: string,
): QuizSession | undefined {
  const qid = currentId(fresh)
  const question = bank.questions.find((q) => q.id === qid)
  if (!question || !saved.answers.every((a) => isResponseFor(question, a))) return undefined
  // An answer may itself be falsy (false, ''): ask how many there are, not whether one is there.
  const [first, second] = saved.answers
  const twice = saved.answers.length === 2
  try {
    let quiz = check(fresh, bank, first!, now, locale)
    // A second try follows a wrong first answer that leaves a choice (not true/false), and is
    // opened, or given, not both; the answer is shown instead of a second try.
    if (!quiz || saved.revealed || !canRetry(quiz, bank)) {
      return !twice && saved.phase === 'feedback' ? quiz : undefined
    }
    if (!twice) return saved.phase === 'retry' ? startRetry(quiz, bank) : quiz
    if (saved.phase !== 'feedback') return undefined
    quiz = check(startRetry(quiz, bank), bank, second!, now, locale)
    return quiz
  } catch {
    // A response of the right shape a grader still cannot read.
    return undefined
  }
}

/** `quiz` with `response` checked, or undefined when Check would refuse it. */
function check(
  quiz: QuizSession,
  bank: Bank,
  response: AnyResponse,
  now: Date,
  locale: string,
): QuizSession | undefined {
  const answered = submitAnswer(setResponse(quiz, currentId(quiz), response), bank, now, locale)
  return answered.message === null ? answered.session : undefined
}

/**
 * Whether the card's answer is final, and so recorded: right, given twice, shown, or wrong with
 * no second try to offer (a pick between two).
 */
export function isFinal(saved: CardOnScreen, quiz: QuizSession, bank: Bank): boolean {
  return currentEntry(quiz).phase === 'feedback' && (saved.revealed || !canRetry(quiz, bank))
}

/** The cards a session passed over (Skip): they stay due, and are not asked again in it. */
export interface SkippedCards {
  /** The session they were skipped in (its `startedAt`). */
  startedAt: number
  keys: string[]
}

/** `raw` as skipped cards, or undefined when it is not that in shape (anything may be stored). */
export function readSkippedCards(raw: unknown): SkippedCards | undefined {
  if (!isObject(raw)) return undefined
  const { startedAt, keys } = raw
  const shaped =
    Number.isSafeInteger(startedAt) &&
    (startedAt as number) >= 0 &&
    Array.isArray(keys) &&
    keys.length <= MAX_SESSION_CARDS &&
    keys.every((k) => typeof k === 'string' && CARD_KEY.test(k))
  return shaped ? { startedAt: startedAt as number, keys: keys as string[] } : undefined
}
