import { computed, onScopeDispose, ref, shallowRef, watch } from 'vue'
import { defineStore } from 'pinia'
import type { Bank, Question } from '../domain/bank/schema.ts'
import type { AnyResponse } from '../domain/grading/types.ts'
import { correctAnswerText } from '../domain/grading/registry.ts'
import { feedbackMarks } from '../domain/grading/option-marks.ts'
import {
  canRetry as retryOnOffer,
  setResponse,
  startRetry,
  submitAnswer,
} from '../domain/quiz/answer.ts'
import { createSession, currentEntry, type QuizSession } from '../domain/quiz/session.ts'
import { pauseTimer } from '../domain/quiz/timer.ts'
import type { ReviewAnswer } from '../domain/review/apply.ts'
import { splitCardKey } from '../domain/review/card.ts'
import { isDue, parseScope, type Scope } from '../domain/review/queue.ts'
import { isFinal, replayCard } from '../domain/review/on-screen.ts'
import {
  isCurrentSession,
  newSession,
  sessionProgress,
  summarizeSession,
} from '../domain/review/session.ts'
import {
  keepCardOnClose,
  keepCardOnScreen,
  keepSkippedCards,
  keptCardOnScreen,
  keptSkippedCards,
} from '../composables/storage/review-card.ts'
import { useBanksStore } from './banks.ts'
import { useReviewStore } from './review.ts'
import { HARD_PRACTICE, hardestCards, useReviewScheduler } from './review-scheduler.ts'

/** The student's locale decides how "2,015" is read in number answers. */
function locale(): string {
  return typeof navigator === 'undefined' ? 'en' : navigator.language || 'en'
}

/** The card on screen: its question, asked as a one-question practice quiz. */
interface OnScreen {
  key: string
  bank: Bank
  question: Question
  quiz: QuizSession
  /** Its answer is final and recorded (right, a second try given or not on offer, or the answer shown). */
  recorded: boolean
  /** Due when the session started (review); otherwise practice. */
  due: boolean
  /** When the session it was asked in started: the stored session it belongs to. */
  session: number
}

/** A session begun on an earlier day and left unfinished, which `resume` ends: what it came to. */
export interface Unfinished {
  /** When it began, epoch ms. */
  startedAt: number
  /** It was practice of the hard ones, not a review. */
  practice: boolean
  /** The answers it recorded: they are kept. */
  answered: number
}

/**
 * A review session: today's due cards (or a set's, a tag's, or the hard ones), one at a time,
 * each in its own question component with practice feedback, a second try, and "I'm sure"
 * before checking. An answer is recorded the moment it is final, so a reload carries on from the
 * next card; the session itself is stored with the cards. The card on screen, once checked, and
 * the cards skipped are kept apart (`review-card.ts`), so a reload, or the tab closed and opened
 * again, shows its feedback or second try again and does not ask a skipped card again.
 */
