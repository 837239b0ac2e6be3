import { describe, expect, it } from 'vitest'
import type { Bank } from '../../../src/domain/bank/schema.ts'
import type { AnyResponse } from '../../../src/domain/grading/types.ts'
import {
  canRetry,
  closeLostTries,
  revealAnswer,
  setResponse,
  startRetry,
  submitAnswer,
} from '../../../src/domain/quiz/answer.ts'
import { RETRY_CREDIT, SAME_AS_FIRST_TRY } from '../../../src/domain/quiz/retry.ts'
import {
  goTo,
  leavingCompletes,
  next,
  revisitSkipped,
  skip,
  skippedCount,
} from '../../../src/domain/quiz/navigate.ts'
import {
  createSession,
  currentId,
  entryOf,
  type QuizSession,
} from '../../../src/domain/quiz/session.ts'
import { patchEntry } from '../../../src/domain/quiz/steps.ts'
import { at, deepFreeze, questions, quizBank, right, wrong } from './bank.ts'

const bank = quizBank(['who', 'critics', 'year'])
const start = (): QuizSession =>
  deepFreeze(
    createSession(
      bank,
      { mode: 'practice', shuffleQuestions: false, shuffleChoices: false },
      'seed',
      at(0),
    ),
  )

/** Sets the response of the question on screen and submits it. */
function answer(s: QuizSession, response: AnyResponse, ms = 1000) {
  return submitAnswer(setResponse(s, currentId(s), response), bank, at(ms), 'en')
}

