import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { defaultOptions, type QuizOptions } from '../../../src/domain/quiz/options.ts'
import { selectQuestions } from '../../../src/domain/quiz/select.ts'
import {
  createSession,
  currentEntry,
  entryOf,
  isResumable,
  type QuizSession,
} from '../../../src/domain/quiz/session.ts'
import { at, quizBank, questions } from './bank.ts'

const options = (o: Partial<QuizOptions> = {}): QuizOptions => ({ ...defaultOptions, ...o })
const bank = quizBank()
const bankOrder = bank.questions.map((q) => q.id)
const ids = (o: Partial<QuizOptions>, seed = 's') =>
  selectQuestions(bank, options(o), seed).map((q) => q.id)

describe('selectQuestions', () => {
  it.each<[string, Partial<QuizOptions>, string[]]>([
    ['keeps bank order unshuffled', { shuffleQuestions: false }, bankOrder],
    [
      'filters by any of the tags',
      { shuffleQuestions: false, tags: ['quotes', 'dates'] },
      ['who', 'year', 'spokesman', 'quotes'],
    ],
    [
      'filters by difficulty, leaving unrated out',
      { shuffleQuestions: false, difficulties: [2, 4] },
      ['announced', 'spokesman', 'visits'],
    ],
    [
      'keeps only chosen ids, ignoring unknown ones',
      { shuffleQuestions: false, questionIds: ['year', 'who', 'gone'] },
      ['who', 'year'],
    ],
    [
      'combines filters',
      { shuffleQuestions: false, tags: ['facts'], difficulties: [3] },
      ['critics'],
    ],
    [
      'treats empty filters as none',
      { shuffleQuestions: false, tags: [], difficulties: [], questionIds: [] },
      bankOrder,
    ],
    ['applies the limit after ordering', { shuffleQuestions: false, limit: 2 }, ['who', 'critics']],
    ['allows a limit above the bank size', { shuffleQuestions: false, limit: 50 }, bankOrder],
    ['can match nothing', { tags: ['nope'] }, []],
  ])('%s', (_, o, expected) => {
    expect(ids(o)).toEqual(expected)
  })

  it('shuffles reproducibly from the seed, and differently for other seeds', () => {
    expect(ids({}, 'a')).toEqual(ids({}, 'a'))
    expect([...ids({}, 'a')].sort()).toEqual([...bankOrder].sort())
    const orders = new Set(['a', 'b', 'c', 'd', 'e', 'f'].map((s) => ids({}, s).join()))
    expect(orders.size).toBeGreaterThan(1)
  })

  it('takes the limit from the shuffled order', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 7 }), (seed, limit) => {
        expect(ids({ limit }, seed)).toEqual(ids({}, seed).slice(0, limit))
      }),
    )
  })

  it.each([0, -1, 1.5, Number.NaN])('rejects limit %d', (limit) => {
    expect(() => ids({ limit })).toThrow(RangeError)
  })

  it.each([0, -5, Number.POSITIVE_INFINITY])('rejects time limit %d', (timeLimitSec) => {
    expect(() => ids({ timeLimitSec })).toThrow(RangeError)
  })
})