export const useReviewSessionStore = defineStore('reviewSession', () => {
  const review = useReviewStore()
  const banks = useBanksStore()
  onScopeDispose(keepCardOnClose())

  const screen = shallowRef<OnScreen | null>(null)
  const sure = ref(false)
  /** The student chose to see the answer rather than take a second try. */
  const revealed = ref(false)
  const inputError = ref<string | null>(null)
  /** The answers checked on the card on screen: the first, then the second try's. */
  const given = shallowRef<AnyResponse[]>([])
  /** Cards passed over; they stay due, and are not asked again in this session. */
  const skipped = ref<ReadonlySet<string>>(new Set())

  const stored = computed(() => review.session)
  const scope = computed<Scope>(() => parseScope(stored.value?.scope ?? 'all'))
  const progress = computed(() =>
    stored.value
      ? sessionProgress(stored.value, new Map(review.cards.map((c) => [c.key, c])))
      : { answered: [], remaining: [] },
  )
  const remaining = computed(() =>
    progress.value.remaining.filter(
      (key) => !skipped.value.has(key) && review.questionOf(splitCardKey(key)),
    ),
  )
  const summary = computed(() => summarizeSession(progress.value, skipped.value))
  /** Cards behind the student: answered, or skipped and still due. */
  const passed = computed(() => progress.value.answered.length + summary.value.skipped)
  /**
   * The cards of the session: those behind the student and those still to ask. A question deleted
   * in the studio since the session began is no longer one of them (“Question 1 of 3” with two
   * left to ask, otherwise).
   */
  const total = computed(() => {
    if (!stored.value) return 0
    // The card on screen counts until it is answered, its question deleted meanwhile or not.
    const s = screen.value
    const asking = s && !s.recorded && !remaining.value.includes(s.key) ? 1 : 0
    return passed.value + remaining.value.length + asking
  })
  /**
   * "Question 3 of 7": those answered or skipped (a skip moves on too), plus the one on screen until
   * its answer is recorded.
   */
  const position = computed(() => passed.value + (screen.value && !screen.value.recorded ? 1 : 0))
  const entry = computed(() => (screen.value ? currentEntry(screen.value.quiz) : undefined))
  const inFeedback = computed(() => entry.value?.phase === 'feedback')
  /** A second try on offer, as in practice (not at true/false), unless the answer was shown. */
  const canRetry = computed(() => {
    const s = screen.value
    return !!s && !s.recorded && !revealed.value && retryOnOffer(s.quiz, s.bank)
  })
  /** Feedback in place, as practice gives it: ✓, ✗ or "missed" per option, per pair or position. */
  const marks = computed(() =>
    screen.value && entry.value?.phase === 'feedback'
      ? feedbackMarks(screen.value.question, entry.value.response)
      : undefined,
  )
  /** When the card on screen comes back, once its answer is recorded (epoch ms). */
  const comesBack = computed(() => {
    const s = screen.value
    return s?.recorded ? review.cards.find((c) => c.key === s.key)?.state.due : undefined
  })
  /**
   * When the first of the session's answers given "sure" and wrong comes back (epoch ms): a lapse
   * of a well-known card comes back in days, not always tomorrow.
   */
  const confidentWrongBack = computed(() => {
    const byKey = new Map(review.cards.map((c) => [c.key, c]))
    let first: number | undefined
    for (const { key, entry } of progress.value.answered) {
      const due = entry.grade === 'again' && entry.sure ? byKey.get(key)?.state.due : undefined
      if (due !== undefined && (first === undefined || due < first)) first = due
    }
    return first
  })
  /** The session is over: nothing left to ask and nothing on screen. */
  const finished = computed(() => !!stored.value && !screen.value && remaining.value.length === 0)

  /** Puts card `key` on screen, or returns false when its question is gone. */
  function show(key: string, now: Date): boolean {
    const { setId, qid } = splitCardKey(key)
    const bank = banks.bank(setId)
    const question = bank?.questions.find((q) => q.id === qid)
    const card = review.cards.find((c) => c.key === key)
    if (!bank || !question || !card || !stored.value) return false
    const quiz = createSession(
      bank,
      { mode: 'practice', shuffleQuestions: false, shuffleChoices: true, questionIds: [qid] },
      `${stored.value.startedAt}:${key}`,
      now,
    )
    const due = scope.value.kind !== 'hard' && isDue(card, stored.value.startedAt)
    screen.value = {
      key,
      bank,
      question,
      quiz,
      recorded: false,
      due,
      session: stored.value.startedAt,
    }
    sure.value = false
    revealed.value = false
    inputError.value = null
    given.value = []
    keepCardOnScreen(undefined)
    return true
  }

  /** Keeps the card on screen, once checked, for a reload of this tab; forgets it otherwise. */
  function keep() {
    const s = screen.value
    const phase = entry.value?.phase
    keepCardOnScreen(
      s && stored.value && (phase === 'feedback' || phase === 'retry')
        ? {
            startedAt: stored.value.startedAt,
            key: s.key,
            phase,
            answers: given.value,
            revealed: revealed.value,
            sure: sure.value,
          }
        : undefined,
    )
  }

  /**
   * After a reload: the card this tab had on screen, checked, as it was (its feedback, the answer
   * shown, or its second try). False when there is none, or it does not fit: another session's,
   * answers its question does not take, or a log that disagrees (final but not recorded, or
   * answered in another tab meanwhile); the session then goes on as before.
   */
  function restoreKept(now: Date): boolean {
    const session = stored.value
    const kept = session && keptCardOnScreen(session.startedAt)
    if (!kept || !session) return false
    if (!session.cards.includes(kept.key) || !show(kept.key, now)) return false
    const s = requireScreen()
    const quiz = replayCard(s.quiz, s.bank, kept, now, locale())
    const answered = progress.value.answered.find((a) => a.key === kept.key)
    if (!quiz || isFinal(kept, quiz, s.bank) !== !!answered) {
      screen.value = null
      return false
    }
    screen.value = answered
      ? // Answered, the card is no longer due: the log says whether it was a review or practice.
        {
          ...s,
          quiz: pauseTimer(quiz, now),
          recorded: true,
          due: answered.entry.source === 'review',
        }
      : { ...s, quiz }
    // The log's word on "sure" once it holds the answer; the tab's until then.
    sure.value = answered ? answered.entry.sure : kept.sure
    revealed.value = kept.revealed
    given.value = kept.answers
    keep()
    return true
  }

  /** Shows the next card still to ask, or nothing when the session is done. */
  function showNext(now = new Date()) {
    screen.value = null
    keepCardOnScreen(undefined)
    for (const key of remaining.value) if (show(key, now)) return
  }

  /** The cards "practise the questions I find hard" asks at `now` (epoch ms), hardest first. */
  function hardPractice(now: number) {
    return hardestCards(now, HARD_PRACTICE).map((h) => h.card)
  }

  /** Starts a session over `scope` at `now`; false when there is nothing to review. */
  function begin(next: Scope, now = new Date()): boolean {
    const t = now.getTime()
    const cards = next.kind === 'hard' ? hardPractice(t) : review.queue(t, next)
    if (cards.length === 0) return false
    skipped.value = new Set()
    keepSkippedCards(undefined)
    review.saveSession(newSession(next, cards, t))
    showNext(now)
    return true
  }

  /**
   * Carries on with today's stored session, if there is one; false otherwise. One begun on an
   * earlier day is over: it ends, and what it came to is returned, for the page to say.
   */
  function resume(now = new Date()): boolean | Unfinished {
    if (!stored.value) return false
    if (!isCurrentSession(stored.value, now.getTime())) {
      const left: Unfinished = {
        startedAt: stored.value.startedAt,
        practice: scope.value.kind === 'hard',
        answered: progress.value.answered.length,
      }
      end()
      return left
    }
    if (skipped.value.size === 0) {
      const session = stored.value
      const kept = keptSkippedCards(session.startedAt)?.keys ?? []
      skipped.value = new Set(kept.filter((key) => session.cards.includes(key)))
    }
    if (!screen.value && restoreKept(now)) return true
    if (!screen.value || !remaining.value.includes(screen.value.key)) {
      if (!screen.value?.recorded) showNext(now)
    }
    // Every question it had to ask was deleted (its set, in the studio) before one was answered:
    // nothing to carry on with, nor to sum up (“Review done: 0 questions, 0 % right”).
    if (!screen.value && passed.value === 0 && remaining.value.length === 0) {
      end()
      return false
    }
    return true
  }

  // The card on screen was answered in another tab before this one checked it: move on, as the
  // session has, rather than ask it twice.
  watch(
    () => progress.value.answered.length,
    () => {
      const s = screen.value
      if (s && !s.recorded && progress.value.answered.some((a) => a.key === s.key)) showNext()
    },
  )

  // The session this card was asked in is gone: ended in another tab, or every answer erased
  // there. The card goes too ("Question 1 of 0" otherwise); a new session joins at its next card.
  watch(
    () => stored.value?.startedAt,
    (startedAt) => {
      const s = screen.value
      if (!s || startedAt === s.session) return
      if (startedAt === undefined) {
        screen.value = null
        keepCardOnScreen(undefined)
        skipped.value = new Set()
      } else showNext()
    },
  )

  function requireScreen(): OnScreen {
    if (!screen.value) throw new Error('No card is on screen.')
    return screen.value
  }
  function update(quiz: QuizSession, patch: Partial<OnScreen> = {}) {
    screen.value = { ...requireScreen(), quiz, ...patch }
  }

  function respond(response: AnyResponse) {
    const s = requireScreen()
    inputError.value = null
    update(setResponse(s.quiz, s.question.id, response))
  }

  function toggleSure() {
    if (!inFeedback.value) sure.value = !sure.value
  }

  /** Records the answer on screen, now final. */
  function record(now: Date) {
    const s = requireScreen()
    const e = currentEntry(s.quiz)
    const answer: ReviewAnswer = {
      setId: s.bank.id,
      qid: s.question.id,
      at: now.getTime(),
      source: s.due ? 'review' : 'practice',
      correct: e.result?.correct === true,
      retryUsed: e.retryUsed,
      timeMs: e.timeMs,
      sure: sure.value,
    }
    review.record([answer], useReviewScheduler())
    update(pauseTimer(s.quiz, now), { recorded: true })
  }

  /** Checks the answer; refused input (e.g. not a number) is not an attempt. */
  function submit(now = new Date()): boolean {
    const s = requireScreen()
    const result = submitAnswer(s.quiz, s.bank, now, locale())
    inputError.value = result.message
    if (result.message !== null) return false
    update(result.session)
    const e = currentEntry(result.session)
    given.value = [...given.value, e.response]
    // Final unless a second try is on offer: right first time, the second try given, or a wrong
    // pick between two, which leaves nothing to choose.
    if (!retryOnOffer(result.session, s.bank)) record(now)
    keep()
    return true
  }

  /** "Look back and try again": one more try, for Hard at best. */
  function retry() {
    const s = requireScreen()
    update(startRetry(s.quiz, s.bank))
    keep()
  }

  /** "Show the answer": the card counts as wrong (Again). */
  function reveal(now = new Date()) {
    revealed.value = true
    if (!requireScreen().recorded) record(now)
    keep()
  }

  /** On to the next card; one left waiting for a second try counts as wrong. */
  function next(now = new Date()) {
    if (screen.value && inFeedback.value && !screen.value.recorded) record(now)
    showNext(now)
  }

  /** Passes over the card on screen: not recorded, still due. */
  function skip(now = new Date()) {
    const s = requireScreen()
    skipped.value = new Set([...skipped.value, s.key])
    if (stored.value) {
      keepSkippedCards({ startedAt: stored.value.startedAt, keys: [...skipped.value] })
    }
    showNext(now)
  }

  /**
   * "End this review", part-way: an answer already checked counts (one waiting for a second try
   * as wrong, as Next would count it), so the student cannot end to escape a wrong answer; the
   * cards not reached stay due. Says how many were answered.
   */
  function stop(now = new Date()): number {
    const s = screen.value
    const phase = entry.value?.phase
    if (s && !s.recorded && (phase === 'feedback' || phase === 'retry')) record(now)
    const answered = progress.value.answered.length
    end()
    return answered
  }

  /** Ends the session (after its summary, or part-way): the cards not reached stay due. */
  function end() {
    screen.value = null
    keepCardOnScreen(undefined)
    skipped.value = new Set()
    keepSkippedCards(undefined)
    review.saveSession(undefined)
  }

  function correctAnswer(q: Question) {
    return correctAnswerText(q)
  }

  function $reset() {
    screen.value = null
    given.value = []
    sure.value = false
    revealed.value = false
    inputError.value = null
    skipped.value = new Set()
  }

  return {
    screen,
    sure,
    revealed,
    inputError,
    given,
    skipped,
    stored,
    scope,
    progress,
    remaining,
    total,
    summary,
    passed,
    position,
    entry,
    inFeedback,
    canRetry,
    marks,
    comesBack,
    confidentWrongBack,
    finished,
    hardPractice,
    begin,
    resume,
    respond,
    toggleSure,
    submit,
    retry,
    reveal,
    next,
    skip,
    stop,
    end,
    correctAnswer,
    $reset,
  }
})