describe('practice mode', () => {
  it('grades a right answer at once and offers no retry', () => {
    const { session, message } = answer(start(), right.who)
    expect(message).toBeNull()
    expect(entryOf(session, 'who')).toMatchObject({
      phase: 'feedback',
      attempts: 1,
      result: { score: 1, max: 1, correct: true, detail: 'Correct' },
      firstResult: { score: 1, correct: true },
    })
    expect(canRetry(session, bank)).toBe(false)
    expect(startRetry(session, bank)).toBe(session)
  })

  // Enter (look back), Esc (back to the question), Enter (check): the wrong answer was still
  // chosen, and it was checked again as the second try, which was then spent.
  it.each<[string, AnyResponse, AnyResponse]>([
    ['a choice', wrong.who, 'Putin'],
    ['boxes ticked', wrong.critics, ['Syria']],
  ])(
    'refuses a second try that is the first one again (%s), and keeps the try',
    (_, first, again) => {
      const qid = typeof first === 'string' ? 'who' : 'critics'
      let s = start()
      if (qid === 'critics') s = next(answer(s, right.who).session, at(1000))
      const retrying = startRetry(answer(s, first).session, bank)
      const onScreen = setResponse(retrying, qid, again)
      const same = submitAnswer(onScreen, bank, at(3000), 'en')
      expect(same.message).toBe(SAME_AS_FIRST_TRY)
      expect(same.session).toBe(onScreen)
      expect(entryOf(same.session, qid)).toMatchObject({ phase: 'retry', attempts: 1 })
    },
  )

  it('offers one retry after a wrong answer, worth half credit when right', () => {
    const first = answer(start(), wrong.who).session
    expect(entryOf(first, 'who').result?.correct).toBe(false)
    expect(canRetry(first, bank)).toBe(true)

    // Nothing picked: Check at once is not the wrong pick again, which is kept as tried.
    const retrying = startRetry(first, bank)
    expect(entryOf(retrying, 'who')).toMatchObject({
      phase: 'retry',
      retryUsed: true,
      response: null,
      firstResponse: 'Putin',
    })
    expect(submitAnswer(retrying, bank, at(1500), 'en').message).toBe('Choose an answer.')
    expect(canRetry(retrying, bank)).toBe(false)

    const { session } = answer(retrying, right.who, 2000)
    expect(entryOf(session, 'who')).toMatchObject({
      phase: 'feedback',
      attempts: 2,
      retryUsed: true,
      firstResult: { score: 0, correct: false },
      result: {
        score: RETRY_CREDIT,
        max: 1,
        correct: true,
        detail: 'Right on the second try (50% credit)',
      },
    })
    expect(canRetry(session, bank)).toBe(false)
  })

  // After a wrong pick between two, one option is left: a second try was half a mark for nothing.
  it.each<[string, Bank, string, AnyResponse, AnyResponse]>([
    ['true/false', quizBank(['announced']), 'announced', wrong.announced, right.announced],
    [
      'a single choice of two',
      { ...quizBank(['who']), questions: [{ ...questions.who, choices: ['Assad', 'Putin'] }] },
      'who',
      wrong.who,
      right.who,
    ],
  ])('offers no second try after a wrong pick between two (%s)', (_, twoWay, qid, bad, good) => {
    const fresh = createSession(
      twoWay,
      { mode: 'practice', shuffleQuestions: false, shuffleChoices: false },
      'seed',
      at(0),
    )
    const first = submitAnswer(setResponse(fresh, qid, bad), twoWay, at(1000), 'en').session
    expect(entryOf(first, qid)).toMatchObject({ phase: 'feedback', result: { correct: false } })
    expect(canRetry(first, twoWay)).toBe(false)
    expect(startRetry(first, twoWay)).toBe(first)
    // Nothing given up: the answer is shown because no try is left, not because it was asked for.
    expect(revealAnswer(first, twoWay)).toBe(first)
    // The first answer stands at 0, whatever is picked after it.
    const again = submitAnswer(setResponse(first, qid, good), twoWay, at(2000), 'en')
    expect(again.message).toBe('This question is already answered.')
    expect(entryOf(again.session, qid).result?.score).toBe(0)
  })

  // Saved by an earlier Passage on the second try it gave such a question: resumed, one option was
  // left for half a mark.
  it.each<[string, Bank, string, AnyResponse]>([
    ['true/false', quizBank(['announced']), 'announced', wrong.announced],
    [
      'a single choice of two',
      { ...quizBank(['who']), questions: [{ ...questions.who, choices: ['Assad', 'Putin'] }] },
      'who',
      wrong.who,
    ],
  ])(
    'takes a saved second try at a pick between two back to the first (%s)',
    (_, twoWay, qid, bad) => {
      const fresh = createSession(
        twoWay,
        { mode: 'practice', shuffleQuestions: false, shuffleChoices: false },
        'seed',
        at(0),
      )
      const first = submitAnswer(setResponse(fresh, qid, bad), twoWay, at(1000), 'en').session
      const old = patchEntry(first, qid, {
        phase: 'retry',
        retryUsed: true,
        firstResponse: bad,
        response: null,
      })
      const closed = closeLostTries(deepFreeze(old), twoWay)
      expect(entryOf(closed, qid)).toMatchObject({
        phase: 'feedback',
        response: bad,
        result: { score: 0, correct: false },
      })
      expect(canRetry(closed, twoWay)).toBe(false)
      // A second try at a question that has one is left as it is.
      const retrying = startRetry(answer(start(), wrong.who).session, bank)
      expect(closeLostTries(retrying, bank)).toBe(retrying)
    },
  )

  it('gives up the second try for the answer, and keeps that in the session', () => {
    const first = answer(start(), wrong.who).session
    const shown = revealAnswer(first, bank)
    expect(entryOf(shown, 'who')).toMatchObject({ phase: 'feedback', revealed: true })
    expect(canRetry(shown, bank)).toBe(false)
    expect(startRetry(shown, bank)).toBe(shown)
    // Saved and read back (a reload), it is still given up.
    expect(canRetry(JSON.parse(JSON.stringify(shown)) as QuizSession, bank)).toBe(false)
    // Nothing to give up after a right answer, or once the second try is taken.
    const rightFirst = answer(start(), right.who).session
    expect(revealAnswer(rightFirst, bank)).toBe(rightFirst)
    const retrying = startRetry(first, bank)
    expect(revealAnswer(retrying, bank)).toBe(retrying)
  })

  it('keeps a better first score when the retry earns less after the discount', () => {
    let s = next(answer(start(), right.who).session, at(1))
    // 2 of 3 right ticks: 2/3; a perfect retry is worth only 1/2.
    s = answer(s, ['United States', 'European states']).session
    expect(entryOf(s, 'critics').result?.score).toBeCloseTo(2 / 3)
    s = answer(startRetry(s, bank), right.critics).session
    expect(entryOf(s, 'critics').result).toMatchObject({
      correct: true,
      // Not "50% credit": the student keeps more than half.
      detail: "Right on the second try (the first try's 0.67 of 1 mark kept)",
    })
    expect(entryOf(s, 'critics').result?.score).toBeCloseTo(2 / 3)
  })

  it('records a wrong retry as the better of the two', () => {
    const first = answer(start(), wrong.who).session
    const { session } = answer(startRetry(first, bank), 'Peskov')
    expect(entryOf(session, 'who').result).toEqual({
      score: 0,
      max: 1,
      correct: false,
      detail: 'Second try: Incorrect',
    })
  })

  it('does not count a response that cannot be submitted as an attempt', () => {
    let s = start()
    s = next(answer(s, right.who).session, at(1))
    s = next(answer(s, right.critics).session, at(2))
    const typed = setResponse(s, 'year', 'twenty')
    const { session, message } = submitAnswer(typed, bank, at(3), 'en')
    expect(message).toBe('"twenty" is not a number. Type digits, like 2015.')
    expect(session).toBe(typed)
    expect(entryOf(session, 'year')).toMatchObject({ attempts: 0, phase: 'unanswered' })
  })

  it('reads numbers in the student’s locale', () => {
    let s = start()
    s = goTo(s, 2, at(1))
    expect(
      entryOf(submitAnswer(setResponse(s, 'year', '2.015'), bank, at(2), 'de').session, 'year')
        .result?.correct,
    ).toBe(true)
    expect(
      entryOf(submitAnswer(setResponse(s, 'year', '2.015'), bank, at(2), 'en').session, 'year')
        .result?.correct,
    ).toBe(false)
  })

  it('locks an answer once graded', () => {
    const { session } = answer(start(), wrong.who)
    expect(setResponse(session, 'who', 'Assad')).toBe(session)
    expect(submitAnswer(session, bank, at(2), 'en')).toEqual({
      session,
      message: 'This question is already answered.',
    })
  })

  it('closes feedback, and any retry not taken, when the student moves on', () => {
    const wrongFirst = answer(start(), wrong.who).session
    const moved = next(startRetry(wrongFirst, bank), at(5))
    expect(moved.index).toBe(1)
    expect(entryOf(moved, 'who')).toMatchObject({ phase: 'answered', result: { score: 0 } })
    expect(entryOf(goTo(moved, 0, at(6)), 'who').phase).toBe('answered')
  })

  it('completes after the last question’s feedback', () => {
    let s = start()
    for (const id of ['who', 'critics', 'year'] as const)
      s = next(answer(s, right[id]).session, at(10))
    expect(s).toMatchObject({
      status: 'finished',
      finishReason: 'completed',
      finishedAt: at(10).getTime(),
    })
    expect(s.order.every((id) => entryOf(s, id).phase === 'answered')).toBe(true)
  })

  it('goes back to the first open question instead of completing with gaps', () => {
    let s = goTo(start(), 2, at(1))
    s = answer(s, right.year).session
    s = next(s, at(2))
    expect(s.status).toBe('active')
    expect(s.index).toBe(0)
  })

  it('stays put when “next” on the last question would leave it open', () => {
    let s = skip(skip(start(), at(1)), at(2))
    expect(s.index).toBe(2)
    s = next(s, at(3))
    expect(s.status).toBe('active')
    expect(s.index).toBe(2)
  })

  it('completes when the rest are skipped, recording them as skipped', () => {
    let s = answer(start(), right.who).session
    s = skip(next(s, at(1)), at(2))
    s = skip(s, at(3))
    expect(s).toMatchObject({ status: 'finished', finishReason: 'completed' })
    expect(entryOf(s, 'critics')).toMatchObject({
      skipped: true,
      phase: 'unanswered',
      result: { score: 0, detail: 'Skipped' },
    })
  })

  it('un-skips a question the student comes back to and answers', () => {
    let s = skip(start(), at(1))
    s = goTo(s, 0, at(2))
    expect(entryOf(s, 'who').skipped).toBe(true)
    s = setResponse(s, 'who', 'Assad')
    expect(entryOf(s, 'who').skipped).toBe(false)
    expect(entryOf(submitAnswer(s, bank, at(3), 'en').session, 'who').result?.correct).toBe(true)
  })

  it('never changes the session it was given', () => {
    // start() is deep-frozen, so any mutation above would already have thrown; check the value too.
    const s = start()
    const before = JSON.stringify(s)
    answer(s, wrong.who)
    skip(s, at(1))
    next(s, at(1))
    expect(JSON.stringify(s)).toBe(before)
  })
})