describe('createSession', () => {
  it('starts on the first question with blank responses', () => {
    const s = createSession(bank, options({ shuffleQuestions: false }), 'seed', at(0))
    expect(s).toMatchObject({
      version: 1,
      bankId: bank.id,
      seed: 'seed',
      order: bankOrder,
      index: 0,
      flagged: [],
      status: 'active',
      startedAt: at(0).getTime(),
      viewingSince: at(0).getTime(),
    })
    expect(s.timer).toBeUndefined()
    expect(entryOf(s, 'who')).toEqual({
      response: null,
      attempts: 0,
      retryUsed: false,
      skipped: false,
      timeMs: 0,
      phase: 'unanswered',
    })
    expect(entryOf(s, 'critics').response).toEqual([])
    expect(entryOf(s, 'year').response).toBe('')
    expect(entryOf(s, 'quotes').response).toEqual({ 'quote A': '', 'quote B': '' })
    // An untouched ordering question holds the order it is shown in.
    expect(entryOf(s, 'visits').response).toEqual(s.shown.visits)
  })

  it('keeps one entry per question, in asking order, and no other', () => {
    const s = createSession(bank, options(), 'seed', at(0))
    expect(s.entries).toHaveLength(s.order.length)
    s.order.forEach((id, i) => expect(entryOf(s, id)).toBe(s.entries[i]))
    expect(currentEntry(s)).toBe(entryOf(s, s.order[0]!))
    // Looked up by id in a Map, so Object.prototype's members are not questions.
    expect(() => entryOf(s, 'constructor')).toThrow('Question constructor is not part of this quiz')
    expect(() => entryOf(s, 'nope')).toThrow('Question nope is not part of this quiz')
  })

  it('records display orders only for questions with options', () => {
    const s = createSession(bank, options(), 'seed', at(0))
    expect(Object.keys(s.shown).sort()).toEqual(['critics', 'quotes', 'visits', 'who'])
    expect([...(s.shown.who ?? [])].sort()).toEqual([...questions.who.choices].sort())
    expect([...(s.shown.quotes ?? [])].sort()).toEqual(['Assad', 'Putin'])
  })

  it('starts a countdown when timed', () => {
    const s = createSession(bank, options({ timeLimitSec: 90 }), 'seed', at(5))
    expect(s.timer).toEqual({ limitMs: 90_000, remainingMs: 90_000, runningSince: at(5).getTime() })
  })

  it('throws a readable error when nothing matches', () => {
    expect(() => createSession(bank, options({ tags: ['nope'] }), 'seed', at())).toThrow(
      'No questions in "Quiz tests" match these choices. Try fewer filters.',
    )
  })

  it('copies its options instead of keeping the caller’s arrays', () => {
    const tags = ['quotes']
    const s = createSession(bank, options({ tags }), 'seed', at())
    tags.push('facts')
    expect(s.options.tags).toEqual(['quotes'])
  })

  it('survives a JSON round trip unchanged, as storage will put it through', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.boolean(),
        fc.boolean(),
        (seed, shuffleQuestions, shuffleChoices) => {
          const s = createSession(
            bank,
            options({ shuffleQuestions, shuffleChoices, timeLimitSec: 60 }),
            seed,
            at(),
          )
          expect(JSON.parse(JSON.stringify(s))).toStrictEqual(s)
        },
      ),
    )
  })

  it('is the same quiz for the same seed', () => {
    const a = createSession(bank, options(), 'same', at())
    expect(createSession(bank, options(), 'same', at())).toEqual(a)
  })
})

describe('isResumable', () => {
  const s = createSession(bank, options(), 'seed', at())

  it('accepts a session for the same, unchanged bank', () => {
    expect(isResumable(s, bank)).toBe(true)
  })

  it('refuses another bank, a removed question or changed options', () => {
    expect(isResumable(s, { ...bank, id: 'other/bank' })).toBe(false)
    expect(isResumable(s, quizBank(['who', 'critics']))).toBe(false)
    const edited = {
      ...bank,
      questions: bank.questions.map((q) =>
        q.id === 'who' ? { ...questions.who, choices: ['Assad', 'Lavrov'] } : q,
      ),
    }
    expect(isResumable(s, edited)).toBe(false)
  })

  /** `s` with the entry of `qid` replaced. */
  const withEntry = (qid: string, entry: unknown): QuizSession => ({
    ...s,
    entries: s.entries.map((e, i) => (s.order[i] === qid ? entry : e)) as QuizSession['entries'],
  })

  it('refuses a response of the wrong shape', () => {
    expect(isResumable(withEntry('who', { ...entryOf(s, 'who'), response: true }), bank)).toBe(
      false,
    )
    expect(isResumable(withEntry('who', null), bank)).toBe(false)
  })

  it('refuses entries that do not line up with the questions', () => {
    expect(isResumable({ ...s, entries: s.entries.slice(1) }, bank)).toBe(false)
    expect(isResumable({ ...s, entries: [...s.entries, entryOf(s, 'who')] }, bank)).toBe(false)
    // The shape before entries became an array: a record keyed by question id.
    const keyed = Object.fromEntries(s.order.map((id) => [id, entryOf(s, id)]))
    expect(isResumable({ ...s, entries: keyed as unknown as QuizSession['entries'] }, bank)).toBe(
      false,
    )
  })

  it('refuses a question asked twice or a position outside the quiz', () => {
    // Otherwise consistent: the repeated question has its own entry of the right shape.
    const twice = [...s.order.slice(0, -1), s.order[0]!]
    const entries = [...s.entries.slice(0, -1), s.entries[0]!]
    expect(isResumable({ ...s, order: twice, entries }, bank)).toBe(false)
    expect(isResumable({ ...s, index: s.order.length }, bank)).toBe(false)
    expect(isResumable({ ...s, index: 0.5 }, bank)).toBe(false)
  })

  it('accepts a session after a JSON round trip', () => {
    expect(isResumable(JSON.parse(JSON.stringify(s)) as QuizSession, bank)).toBe(true)
  })
})
