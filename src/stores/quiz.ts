import { computed, onScopeDispose, ref, shallowRef, watch } from 'vue'
import { defineStore } from 'pinia'
import type { Question } from '../domain/bank/schema.ts'
import type { AnyResponse } from '../domain/grading/types.ts'
import { correctAnswerText } from '../domain/grading/registry.ts'
import { feedbackMarks } from '../domain/grading/option-marks.ts'
import { defaultOptions, type QuizOptions } from '../domain/quiz/options.ts'
import { newSeed } from '../domain/quiz/random.ts'
import { createSession } from '../domain/quiz/session.ts'
import {
  countsSoFar,
  goTo,
  leavingCompletes,
  next,
  previous,
  revisitSkipped,
  skip,
  skippedCount,
  toggleFlag,
} from '../domain/quiz/navigate.ts'
import {
  canClaimRight,
  claimRight,
  closeLostTries,
  revealAnswer,
  setResponse,
  startRetry,
  submitAnswer,
  testRefusal,
} from '../domain/quiz/answer.ts'
import { finish, partlyAnsweredIds } from '../domain/quiz/finish.ts'
import {
  answeredCount,
  entryOf,
  isResumable,
  unansweredCount,
  type QuizSession,
} from '../domain/quiz/session.ts'
import { missedQuestionIds, summarize } from '../domain/quiz/score.ts'
import { reviewItems } from '../domain/quiz/review.ts'
import { questionsTagged } from '../domain/quiz/reward.ts'
import {
  extendTimer,
  isPaused,
  isTimeUp,
  pauseTimer,
  ranOutAt,
  remainingMs,
  resumeTimer,
} from '../domain/quiz/timer.ts'
import { answersFromQuiz } from '../domain/review/from-quiz.ts'
import { savedSessionsSpec, useSavedSessions } from '../composables/storage/saved-sessions.ts'
import { readNotices, updateNotices, type StorageNotice } from '../composables/storage/notices.ts'
import {
  finishedOf,
  finishedUnsaved,
  forgetFinished,
  keepFinished,
} from '../composables/storage/finished-quiz.ts'
import { forgetInTab, keepInTab, keptInTab, tellSetAside } from '../composables/storage/tab-quiz.ts'
import { onRoomMaybe } from '../composables/storage/room.ts'
import { useBanksStore } from './banks.ts'
import { useProgressStore, type RecordResult } from './progress.ts'
import { useReviewStore } from './review.ts'
import { useReviewScheduler } from './review-scheduler.ts'

/** How long answering may go quiet before the quiz in progress is saved for resume. */
const SAVE_DELAY_MS = 300

/** The student's locale decides how "2,015" is read in number answers. */
function locale(): string {
  return typeof navigator === 'undefined' ? 'en' : navigator.language || 'en'
}

