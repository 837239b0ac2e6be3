/**
 * What keeps an answer cheap in a 10 000-question quiz, checked without a clock: each action makes
 * one new entries array and shares every entry it did not change with the session it was given,
 * and questions and entries are found by id without scanning the bank or the asking order.
 */
import { describe, expect, it } from 'vitest'
import type { Bank } from '../../../src/domain/bank/schema.ts'
import { setResponse, startRetry, submitAnswer } from '../../../src/domain/quiz/answer.ts'
import { goTo, next, previous, skip, toggleFlag } from '../../../src/domain/quiz/navigate.ts'
import {
  createSession,
  currentId,
  entryOf,
  type Entry,
  type QuizSession,
} from '../../../src/domain/quiz/session.ts'
import { pauseTimer, resumeTimer } from '../../../src/domain/quiz/timer.ts'
import { at, deepFreeze, questions, quizBank, right, wrong } from './bank.ts'

const COUNT = 10_000
type Kind = keyof typeof questions
const kinds = Object.keys(questions) as Kind[]

/** The sample questions over and over, as "who-0", "critics-1", …: every type, COUNT in all. */
function bigBank(): Bank {
  return {
    ...quizBank([]),
    id: 'assad-sochi-2018/big',
    questions: Array.from({ length: COUNT }, (_, i) => {
      const kind = kinds[i % kinds.length]!
      return { ...questions[kind], id: `${kind}-${i}` }
    }),
  }
}
const kindOf = (qid: string) => qid.slice(0, qid.lastIndexOf('-')) as Kind

/**
 * An entries array that counts the arrays derived from it. slice, map, filter and the like build
 * their result through the source's constructor[Symbol.species], so each such copy reads this
 * getter once, and the copy is a Counted array in turn. A copy made any other way (spread,
 * Array.from) would come back as a plain array, which the test refuses too.
 */
class Counted extends Array<Entry> {
  static made = 0
  static override get [Symbol.species](): ArrayConstructor {
    Counted.made++
    return Counted as unknown as ArrayConstructor
  }
}

/** Runs `action` on `before` and checks that it copied the entries once, changing `changed` only. */
function expectOneCopy(
  before: QuizSession,
  action: (s: QuizSession) => QuizSession,
  changed: number[],
): QuizSession {
  Counted.made = 0
  const after = deepFreeze(action(before))
  expect(Counted.made).toBe(1)
  expect(after.entries).toBeInstanceOf(Counted)
  expect(after.entries).not.toBe(before.entries)
  expect(after.entries).toHaveLength(COUNT)
  const replaced: number[] = []
  after.entries.forEach((entry, i) => {
    if (entry !== before.entries[i]) replaced.push(i)
  })
  expect(replaced).toEqual(changed)
  // The rest of the session is shared as well.
  expect(after.order).toBe(before.order)
  expect(after.shown).toBe(before.shown)
  return after
}

/** Runs `action` on `before` and checks that it left the entries array as it was. */
function expectNoCopy(before: QuizSession, action: (s: QuizSession) => QuizSession): QuizSession {
  Counted.made = 0
  const after = deepFreeze(action(before))
  expect(Counted.made).toBe(0)
  expect(after.entries).toBe(before.entries)
  return after
}

/** A practice session over `bank`, frozen so that an action that mutates its input throws. */
function start(bank: Bank, mode: 'practice' | 'test' = 'practice'): QuizSession {
  const s = createSession(
    bank,
    { mode, shuffleQuestions: true, shuffleChoices: true, timeLimitSec: 3600 },
    'big',
    at(0),
  )
  return deepFreeze({ ...s, entries: Counted.from(s.entries) })
}