describe('skipped questions at the end of practice', () => {
  it('knows when leaving ends the quiz and how many were skipped', () => {
    let s = skip(start(), at(1)) // who skipped → critics
    expect(leavingCompletes(s)).toBe(false)
    s = answer(next(answer(s, right.critics).session, at(2)), right.year).session
    expect(s.index).toBe(2)
    expect(leavingCompletes(s)).toBe(true)
    expect(skippedCount(s)).toBe(1)
    expect(skippedCount(s, true)).toBe(1) // "year" is answered, so skipping it adds nothing
  })

  it('counts the question on screen when the student skips it too', () => {
    const s = skip(skip(start(), at(1)), at(2))
    expect(leavingCompletes(s)).toBe(true)
    expect(skippedCount(s, true)).toBe(3)
  })

  it('opens every skipped question again and shows the first', () => {
    let s = skip(start(), at(1))
    s = answer(s, right.critics).session
    s = next(s, at(3))
    const again = revisitSkipped(s, at(4), true) // "year" skipped as well, then reopened
    expect(again.status).toBe('active')
    expect(currentId(again)).toBe('who')
    expect(entryOf(again, 'who')).toMatchObject({ skipped: false, phase: 'unanswered' })
    expect(entryOf(again, 'year')).toMatchObject({ skipped: false, phase: 'unanswered' })
    expect(entryOf(again, 'critics').phase).toBe('answered')
    // Answering them finishes the quiz with every answer counted.
    let done = answer(again, right.who).session
    done = answer(next(done, at(5)), right.year).session
    done = next(done, at(6))
    expect(done.status).toBe('finished')
  })

  it('does nothing when nothing was skipped', () => {
    const s = answer(start(), right.who).session
    expect(revisitSkipped(s, at(2))).toBe(s)
  })
})