export const useQuizStore = defineStore('quiz', () => {
  const banks = useBanksStore()
  const progress = useProgressStore()
  const reviewCards = useReviewStore()
  const saved = useSavedSessions()
  // Every domain action returns a new session, so only the reference needs to be reactive: a deep
  // proxy over thousands of entries would make each answer cost O(questions).
  const session = shallowRef<QuizSession | null>(null)
  /** Why the last submit was refused (e.g. "Type a number, like 2015."); not an attempt. */
  const inputError = ref<string | null>(null)
  /** The attempt the finished quiz was recorded as, and whether storage took it. */
  const recorded = shallowRef<RecordResult | null>(null)

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
  /** Of those, the ones handing in now would still give marks to (a matching question half done). */
  const partlyAnsweredQids = computed(() =>
    session.value && bank.value ? partlyAnsweredIds(session.value, bank.value, locale()) : [],
  )
  const partlyAnswered = computed(() => partlyAnsweredQids.value.length)
  const review = computed(() =>
    session.value && bank.value && finished.value ? reviewItems(session.value, bank.value) : [],
  )
  const paused = computed(() => (session.value ? isPaused(session.value) : false))
  /** Practice feedback: ✓, ✗ or "missed" per option, right or wrong per pair or position. */
  const marks = computed(() =>
    current.value && entry.value?.phase === 'feedback'
      ? feedbackMarks(current.value, entry.value.response)
      : undefined,
  )
  /** Practice: leaving the question on screen ends the quiz ("See results" rather than "Next"). */
  const leavingEnds = computed(() => (session.value ? leavingCompletes(session.value) : false))
  /** Practice may count the refused short answer on screen as right ("I was right"). */
  const canClaim = computed(() =>
    session.value && bank.value ? canClaimRight(session.value, bank.value) : false,
  )

  /**
   * The quiz went on in another tab of this browser: 'moved' when that tab saved it since (its
   * answers are newer), 'replaced' when it saved a new quiz of the same set in its place,
   * 'finished' when it finished and recorded it, 'dropped' when it set it aside (Start over, or
   * all data erased). This tab then stops saving, so neither tab overwrites the other's answers or
   * records the quiz twice, until the student takes it back here (`continueHere`, `keepThisQuiz`).
   * 'changed' when the other tab's quiz, taken up here, does not fit this page's version of the set.
   */
  const elsewhere = ref<'moved' | 'replaced' | 'finished' | 'dropped' | 'changed' | null>(null)
  /**
   * What storage last held for this tab's quiz as far as this tab knows: what it saved last, or
   * what it found when the quiz started or resumed here. A storage event that leaves it as it was
   * is another set's quiz changing.
   */
  let known: QuizSession | undefined
  /** This page's mark on what it saves. */
  const tab = newSeed(Math.random)

  // Resume: the quiz in progress is saved shortly after each change (and at once when the page is
  // hidden or closed), off the path from an answer to its feedback. Its clocks are saved stopped,
  // so time the tab spent closed never counts against a timed quiz.
  let pendingSave: ReturnType<typeof setTimeout> | undefined
  /** Storage refused the last save of the quiz in progress. */
  let refused = false
  /** The notice that the quiz in progress could not be saved (storage full). */
  const QUIZ_NOT_SAVED = `quota-full:${savedSessionsSpec.key}`
  /**
   * Saves the quiz in progress; storage that is full or turned off says so at once, as progress
   * does, rather than at the results. What storage refuses is kept in this tab's sessionStorage,
   * so a reload (a phone may reload a tab on its own) still finds the answers.
   */
  function keep(s: QuizSession) {
    // Another tab has the quiz now: writing would overwrite its answers with older ones.
    if (elsewhere.value) return
    const paused: QuizSession = { ...pauseTimer(s, new Date()), savedBy: tab }
    const result = saved.put(paused)
    refused = !result.ok
    if (result.ok) {
      known = paused
      forgetInTab(s.bankId)
      progress.withdraw(QUIZ_NOT_SAVED)
    } else keepInTab(paused)
    // Also when saved: another set's quiz damaged since the page read storage is set aside by the
    // save (the door copies it first) and named, as one found on load is, not dropped unsaid.
    reportSetAside(updateNotices(savedSessionsSpec, result), s.bankId)
  }
  /**
   * Says the quizzes in progress set aside, but not this tab's own (of set `own`): the student goes
   * on with it, saved again from here.
   */
  function reportSetAside(notices: StorageNotice[], own: string | undefined) {
    progress.report(
      notices.flatMap((n) => {
        if (!n.lost) return [n]
        const lost = n.lost.filter((l) => l.setId !== own)
        return lost.length ? [{ ...n, lost }] : []
      }),
    )
  }
  // A damaged copy of the tab's own (kept when storage was full) is said as the saved one is.
  tellSetAside((read) =>
    reportSetAside(
      readNotices(savedSessionsSpec, read).map((n) => ({ ...n, inTab: true })),
      session.value?.status === 'active' ? session.value.bankId : undefined,
    ),
  )
  /** Forgets the quiz of `bankId` left in progress, in storage and in this tab. */
  function drop(bankId: string) {
    forgetInTab(bankId)
    saved.remove(bankId)
  }
  function saveNow() {
    clearTimeout(pendingSave)
    pendingSave = undefined
    const s = session.value
    if (s?.status === 'active') keep(s)
  }
  watch(
    session,
    (s, before) => {
      // Starting another quiz must not drop the last change to the one left behind.
      if (pendingSave !== undefined && before?.status === 'active' && before.bankId !== s?.bankId) {
        keep(before)
      }
      if (!s) return
      if (s.status === 'finished') {
        if (before?.status === 'active' && bank.value) {
          clearTimeout(pendingSave)
          recorded.value = progress.recordSession(s, bank.value)
          // Every answered question becomes (or updates) a review card, in its own document:
          // the progress save above is the same with or without review.
          reviewCards.record(answersFromQuiz(s), useReviewScheduler())
          drop(s.bankId)
          // "Finish it in this tab" is done: its result has notices of its own if it is unsaved.
          progress.withdraw(QUIZ_NOT_SAVED)
          known = undefined
          keepFinished(s, !recorded.value.saved)
        }
        return
      }
      clearTimeout(pendingSave)
      pendingSave = setTimeout(saveNow, SAVE_DELAY_MS)
    },
    // Sync: a quiz started and finished before the next flush must still be recorded.
    { flush: 'sync' },
  )
  const onHidden = () => {
    if (document.visibilityState === 'hidden') saveNow()
  }
  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', saveNow)
    document.addEventListener('visibilitychange', onHidden)
    onScopeDispose(() => {
      clearTimeout(pendingSave)
      window.removeEventListener('pagehide', saveNow)
      document.removeEventListener('visibilitychange', onHidden)
    })
  }

  /** Same quiz: same set, same seed, started at the same moment. */
  const sameQuiz = (a: QuizSession, b: QuizSession) =>
    a.bankId === b.bankId && a.seed === b.seed && a.startedAt === b.startedAt
  /** The attempt `s` was recorded as, when the progress store holds it (among the set's latest). */
  const recordedAttempt = (s: QuizSession) =>
    progress
      .recent(50, s.bankId)
      .find((a) => a.seed === s.seed && Math.abs(a.startedAt - s.startedAt) < 1000)
  /** How many times another tab changed the saved quizzes: an offer to resume reads them again. */
  const savedElsewhere = ref(0)
  /** Another tab changed the saved quizzes: was it this tab's quiz? */
  function onOtherTab() {
    savedElsewhere.value++
    const mine = session.value
    if (!mine || mine.status !== 'active') return
    const theirs = saved.get(mine.bankId)
    if (JSON.stringify(theirs) === JSON.stringify(known)) return
    known = theirs
    // What storage holds now is what a reload should find, as when this tab could save.
    forgetInTab(mine.bankId)
    if (!elsewhere.value) {
      clearTimeout(pendingSave)
      pendingSave = undefined
    }
    elsewhere.value = theirs
      ? sameQuiz(theirs, mine)
        ? 'moved'
        : 'replaced'
      : recordedAttempt(mine)
        ? 'finished'
        : 'dropped'
    // Its clocks stop here: a timed quiz cannot run out in a tab that is not the one in use.
    if (!isPaused(mine)) session.value = pauseTimer(mine, new Date())
  }
  if (typeof window !== 'undefined') onScopeDispose(saved.subscribe(onOtherTab))
  // Refused, the quiz is saved again once there may be room, not only at the next answer.
  onScopeDispose(
    onRoomMaybe(() => {
      if (refused) saveNow()
    }),
  )
  // "Erase all my data": a finished quiz's results no longer say "Saved to your progress", and a
  // reload of its results address shows the start page.
  onScopeDispose(
    progress.$onAction(({ name, after }) => {
      if (name !== 'eraseAll') return
      after(() => {
        forgetFinished()
        leaveFinished()
      })
    }),
  )
  // A result storage refused is saved after all (there was room again): the results say so, and a
  // reload of them no longer records it again.
  watch(
    () => progress.resaved,
    () => {
      const s = session.value
      if (!recorded.value || recorded.value.saved || !s || !bank.value) return
      recorded.value = progress.recordSession(s, bank.value)
      if (recorded.value.saved) keepFinished(s)
    },
  )
  /**
   * Takes up here the quiz another tab saved last (the same one, or the new one it started). One
   * that does not fit this page's version of the set (the other tab has a newer or older Passage)
   * stays where it is, and the student is told ('changed'), rather than nothing happening.
   */
  function continueHere() {
    const stored = session.value && saved.get(session.value.bankId)
    const theirs = stored && playable(stored, stored.bankId)
    if (!theirs) {
      if (elsewhere.value) elsewhere.value = 'changed'
      return
    }
    elsewhere.value = null
    known = stored
    inputError.value = null
    session.value = resumeTimer(theirs, new Date())
    saveNow()
  }
  /** Goes on with this tab's own quiz, saving it over whatever another tab left. */
  function keepThisQuiz() {
    const mine = session.value
    if (!mine || mine.status !== 'active') return
    elsewhere.value = null
    session.value = resumeTimer(mine, new Date())
    saveNow()
  }
  /** Leaves the quiz another tab finished or set aside, for the set's start page. */
  function leaveQuiz() {
    elsewhere.value = null
    known = undefined
    session.value = null
  }

  /**
   * The quiz in progress of `bankId`, unchecked: the furthest along of the copy this tab kept when
   * storage refused it and storage's. The tab's copy is forgotten once this tab saves, but not
   * when another tab saves the quiz further while this one shows the offer (no quiz of its own to
   * compare): a reload then offered the tab's older copy, and resuming it wrote it over the newer.
   * Of the same quiz, the one with more answers wins (the tab's on a tie, which may have more
   * typed); of two quizzes of the set, the one started later (it replaced the other).
   */
  function candidateFor(bankId: string): QuizSession | undefined {
    const inTab = keptInTab(bankId)
    const stored = saved.get(bankId)
    if (inTab?.status !== 'active' || stored?.status !== 'active') {
      return inTab?.status === 'active' ? inTab : stored
    }
    const further = sameQuiz(inTab, stored)
      ? answeredCount(stored) > answeredCount(inTab)
      : stored.startedAt > inTab.startedAt
    return further ? stored : inTab
  }
  /**
   * A saved quiz of `bankId` as this version plays it, if it is in progress and still fits the
   * loaded bank. Every way a saved quiz comes back (resume, another tab's) goes through it.
   */
  function playable(candidate: QuizSession | undefined, bankId: string): QuizSession | undefined {
    const found = banks.bank(bankId)
    return found && candidate && candidate.status === 'active' && isResumable(candidate, found)
      ? closeLostTries(candidate, found)
      : undefined
  }
  /** The quiz in progress saved for `bankId`, if it still fits the loaded bank. */
  function savedFor(bankId: string): QuizSession | undefined {
    return playable(candidateFor(bankId), bankId)
  }
  /** "3 answered, 1 partly answered": how far a quiz has come, as its bar counts (countsSoFar). */
  function countsOf(s: QuizSession): string {
    return countsSoFar(s, banks.bank(s.bankId), locale())
  }
  /**
   * A quiz of `bankId` was left unfinished, but the set has changed since (a new version edited a
   * question or its options), so it cannot be continued: the student is told, and it is removed.
   */
  function takeChangedSaved(bankId: string): boolean {
    const candidate = candidateFor(bankId)
    if (!banks.bank(bankId) || candidate?.status !== 'active' || savedFor(bankId)) return false
    drop(bankId)
    return true
  }
  /**
   * What the set's page opens on: the quiz in progress saved for `bankId` (offered to continue),
   * whether one could not be continued since the set changed (removed; the student is told) and,
   * with neither, on its results address, the quiz this tab finished last (its results shown again
   * after a reload). Anywhere else (the library's Start) a finished quiz is left for the start page.
   */
  function arrive(
    bankId: string,
    results: boolean,
  ): { saved: QuizSession | undefined; changed: boolean } {
    const found = savedFor(bankId)
    const changed = takeChangedSaved(bankId)
    if (!results) leaveFinished()
    else if (!found) showFinished(bankId)
    return { saved: found, changed }
  }
  /** Puts a finished quiz's results away (the set's start page comes next). */
  function leaveFinished() {
    if (session.value?.status !== 'finished') return
    leaveQuiz()
    recorded.value = null
  }
  /** Continues the saved quiz of `bankId`: same order, answers and remaining time. */
  function resumeSaved(bankId: string): boolean {
    const found = savedFor(bankId)
    if (!found) return false
    inputError.value = null
    recorded.value = null
    elsewhere.value = null
    // What storage holds, which is older than `found` when `found` is the copy this tab kept.
    known = saved.get(bankId)
    forgetFinished()
    session.value = resumeTimer(found, new Date())
    return true
  }
  /**
   * After a reload of the results page: the quiz of `bankId` this tab finished last, with its
   * results, when its attempt is still in progress (not erased since). False when there is none.
   */
  function showFinished(bankId: string): boolean {
    const found = banks.bank(bankId)
    if (session.value || !found) return false
    const s = finishedOf(found)
    if (!s) return false
    const attempt = recordedAttempt(s)
    // Storage was full when it finished: recorded again (and retried), not lost with the page.
    const again = !attempt && finishedUnsaved() ? progress.recordSession(s, found) : undefined
    if (again) {
      reviewCards.record(answersFromQuiz(s), useReviewScheduler())
      keepFinished(s, !again.saved)
    }
    const result = again ?? (attempt && { attempt, saved: true })
    if (!result) return false
    inputError.value = null
    elsewhere.value = null
    recorded.value = result
    session.value = s
    return true
  }
  /** Forgets the saved quiz of `bankId` ("start over"). */
  function discardSaved(bankId: string) {
    drop(bankId)
  }

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
    recorded.value = null
    elsewhere.value = null
    known = saved.get(bankId)
    forgetFinished()
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
  /**
   * Test mode, before going on: whether the answer on screen may be left as it stands. One that
   * cannot be recorded ("12a", also after a reload or coming back to it) sets its message.
   */
  function mayLeave(): boolean {
    const s = session.value
    if (!s || !bank.value || s.status !== 'active' || s.options.mode !== 'test') return true
    inputError.value = testRefusal(s, bank.value, locale())
    return inputError.value === null
  }
  function retry() {
    session.value = startRetry(requireSession(), requireBank())
  }
  /** "Show the answer": the second try on offer is given up, also after a reload. */
  function reveal() {
    session.value = revealAnswer(requireSession(), requireBank())
  }
  /** "I was right": counts the refused short answer on screen as right, marked as the student's. */
  function claim() {
    session.value = claimRight(requireSession(), requireBank())
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
  /**
   * How many skipped questions a practice quiz would end with if the student left the question on
   * screen now (skipping it, if `skipping`); 0 when leaving would not end the quiz.
   */
  function skippedAtEnd(skipping = false): number {
    const s = session.value
    return s && leavingCompletes(s) ? skippedCount(s, skipping) : 0
  }
  /** "Answer them now": the skipped questions are open again, the first on screen. */
  function answerSkipped(skipping = false) {
    inputError.value = null
    session.value = revisitSkipped(requireSession(), new Date(), skipping)
  }
  function flag() {
    const s = requireSession()
    if (current.value) session.value = toggleFlag(s, current.value.id)
  }
  function submitAll(reason: 'submitted' | 'timeout' = 'submitted') {
    session.value = finish(requireSession(), requireBank(), new Date(), reason, locale())
  }
  /** Time left at `now`, or null for an untimed or finished quiz. */
  function timeLeft(now: Date): number | null {
    const s = session.value
    return s?.status === 'active' ? remainingMs(s, now) : null
  }
  /** Called on each clock tick: submits what was answered once time is up (WCAG 2.2.1 warned). */
  function checkTime(now: Date) {
    const s = session.value
    if (s?.status === 'active' && isTimeUp(s, now)) {
      // Finished when the time ran out, not at the tick that noticed (up to a second later).
      session.value = finish(s, requireBank(), ranOutAt(s, now), 'timeout', locale())
    }
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
  /**
   * A new quiz of exactly this quiz's questions tagged `tag` ("practise my weakest topic"): in
   * practice mode and untimed, as the button says, whatever the quiz before was (a timed test
   * went on as a timed test, with its whole time for a part of its questions).
   */
  function practiseTopic(tag: string) {
    const s = requireSession()
    const found = requireBank()
    const tags = new Map(found.questions.map((q) => [q.id, q.tags]))
    const questionIds = questionsTagged(s.order, (qid) => tags.get(qid), tag)
    if (questionIds.length)
      start(s.bankId, {
        ...s.options,
        mode: 'practice',
        timeLimitSec: undefined,
        tags: undefined,
        limit: undefined,
        questionIds,
      })
  }
  function newShuffle() {
    const s = requireSession()
    // A new order over the same selection, minus any "wrong ones only" restriction; shuffled
    // even if the quiz before was not, as the button says.
    start(s.bankId, { ...s.options, questionIds: undefined, shuffleQuestions: true })
  }
  function correctAnswer(q: Question) {
    return correctAnswerText(q)
  }
  function $reset() {
    clearTimeout(pendingSave)
    elsewhere.value = null
    known = undefined
    session.value = null
    inputError.value = null
    recorded.value = null
  }

  return {
    session,
    inputError,
    recorded,
    elsewhere,
    savedElsewhere,
    bank,
    questions,
    current,
    entry,
    shown,
    finished,
    summary,
    unanswered,
    partlyAnswered,
    partlyAnsweredQids,
    review,
    paused,
    marks,
    leavingEnds,
    canClaim,
    start,
    takeChangedSaved,
    savedFor,
    countsOf,
    resumeSaved,
    arrive,
    discardSaved,
    continueHere,
    keepThisQuiz,
    leaveQuiz,
    saveNow,
    timeLeft,
    checkTime,
    pause,
    resume,
    extend,
    retake,
    retryMissed,
    practiseTopic,
    newShuffle,
    respond,
    submit,
    retry,
    reveal,
    claim,
    advance,
    mayLeave,
    back,
    jump,
    skipQuestion,
    skippedAtEnd,
    answerSkipped,
    flag,
    submitAll,
    correctAnswer,
    $reset,
  }
})
