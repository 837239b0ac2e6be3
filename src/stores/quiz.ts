import { computed, ref, shallowRef } from 'vue'
import { defineStore } from 'pinia'
import type { Question } from '../domain/bank/schema.ts'
import type { AnyResponse } from '../domain/grading/types.ts'
import { correctAnswerText } from '../domain/grading/registry.ts'
import { defaultOptions, type QuizOptions } from '../domain/quiz/options.ts'
import { newSeed } from '../domain/quiz/random.ts'
import { createSession } from '../domain/quiz/session.ts'
import { goTo, next, previous, skip, toggleFlag } from '../domain/quiz/navigate.ts'
import { setResponse, startRetry, submitAnswer } from '../domain/quiz/answer.ts'
import { finish } from '../domain/quiz/finish.ts'
import { entryOf, unansweredCount, type QuizSession } from '../domain/quiz/session.ts'
import { missedQuestionIds, summarize } from '../domain/quiz/score.ts'
import { reviewItems } from '../domain/quiz/review.ts'
import {
  extendTimer,
  isPaused,
  isTimeUp,
  pauseTimer,
  remainingMs,
  resumeTimer,
} from '../domain/quiz/timer.ts'
import { useBanksStore } from './banks.ts'

/** The student's locale decides how "2,015" is read in number answers. */
function locale(): string {
  return typeof navigator === 'undefined' ? 'en' : navigator.language || 'en'
}

export const useQuizStore = defineStore('quiz', () => {
  const banks = useBanksStore()
  // Every domain action returns a new session, so only the reference needs to be reactive: a deep
  // proxy over thousands of entries would make each answer cost O(questions).
  const session = shallowRef<QuizSession | null>(null)
  /** Why the last submit was refused (e.g. "Type a number, like 2015."); not an attempt. */
  const inputError = ref<string | null>(null)

  const bank = computed(() => (session.value ? banks.bank(session.value.bankId) : undefined))
  // `order` keeps its identity across answers, so the question list is rebuilt only for a new quiz.
  const order = computed(() => session.value?.order ?? [])
  const questions = computed(() => {
    const byId = new Map(bank.value?.questions.map((q) => [q.id, q]))
    return order.value.flatMap((id) => byId.get(id) ?? [])
  })
  const current = computed<Question | undefined>(() =>
    session.value ? questions.value[session.value.index] : undefined,
  )
  const entry = computed(() =>
    session.value && current.value ? entryOf(session.value, current.value.id) : undefined,
  )
  const shown = computed(() =>
    session.value && current.value ? (session.value.shown[current.value.id] ?? []) : [],
  )
  const finished = computed(() => session.value?.status === 'finished')
  const summary = computed(() =>
    session.value && bank.value && finished.value ? summarize(session.value, bank.value) : null,
  )
  const unanswered = computed(() => (session.value ? unansweredCount(session.value) : 0))
  const review = computed(() =>
    session.value && bank.value && finished.value ? reviewItems(session.value, bank.value) : [],
  )
  const paused = computed(() => (session.value ? isPaused(session.value) : false))

  function requireSession() {
    if (!session.value) throw new Error('No quiz is running.')
    return session.value
  }
  function requireBank() {
    if (!bank.value) throw new Error('The question set of this quiz is no longer loaded.')
    return bank.value
  }

  /** Starts a quiz of `bankId`; the seed decides the order, so a seed replays the same quiz. */
  function start(bankId: string, options: Partial<QuizOptions> = {}, seed?: string) {
    const found = banks.bank(bankId)
    if (!found) throw new Error(`No question set "${bankId}" is loaded.`)
    inputError.value = null
    session.value = createSession(
      found,
      { ...defaultOptions, ...options },
      seed ?? newSeed(Math.random),
      new Date(),
    )
  }
  function respond(response: AnyResponse) {
    const s = requireSession()
    if (!current.value) return
    inputError.value = null
    session.value = setResponse(s, current.value.id, response)
  }
  /** Grades (practice) or records (test) the current answer; refused input is not an attempt. */
  function submit(): boolean {
    const result = submitAnswer(requireSession(), requireBank(), new Date(), locale())
    session.value = result.session
    inputError.value = result.message
    return result.message === null
  }
  function retry() {
    session.value = startRetry(requireSession())
  }
  function advance() {
    inputError.value = null
    session.value = next(requireSession(), new Date())
  }
  function back() {
    inputError.value = null
    session.value = previous(requireSession(), new Date())
  }
  function jump(index: number) {
    inputError.value = null
    session.value = goTo(requireSession(), index, new Date())
  }
  function skipQuestion() {
    inputError.value = null
    session.value = skip(requireSession(), new Date())
  }
  function flag() {
    const s = requireSession()
    if (current.value) session.value = toggleFlag(s, current.value.id)
  }
  function submitAll(reason: 'submitted' | 'timeout' = 'submitted') {
    session.value = finish(requireSession(), requireBank(), new Date(), reason, locale())
  }
  /** Time left at `now`, or null for an untimed quiz; finishes the quiz when time is up. */
  function timeLeft(now: Date): number | null {
    const s = session.value
    if (!s || s.status !== 'active') return null
    if (isTimeUp(s, now)) {
      session.value = finish(s, requireBank(), now, 'timeout', locale())
      return 0
    }
    return remainingMs(s, now)
  }
  function pause() {
    session.value = pauseTimer(requireSession(), new Date())
  }
  function resume() {
    session.value = resumeTimer(requireSession(), new Date())
  }
  function extend(ms: number) {
    session.value = extendTimer(requireSession(), ms, new Date())
  }
  /** Same questions, same order: the seed replays the quiz exactly. */
  function retake() {
    const s = requireSession()
    start(s.bankId, s.options, s.seed)
  }
  /** A new quiz of only the questions that did not get full marks. */
  function retryMissed() {
    const s = requireSession()
    const questionIds = missedQuestionIds(s)
    if (questionIds.length) start(s.bankId, { ...s.options, questionIds })
  }
  function newShuffle() {
    const s = requireSession()
    // A new order over the same selection, minus any "wrong ones only" restriction.
    start(s.bankId, { ...s.options, questionIds: undefined })
  }
  function correctAnswer(q: Question) {
    return correctAnswerText(q)
  }
  function $reset() {
    session.value = null
    inputError.value = null
  }

  return {
    session,
    inputError,
    bank,
    questions,
    current,
    entry,
    shown,
    finished,
    summary,
    unanswered,
    review,
    paused,
    start,
    timeLeft,
    pause,
    resume,
    extend,
    retake,
    retryMissed,
    newShuffle,
    respond,
    submit,
    retry,
    advance,
    back,
    jump,
    skipQuestion,
    flag,
    submitAll,
    correctAnswer,
    $reset,
  }
})