describe('structural sharing in a 10 000-question quiz', () => {
  const bank = bigBank()

  it('copies the entries array once per action and shares every entry it does not change', () => {
    let s = start(bank)
    const answer = (kind: 'right' | 'wrong') => (x: QuizSession) => {
      const qid = currentId(x)
      return setResponse(x, qid, (kind === 'right' ? right : wrong)[kindOf(qid)])
    }
    const submit = (x: QuizSession) => submitAnswer(x, bank, at(1000), 'en').session

    s = expectOneCopy(s, answer('right'), [0])
    const edited = entryOf(s, s.order[0]!)
    s = expectOneCopy(s, submit, [0])
    expect(entryOf(s, s.order[0]!)).toMatchObject({ phase: 'feedback', result: { correct: true } })
    // Submitting copied the entry once, with its time and its grade together.
    expect(entryOf(s, s.order[0]!)).toMatchObject({ response: edited.response, timeMs: 1000 })

    s = expectOneCopy(s, (x) => next(x, at(2000)), [0])
    expect(s.index).toBe(1)
    expect(entryOf(s, s.order[0]!)).toMatchObject({ phase: 'answered', timeMs: 2000 })

    s = expectOneCopy(s, (x) => skip(x, at(3000)), [1])
    expect(s.index).toBe(2)
    expect(entryOf(s, s.order[1]!)).toMatchObject({ skipped: true, timeMs: 1000 })

    s = expectOneCopy(s, (x) => previous(x, at(4000)), [2])
    s = expectOneCopy(s, (x) => goTo(x, 5000, at(5000)), [1])
    expect(s.index).toBe(5000)

    s = expectOneCopy(s, answer('wrong'), [5000])
    s = expectOneCopy(s, submit, [5000])
    s = expectOneCopy(s, (x) => startRetry(x, bank), [5000])
    expect(entryOf(s, s.order[5000]!)).toMatchObject({ phase: 'retry', retryUsed: true })

    s = expectOneCopy(s, (x) => pauseTimer(x, at(6000)), [5000])
    s = expectNoCopy(s, (x) => resumeTimer(x, at(7000)))
    s = expectNoCopy(s, (x) => toggleFlag(x, x.order[9999]!))
    s = expectOneCopy(s, (x) => next(x, at(8000)), [5000])
    expect(entryOf(s, s.order[5000]!)).toMatchObject({ phase: 'answered', retryUsed: true })
  })

  it('records a test answer with one copy too', () => {
    let s = start(bank, 'test')
    const qid = currentId(s)
    s = expectOneCopy(s, (x) => setResponse(x, qid, right[kindOf(qid)]), [0])
    s = expectOneCopy(s, (x) => submitAnswer(x, bank, at(1000), 'en').session, [0])
    expect(entryOf(s, qid)).toMatchObject({ phase: 'answered', attempts: 1, timeMs: 1000 })
    expect(entryOf(s, qid).result).toBeUndefined()
  })

  it('finds questions and entries by id without scanning the bank or the asking order', () => {
    let bankReads = 0
    let orderReads = 0
    /** The array, counting reads of its elements. */
    const counting = <T>(items: T[], count: () => void): T[] =>
      new Proxy(items, {
        get(target, key, receiver) {
          if (typeof key === 'string' && /^\d+$/.test(key)) count()
          return Reflect.get(target, key, receiver) as unknown
        },
      })
    const plain = bigBank()
    const watched: Bank = { ...plain, questions: counting(plain.questions, () => bankReads++) }
    const created = start(watched)
    let s: QuizSession = { ...created, order: counting([...created.order], () => orderReads++) }
    const answerAndMove = (x: QuizSession, ms: number) => {
      const qid = currentId(x)
      const submitted = submitAnswer(setResponse(x, qid, right[kindOf(qid)]), watched, at(ms), 'en')
      expect(submitted.message).toBeNull()
      return next(submitted.session, at(ms + 500))
    }

    // The first answer may index the bank and the order: once per bank, once per quiz.
    s = answerAndMove(s, 1000)
    bankReads = 0
    orderReads = 0
    for (let i = 1; i <= 100; i++) s = answerAndMove(s, 1000 * (i + 1))
    expect(s.index).toBe(101)
    expect(bankReads).toBe(0)
    // currentId reads the id on screen; nothing walks the 10 000 ids.
    expect(orderReads).toBeLessThanOrEqual(100 * 4)

    orderReads = 0
    for (let i = COUNT - 100; i < COUNT; i++) entryOf(s, `${kinds[i % kinds.length]!}-${i}`)
    expect(orderReads).toBe(0)
  })
})
